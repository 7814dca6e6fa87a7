// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importers/textlimits.h"
#include "importers/utf8stream.h"

#include <QByteArray>
#include <QByteArrayView>

class QIODevice;

// Line-by-line reading of newline-delimited files (NDJSON) of any size: only the current chunk is held.
class LineReader
{
public:
    explicit LineReader(QIODevice &in)
        : m_stream(in)
    { }

    // The next line without its line break; false at the end, or at a line that exceeds kMaxLineBytes or
    // holds a NUL byte (then hasError() is true and lineNumber() is that line).
    bool next(QByteArrayView &line);
    int lineNumber() const { return m_line; }
    bool hasError() const { return m_error != Problem::None; }
    QString errorReason() const; // translated (TextLimits)
    qint64 rawBytesRead() const { return m_stream.rawBytesRead(); }
    TextEncoding encoding() const { return m_stream.encoding(); }

    static constexpr qsizetype kMaxLineBytes = TextLimits::kMaxLineBytes;

private:
    enum class Problem { None, TooLong, Nul };
    bool accept(QByteArrayView line);

    Utf8Stream m_stream;
    QByteArray m_buf;
    qsizetype m_pos = 0;
    int m_line = 0;
    Problem m_error = Problem::None;
};
