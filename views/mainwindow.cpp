// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "chats/chatsarea.h"
#include "cookies/cookiesarea.h"
#include "storage/workspace.h"
#include "visitors/visitorsarea.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QStackedWidget>

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    m_sidebar = new QListWidget(central);
    m_stack = new QStackedWidget(central);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_stack, 1);
    m_areas = {new VisitorsArea(m_stack), new CookiesArea(m_stack), new ChatsArea(m_stack)};
    for (Area *a : m_areas) {
        m_stack->addWidget(a);
        m_sidebar->addItem(QString());
    }
    connect(m_sidebar, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    setCentralWidget(central);
    retranslate();
}

MainWindow::~MainWindow() = default;

bool MainWindow::openWorkspace(const QString &path, bool isDemo)
{
    auto ws = Workspace::open(path);
    if (!ws)
        return false;
    m_ws = *ws;
    for (Area *a : m_areas)
        a->setWorkspace(m_ws);
    Q_UNUSED(isDemo);
    return true;
}

void MainWindow::showArea(int index)
{
    m_sidebar->setCurrentRow(index);
}

void MainWindow::retranslate()
{
    m_sidebar->item(0)->setText(tr("Visitors"));
    m_sidebar->item(1)->setText(tr("Cookies"));
    m_sidebar->item(2)->setText(tr("Chats"));
}
