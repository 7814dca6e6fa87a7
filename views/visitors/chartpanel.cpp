// SPDX-License-Identifier: GPL-3.0-or-later
#include "visitors/chartpanel.h"

#include "common/filechooser.h"

#include <QChartView>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ChartPanel::ChartPanel(const QString &objectName, QAbstractItemModel *model, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(objectName);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    m_title = new QLabel(this);
    QFont f = m_title->font();
    f.setBold(true);
    m_title->setFont(f);
    m_tableButton = new QToolButton(this);
    m_tableButton->setObjectName(u"tableToggle"_s);
    m_tableButton->setCheckable(true);
    m_exportButton = new QPushButton(this);
    m_exportButton->setObjectName(u"exportButton"_s);
    auto *menu = new QMenu(m_exportButton);
    m_png = menu->addAction(QString());
    m_svg = menu->addAction(QString());
    m_pdf = menu->addAction(QString());
    m_csvAction = menu->addAction(QString());
    m_exportButton->setMenu(menu);
    bar->addWidget(m_title, 1);
    bar->addWidget(m_tableButton);
    bar->addWidget(m_exportButton);
    layout->addLayout(bar);

    m_stack = new QStackedWidget(this);
    m_view = new QChartView(m_stack);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(360, 200); // two rows of charts fit a 1024×640 window
    m_view->chart()->setMargins(QMargins(4, 4, 4, 4));
    m_view->chart()->setLocalizeNumbers(true); // axis numbers as the locale writes them: "100 000", "2,5"
    m_table = new QTableView(m_stack);
    m_table->setModel(model);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_table);
    layout->addWidget(m_stack, 1);

    connect(m_tableButton, &QToolButton::toggled, this, &ChartPanel::showTable);
    connect(m_png, &QAction::triggered, this, [this] { askAndExport(Format::Png); });
    connect(m_svg, &QAction::triggered, this, [this] { askAndExport(Format::Svg); });
    connect(m_pdf, &QAction::triggered, this, [this] { askAndExport(Format::Pdf); });
    connect(m_csvAction, &QAction::triggered, this, [this] { askAndExport(Format::Csv); });
    retranslate();
}

QChart *ChartPanel::chart() const
{
    return m_view->chart();
}

void ChartPanel::setTitle(const QString &title)
{
    m_title->setText(title);
    updateAccessibleNames();
}

void ChartPanel::setDescription(const QString &text)
{
    m_view->setAccessibleDescription(text);
    m_table->setAccessibleDescription(text);
}

QString ChartPanel::description() const
{
    return m_view->accessibleDescription();
}

// Three panels have the same buttons: their names say which chart they act on.
void ChartPanel::updateAccessibleNames()
{
    const QString title = m_title->text();
    m_view->setAccessibleName(tr("Chart: %1").arg(title));
    m_table->setAccessibleName(tr("Table: %1").arg(title));
    m_tableButton->setAccessibleName(tr("Show %1 as a table").arg(title));
    m_exportButton->setAccessibleName(tr("Export %1").arg(title));
}

QString ChartPanel::title() const
{
    return m_title->text();
}

bool ChartPanel::showsTable() const
{
    return m_stack->currentWidget() == m_table;
}

void ChartPanel::showTable(bool on)
{
    m_stack->setCurrentWidget(on ? static_cast<QWidget *>(m_table) : m_view);
    if (m_tableButton->isChecked() != on)
        m_tableButton->setChecked(on);
}

void ChartPanel::retranslate()
{
    m_view->chart()->setLocale(QLocale());
    m_tableButton->setText(tr("Table"));
    m_tableButton->setToolTip(tr("Show the numbers behind the chart"));
    m_exportButton->setText(tr("Export"));
    m_png->setText(tr("Chart as &PNG image..."));
    m_svg->setText(tr("Chart as &SVG drawing..."));
    m_pdf->setText(tr("Chart as P&DF..."));
    m_csvAction->setText(tr("Numbers as &CSV..."));
    m_tableButton->setAccessibleDescription(tr("Switches between the chart and the table of its numbers"));
    updateAccessibleNames();
}

bool ChartPanel::exportTo(Format format, const QString &path)
{
    Status s;
    if (format == Format::Csv) {
        QSaveFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(csv().toUtf8()) < 0 || !f.commit())
            s = Error { path, 0, tr("cannot write the file") };
    } else {
        s = picture().save(path, m_view->size());
    }
    if (s) {
        emit exportFailed(s->toString());
        return false;
    }
    emit exported(path);
    return true;
}

void ChartPanel::askAndExport(Format format)
{
    QString filter;
    switch (format) {
    case Format::Png:
        filter = tr("PNG image (*.png)");
        break;
    case Format::Svg:
        filter = tr("SVG drawing (*.svg)");
        break;
    case Format::Pdf:
        filter = tr("PDF document (*.pdf)");
        break;
    case Format::Csv:
        filter = tr("CSV file (*.csv)");
        break;
    }
    // The suggested name is the chart's title made file-safe, with the format's extension.
    static const char *const extensions[] = { "png", "svg", "pdf", "csv" };
    QString stem = title().toLower();
    stem.replace(QRegularExpression(u"[^\\w]+"_s, QRegularExpression::UseUnicodePropertiesOption), u"-"_s);
    stem = stem.left(60).remove(QRegularExpression(u"^-+|-+$"_s));
    const QString name = (stem.isEmpty() ? tr("chart") : stem) + u'.' + QLatin1StringView(extensions[int(format)]);
    const QString path = FileChooser::saveFile(this, tr("Export"), name, filter);
    if (!path.isEmpty())
        exportTo(format, path);
}
