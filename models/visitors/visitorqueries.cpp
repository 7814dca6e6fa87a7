// SPDX-License-Identifier: GPL-3.0-or-later
#include "visitors/visitorqueries.h"

#include "importers/plausiblevalues.h"
#include "visitors/durationhistogram.h"
#include "visitors/sessionrecord.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <limits>
#include <map>
#include <tuple>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

struct QueryTr
{
    Q_DECLARE_TR_FUNCTIONS(VisitorQueries)
};

Error readError(const Error &cause)
{
    Error e = cause;
    e.reason = QueryTr::tr("could not read the visitor statistics: %1").arg(cause.reason);
    return e;
}

struct Acc
{
    qint64 visits = 0;
    qint64 firstTime = 0;
    qint64 returning = 0;
    bool typeKnown = false;
    qint64 durationN = 0;
    double durationSum = 0;
    bool aggregate = false;
    bool aggregateDuration = false;
    bool coarser = false;
    ReportOverlap overlap = ReportOverlap::None;
    DurationHistogram::Pairs durations; // (rounded seconds, visits), unsorted, may repeat
    QSet<QString> sessionSources;
    std::vector<std::pair<qint64, qint64>> daysWithData; // spans of Julian days with a counted figure
};

struct AggFigures
{
    std::optional<double> visits, firstTime, returning, durationSum;
    // A mean belongs to the visits of its own report period: kept with that period (first and last day), and
    // weighted by the visits the report gives within it. Daily rows with a mean each, summed into a week,
    // then give the week's true mean rather than the last day's.
    std::vector<std::tuple<qint64, qint64, double>> means;
    std::vector<std::tuple<qint64, qint64, double>> visitRows;

    // (visits the means cover, their seconds in all)
    std::pair<double, double> weightedMeans(double allVisits) const
    {
        double n = 0, sum = 0;
        for (const auto &[from, to, mean] : means) {
            double w = 0;
            for (const auto &[vFrom, vTo, v] : visitRows)
                if (vFrom >= from && vTo <= to)
                    w += v;
            n += w;
            sum += mean * w;
        }
        if (n == 0 && means.size() == 1) // a mean without visits of its own: it is the period's
            return { allVisits, std::get<2>(means.front()) * allVisits };
        return { n, sum };
    }
};

Error damaged()
{
    return Error { {}, 0,
        QueryTr::tr("the stored duration figures are damaged; import the files again into a new workspace") };
}

// Median of a histogram given as (value, count) pairs in any order, values possibly repeated and counts
// possibly negative (an import that merged a session takes the stored part's duration back out).
std::optional<double> median(DurationHistogram::Pairs hist)
{
    // One day's histogram is sorted already; a period of several days, sources or imports needs a sort.
    if (!std::is_sorted(hist.begin(), hist.end()))
        std::sort(hist.begin(), hist.end());
    size_t w = 0;
    for (size_t r = 0; r < hist.size(); ++r) {
        if (w > 0 && hist[w - 1].first == hist[r].first)
            hist[w - 1].second += hist[r].second;
        else
            hist[w++] = hist[r];
    }
    hist.resize(w);
    std::erase_if(hist, [](const auto &p) { return p.second <= 0; });
    qint64 n = 0;
    for (const auto &[d, c] : hist)
        n += c;
    if (n == 0)
        return std::nullopt;
    // 0-based ranks of the middle element(s).
    const qint64 lo = (n - 1) / 2, hi = n / 2;
    std::optional<qint64> a, b;
    qint64 seen = 0;
    for (const auto &[d, c] : hist) {
        if (!a && lo < seen + c)
            a = d;
        if (hi < seen + c) {
            b = d;
            break;
        }
        seen += c;
    }
    return (double(*a) + double(*b)) / 2.0;
}

// Maps a day to the index of the period holding it (-1 when none does). Periods are sorted and disjoint
// but need not be contiguous (see sparsePeriods), so this is a binary search: memory grows with the
// periods, never with the days they span.
class DayIndex
{
public:
    DayIndex(const QList<Period> &periods)
    {
        m_first.reserve(size_t(periods.size()));
        m_last.reserve(size_t(periods.size()));
        for (const Period &p : periods) {
            m_first.push_back(p.first.toJulianDay());
            m_last.push_back(p.last.toJulianDay());
        }
    }
    int at(qint64 day) const
    {
        const auto it = std::upper_bound(m_first.begin(), m_first.end(), day);
        if (it == m_first.begin())
            return -1;
        const size_t i = size_t(it - m_first.begin()) - 1;
        return day <= m_last[i] ? int(i) : -1;
    }

private:
    std::vector<qint64> m_first;
    std::vector<qint64> m_last;
};

