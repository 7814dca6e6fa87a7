// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/elidedtooltipdelegate.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QToolTip>

QString ElidedToolTipDelegate::toolTipFor(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QString own = index.data(Qt::ToolTipRole).toString();
    if (!own.isEmpty())
        return own;
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    if (text.isEmpty())
        return {};
    // What the cell has for its text: the cell less the decoration and the style's margins, as sizeHint counts.
    const int needed = sizeHint(opt, index).width();
    return needed > option.rect.width() ? text : QString();
}

bool ElidedToolTipDelegate::helpEvent(
    QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() != QEvent::ToolTip || !index.isValid())
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    const QString tip = toolTipFor(option, index);
    if (tip.isEmpty()) {
        QToolTip::hideText();
        event->ignore();
        return false;
    }
    QToolTip::showText(event->globalPos(), tip, view, option.rect);
    return true;
}
