// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "visitors/durationbuckets.h"
#include "visitors/periods.h"
#include "visitors/visitorstore.h"

#include <QDate>
#include <QList>
#include <QPointF>
#include <QString>

#include <optional>

struct VisitorFilter
{
    QDate from; // local days, inclusive
    QDate to;
    Granularity by = Granularity::Day;
    QString source; // empty = all sources
};

// A source's reports that give the same days twice within one period (daily rows and a month's row of the same
// site): which one counted. Finer: the finer rows cover the longer period's every day, the longer figure is left
// out. Longer: they do not, the longer figure counts and the finer rows inside it are left out.
enum class ReportOverlap { None, Finer, Longer };

// The figures of one period. A figure no source in the period can give is empty, never 0.
struct SeriesRow
{
    Period period;
    qint64 visits = 0;
    std::optional<qint64> firstTime;
    std::optional<qint64> returning;
    std::optional<double> meanDurationS;
    std::optional<double> medianDurationS; // of durations rounded to whole seconds; even count: mean of the middle two
    bool fromAggregate = false; // some figures come from aggregate reports (no sessions for that source)
    // A report gives visits of a source only for a longer period overlapping this one (a month in a day or
    // week view, a week in a day view or across two months): they are not available at this granularity and
    // are not in `visits`, which is then a lower bound (or nothing, when `visits` is 0).
    bool coarser = false;
    ReportOverlap overlap = ReportOverlap::None;
    // Days of the period that hold a counted figure (a session, or a report whose period lies inside this one):
    // a period with data on 2 of its 30 days is not comparable with one that has data on all of them.
    qint64 daysWithData = 0;
    qint64 days() const { return period.first.isValid() ? period.first.daysTo(period.last) + 1 : 0; }
    bool fullyCovered() const { return days() > 0 && daysWithData == days(); }
};

struct BucketRow
{
    int index = 0; // into DurationBuckets::all()
    qint64 visits = 0;
};

struct Comparison
{
    SeriesRow current;
    SeriesRow previous; // the range of the same length just before
    // A change is shown only between two periods that both have data on every day.
    bool comparable() const { return current.fullyCovered() && previous.fullyCovered(); }
    static std::optional<double> deltaPct(std::optional<double> current, std::optional<double> previous);
};

// All of the Visitors area's reading, from the daily rollups only (never the raw session rows).
// Aggregate figures (reports) count for a source only in periods where that source has no sessions, and only
// when the figure's own period lies inside one period of the series (else the period is marked `coarser`);
// medians never come from aggregates.
namespace VisitorQueries {

// One row per period of [from, to]; over a range of more than 10,000 periods only the periods that hold a
// figure, so time and memory are bounded by the data present, not by the span of the range.
Expected<QList<SeriesRow>> series(VisitorStore &store, const VisitorFilter &f);
// The whole range [from, to] as one row.
Expected<SeriesRow> totals(VisitorStore &store, const VisitorFilter &f);
Expected<Comparison> compare(VisitorStore &store, const VisitorFilter &f);
// Always all ten buckets, in order.
Expected<QList<BucketRow>> durations(VisitorStore &store, const VisitorFilter &f);
Expected<QList<SourceInfo>> sources(VisitorStore &store);
// First and last day with any figure; invalid dates when the workspace has none.
Expected<std::pair<QDate, QDate>> dataRange(VisitorStore &store);
// For a range without data: the range of the same length nearest to it that has data (Periods::nearestWithData);
// invalid dates when the source has no data at all.
Expected<std::pair<QDate, QDate>> nearestRangeWithData(VisitorStore &store, const VisitorFilter &f);
// The stretches of consecutive rows that have `figure`, as points (row index, value): a line is drawn within a
// stretch, never across rows without the figure (years without data are not bridged).
QList<QList<QPointF>> runs(const QList<SeriesRow> &rows, std::optional<double> SeriesRow::*figure);

} // namespace VisitorQueries