// A report's visits over a longer period than the series' (a month in a day view), clipped to the range.
struct CoarseVisits
{
    QString source;
    qint64 from = 0;
    qint64 to = 0;
};

// Whether the report periods (first day, last day, visits) cover every day of [from, to].
bool covers(std::vector<std::tuple<qint64, qint64, double>> rows, qint64 from, qint64 to)
{
    std::sort(rows.begin(), rows.end());
    qint64 next = from;
    for (const auto &[rowFrom, rowTo, visits] : rows) {
        if (rowFrom > next)
            break;
        next = std::max(next, rowTo + 1);
    }
    return next > to;
}

struct AggRow
{
    qint64 from = 0;
    qint64 to = 0;
    QString metric;
    double value = 0;
};

// One source's report rows of one metric inside one period may nest: a month imported as daily rows and again as
// the monthly row of a longer export, or weeks inside a month. Each day is counted once: where the finer rows cover
// every day of the longer row's period, they are used and the longer figure is left out (the finer rows also tell
// the days apart); where they do not, the longer figure is the only complete one and the finer rows inside it are
// left out. Longest periods are settled first; each metric on its own (a month's mean duration beside daily visits
// counts nothing twice). Returns what was done (Longer wins when both happened).
ReportOverlap keepOneFigurePerDay(std::vector<AggRow> &rows)
{
    ReportOverlap done = ReportOverlap::None;
    std::vector<bool> drop(rows.size(), false);
    QSet<QString> metrics;
    for (const AggRow &r : rows)
        metrics.insert(r.metric);
    for (const QString &metric : std::as_const(metrics)) {
        std::vector<std::pair<qint64, qint64>> periods;
        for (const AggRow &r : rows)
            if (r.metric == metric)
                periods.emplace_back(r.from, r.to);
        std::sort(periods.begin(), periods.end());
        periods.erase(std::unique(periods.begin(), periods.end()), periods.end());
        if (periods.size() < 2)
            continue;
        std::stable_sort(periods.begin(), periods.end(),
            [](const auto &x, const auto &y) { return x.second - x.first > y.second - y.first; });
        std::vector<bool> alive(periods.size(), true);
        for (size_t i = 0; i < periods.size(); ++i) {
            if (!alive[i])
                continue;
            const auto [from, to] = periods[i];
            std::vector<size_t> inner;
            std::vector<std::tuple<qint64, qint64, double>> innerDays;
            for (size_t j = i + 1; j < periods.size(); ++j) {
                if (alive[j] && periods[j].first >= from && periods[j].second <= to) {
                    inner.push_back(j);
                    innerDays.emplace_back(periods[j].first, periods[j].second, 0.0);
                }
            }
            if (inner.empty())
                continue;
            if (covers(innerDays, from, to)) {
                alive[i] = false;
                done = std::max(done, ReportOverlap::Finer);
            } else {
                for (size_t j : inner)
                    alive[j] = false;
                done = ReportOverlap::Longer;
            }
        }
        for (size_t k = 0; k < rows.size(); ++k) {
            if (rows[k].metric != metric)
                continue;
            const auto it = std::find(periods.begin(), periods.end(), std::make_pair(rows[k].from, rows[k].to));
            drop[k] = !alive[size_t(it - periods.begin())];
        }
    }
    size_t kept = 0;
    for (size_t k = 0; k < rows.size(); ++k)
        if (!drop[k])
            rows[kept++] = std::move(rows[k]);
    rows.resize(kept);
    return done;
}

// Report figures are doubles; a workspace written before imports were bounded may hold 9.2e18 visits.
// Added checked and saturating, so such a figure stays the largest count instead of being undefined
// behaviour (and printed negative).
void addCount(qint64 &total, double v)
{
    const qint64 n = PlausibleValues::toInt64(v).value_or(v < 0 ? 0 : std::numeric_limits<qint64>::max());
    total = PlausibleValues::add(total, n).value_or(
        n < 0 ? std::numeric_limits<qint64>::min() : std::numeric_limits<qint64>::max());
}

