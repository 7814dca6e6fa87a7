// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compliance/reportdocument.h"

#include <QByteArray>

// The compliance report as JSON (schema "kapsel/report/1", described in docs/report.md): the document as it is,
// every text final and translated, for archiving and for tools. Holds nothing the document does not.
namespace ReportJson {
inline constexpr char kSchema[] = "kapsel/report/1";
QByteArray write(const ReportDocument::Document &document);
} // namespace ReportJson
