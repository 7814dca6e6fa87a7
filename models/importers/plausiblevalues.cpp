// SPDX-License-Identifier: GPL-3.0-or-later
#include "importers/plausiblevalues.h"

#include "core/deferredtext.h"
#include "importers/importcontext.h"
#include "visitors/sessionrecord.h"

#include <QDateTime>

bool PlausibleValues::isPlausibleDay(const QDate &day, qint64 importUtc)
{
    if (!day.isValid() || day < earliestDay())
        return false;
    // A local day may start up to 14 hours before its UTC date.
    const QDate latest = QDateTime::fromSecsSinceEpoch(latestUtc(importUtc) + 14 * 3600, Qt::UTC).date();
    return day <= latest;
}

bool PlausibleValues::acceptTime(ImportContext &ctx, qint64 utc, int line)
{
    if (isPlausibleTime(utc, ctx.startedUtc))
        return true;
    ctx.skip(timeOutOfRange(), line);
    return false;
}

bool PlausibleValues::acceptDay(ImportContext &ctx, const QDate &day, int line)
{
    if (isPlausibleDay(day, ctx.startedUtc))
        return true;
    ctx.skip(timeOutOfRange(), line);
    return false;
}

bool PlausibleValues::acceptCount(ImportContext &ctx, double n, int line)
{
    if (isPlausibleCount(n))
        return true;
    ctx.skip(countOutOfRange(), line);
    return false;
}

bool PlausibleValues::acceptSeconds(ImportContext &ctx, double s, int line)
{
    if (isPlausibleSeconds(s))
        return true;
    ctx.skip(durationOutOfRange(), line);
    return false;
}

bool PlausibleValues::acceptSession(ImportContext &ctx, const SessionRecord &s)
{
    if (!acceptTime(ctx, s.startUtc, s.line) || (s.day.isValid() && !acceptDay(ctx, s.day, s.line)))
        return false;
    // A visit number counts from 1; 0 is let through as the store has always read it (first time).
    if (s.visitNumber && !acceptCount(ctx, double(*s.visitNumber), s.line))
        return false;
    if (s.pageviews && !acceptCount(ctx, double(*s.pageviews), s.line))
        return false;
    return (!s.durationS || acceptSeconds(ctx, *s.durationS, s.line))
        && (!s.engagementS || acceptSeconds(ctx, *s.engagementS, s.line));
}

bool PlausibleValues::acceptAggregate(ImportContext &ctx, const AggregateRecord &a)
{
    // A report's period starts on a day the import accepts; it may end after the import (this week, this month,
    // this year, still running), but it ends after it starts and within a year of the import.
    if (!acceptDay(ctx, a.from, a.line))
        return false;
    const QDate importDay = QDateTime::fromSecsSinceEpoch(ctx.startedUtc, Qt::UTC).date();
    if (a.to.isValid() && (a.to < a.from || a.to > importDay.addYears(1))) {
        ctx.skip(timeOutOfRange(), a.line);
        return false;
    }
    const bool seconds = a.metric == AggregateMetric::DurationSumS || a.metric == AggregateMetric::DurationMeanS;
    return seconds ? acceptSeconds(ctx, a.value, a.line) : acceptCount(ctx, a.value, a.line);
}

QString PlausibleValues::timeOutOfRange()
{
    // Made once: the stored form is the same in every language, and a file may skip a million rows.
    static const QString reason = DeferredText::marked("PlausibleValues",
        QT_TRANSLATE_NOOP("PlausibleValues",
            "time or date before 1990-01-01 or after the day of the import; no export holds it, so the row "
            "was not stored"))
                                      .toStored();
    return reason;
}

QString PlausibleValues::countOutOfRange()
{
    // Made once: the stored form is the same in every language, and a file may skip a million rows.
    static const QString reason = DeferredText::marked("PlausibleValues",
        QT_TRANSLATE_NOOP(
            "PlausibleValues", "count that is negative, not a number or 1,000,000,000 or more; the row was not stored"))
                                      .toStored();
    return reason;
}

QString PlausibleValues::durationOutOfRange()
{
    // Made once: the stored form is the same in every language, and a file may skip a million rows.
    static const QString reason = DeferredText::marked("PlausibleValues",
        QT_TRANSLATE_NOOP(
            "PlausibleValues", "duration that is negative or longer than any visit can last; the row was not stored"))
                                      .toStored();
    return reason;
}