// A series of more periods than this lists only the periods that hold figures (a chart or table of ten
// thousand empty days helps no one, and a workspace with a stray year 0001 must not make "all data" by day
// take minutes and gigabytes).
constexpr qint64 kMaxDensePeriods = 10000;

qint64 estimatedPeriods(const QDate &from, const QDate &to, Granularity g)
{
    const qint64 days = from.daysTo(to) + 1;
    return g == Granularity::Day ? days : g == Granularity::Week ? days / 7 + 2 : days / 28 + 2;
}

// The periods of [from, to] that hold a figure: one pass over the days with data, in order.
Expected<QList<Period>> sparsePeriods(VisitorStore &store, const VisitorFilter &f)
{
    auto days = store.daysWithFigures(f.from.toJulianDay(), f.to.toJulianDay(), f.source);
    if (!days)
        return readError(days.error());
    QList<Period> out;
    for (const qint64 d : *days) {
        const QDate day = QDate::fromJulianDay(d);
        if (!out.isEmpty() && day <= out.last().last)
            continue;
        out.append(Period { Periods::key(day, f.by), std::max(Periods::startOf(day, f.by), f.from),
            std::min(Periods::endOf(day, f.by), f.to) });
    }
    return out;
}

Expected<QList<SeriesRow>> compute(VisitorStore &store, const QList<Period> &periods, const QString &source)
{
    QList<SeriesRow> out;
    if (periods.isEmpty())
        return out;
    const qint64 from = periods.first().first.toJulianDay(), to = periods.last().last.toJulianDay();
    const DayIndex index(periods);
    std::vector<Acc> acc(size_t(periods.size()));

    auto daily = store.dailyRollups(from, to, source);
    if (!daily)
        return readError(daily.error());
    for (const DailyRollup &d : *daily) {
        const int p = index.at(d.day);
        if (p < 0)
            continue;
        Acc &a = acc[size_t(p)];
        a.visits += d.visits;
        a.firstTime += d.firstTime;
        a.returning += d.returning;
        a.typeKnown = a.typeKnown || d.typeKnown > 0;
        a.durationN += d.durationN;
        a.durationSum += d.durationSum;
        if (d.visits > 0) {
            a.sessionSources.insert(d.source);
            a.daysWithData.emplace_back(d.day, d.day);
        }
    }

    // One histogram per day, source and import, merged per period here.
    bool isDamaged = false;
    if (Status s = store.eachHistogram(from, to, source, [&](qint64 day, QByteArrayView histogram) -> Status {
            const int p = index.at(day);
            if (p < 0 || DurationHistogram::decodeAppend(histogram, acc[size_t(p)].durations))
                return {};
            isDamaged = true;
            return damaged();
        }))
        return isDamaged ? *s : readError(*s);

    // Aggregate figures: the latest import's value per (source, period of the report, metric). Reports that
    // only overlap the range are read too: they mark the periods they touch as coarser.
    auto figures = store.reportFigures(from, to, source);
    if (!figures)
        return readError(figures.error());
    std::map<std::pair<int, QString>, std::vector<AggRow>> rowsOf;
    std::map<std::pair<int, QString>, AggFigures> aggs;
    std::vector<CoarseVisits> coarse;
    for (const ReportFigure &fig : *figures) {
        const qint64 dayFrom = fig.dayFrom, dayTo = fig.dayTo;
        const int p = index.at(std::max(dayFrom, from)), last = index.at(std::min(dayTo, to));
        if (p < 0 || last < 0)
            continue;
        const QString &s = fig.source;
        const QString &metric = fig.metric;
        if (p != last || dayFrom < from || dayTo > to) {
            // The report's period spans two of ours, or reaches out of the range: it cannot be split honestly.
            if (metric == AggregateMetric::Visits)
                coarse.push_back({ s, std::max(dayFrom, from), std::min(dayTo, to) });
            continue;
        }
        if (acc[size_t(p)].sessionSources.contains(s))
            continue; // sessions of this source are the better figure
        rowsOf[{ p, s }].push_back({ dayFrom, dayTo, metric, fig.value });
    }
    for (auto &[key, rows] : rowsOf) {
        Acc &a = acc[size_t(key.first)];
        const ReportOverlap o = keepOneFigurePerDay(rows);
        a.overlap = std::max(a.overlap, o);
        AggFigures &f = aggs[key];
        auto add = [](std::optional<double> &o, double x) { o = o.value_or(0) + x; };
        for (const AggRow &r : rows) {
            if (r.metric == AggregateMetric::Visits || r.metric == AggregateMetric::FirstTime
                || r.metric == AggregateMetric::Returning)
                a.daysWithData.emplace_back(r.from, r.to);
            if (r.metric == AggregateMetric::Visits) {
                add(f.visits, r.value);
                f.visitRows.emplace_back(r.from, r.to, r.value);
            } else if (r.metric == AggregateMetric::FirstTime)
                add(f.firstTime, r.value);
            else if (r.metric == AggregateMetric::Returning)
                add(f.returning, r.value);
            else if (r.metric == AggregateMetric::DurationSumS)
                add(f.durationSum, r.value);
            else if (r.metric == AggregateMetric::DurationMeanS)
                f.means.emplace_back(r.from, r.to, r.value);
        }
    }
    // A source's longer report marks a period only where nothing finer gives its visits for the days it
    // covers there: neither the source's sessions nor its own report figures within the period.
    for (const CoarseVisits &c : coarse) {
        const int first = index.at(c.from), last = index.at(c.to);
        for (int p = first; p >= 0 && p <= last; ++p) {
            Acc &a = acc[size_t(p)];
            if (a.coarser || a.sessionSources.contains(c.source))
                continue;
            const auto it = aggs.find({ p, c.source });
            if (it == aggs.end()
                || !covers(it->second.visitRows, std::max(c.from, periods[p].first.toJulianDay()),
                    std::min(c.to, periods[p].last.toJulianDay())))
                a.coarser = true;
        }
    }
    for (const auto &[key, f] : aggs) {
        Acc &a = acc[size_t(key.first)];
        const double visits = f.visits ? *f.visits : (f.firstTime && f.returning ? *f.firstTime + *f.returning : 0);
        if (visits <= 0 && !f.firstTime && !f.returning)
            continue;
        a.aggregate = true;
        addCount(a.visits, visits);
        if (f.firstTime || f.returning) {
            a.typeKnown = true;
            addCount(a.firstTime, f.firstTime.value_or(0));
            addCount(a.returning, f.returning.value_or(0));
        }
        if (visits > 0 && f.durationSum) {
            a.aggregateDuration = true;
            addCount(a.durationN, visits);
            a.durationSum += *f.durationSum;
        } else if (visits > 0 && !f.means.empty()) {
            const auto [n, seconds] = f.weightedMeans(visits);
            if (n > 0) {
                a.aggregateDuration = true;
                addCount(a.durationN, n);
                a.durationSum += seconds;
            }
        }
    }

    out.reserve(periods.size());
    for (int i = 0; i < periods.size(); ++i) {
        const Acc &a = acc[size_t(i)];
        SeriesRow r;
        r.period = periods[i];
        r.visits = a.visits;
        if (a.typeKnown) {
            r.firstTime = a.firstTime;
            r.returning = a.returning;
        }
        if (a.durationN > 0)
            r.meanDurationS = a.durationSum / double(a.durationN);
        // A median of session durations would misrepresent a period that also holds report figures.
        if (!a.aggregate)
            r.medianDurationS = median(a.durations);
        r.fromAggregate = a.aggregate;
        r.coarser = a.coarser;
        r.overlap = a.overlap;
        r.daysWithData
            = Periods::daysCovered(a.daysWithData, r.period.first.toJulianDay(), r.period.last.toJulianDay());
        out.append(r);
    }
    return out;
}

} // namespace

