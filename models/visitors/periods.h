// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>
#include <utility>
#include <vector>

enum class Granularity { Day, Week, Month };

// One period of a series: local calendar days [first, last], clipped to the requested range.
struct Period
{
    QString key; // 2024-03-20, 2024-W12 (ISO week-year) or 2024-03
    QDate first;
    QDate last;
};

// Calendar periods in local days. A day is a calendar date in the workspace time zone, so a week or month
// is the same set of days whatever daylight-saving changes happen inside it.
namespace Periods {

QDate startOf(QDate day, Granularity g); // Monday of the ISO week, first of the month
QDate endOf(QDate day, Granularity g);
QString key(QDate day, Granularity g);
// The periods that cover [from, to], in order; the first and last are clipped to the range.
QList<Period> split(QDate from, QDate to, Granularity g);
// The range of the same length that ends the day before `from`.
std::pair<QDate, QDate> previous(QDate from, QDate to);
std::optional<Granularity> parse(const QString &name); // day | week | month
// The period each row of a report covers, judged from the dates of all its rows (sorted, distinct): a report
// writes one row per day, per ISO week (dated its Monday) or per month (dated the 1st), one after the other;
// only the first row may start later, when the report's range began inside a week or month (it then needs a
// third row to tell). Fewer than two rows, or any other spacing: days.
Granularity spacingOf(const QList<QDate> &sortedDays);
QString name(Granularity g);
// How many days of [from, to] (Julian days, inclusive) lie in at least one of `spans` (inclusive Julian-day
// ranges, in any order, overlapping or not): the days a period's figures stand for.
qint64 daysCovered(std::vector<std::pair<qint64, qint64>> spans, qint64 from, qint64 to);
// A range as long as [from, to] that holds data, for a chosen range that holds none: the one ending on the last
// day with data before `from`, else the one starting on the first day with data after `to`; invalid dates
// when there is neither.
std::pair<QDate, QDate> nearestWithData(QDate from, QDate to, QDate lastBefore, QDate firstAfter);

} // namespace Periods
