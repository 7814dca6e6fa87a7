// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/palettecolors.h"

#include <QPalette>

bool PaletteColors::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Text).lightness() > palette.color(QPalette::Base).lightness();
}

QColor PaletteColors::textOnTint()
{
    return QColor(0x1a, 0x1a, 0x1a);
}

QColor PaletteColors::suggestion(const QPalette &palette)
{
    // A dark blue on a light base, a light blue on a dark one: both above 7:1 against white and near-black.
    return isDark(palette) ? QColor(0x9e, 0xc8, 0xff) : QColor(0x1f, 0x4e, 0x8c);
}
