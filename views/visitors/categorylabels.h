// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QBrush>
#include <QFont>
#include <QObject>
#include <QStringList>

class QBarCategoryAxis;
class QChart;
class QGraphicsSimpleTextItem;

// The labels of a chart's category axis, drawn whole. Qt Charts cuts a category label that does not fit its
// share of the axis to "...", and a short chart cuts every label ("1-2 min" needs about 30 px of height per
// range there, the minimum chart has 19). So the axis's own labels are hidden and these are drawn instead:
// along the bottom every k-th label, k as small as lets them fit side by side (fewer ticks, never a cut
// text); down the left side every label, the font made smaller (not below 6 pt) when a row is too low.
class CategoryLabels : public QObject
{
    Q_OBJECT

public:
    CategoryLabels(QChart *chart, Qt::Orientation orientation);

    // The category axis to label (attached to the chart): its own labels are hidden, its categories drawn here
    // in its labels' font and colour. nullptr: nothing drawn.
    void setAxis(QBarCategoryAxis *axis);
    // The texts drawn now, in order (for tests and the export).
    QStringList shown() const;
    QList<QGraphicsSimpleTextItem *> items() const { return m_items; }

private:
    void place();

    QChart *m_chart = nullptr;
    Qt::Orientation m_orientation;
    QStringList m_categories;
    QFont m_font;
    QBrush m_brush;
    QList<QGraphicsSimpleTextItem *> m_items;
};
