// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

class QPalette;

// Colours the views hand out, chosen against the palette the system gives (light, dark or high contrast), so that
// text stays readable (WCAG 2 AA: a contrast of 4.5:1 or more).
namespace PaletteColors {

// True when the palette's text is lighter than its base: a dark theme.
bool isDark(const QPalette &palette);
// Text for a cell or span with a light tint of its own (a status, a redaction rule): dark whatever the palette.
QColor textOnTint();
// The colour that marks a suggested (not yet confirmed) text in the cookie inventory, on the palette's base.
QColor suggestion(const QPalette &palette);

} // namespace PaletteColors
