// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

// A small pull scanner over one JSON text (e.g. one NDJSON line), for importers that need a few fields of
// large files: no DOM, values not asked for are skipped without copying. It validates what it walks
// through, so malformed input is reported, never trusted.
class JsonScanner
{
public:
    explicit JsonScanner(QByteArrayView text)
        : m_p(text.data())
        , m_end(text.data() + text.size())
    { }

    bool ok() const { return m_ok; }
    bool atEnd(); // only whitespace left
    char peek(); // next non-blank character, 0 at the end

    bool beginObject(); // '{'
    bool beginArray(); // '['
    // Inside an object: reads the next key (decoded) and the ':' after it; false at '}' (consumed).
    bool nextKey(QByteArray &key);
    // Inside an array: true when another element follows (consumes ','); false at ']' (consumed).
    bool nextElement();

    bool skipValue();
    bool isNull(); // consumes `null` when it is next
    bool readString(QByteArray &out); // a JSON string, decoded to UTF-8
    // A number or a string holding an integer (BigQuery writes INT64 as strings); null -> nullopt, ok.
    std::optional<qint64> readInt();
    std::optional<double> readNumber(); // number or numeric string; null -> nullopt
    // The raw text of a scalar (string contents decoded; numbers as written); null -> empty.
    bool readScalar(QByteArray &out);

private:
    bool fail()
    {
        m_ok = false;
        return false;
    }
    void ws();
    bool literal(const char *word);
    bool scanNumber(QByteArrayView &out);

    const char *m_p;
    const char *m_end;
    bool m_ok = true;
    bool m_first = true;
    int m_depth = 0;
};
