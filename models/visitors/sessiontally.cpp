// SPDX-License-Identifier: GPL-3.0-or-later
#include "visitors/sessiontally.h"

#include "core/deferredtext.h"
#include "importers/importcontext.h"
#include "importers/plausiblevalues.h"
#include "visitors/durationbuckets.h"
#include "visitors/durationhistogram.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <limits>
#include <utility>

using namespace Qt::StringLiterals;

namespace {
// Julian day of 1970-01-01.
constexpr qint64 kEpochJulianDay = 2440588;
} // namespace

SessionTally::SessionTally(ImportContext &ctx)
    : m_ctx(ctx)
{ }

std::optional<SessionRecord> SessionTally::normalise(const SessionRecord &s, const QString &sinkSource)
{
    // The last guard: whatever an importer let through, nothing outside the plausible range is stored or
    // counted (it would overflow the day arithmetic of the rollups and the stores).
    if (!PlausibleValues::acceptSession(m_ctx, s))
        return std::nullopt;
    SessionRecord r = s;
    r.source = sourceOf(s.source, sinkSource);
    r.day = s.day.isValid() ? s.day : QDate::fromJulianDay(localJulianDay(s.startUtc));
    if (!r.firstTime && r.visitNumber)
        r.firstTime = *r.visitNumber <= 1;
    return r;
}

QString SessionTally::sourceOf(const QString &recordSource, const QString &sinkSource) const
{
    if (!m_ctx.options.sourceName.isEmpty())
        return m_ctx.options.sourceName;
    if (!recordSource.isEmpty())
        return recordSource;
    if (!sinkSource.isEmpty())
        return sinkSource;
    return tr("Unknown source");
}

Expected<std::optional<AggregateRecord>> SessionTally::normalise(const AggregateRecord &a, const QString &sinkSource)
{
    if (!a.from.isValid())
        return Error { m_ctx.fileName, a.line, tr("an aggregate figure has no valid date") };
    if (!PlausibleValues::acceptAggregate(m_ctx, a))
        return std::optional<AggregateRecord>();
    AggregateRecord r = a;
    r.source = sourceOf(a.source, sinkSource);
    if (!r.to.isValid())
        r.to = r.from;
    return std::optional<AggregateRecord>(std::move(r));
}

QString SessionTally::unreadablePartReason()
{
    return tr("the stored part of a session could not be read back; the workspace may be damaged");
}

QString SessionTally::duplicateReason()
{
    // Made once: the stored form is the same in every language, and a file may skip a million rows.
    static const QString reason = DeferredText::marked("SessionStore",
        QT_TRANSLATE_NOOP("SessionStore",
            "Duplicate of a session already stored (same source, visitor and session); not counted twice."))
                                      .toStored();
    return reason;
}

QString SessionTally::mergedNote(qint64 merged)
{
    return DeferredText::marked("SessionStore",
        QT_TRANSLATE_N_NOOP("SessionStore",
            "%n session(s) continued a session stored by an earlier file (for example across midnight) and were "
            "merged with it."),
        int(std::min<qint64>(merged, std::numeric_limits<int>::max())))
        .toStored();
}

// Parts of one session: it starts with the earlier part (whose day it keeps, as GA4 gives a session the
// date of its first event) and ends with the later. Parts that do not overlap in time (a session cut at
// midnight) add their engagement time and pageviews; overlapping parts are the same events exported
// twice (an intraday table, then the day's final table) and keep the larger figure.
SessionRecord SessionTally::mergeParts(const SessionRecord &a, const SessionRecord &b)
{
    const SessionRecord &first = a.startUtc <= b.startUtc ? a : b;
    const SessionRecord &other = &first == &a ? b : a;
    const double endA = double(a.startUtc) + a.durationS.value_or(0);
    const double endB = double(b.startUtc) + b.durationS.value_or(0);
    const bool overlap = double(b.startUtc) <= endA && double(a.startUtc) <= endB;
    auto combine = [overlap](auto x, auto y) -> decltype(x) {
        if (!x || !y)
            return x ? x : y;
        return overlap ? std::max(*x, *y) : *x + *y;
    };
    SessionRecord m = first;
    m.partial = false;
    if (a.durationS || b.durationS)
        m.durationS = std::max(endA, endB) - double(first.startUtc);
    m.engagementS = combine(a.engagementS, b.engagementS);
    m.pageviews = combine(a.pageviews, b.pageviews);
    if (!m.firstTime)
        m.firstTime = other.firstTime;
    if (!m.visitNumber)
        m.visitNumber = other.visitNumber;
    if (m.channel.isEmpty())
        m.channel = other.channel;
    return m;
}

