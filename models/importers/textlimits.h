// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

class ImportContext;

// What a text export Kapsel reads may hold. No real export has a NUL byte in its text (UTF-16 without a
// byte order mark is not read), a line over 1 MiB in a line-oriented file (CSV, NDJSON, transcripts) or a
// field or JSON string over 64 KiB: such a file is damaged or not what it claims, and is refused as a
// whole (FILE:LINE) rather than storing, say, a 30 MB visitor id. The shared readers (CsvReader,
// LineReader, JsonScanner) and the importers that read whole documents apply these limits.
class TextLimits
{
    Q_DECLARE_TR_FUNCTIONS(TextLimits)

public:
    static constexpr qsizetype kMaxLineBytes = 1 << 20;
    static constexpr qsizetype kMaxFieldBytes = 64 << 10;

    static QString nulByte();
    static QString lineTooLong();
    static QString fieldTooLong();

    // A line-oriented file as UTF-8 bytes: the first NUL byte or line over kMaxLineBytes, at its line.
    static Status checkLines(QByteArrayView text, const ImportContext &ctx);
    // A document that may be a single line (JSON, XML): the first NUL byte, at its line.
    static Status checkNoNul(QByteArrayView text, const ImportContext &ctx);
    // 1-based line of byte `offset`.
    static int lineOf(QByteArrayView text, qsizetype offset);
};