std::optional<double> Comparison::deltaPct(std::optional<double> current, std::optional<double> previous)
{
    if (!current || !previous || *previous == 0)
        return std::nullopt;
    return (*current - *previous) / *previous * 100.0;
}

Expected<QList<SeriesRow>> VisitorQueries::series(VisitorStore &store, const VisitorFilter &f)
{
    if (f.from.isValid() && f.to.isValid() && f.from <= f.to
        && estimatedPeriods(f.from, f.to, f.by) > kMaxDensePeriods) {
        auto periods = sparsePeriods(store, f);
        if (!periods)
            return periods.error();
        return compute(store, *periods, f.source);
    }
    return compute(store, Periods::split(f.from, f.to, f.by), f.source);
}

Expected<SeriesRow> VisitorQueries::totals(VisitorStore &store, const VisitorFilter &f)
{
    if (!f.from.isValid() || !f.to.isValid() || f.from > f.to)
        return SeriesRow {};
    auto rows = compute(store, { Period { {}, f.from, f.to } }, f.source);
    if (!rows)
        return rows.error();
    return rows->first();
}

Expected<Comparison> VisitorQueries::compare(VisitorStore &store, const VisitorFilter &f)
{
    Comparison c;
    auto cur = totals(store, f);
    if (!cur)
        return cur.error();
    VisitorFilter prev = f;
    std::tie(prev.from, prev.to) = Periods::previous(f.from, f.to);
    auto before = totals(store, prev);
    if (!before)
        return before.error();
    c.current = *cur;
    c.previous = *before;
    return c;
}

