// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

// A small pull scanner over one JSON text (e.g. one NDJSON line), for importers that need a few fields of
// large files: no DOM, values not asked for are skipped without copying. It validates what it walks
// through (skipped values too), so malformed input is reported, never trusted.
//
// The QByteArrayView overloads copy nothing: the view points into the text, or, for a string with escapes,
// into a buffer of the scanner that the next decoded string overwrites. They are what big imports use.
class JsonScanner
{
public:
    explicit JsonScanner(QByteArrayView text)
        : m_p(text.data())
        , m_end(text.data() + text.size())
    { }

    bool ok() const { return m_ok; }
    // The text failed because a string (read or skipped) is longer than TextLimits::kMaxFieldBytes.
    bool fieldTooLong() const { return m_fieldTooLong; }
    // Only whitespace left.
    bool atEnd()
    {
        ws();
        return m_p >= m_end;
    }
    // The next non-blank character, 0 at the end.
    char peek()
    {
        ws();
        return m_p < m_end ? *m_p : 0;
    }

    bool beginObject(); // '{'
    bool beginArray(); // '['
    // Inside an object: reads the next key (decoded) and the ':' after it; false at '}' (consumed).
    bool nextKey(QByteArray &key);
    bool nextKey(QByteArrayView &key);
    // Inside an array: true when another element follows (consumes ','); false at ']' (consumed).
    bool nextElement();

    bool skipValue();
    bool isNull(); // consumes `null` when it is next
    bool readString(QByteArray &out); // a JSON string, decoded to UTF-8
    bool readString(QByteArrayView &out);
    // A number or a string holding an integer (BigQuery writes INT64 as strings); null -> nullopt, ok.
    std::optional<qint64> readInt();
    std::optional<double> readNumber(); // number or numeric string; null -> nullopt
    // The raw text of a scalar (string contents decoded; numbers as written); null -> empty.
    bool readScalar(QByteArray &out);
    bool readScalar(QByteArrayView &out);

private:
    bool fail()
    {
        m_ok = false;
        return false;
    }
    void ws()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\t' || *m_p == '\n' || *m_p == '\r'))
            ++m_p;
    }
    bool literal(const char *word);
    bool tooLong()
    {
        m_fieldTooLong = true;
        return fail();
    }
    bool scanNumber(QByteArrayView &out);
    bool skipString(); // at the opening quote
    bool skipContainer(char open);

    const char *m_p;
    const char *m_end;
    bool m_ok = true;
    bool m_fieldTooLong = false;
    bool m_first = true;
    int m_depth = 0;
    QByteArray m_scratch; // decoded strings with escapes, for the view overloads
};
