// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/csvwriter.h"

#include "core/filequote.h"

using namespace Qt::StringLiterals;

namespace {

bool isPlainNumber(QStringView t)
{
    qsizetype i = t.startsWith(u'-') ? 1 : 0;
    bool digits = false, point = false;
    for (; i < t.size(); ++i) {
        const QChar c = t.at(i);
        if (c >= u'0' && c <= u'9')
            digits = true;
        else if (c == u'.' && !point && digits)
            point = true;
        else
            return false;
    }
    return digits && !t.endsWith(u'.');
}

bool runsAsFormula(QStringView t)
{
    if (t.startsWith(u'\t') || t.startsWith(u'\r'))
        return true;
    // Spreadsheets skip leading spaces before they look for a formula.
    const QStringView s = t.trimmed();
    if (s.isEmpty())
        return false;
    const QChar c = s.front();
    const bool trigger = c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\uFF1D' || c == u'\uFF0B'
        || c == u'\uFF0D' || c == u'\uFF20'; // and their fullwidth forms, which some spreadsheets fold
    return trigger && !isPlainNumber(s);
}

} // namespace

QString CsvWriter::cell(QStringView text)
{
    QString t = runsAsFormula(text) ? u'\'' + text.toString() : text.toString();
    t.replace(u"\r\n"_s, u"\n"_s);
    t = FileQuote::clean(t);
    if (t.contains(u',') || t.contains(u'"') || t.contains(u'\n') || t.contains(u';'))
        return u'"' + t.replace(u"\""_s, u"\"\""_s) + u'"';
    return t;
}

QString CsvWriter::line(const QStringList &cells, LineEnd end)
{
    QString out;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            out += u',';
        out += cell(cells.at(i));
    }
    return out + (end == LineEnd::CrLf ? u"\r\n"_s : u"\n"_s);
}
