// SPDX-License-Identifier: GPL-3.0-or-later
#include "cookies/cookiecsv.h"

#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace {
constexpr qsizetype kMaxField = 1 << 20;
}

Expected<std::vector<CookieCsv::Row>> CookieCsv::parse(const QByteArray &bytes, const QString &fileName, QChar sep)
{
    if (const qsizetype nul = bytes.indexOf('\0'); nul >= 0)
        return Error { fileName, int(bytes.left(nul).count('\n')) + 1,
            tr("the file contains binary data, not CSV text") };
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        // Find the first line that does not decode, so the user knows where to look.
        int line = 1;
        for (const QByteArray &l : bytes.split('\n')) {
            QStringDecoder d(QStringDecoder::Utf8);
            const QString decoded = d.decode(l);
            if (d.hasError())
                break;
            ++line;
        }
        return Error { fileName, line, tr("the text is not UTF-8; save the file as UTF-8 and try again") };
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);

    std::vector<Row> rows;
    Row row;
    QString field;
    bool quoted = false, fieldStarted = false;
    int line = 1, quoteLine = 0;
    row.line = 1;
    auto endField = [&]() -> bool {
        row.fields << field;
        field.clear();
        fieldStarted = false;
        return true;
    };
    auto endRow = [&]() {
        endField();
        if (!(row.fields.size() == 1 && row.fields.first().trimmed().isEmpty()))
            rows.push_back(row);
        row = Row {};
        row.line = line;
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < n && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
        } else if (c == u'"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
            quoteLine = line;
        } else if (c == sep) {
            endField();
        } else if (c == u'\n') {
            ++line;
            endRow();
        } else if (c == u'\r') {
            // part of CRLF
        } else {
            field += c;
            fieldStarted = true;
        }
        if (field.size() > kMaxField)
            return Error { fileName, line,
                tr("a field is longer than %1 characters; this is not a cookie CSV").arg(kMaxField) };
    }
    if (quoted)
        return Error { fileName, quoteLine, tr("a quoted field is never closed (missing \")") };
    if (!field.isEmpty() || !row.fields.isEmpty())
        endRow();
    return rows;
}
