// SPDX-License-Identifier: GPL-3.0-or-later
#include "visitors/periods.h"

#include <algorithm>

using namespace Qt::StringLiterals;

QDate Periods::startOf(QDate day, Granularity g)
{
    switch (g) {
    case Granularity::Day:
        return day;
    case Granularity::Week:
        return day.addDays(1 - day.dayOfWeek());
    case Granularity::Month:
        return QDate(day.year(), day.month(), 1);
    }
    return day;
}

QDate Periods::endOf(QDate day, Granularity g)
{
    switch (g) {
    case Granularity::Day:
        return day;
    case Granularity::Week:
        return day.addDays(7 - day.dayOfWeek());
    case Granularity::Month:
        return QDate(day.year(), day.month(), day.daysInMonth());
    }
    return day;
}

QString Periods::key(QDate day, Granularity g)
{
    switch (g) {
    case Granularity::Day:
        return day.toString(Qt::ISODate);
    case Granularity::Week: {
        // The ISO week-year differs from the calendar year around New Year (2020-12-31 is 2020-W53,
        // 2021-01-03 is 2020-W53 too, 2024-12-30 is 2025-W01).
        int weekYear = 0;
        const int week = day.weekNumber(&weekYear);
        return u"%1-W%2"_s.arg(weekYear, 4, 10, QLatin1Char('0')).arg(week, 2, 10, QLatin1Char('0'));
    }
    case Granularity::Month:
        return u"%1-%2"_s.arg(day.year(), 4, 10, QLatin1Char('0')).arg(day.month(), 2, 10, QLatin1Char('0'));
    }
    return {};
}

QList<Period> Periods::split(QDate from, QDate to, Granularity g)
{
    QList<Period> out;
    if (!from.isValid() || !to.isValid() || from > to)
        return out;
    for (QDate d = from; d <= to;) {
        const QDate end = std::min(endOf(d, g), to);
        out.append(Period { key(d, g), d, end });
        d = end.addDays(1);
    }
    return out;
}

std::pair<QDate, QDate> Periods::previous(QDate from, QDate to)
{
    const qint64 len = from.daysTo(to) + 1;
    return { from.addDays(-len), from.addDays(-1) };
}

std::optional<Granularity> Periods::parse(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == u"day")
        return Granularity::Day;
    if (n == u"week")
        return Granularity::Week;
    if (n == u"month")
        return Granularity::Month;
    return std::nullopt;
}

QString Periods::name(Granularity g)
{
    switch (g) {
    case Granularity::Day:
        return u"day"_s;
    case Granularity::Week:
        return u"week"_s;
    case Granularity::Month:
        return u"month"_s;
    }
    return {};
}

Granularity Periods::spacingOf(const QList<QDate> &days)
{
    if (days.size() < 2)
        return Granularity::Day;
    for (const Granularity g : { Granularity::Month, Granularity::Week }) {
        const QDate second = days[1];
        if (startOf(second, g) != second || startOf(days[0], g) != startOf(second.addDays(-1), g))
            continue;
        // A first row off the boundary (a range starting mid-month) is a guess with two rows only.
        if (startOf(days[0], g) != days[0] && days.size() < 3)
            continue;
        bool regular = true;
        for (qsizetype i = 2; i < days.size() && regular; ++i)
            regular = days[i] == (g == Granularity::Month ? second.addMonths(int(i - 1)) : second.addDays(7 * (i - 1)));
        if (regular)
            return g;
    }
    return Granularity::Day;
}

qint64 Periods::daysCovered(std::vector<std::pair<qint64, qint64>> spans, qint64 from, qint64 to)
{
    std::sort(spans.begin(), spans.end());
    qint64 covered = 0;
    qint64 next = from; // the first day not counted yet
    for (const auto &[first, last] : spans) {
        const qint64 a = std::max(first, next), b = std::min(last, to);
        if (a > b)
            continue;
        covered += b - a + 1;
        next = b + 1;
    }
    return covered;
}

std::pair<QDate, QDate> Periods::nearestWithData(QDate from, QDate to, QDate lastBefore, QDate firstAfter)
{
    if (!from.isValid() || !to.isValid() || from > to)
        return {};
    const qint64 length = from.daysTo(to);
    if (lastBefore.isValid())
        return { lastBefore.addDays(-length), lastBefore };
    if (firstAfter.isValid())
        return { firstAfter, firstAfter.addDays(length) };
    return {};
}
