// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "visitorchart.h"

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
// The chart on screen is Qt Charts (hover tooltips); a file is drawn by VisitorChart from the same figures, the
// drawing `kapsel-cli visitors --chart` makes, with title, period, sources, legend and workspace.
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
    // The chart's text alternative: its figures in words, for a screen reader (the chart's and the table's
    // accessible description).
    void setDescription(const QString &text);
    QString description() const;
    // What a file of this chart shows (the area's figures as they are when exporting).
    void setPicture(std::function<VisitorChart()> picture) { m_picture = std::move(picture); }
    VisitorChart picture() const { return m_picture ? m_picture() : VisitorChart(); }
    QString csv() const { return picture().csv(); }
    bool showsTable() const;
    void showTable(bool on);
    void retranslate();

    enum class Format { Png, Svg, Pdf, Csv };
    // PNG at twice the chart's size on screen, SVG and PDF at its size, each with FILE.csv beside it; CSV alone.
    bool exportTo(Format format, const QString &path);

signals:
    void exported(const QString &path);
    void exportFailed(const QString &message);

private:
    void askAndExport(Format format);
    void updateAccessibleNames();

    QLabel *m_title = nullptr;
    QToolButton *m_tableButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QAction *m_png = nullptr, *m_svg = nullptr, *m_pdf = nullptr, *m_csvAction = nullptr;
    QStackedWidget *m_stack = nullptr;
    QChartView *m_view = nullptr;
    QTableView *m_table = nullptr;
    std::function<VisitorChart()> m_picture;
};
