// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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

    // The next line without its line break; false at the end or when a line exceeds kMaxLineBytes
    // (then tooLong() is true).
    bool next(QByteArrayView &line);
    int lineNumber() const { return m_line; }
    bool tooLong() const { return m_tooLong; }
    qint64 rawBytesRead() const { return m_stream.rawBytesRead(); }
    TextEncoding encoding() const { return m_stream.encoding(); }

    static constexpr qsizetype kMaxLineBytes = 64 * 1024 * 1024;

private:
    Utf8Stream m_stream;
    QByteArray m_buf;
    qsizetype m_pos = 0;
    int m_line = 0;
    bool m_tooLong = false;
};
