// SPDX-License-Identifier: GPL-3.0-or-later
#include "chats/rulecolors.h"

#include <QPainter>
#include <QPixmap>

using namespace Qt::StringLiterals;

QColor RuleColors::background(const QString &ruleId, bool kept)
{
    // Light tints so the text stays readable; kept spans are green whatever kept them.
    if (kept || ruleId.startsWith(u"R4"_s))
        return QColor(0xC8, 0xE6, 0xC9);
    if (ruleId == u"R3")
        return QColor(0xFF, 0xAB, 0xAB);
    if (ruleId == u"R2")
        return QColor(0xFF, 0xD5, 0x80);
    if (ruleId == u"email")
        return QColor(0xA9, 0xD1, 0xFF);
    if (ruleId == u"spelled")
        return QColor(0xD9, 0xB8, 0xFF);
    if (ruleId == u"audit")
        return QColor(0xD6, 0xD6, 0xD6);
    return QColor(0xFF, 0xF1, 0x96);
}

QIcon RuleColors::swatch(const QString &ruleId, bool kept)
{
    QPixmap pm(14, 14);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setPen(QColor(0x60, 0x60, 0x60));
    p.setBrush(background(ruleId, kept));
    p.drawRect(0, 0, 13, 13);
    return QIcon(pm);
}
