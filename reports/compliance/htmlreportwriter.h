// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compliance/reportdocument.h"

#include <QByteArray>

// The compliance report as one self-contained HTML file (UTF-8): its style inline, its charts inline SVG drawn by
// VisitorChart::paint, nothing fetched from anywhere (no link, script, image, font or url()), so it reads the
// same without a network and years later. Semantic headings and tables (caption, thead, th scope) with a linked
// table of contents; the document id, workspace and date in a header and a footer; light and dark colours that
// both keep WCAG AA contrast; print styles that repeat a table's header row on every printed page.
namespace HtmlReportWriter {

QByteArray write(const ReportDocument::Document &document);

} // namespace HtmlReportWriter