Status SessionTally::count(const SessionRecord &r, int sign)
{
    const qint64 srcId = sourceId(r.source);
    if (srcId > 0xFFF)
        return Error { m_ctx.fileName, 0, tr("more than 4096 data sources in one file; split it") };
    DaySlot &t = slot(r.day.toJulianDay(), int(srcId));
    t.visits += sign;
    if (r.firstTime) {
        t.typeKnown += sign;
        (*r.firstTime ? t.firstTime : t.returning) += sign;
    }
    if (r.durationS) {
        t.durationN += sign;
        t.durationSum += sign * std::max(0.0, *r.durationS);
        const qint64 d = DurationBuckets::roundSeconds(*r.durationS);
        if (d >= kDenseSeconds)
            t.sparse[d] += sign;
        else if (sign > 0)
            countLater(size_t(&t - m_slots.data()), d);
        else
            countDense(t, d, sign);
    }
    return {};
}

Status SessionTally::take(const std::function<Status(const DailyRollup &, const QByteArray &)> &write)
{
    countPending();
    DurationHistogram::Pairs pairs;
    Status result;
    for (const DaySlot &t : m_slots) {
        pairs.clear();
        for (qint64 sec = 0; sec < qint64(t.dense.size()); ++sec)
            if (t.dense[size_t(sec)] != 0)
                pairs.emplace_back(sec, t.dense[size_t(sec)]);
        const size_t denseEnd = pairs.size();
        for (const auto &[sec, n] : t.sparse)
            if (n != 0)
                pairs.emplace_back(sec, n);
        std::sort(pairs.begin() + qsizetype(denseEnd), pairs.end());
        const DailyRollup row { t.day, m_sourceNames.at(size_t(t.source)), t.visits, t.firstTime, t.returning,
            t.typeKnown, t.durationN, t.durationSum };
        if ((result = write(row, pairs.empty() ? QByteArray() : DurationHistogram::encode(pairs))))
            break;
    }
    m_slots.clear();
    m_slotIndex.clear();
    m_lastSlotKey = -1;
    return result;
}

void SessionTally::countDense(DaySlot &t, qint64 d, int sign)
{
    if (size_t(d) >= t.dense.size())
        t.dense.resize(std::min<size_t>(std::max<size_t>(size_t(d) + 1, t.dense.size() * 2), kDenseSeconds));
    t.dense[size_t(d)] += sign;
}

// A day's dense histogram is 16 KiB: a file in random time order would touch a different one for nearly
// every session, a cache miss each time, which cost more than the rest of counting. So the seconds are
// collected (slot and second in 64 bits) and counted in batches grouped by slot (a counting sort), each
// day's histogram then counted in one pass while it is in the cache.
void SessionTally::countLater(size_t slot, qint64 seconds)
{
    m_pendingDense.push_back((quint64(slot) << 12) | quint64(seconds));
    if (m_pendingDense.size() >= kPendingDense)
        countPending();
}

