// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

// Saves what a chart widget shows: PNG (pixels as on screen), SVG (vectors, QSvgGenerator) or PDF
// (QPdfWriter, one landscape A4 page). Returns false when the file cannot be written.
namespace ChartExport {

bool savePng(QWidget *chart, const QString &path);
bool saveSvg(QWidget *chart, const QString &path, const QString &title);
bool savePdf(QWidget *chart, const QString &path, const QString &title);
bool saveText(const QString &text, const QString &path);

} // namespace ChartExport
