// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compliance/reportdocument.h"

#include <QByteArray>

// The compliance report as an A4 PDF: a title page, a table of contents with the page each section starts on,
// then the sections. Every page carries the report's title and workspace in its header and the document id, the
// date it was made and "Page N of M" in its footer. Text stays text (selectable, searchable, read by pdftotext),
// charts are vectors (VisitorChart::paint on the PDF's painter), tables break across pages with their header
// row repeated, long paragraphs wrap and break. Drawn with QtGui only (QPdfWriter, QTextDocument), so
// kapsel-cli writes the same file as the GUI.
//
// PDF/A: the file is written as PDF/A-1b (ISO 19005-1, level B), the only PDF/A level Qt 6.4's QPdfWriter
// offers (QPagedPaintDevice::PdfVersion_A1b; there is no value before Qt 6.8, which adds only
// PDF/X-4). In that mode Qt embeds every font (with a ToUnicode map), writes XMP metadata claiming
// pdfaid part 1 / conformance B and an sRGB output intent, and no transparency is used by these pages. PDF/A-2b
// is not claimed: Qt cannot write it, and labelling a PDF 1.4 file as part 2 by hand-made XMP metadata without a
// validator at hand would be a claim we cannot check. An archive that asks for PDF/A-2b generally accepts
// PDF/A-1b, the stricter level.
namespace PdfReportWriter {

QByteArray write(const ReportDocument::Document &document);

} // namespace PdfReportWriter
