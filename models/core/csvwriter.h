// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

// Every CSV Kapsel writes (the cookie declaration, chat messages, visitor figures) goes through here, so that
// no cell from a file can run as a spreadsheet formula or steer a terminal.
namespace CsvWriter {

// One RFC 4180 cell. Text a spreadsheet would run as a formula (first non-blank character = + - @, or a
// leading tab or carriage return: `=HYPERLINK(..)`, `+cmd|..`, `-2+3`, `@SUM(..)`) gets a leading apostrophe,
// which spreadsheets show as text; a plain number ("-12", "3.5") is left as it is. Control characters but
// tab and line feed become visible (FileQuote::clean). Quoted when it holds a comma, semicolon (the separator
// of spreadsheets in Norwegian), quote or line break.
QString cell(QStringView text);
// The cells joined by commas. Files meant for spreadsheets end their lines in CRLF, as RFC 4180 asks; what
// the CLI prints for scripts ends them in LF, as Unix tools expect.
enum class LineEnd { Lf, CrLf };
QString line(const QStringList &cells, LineEnd end = LineEnd::Lf);

} // namespace CsvWriter
