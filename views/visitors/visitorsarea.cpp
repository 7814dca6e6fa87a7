// SPDX-License-Identifier: GPL-3.0-or-later
#include "visitors/visitorsarea.h"

#include <QLabel>
#include <QVBoxLayout>

VisitorsArea::VisitorsArea(QWidget *parent) : Area(parent)
{
    setObjectName(QStringLiteral("visitorsArea"));
    auto *layout = new QVBoxLayout(this);
    m_placeholder = new QLabel(this);
    layout->addWidget(m_placeholder);
    retranslate();
}

void VisitorsArea::setWorkspace(std::shared_ptr<Workspace> ws)
{
    m_ws = std::move(ws);
    reload();
}

void VisitorsArea::reload() {}

void VisitorsArea::retranslate()
{
    m_placeholder->setText(tr("Visitors"));
}
