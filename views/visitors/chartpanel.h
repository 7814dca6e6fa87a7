// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <functional>

class QAbstractItemModel;
class QChart;
class QChartView;
class QLabel;
class QStackedWidget;
class QTableView;
class QToolButton;
class QPushButton;
class QAction;

// One chart of the Visitors area with the table behind it one click away, and export as PNG, SVG, PDF or CSV.
class ChartPanel : public QWidget
{
    Q_OBJECT

public:
    ChartPanel(const QString &objectName, QAbstractItemModel *model, QWidget *parent);

    QChart *chart() const;
    QChartView *chartView() const { return m_view; }
    QTableView *table() const { return m_table; }
    void setTitle(const QString &title);
    QString title() const;
    void setCsv(std::function<QString()> csv) { m_csv = std::move(csv); }
    QString csv() const { return m_csv ? m_csv() : QString(); }
    bool showsTable() const;
    void showTable(bool on);
    void retranslate();

    enum class Format { Png, Svg, Pdf, Csv };
    bool exportTo(Format format, const QString &path);

signals:
    void exported(const QString &path);

private:
    void askAndExport(Format format);

    QLabel *m_title = nullptr;
    QToolButton *m_tableButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QAction *m_png = nullptr, *m_svg = nullptr, *m_pdf = nullptr, *m_csvAction = nullptr;
    QStackedWidget *m_stack = nullptr;
    QChartView *m_view = nullptr;
    QTableView *m_table = nullptr;
    std::function<QString()> m_csv;
};