Expected<QList<BucketRow>> VisitorQueries::durations(VisitorStore &store, const VisitorFilter &f)
{
    QList<BucketRow> out;
    for (int i = 0; i < DurationBuckets::all().size(); ++i)
        out.append(BucketRow { i, 0 });
    if (!f.from.isValid() || !f.to.isValid() || f.from > f.to)
        return out;
    const qint64 from = f.from.toJulianDay(), to = f.to.toJulianDay();
    DurationHistogram::Pairs pairs;
    bool isDamaged = false;
    if (Status s = store.eachHistogram(from, to, f.source, [&](qint64, QByteArrayView histogram) -> Status {
            pairs.clear();
            if (!DurationHistogram::decodeAppend(histogram, pairs)) {
                isDamaged = true;
                return damaged();
            }
            for (const auto &[seconds, visits] : pairs)
                out[DurationBuckets::indexOf(seconds)].visits += visits;
            return {};
        }))
        return isDamaged ? *s : readError(*s);

    // Report figures by duration range ("60-120" or "1800+") count for sources without sessions in the range.
    auto reports = store.durationReports(from, to, f.source);
    if (!reports)
        return readError(reports.error());
    for (const ReportFigure &r : *reports) {
        const QString &dim = r.dimension;
        const qsizetype dash = dim.indexOf(u'-');
        bool okLo = false, okHi = true;
        qint64 lo = 0, hi = 0;
        if (dim.endsWith(u'+')) {
            lo = dim.chopped(1).toLongLong(&okLo);
            hi = lo + 2;
        } else if (dash > 0) {
            lo = dim.left(dash).toLongLong(&okLo);
            hi = dim.mid(dash + 1).toLongLong(&okHi);
        }
        if (okLo && okHi) // the middle of the report's range falls in the matching Kapsel bucket
            addCount(out[DurationBuckets::indexOf((lo + hi) / 2)].visits, r.value);
    }
    return out;
}

Expected<QList<SourceInfo>> VisitorQueries::sources(VisitorStore &store)
{
    auto out = store.sources();
    if (!out)
        return readError(out.error());
    return out;
}

Expected<std::pair<QDate, QDate>> VisitorQueries::dataRange(VisitorStore &store)
{
    auto out = store.dataRange();
    if (!out)
        return readError(out.error());
    return out;
}

QList<QList<QPointF>> VisitorQueries::runs(const QList<SeriesRow> &rows, std::optional<double> SeriesRow::*figure)
{
    QList<QList<QPointF>> out;
    bool open = false;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const std::optional<double> &v = rows[i].*figure;
        if (!v) {
            open = false;
            continue;
        }
        if (!open)
            out.append(QList<QPointF>());
        out.last().append(QPointF(double(i), *v));
        open = true;
    }
    return out;
}

Expected<std::pair<QDate, QDate>> VisitorQueries::nearestRangeWithData(VisitorStore &store, const VisitorFilter &f)
{
    auto range = dataRange(store);
    if (!range)
        return range.error();
    if (!range->first.isValid() || !f.from.isValid() || !f.to.isValid())
        return std::pair<QDate, QDate> {};
    QDate lastBefore, firstAfter;
    if (range->first < f.from) {
        auto days = store.daysWithFigures(range->first.toJulianDay(), f.from.toJulianDay() - 1, f.source);
        if (!days)
            return readError(days.error());
        if (!days->empty())
            lastBefore = QDate::fromJulianDay(days->back());
    }
    if (!lastBefore.isValid() && range->second > f.to) {
        auto days = store.daysWithFigures(f.to.toJulianDay() + 1, range->second.toJulianDay(), f.source);
        if (!days)
            return readError(days.error());
        if (!days->empty())
            firstAfter = QDate::fromJulianDay(days->front());
    }
    return Periods::nearestWithData(f.from, f.to, lastBefore, firstAfter);
}
