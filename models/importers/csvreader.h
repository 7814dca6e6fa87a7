// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importers/textlimits.h"
#include "importers/utf8stream.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

#include <string>
#include <vector>

class QIODevice;

// A streaming CSV/TSV reader for the visitor importers: any encoding Utf8Stream knows, `,` `;` or tab
// detected from the first line, RFC 4180 quoting (doubled quotes, line breaks inside quotes), \n, \r\n or
// \r line ends. Fields are handed out as UTF-8 byte views, valid until the next call of next(), so a
// million-row file costs no QString per field.
class CsvReader
{
public:
    explicit CsvReader(QIODevice &in, char delimiter = 0); // 0 = detect
    ~CsvReader();

    // Text between a closing quote and the next delimiter is an error (a quote inside a field not doubled),
    // not kept as part of the field.
    void setStrictQuotes(bool strict) { m_strictQuotes = strict; }

    // Reads the next record. False at the end of the file or on an error (see errorReason()).
    bool next();

    qsizetype size() const { return qsizetype(m_ends.size()); }
    QByteArrayView field(qsizetype i) const
    {
        if (i < 0 || i >= size())
            return {};
        const qsizetype start = i == 0 ? 0 : m_ends[size_t(i - 1)];
        return QByteArrayView(m_data.data() + start, m_ends[size_t(i)] - start);
    }
    QString text(qsizetype i) const { return QString::fromUtf8(field(i)); }
    // text(i).trimmed() into `out`, reusing its buffer when it is not shared and large enough: a million-row
    // file then makes no new string per id.
    void trimmedText(qsizetype i, QString &out) const;
    QStringList texts() const;
    bool isBlank() const; // an empty line, or only empty fields

    int lineNumber() const { return m_recordLine; } // where the current record starts, 1-based
    int nextLineNumber() const { return m_line; }
    char delimiter() const { return m_delimiter; }
    TextEncoding encoding() const { return m_stream.encoding(); }
    qint64 rawBytesRead() const { return m_stream.rawBytesRead(); }

    bool hasError() const { return !m_error.isEmpty(); }
    QString errorReason() const { return m_error; } // translated
    int errorLine() const { return m_errorLine; }

    static char detectDelimiter(QByteArrayView firstLine);
    // A record (with quoted line breaks, several lines) may not exceed one line's limit, nor a field
    // TextLimits::kMaxFieldBytes; a NUL byte anywhere refuses the file (TextLimits).
    static constexpr qsizetype kMaxRecordBytes = TextLimits::kMaxLineBytes;

private:
    enum class Parse { Done, NeedMore, Failed };
    Parse parseRecord();
    bool checkRecord(qsizetype rawBytes);
    bool fill();

    Utf8Stream m_stream;
    QByteArray m_buf;
    qsizetype m_pos = 0;
    // The current record's fields, one after the other (std::string: appends stay inline, a field at a time).
    std::string m_data;
    std::vector<qsizetype> m_ends;
    char m_delimiter = 0;
    bool m_strictQuotes = false;
    int m_line = 1;
    int m_recordLine = 0;
    QString m_error;
    int m_errorLine = 0;
};
