// SPDX-License-Identifier: GPL-3.0-or-later
#include "importers/uanumberlocale.h"

#include "core/filequote.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

bool isSpace(QChar c)
{
    return c == u' ' || c == QChar(0x00A0) || c == QChar(0x202F) || c == QChar(0x2009);
}

QStringView trimmed(QStringView s)
{
    while (!s.isEmpty() && isSpace(s.front()))
        s = s.sliced(1);
    while (!s.isEmpty() && isSpace(s.back()))
        s.chop(1);
    return s;
}

} // namespace

UaNumberLocale::Says UaNumberLocale::classify(QStringView cell)
{
    QStringView s = trimmed(cell);
    if (s.endsWith(u'%'))
        s = trimmed(s.chopped(1));
    if (s.startsWith(u'-') || s.startsWith(u'+'))
        s = s.sliced(1);
    if (s.isEmpty() || s.contains(u':'))
        return Says::Nothing; // an empty cell or a duration (00:01:06)
    // Groups of digits between separators; a number starts and ends with a digit.
    QList<qsizetype> groups;
    QString seps;
    qsizetype run = 0;
    for (QChar c : s) {
        if (c.isDigit() && c.unicode() < 128) {
            ++run;
            continue;
        }
        if (!(c == u'.' || c == u',' || isSpace(c)) || run == 0)
            return Says::NotANumber;
        groups << run;
        seps += isSpace(c) ? u' ' : c;
        run = 0;
    }
    if (run == 0)
        return Says::NotANumber;
    groups << run;
    const qsizetype dots = seps.count(u'.'), commas = seps.count(u','), spaces = seps.count(u' ');
    // Thousands groups are three digits, except the first (1 to 3 digits).
    auto grouped = [&](qsizetype upToGroup) {
        if (groups.front() > 3)
            return false;
        for (qsizetype i = 1; i <= upToGroup; ++i)
            if (groups[i] != 3)
                return false;
        return true;
    };
    const qsizetype n = seps.size();
    if (dots == 0 && commas == 0)
        return n == 0 || grouped(n) ? Says::Nothing : Says::NotANumber;
    const QChar last = [&] {
        for (qsizetype i = n - 1; i >= 0; --i)
            if (seps[i] != u' ')
                return seps[i];
        return QChar();
    }();
    auto decimal = [](QChar c) { return c == u',' ? Says::DecimalComma : Says::DecimalPoint; };
    auto other = [](QChar c) { return c == u',' ? Says::DecimalPoint : Says::DecimalComma; };
    if (dots > 0 && commas > 0) {
        // "1.234,56": the last separator is the decimal one, once, at the end; the others group thousands.
        if (seps.back() != last || seps.count(last) != 1 || !grouped(n - 1))
            return Says::NotANumber;
        return decimal(last);
    }
    if (seps.count(last) >= 2) // "1.234.567": the separator groups thousands
        return grouped(n) ? other(last) : Says::NotANumber;
    if (seps.back() != last)
        return Says::NotANumber; // "1,234 567"
    if (spaces > 0) // "1 234,5": spaces group thousands, so the comma or dot is the decimal separator
        return grouped(n - 1) ? decimal(last) : Says::NotANumber;
    if (groups.back() != 3 || groups.front() > 3 || (groups.front() == 1 && s.front() == u'0'))
        return decimal(last); // "55,12", "0.125", "1234.567": not a thousands group
    return Says::Either;
}

void UaNumberLocale::addTable(const QList<QStringList> &rows, const QList<int> &lines, qsizetype firstMetric)
{
    qsizetype columns = 0;
    for (const QStringList &r : rows)
        columns = std::max(columns, r.size());
    for (qsizetype c = std::max<qsizetype>(firstMetric, 0); c < columns; ++c) {
        Seen found[kKinds]; // the column's first cell of each kind
        bool number = true;
        for (qsizetype i = 0; i < rows.size() && number; ++i) {
            const QString cell = rows[i].value(c);
            const Says says = classify(cell);
            number = says != Says::NotANumber;
            if (number && says != Says::Nothing && !found[int(says)].any())
                found[int(says)] = { lines.value(i), cell };
        }
        if (!number)
            continue; // a column of names, codes or currencies ("US$ 0,00"): not evidence
        for (int k = 0; k < kKinds; ++k)
            if (found[k].any() && (!m_seen[k].any() || found[k].line < m_seen[k].line))
                m_seen[k] = found[k];
    }
}

void UaNumberLocale::addLanguageHint(const QString &sessionsHeader)
{
    // Spanish and Portuguese are left out: their UIs were offered for regions that write either separator.
    static const QStringList point = { u"sessions"_s, u"visits"_s, u"セッション"_s, u"セッション数"_s };
    static const QStringList comma = { u"sessies"_s, u"sitzungen"_s, u"økter"_s, u"sessioner"_s, u"sesje"_s,
        u"bezoeken"_s, u"besuche"_s, u"besøk"_s, u"visites"_s, u"сеансы"_s, u"istunnot"_s, u"sessioni"_s };
    int h = -1;
    if (point.contains(sessionsHeader))
        h = 0;
    else if (comma.contains(sessionsHeader))
        h = 1;
    if (h >= 0)
        m_hint = m_hint < 0 || m_hint == h ? h : 2;
}

UaNumberLocale::Decision UaNumberLocale::decide() const
{
    Decision d;
    const Seen &point = m_seen[int(Says::DecimalPoint)], &comma = m_seen[int(Says::DecimalComma)],
               &either = m_seen[int(Says::Either)];
    if (point.any() && comma.any()) {
        d.line = std::max(comma.line, point.line);
        d.problem = tr("the numbers mix a decimal point (\"%1\", line %2) and a decimal comma (\"%3\", line %4); "
                       "a report from one UI language uses one of them, so Kapsel cannot tell how to read them")
                        .arg(FileQuote::quote(point.cell.trimmed()))
                        .arg(point.line)
                        .arg(FileQuote::quote(comma.cell.trimmed()))
                        .arg(comma.line);
        return d;
    }
    if (comma.any() || point.any()) {
        d.decimalComma = comma.any();
        return d;
    }
    if (!either.any())
        return d; // no separator anywhere: whole numbers either way
    if (m_hint == 0 || m_hint == 1) {
        d.decimalComma = m_hint == 1;
        return d;
    }
    d.line = either.line;
    d.problem = tr("\"%1\" can be read as a whole number with a thousands separator or as a number with three "
                   "decimals, and nothing else in the file tells which; export the report again with its "
                   "percentage columns, or with the interface in English")
                    .arg(FileQuote::quote(either.cell.trimmed()));
    return d;
}