void SessionTally::countPending()
{
    if (m_pendingDense.empty())
        return;
    m_pendingStart.assign(m_slots.size(), 0);
    for (const quint64 p : m_pendingDense)
        ++m_pendingStart[size_t(p >> 12)];
    size_t start = 0;
    for (size_t &n : m_pendingStart)
        start += std::exchange(n, start);
    m_pendingSeconds.resize(m_pendingDense.size());
    for (const quint64 p : m_pendingDense)
        m_pendingSeconds[m_pendingStart[size_t(p >> 12)]++] = quint16(p & 0xFFF);
    // Each start has moved to its slot's end, which is where the next slot's seconds begin.
    size_t begin = 0;
    for (size_t slot = 0; slot < m_slots.size(); ++slot) {
        const size_t end = m_pendingStart[slot];
        for (size_t i = begin; i < end; ++i)
            countDense(m_slots[slot], m_pendingSeconds[i], +1);
        begin = end;
    }
    m_pendingDense.clear();
}

SessionTally::DaySlot &SessionTally::slot(qint64 day, int srcId)
{
    const qint64 key = (day << 12) | srcId;
    if (m_lastSlotKey == key)
        return m_slots[m_lastSlot];
    auto it = m_slotIndex.find(key);
    if (it == m_slotIndex.end()) {
        DaySlot s;
        s.day = day;
        s.source = srcId;
        m_slots.push_back(std::move(s));
        it = m_slotIndex.emplace(key, m_slots.size() - 1).first;
    }
    m_lastSlotKey = key;
    m_lastSlot = it->second;
    return m_slots[m_lastSlot];
}

// Small ids for the sources of this import, so the rollups key on integers, not strings.
qint64 SessionTally::sourceId(const QString &source)
{
    if (m_lastSourceId >= 0 && m_sourceNames.at(size_t(m_lastSourceId)) == source)
        return m_lastSourceId;
    auto it = std::find(m_sourceNames.begin(), m_sourceNames.end(), source);
    if (it == m_sourceNames.end()) {
        m_sourceNames.push_back(source);
        it = m_sourceNames.end() - 1;
    }
    m_lastSourceId = it - m_sourceNames.begin();
    return m_lastSourceId;
}

// The local day of a UTC instant. Converting through QTimeZone for every one of millions of rows costs
// more than the insert itself, so the zone's offset is cached per span between two of its transitions: a
// few spans a year, searched in a small sorted array that stays in the CPU's cache whatever the rows' order.
qint64 SessionTally::localJulianDay(qint64 utc)
{
    const qint64 local = utc + offsetAt(utc);
    const qint64 days = local >= 0 ? local / 86400 : (local - 86399) / 86400;
    return kEpochJulianDay + days;
}

int SessionTally::offsetAt(qint64 utc)
{
    auto it = std::upper_bound(
        m_offsetSpans.begin(), m_offsetSpans.end(), utc, [](qint64 t, const OffsetSpan &s) { return t < s.from; });
    if (it != m_offsetSpans.begin() && utc < std::prev(it)->to)
        return std::prev(it)->offset;
    const QTimeZone tz = m_ctx.timeZone.isValid() ? m_ctx.timeZone : QTimeZone("Europe/Oslo");
    const QDateTime at = QDateTime::fromSecsSinceEpoch(utc, Qt::UTC);
    const qint64 hour = (utc >= 0 ? utc / 3600 : (utc - 3599) / 3600) * 3600;
    OffsetSpan span { hour, hour + 3600, tz.offsetFromUtc(at) };
    if (tz.hasTransitions()) {
        // The transition at or before `utc` (previousTransition is strictly before its argument), and the next.
        const QTimeZone::OffsetData before = tz.previousTransition(at.addSecs(1));
        const QTimeZone::OffsetData after = tz.nextTransition(at);
        span.from = before.atUtc.isValid() ? before.atUtc.toSecsSinceEpoch() : std::numeric_limits<qint64>::min();
        span.to = after.atUtc.isValid() ? after.atUtc.toSecsSinceEpoch() : std::numeric_limits<qint64>::max();
    }
    if (m_offsetSpans.size() >= kMaxOffsetSpans) // hostile input: memory stays bounded
        m_offsetSpans.clear();
    m_offsetSpans.insert(std::upper_bound(m_offsetSpans.begin(), m_offsetSpans.end(), span.from,
                             [](qint64 t, const OffsetSpan &s) { return t < s.from; }),
        span);
    return span.offset;
}
