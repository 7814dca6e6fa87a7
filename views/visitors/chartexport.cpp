// SPDX-License-Identifier: GPL-3.0-or-later
#include "visitors/chartexport.h"

#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QWidget>

bool ChartExport::savePng(QWidget *chart, const QString &path)
{
    return chart->grab().save(path, "PNG");
}

bool ChartExport::saveSvg(QWidget *chart, const QString &path, const QString &title)
{
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setTitle(title);
    svg.setSize(chart->size());
    svg.setViewBox(chart->rect());
    QPainter p;
    if (!p.begin(&svg))
        return false;
    chart->render(&p);
    return p.end() && QFile(path).size() > 0;
}

bool ChartExport::savePdf(QWidget *chart, const QString &path, const QString &title)
{
    QPdfWriter pdf(path);
    pdf.setTitle(title);
    pdf.setCreator(QStringLiteral("Kapsel"));
    pdf.setPageOrientation(QPageLayout::Landscape);
    pdf.setResolution(150);
    QPainter p;
    if (!p.begin(&pdf))
        return false;
    // Scale the widget to the page, keeping its proportions.
    const QRect page = p.viewport();
    const double scale = std::min(double(page.width()) / chart->width(), double(page.height()) / chart->height());
    p.scale(scale, scale);
    chart->render(&p, QPoint(), QRegion(), QWidget::DrawChildren);
    return p.end();
}

bool ChartExport::saveText(const QString &text, const QString &path)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write(text.toUtf8());
    return f.commit();
}
