// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

// A cell whose text does not fit its column (shown with "…", as on a small window) tells the whole text in its
// tooltip when the model gives the cell no tooltip of its own.
class ElidedToolTipDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
        const QModelIndex &index) override;

    // The text a tooltip over the cell shows: the model's own tooltip, else the display text when it is cut.
    QString toolTipFor(const QStyleOptionViewItem &option, const QModelIndex &index) const;
};
