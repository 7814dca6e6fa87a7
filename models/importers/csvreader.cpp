// SPDX-License-Identifier: GPL-3.0-or-later
#include "importers/csvreader.h"

#include <QCoreApplication>
#include <QIODevice>

#include <algorithm>
#include <cstring>

namespace {
class CsvText
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
public:
    static QString unclosedQuote(int line)
    {
        return tr("a quoted field that starts on line %1 is never closed").arg(line);
    }
    static QString textAfterQuote()
    {
        return tr("unexpected text after a closing quote; quotes inside a field must be doubled");
    }
};
} // namespace

CsvReader::CsvReader(QIODevice &in, char delimiter)
    : m_stream(in)
    , m_delimiter(delimiter)
{
    m_ends.reserve(64);
}

CsvReader::~CsvReader() = default;

char CsvReader::detectDelimiter(QByteArrayView line)
{
    int comma = 0, semi = 0, tab = 0;
    bool quoted = false;
    for (char c : line) {
        if (c == '"')
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == ',')
            ++comma;
        else if (c == ';')
            ++semi;
        else if (c == '\t')
            ++tab;
        else if (c == '\n' || c == '\r')
            break;
    }
    if (tab > 0 && tab >= comma && tab >= semi)
        return '\t';
    if (semi > comma)
        return ';';
    return ',';
}

bool CsvReader::fill()
{
    // Drop what was consumed, then read at least as much as is buffered so a long record costs
    // O(n log n), not O(n²), in restarts.
    if (m_pos > 0) {
        m_buf.remove(0, m_pos);
        m_pos = 0;
    }
    const qint64 want = std::max<qint64>(1 << 20, m_buf.size());
    return m_stream.readChunk(m_buf, want);
}

QStringList CsvReader::texts() const
{
    QStringList out;
    out.reserve(size());
    for (qsizetype i = 0; i < size(); ++i)
        out << text(i);
    return out;
}

void CsvReader::trimmedText(qsizetype i, QString &out) const
{
    // Trimming the bytes first trims the same characters as QString::trimmed() when all of them are ASCII.
    const QByteArrayView bytes = field(i).trimmed();
    const qsizetype n = bytes.size();
    for (qsizetype k = 0; k < n; ++k) {
        if (quint8(bytes[k]) >= 0x80) {
            out = QString::fromUtf8(bytes).trimmed();
            return;
        }
    }
    out.resize(n);
    QChar *p = out.data();
    for (qsizetype k = 0; k < n; ++k)
        p[k] = QChar(char16_t(bytes[k]));
}

bool CsvReader::isBlank() const
{
    for (qsizetype i = 0; i < size(); ++i) {
        if (!field(i).trimmed().isEmpty())
            return false;
    }
    return true;
}

bool CsvReader::next()
{
    if (hasError())
        return false;
    if (!m_delimiter) {
        while (!m_stream.atEnd() && m_buf.indexOf('\n', m_pos) < 0 && m_buf.size() - m_pos < kMaxRecordBytes)
            fill();
        const qsizetype nl = m_buf.indexOf('\n', m_pos);
        m_delimiter = detectDelimiter(QByteArrayView(m_buf).sliced(m_pos, (nl < 0 ? m_buf.size() : nl) - m_pos));
    }
    for (;;) {
        const int lineBefore = m_line;
        const qsizetype start = m_pos;
        const Parse p = parseRecord();
        if (p == Parse::Done)
            return checkRecord(m_pos - start);
        if (p == Parse::Failed)
            return false;
        m_line = lineBefore;
        if (m_buf.size() - m_pos > kMaxRecordBytes) {
            m_error = TextLimits::lineTooLong();
            m_errorLine = m_line;
            return false;
        }
        const qsizetype before = m_buf.size() - m_pos;
        if (!fill() && m_buf.size() - m_pos == before) {
            // End of the file: whatever is left is the last record (without a line break), or nothing.
            if (m_pos >= m_buf.size())
                return false;
            m_buf.append('\n');
        }
    }
}

bool CsvReader::checkRecord(qsizetype rawBytes)
{
    // The whole record may have been in the buffer at once, so its length is checked here too.
    if (rawBytes > kMaxRecordBytes) {
        m_error = TextLimits::lineTooLong();
        m_errorLine = m_recordLine;
        return false;
    }
    if (const void *nul = std::memchr(m_data.data(), 0, m_data.size())) {
        m_error = TextLimits::nulByte();
        m_errorLine = m_recordLine
            + TextLimits::lineOf(
                QByteArrayView(m_data.data(), qsizetype(m_data.size())), static_cast<const char *>(nul) - m_data.data())
            - 1;
        return false;
    }
    for (qsizetype i = 0; i < size(); ++i) {
        if (field(i).size() > TextLimits::kMaxFieldBytes) {
            m_error = TextLimits::fieldTooLong();
            m_errorLine = m_recordLine;
            return false;
        }
    }
    return true;
}

CsvReader::Parse CsvReader::parseRecord()
{
    m_data.clear();
    m_ends.clear();
    const char *b = m_buf.constData();
    const qsizetype n = m_buf.size();
    qsizetype i = m_pos;
    if (i >= n)
        return Parse::NeedMore;
    const char d = m_delimiter;
    m_recordLine = m_line;
    int line = m_line;
    for (;;) {
        // One field.
        if (i < n && b[i] == '"') {
            const int quoteLine = line;
            ++i;
            for (;;) {
                const char *q = static_cast<const char *>(memchr(b + i, '"', n - i));
                if (!q) {
                    if (m_stream.atEnd()) {
                        m_error = CsvText::unclosedQuote(quoteLine);
                        m_errorLine = quoteLine;
                        return Parse::Failed;
                    }
                    return Parse::NeedMore;
                }
                const qsizetype qi = q - b;
                line += int(std::count(b + i, q, '\n'));
                m_data.append(b + i, size_t(qi - i));
                if (qi + 1 >= n) {
                    if (m_stream.atEnd()) {
                        i = qi + 1;
                        break;
                    }
                    return Parse::NeedMore;
                }
                if (b[qi + 1] == '"') {
                    m_data.push_back('"');
                    i = qi + 2;
                    continue;
                }
                i = qi + 1;
                break;
            }
            if (m_strictQuotes && i < n && b[i] != d && b[i] != '\n' && b[i] != '\r') {
                m_error = CsvText::textAfterQuote();
                m_errorLine = line;
                return Parse::Failed;
            }
            // Tolerate stray text between the closing quote and the delimiter (it is kept).
            while (i < n && b[i] != d && b[i] != '\n' && b[i] != '\r')
                m_data.push_back(b[i++]);
        } else {
            const qsizetype start = i;
            while (i < n && b[i] != d && b[i] != '\n' && b[i] != '\r')
                ++i;
            m_data.append(b + start, size_t(i - start));
        }
        m_ends.push_back(qsizetype(m_data.size()));
        if (i >= n)
            return Parse::NeedMore;
        if (b[i] == d) {
            ++i;
            continue;
        }
        // End of the record.
        if (b[i] == '\r') {
            if (i + 1 >= n && !m_stream.atEnd())
                return Parse::NeedMore;
            if (i + 1 < n && b[i + 1] == '\n')
                ++i;
        }
        ++i;
        m_line = line + 1;
        m_pos = i;
        return Parse::Done;
    }
}
