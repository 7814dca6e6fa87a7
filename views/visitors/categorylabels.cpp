// SPDX-License-Identifier: GPL-3.0-or-later
#include "visitors/categorylabels.h"

#include "visitorchart.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsSimpleTextItem>

#include <cmath>

namespace {
constexpr qreal kGap = 8; // between two labels side by side
constexpr qreal kPad = 6; // between the plot area and a label
constexpr qreal kMinPointSize = 6;
} // namespace

CategoryLabels::CategoryLabels(QChart *chart, Qt::Orientation orientation)
    : QObject(chart)
    , m_chart(chart)
    , m_orientation(orientation)
{
    connect(chart, &QChart::plotAreaChanged, this, &CategoryLabels::place);
}

void CategoryLabels::setAxis(QBarCategoryAxis *axis)
{
    m_categories = axis ? axis->categories() : QStringList();
    if (axis) {
        m_font = axis->labelsFont();
        m_brush = axis->labelsBrush();
        axis->setLabelsVisible(false);
    }
    qDeleteAll(m_items);
    m_items.clear();
    for (const QString &c : std::as_const(m_categories)) {
        auto *item = new QGraphicsSimpleTextItem(c, m_chart);
        item->setBrush(m_brush);
        m_items << item;
    }
    // Room for the labels outside the plot area: under it (the legend goes on top) or left of it.
    const QStringList &categories = m_categories;
    const QFontMetricsF fm(m_font);
    qreal widest = 0;
    for (const QString &c : categories)
        widest = std::max(widest, fm.horizontalAdvance(c));
    QMargins m = m_chart->margins();
    if (m_orientation == Qt::Horizontal)
        m.setBottom(categories.isEmpty() ? 4 : int(std::ceil(fm.height() + kPad)));
    else
        m.setLeft(categories.isEmpty() ? 4 : int(std::ceil(widest + kPad)));
    m_chart->setMargins(m);
    place();
}

QStringList CategoryLabels::shown() const
{
    QStringList out;
    for (QGraphicsSimpleTextItem *item : m_items)
        if (item->isVisible())
            out << item->text();
    return out;
}

void CategoryLabels::place()
{
    const QRectF plot = m_chart->plotArea();
    const int n = int(m_items.size());
    if (n == 0 || plot.isEmpty())
        return;
    QFont font = m_font;
    if (m_orientation == Qt::Horizontal) {
        const QFontMetricsF fm(font);
        qreal widest = 0;
        for (const QString &c : m_categories)
            widest = std::max(widest, fm.horizontalAdvance(c));
        const int k = VisitorChart::labelStep(n, widest, plot.width(), kGap);
        for (int i = 0; i < n; ++i) {
            QGraphicsSimpleTextItem *item = m_items[i];
            item->setFont(font);
            const qreal centre = plot.left() + (i + 0.5) * plot.width() / n;
            const qreal w = fm.horizontalAdvance(item->text());
            item->setPos(std::clamp(centre - w / 2, 0.0, m_chart->size().width() - w), plot.bottom() + kPad / 2);
            item->setVisible(i % k == 0);
        }
        return;
    }
    // Down the left side: one row per category, the first at the bottom (as Qt Charts places a vertical
    // category axis), the font as large as fits a row.
    const qreal row = plot.height() / n;
    while (QFontMetricsF(font).height() > row && font.pointSizeF() > kMinPointSize)
        font.setPointSizeF(std::max(kMinPointSize, font.pointSizeF() - 0.5));
    const QFontMetricsF fm(font);
    const int k = VisitorChart::labelStep(n, fm.height(), plot.height(), 0);
    for (int i = 0; i < n; ++i) {
        QGraphicsSimpleTextItem *item = m_items[i];
        item->setFont(font);
        const qreal centre = plot.bottom() - (i + 0.5) * row;
        item->setPos(plot.left() - kPad / 2 - fm.horizontalAdvance(item->text()), centre - fm.height() / 2);
        item->setVisible(i % k == 0);
    }
}
