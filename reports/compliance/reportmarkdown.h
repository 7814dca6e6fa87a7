// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compliance/reportdocument.h"

#include <QByteArray>

// The compliance report as Markdown (CommonMark with GitHub's tables): chapters numbered 1., 2., subsections 2.1,
// each with its evidence under the title; a field left blank for the officer shows a line to fill in and the
// setting that keeps it.
namespace ReportMarkdown {
QByteArray write(const ReportDocument::Document &document);
} // namespace ReportMarkdown
