// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

// Text from a file that ends up in a message, a log line, a report note or an export. A file may hold
// terminal escapes (ESC, BEL: a crafted file could retitle or clear the user's terminal), bidirectional
// overrides that make a name read backwards, and identity numbers: none of them may pass through.
namespace FileQuote {

// The characters of UnsafeChar (core/unsafechar.h, the rule TerminalGuard applies too) replaced: C0 controls but
// tab and line feed, and DEL, by their visible Unicode control pictures ("␛" for ESC, "␇" for BEL); C1 controls,
// bidirectional controls and the other characters that hide text by U+FFFD. Everything else is kept as it is.
QString clean(QStringView text);
QStringList clean(const QStringList &texts);
// For single-line text (a table cell, a header, a message): tab, carriage return and line feed are made
// visible too.
QString cleanLine(QStringView text);

// What a message may quote from a file: cleanLine, every span the standard redaction rules remove replaced
// by the redaction marker (a conversation id that is a fødselsnummer is never printed), and at most
// `maxChars` characters, elided with "…".
QString quote(QStringView text, qsizetype maxChars = 120);
QStringList quote(const QStringList &texts, qsizetype maxChars = 120);
// A file's list (the headers of a CSV) for a message: each item quoted, joined by ", ", and cut after
// `maxItems` with "…", so a file with 10,000 columns still gives a message a person can read.
QString list(const QStringList &items, qsizetype maxItems = 24, qsizetype maxChars = 40);

// The last guard for whole messages and notes that may already mix translated text with quoted file content:
// clean() and valid Norwegian identity numbers removed. Other digit runs stay (line numbers and counts must
// survive); quote() is the rule for file content, this only catches what a quote site missed.
QString scrub(QStringView message);
QStringList scrub(const QStringList &messages);

} // namespace FileQuote
