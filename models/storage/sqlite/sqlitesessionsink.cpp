// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sqlite/sqlitesessionsink.h"

#include "importers/importcontext.h"
#include "importers/plausiblevalues.h"
#include "visitors/durationbuckets.h"
#include "visitors/durationhistogram.h"
#include "visitors/sessionchunk.h"
#include "visitors/sessionkey.h"
#include "storage/sqlite/sessionkeyindex.h"
#include "storage/sqlite/sqlitestatement.h"
#include "storage/sqlite/sql.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>
#include <limits>
#include <unordered_map>
#include <vector>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

struct StoreTr
{
    Q_DECLARE_TR_FUNCTIONS(SessionStore)
};

// Julian day of 1970-01-01.
constexpr qint64 kEpochJulianDay = 2440588;

// Durations below this many whole seconds are counted in a flat array per day and source (grown as needed,
// at most 16 KiB), longer ones in a map: the array costs one increment where a hash map costs a lookup.
constexpr qint64 kDenseSeconds = 4096;

// What this import adds to one day and source. Signed: merging a session stored by an earlier import
// takes that part back out (see SessionRecord::partial).
struct DaySlot
{
    qint64 day = 0;
    int source = 0;
    qint64 visits = 0;
    qint64 firstTime = 0;
    qint64 returning = 0;
    qint64 typeKnown = 0;
    qint64 durationN = 0;
    double durationSum = 0;
    std::vector<qint32> dense; // visits per whole second, below kDenseSeconds
    std::unordered_map<qint64, qint64> sparse; // the longer ones
};

class SqliteSessionSink final : public SessionSink
{
public:
    SqliteSessionSink(QSqlDatabase &db, ImportContext &ctx)
        : m_db(Sql::handle(db))
        , m_ctx(ctx)
        , m_keys(m_db, ctx.importId)
    { }

    bool prepare()
    {
        return m_keys.prepare()
            && m_insertChunk.prepare(m_db,
                "INSERT INTO visitor_session_chunks (import_id, chunk_no, sessions, day_from, day_to, data)"
                " VALUES (?,?,?,?,?,?)")
            && m_readChunk.prepare(m_db, "SELECT data FROM visitor_session_chunks WHERE import_id = ? AND chunk_no = ?")
            && m_insertAggregate.prepare(m_db,
                "INSERT INTO visitor_aggregates (import_id, source, day_from, day_to,"
                " metric, dimension, value) VALUES (?,?,?,?,?,?,?)");
    }

    void setSource(const QString &source) override { m_source = source; }

    // A GA4 part looks for the stored rest of its session; a keyed session whose key is known already is
    // a duplicate.
    Status addSession(const SessionRecord &s) override
    {
        // The last guard: whatever an importer let through, nothing outside the plausible range is
        // packed or counted (it would overflow the day arithmetic below and in the chunks).
        if (!PlausibleValues::acceptSession(m_ctx, s))
            return {};
        SessionRecord r = s;
        r.source = sourceOf(s.source);
        r.day = s.day.isValid() ? s.day : QDate::fromJulianDay(localJulianDay(s.startUtc));
        if (!r.firstTime && r.visitNumber)
            r.firstTime = *r.visitNumber <= 1;
        if (r.sessionKey.isEmpty())
            return store(r);
        const qint64 day = r.day.toJulianDay();
        const qint64 hash = SessionKey::hash(r.source, r.visitorId, r.sessionKey);
        const qint64 check = SessionKey::check(r.source, r.visitorId, r.sessionKey);
        if (r.partial) {
            for (const qint64 d : { day - 1, day, day + 1 }) {
                const SessionKeyIndex::Key key { d, hash, check };
                std::optional<SessionKeyIndex::Location> where;
                if (!m_keys.find(key, where))
                    return storeError();
                if (where)
                    return merge(key, *where, r);
            }
        }
        bool added;
        if (!m_keys.insert({ day, hash, check }, m_seq, added))
            return storeError();
        if (!added) {
            m_ctx.skip(
                StoreTr::tr(
                    "Duplicate of a session already stored (same source, visitor and session); not counted twice."),
                s.line);
            return {};
        }
        return store(r);
    }

    Status addAggregate(const AggregateRecord &a) override
    {
        if (!a.from.isValid())
            return Error { m_ctx.fileName, a.line, StoreTr::tr("an aggregate figure has no valid date") };
        if (!PlausibleValues::acceptAggregate(m_ctx, a))
            return {};
        const QDate to = a.to.isValid() ? a.to : a.from;
        SqliteStatement &q = m_insertAggregate;
        q.integer(1, m_ctx.importId);
        q.text(2, sourceOf(a.source).toUtf8());
        q.integer(3, a.from.toJulianDay());
        q.integer(4, to.toJulianDay());
        q.text(5, a.metric.toUtf8());
        q.text(6, a.dimension.toUtf8());
        q.real(7, a.value);
        if (q.exec() != SQLITE_DONE)
            return storeError();
        ++m_ctx.rowsStored;
        return {};
    }

    // The rollups go in at the end: one row per day and source instead of one update per session.
    Status finish() override
    {
        if (!m_keys.flush())
            return storeError();
        if (Status st = flushChunk())
            return st;
        countPending();
        SqliteStatement day, hist;
        if (!day.prepare(m_db,
                "INSERT INTO visitor_daily (day, source, import_id, visits, first_time, returning_visits,"
                " type_known, duration_n, duration_sum) VALUES (?,?,?,?,?,?,?,?,?)")
            || !hist.prepare(
                m_db, "INSERT INTO visitor_duration_histograms (day, source, import_id, histogram) VALUES (?,?,?,?)"))
            return storeError();
        DurationHistogram::Pairs pairs;
        for (const DaySlot &t : m_slots) {
            const QByteArray source = m_sourceNames.at(size_t(t.source)).toUtf8();
            day.integer(1, t.day);
            day.text(2, source);
            day.integer(3, m_ctx.importId);
            day.integer(4, t.visits);
            day.integer(5, t.firstTime);
            day.integer(6, t.returning);
            day.integer(7, t.typeKnown);
            day.integer(8, t.durationN);
            day.real(9, t.durationSum);
            if (day.exec() != SQLITE_DONE)
                return storeError();
            pairs.clear();
            for (qint64 sec = 0; sec < qint64(t.dense.size()); ++sec)
                if (t.dense[size_t(sec)] != 0)
                    pairs.emplace_back(sec, t.dense[size_t(sec)]);
            const size_t denseEnd = pairs.size();
            for (const auto &[sec, n] : t.sparse)
                if (n != 0)
                    pairs.emplace_back(sec, n);
            std::sort(pairs.begin() + qsizetype(denseEnd), pairs.end());
            if (pairs.empty())
                continue;
            hist.integer(1, t.day);
            hist.text(2, source);
            hist.integer(3, m_ctx.importId);
            const QByteArray blob = DurationHistogram::encode(pairs);
            hist.blob(4, blob);
            if (hist.exec() != SQLITE_DONE)
                return storeError();
        }
        if (m_merged > 0)
            m_ctx.notes << StoreTr::tr("%n session(s) continued a session stored by an earlier file (for example"
                                       " across midnight) and were merged with it.",
                "", int(std::min<qint64>(m_merged, std::numeric_limits<int>::max())));
        m_slots.clear();
        m_slotIndex.clear();
        return {};
    }

private:
    // Packs a session whose key (if any) is in place and counts it.
    Status store(const SessionRecord &r)
    {
        if (Status st = append(r))
            return st;
        ++m_ctx.rowsStored;
        return count(r, +1);
    }

    // The stored part and this part are one session: the merged session replaces the stored one in the
    // keys and in the rollups (this import's rollups take the stored part out and add the whole), while the
    // stored part stays in its own import's packed rows as that file held it.
    Status merge(const SessionKeyIndex::Key &key, const SessionKeyIndex::Location &where, const SessionRecord &part)
    {
        auto stored = sessionAt(where.importId, where.seq);
        if (!stored)
            return Error { m_ctx.fileName, 0,
                StoreTr::tr("the stored part of a session could not be read back; the workspace may be damaged") };
        const SessionRecord merged = mergeParts(*stored, part);
        if (Status st = count(*stored, -1))
            return st;
        bool added;
        if (!m_keys.erase(key) || !m_keys.insert({ merged.day.toJulianDay(), key.hash, key.check }, m_seq, added))
            return storeError();
        if (Status st = append(merged))
            return st;
        ++m_merged;
        ++m_ctx.rowsStored;
        return count(merged, +1);
    }

    // Parts of one session: it starts with the earlier part (whose day it keeps, as GA4 gives a session the
    // date of its first event) and ends with the later. Parts that do not overlap in time (a session cut at
    // midnight) add their engagement time and pageviews; overlapping parts are the same events exported
    // twice (an intraday table, then the day's final table) and keep the larger figure.
    static SessionRecord mergeParts(const SessionRecord &a, const SessionRecord &b)
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

    // A stored session by its import and ordinal: from the chunk being written, or read back (the last
    // packed row read is kept, as merged sessions of one file tend to come from the same few rows).
    std::optional<SessionRecord> sessionAt(qint64 importId, qint64 seq)
    {
        const qint64 chunkNo = seq / SessionChunk::kMaxSessions;
        const bool pending = importId == m_ctx.importId && seq >= m_flushedSeq;
        if (pending || !m_cached || m_cachedImport != importId || m_cachedChunk != chunkNo) {
            m_cached.reset();
            if (pending) {
                m_cached = SessionChunk::decode(m_chunk.bytes());
            } else {
                m_readChunk.integer(1, importId);
                m_readChunk.integer(2, chunkNo);
                if (m_readChunk.next())
                    m_cached = SessionChunk::decode(m_readChunk.blob(0));
                m_readChunk.reset();
            }
            m_cachedImport = pending ? -1 : importId;
            m_cachedChunk = chunkNo;
        }
        const qint64 i = seq % SessionChunk::kMaxSessions;
        if (!m_cached || i >= qint64(m_cached->size()))
            return std::nullopt;
        return (*m_cached)[size_t(i)];
    }

    Status append(const SessionRecord &r)
    {
        m_chunk.add(r);
        ++m_seq;
        if (m_chunk.size() >= SessionChunk::kMaxSessions)
            return flushChunk();
        return {};
    }

    Status flushChunk()
    {
        if (m_chunk.size() == 0)
            return {};
        SqliteStatement &q = m_insertChunk;
        q.integer(1, m_ctx.importId);
        q.integer(2, m_flushedSeq / SessionChunk::kMaxSessions);
        q.integer(3, m_chunk.size());
        q.integer(4, m_chunk.firstDay());
        q.integer(5, m_chunk.lastDay());
        m_flushedSeq += m_chunk.size();
        const QByteArray data = m_chunk.take();
        q.blob(6, data);
        if (q.exec() != SQLITE_DONE)
            return storeError();
        return {};
    }

    // Adds (sign +1) or takes out (-1) a session's contribution to this import's rollups.
    Status count(const SessionRecord &r, int sign)
    {
        const qint64 srcId = sourceId(r.source);
        if (srcId > 0xFFF)
            return Error { m_ctx.fileName, 0, StoreTr::tr("more than 4096 data sources in one file; split it") };
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

    static void countDense(DaySlot &t, qint64 d, int sign)
    {
        if (size_t(d) >= t.dense.size())
            t.dense.resize(std::min<size_t>(std::max<size_t>(size_t(d) + 1, t.dense.size() * 2), kDenseSeconds));
        t.dense[size_t(d)] += sign;
    }

    // A day's dense histogram is 16 KiB: a file in random time order would touch a different one for nearly
    // every session, a cache miss each time, which cost more than the rest of counting. So the seconds are
    // collected (slot and second in 64 bits) and counted in batches grouped by slot (a counting sort), each
    // day's histogram then counted in one pass while it is in the cache.
    void countLater(size_t slot, qint64 seconds)
    {
        m_pendingDense.push_back((quint64(slot) << 12) | quint64(seconds));
        if (m_pendingDense.size() >= kPendingDense)
            countPending();
    }

    void countPending()
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

    DaySlot &slot(qint64 day, int srcId)
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

    QString sourceOf(const QString &recordSource) const
    {
        if (!m_ctx.options.sourceName.isEmpty())
            return m_ctx.options.sourceName;
        if (!recordSource.isEmpty())
            return recordSource;
        if (!m_source.isEmpty())
            return m_source;
        return StoreTr::tr("Unknown source");
    }

    // Small ids for the sources of this import, so the rollups key on integers, not strings.
    qint64 sourceId(const QString &source)
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
    qint64 localJulianDay(qint64 utc)
    {
        const qint64 local = utc + offsetAt(utc);
        const qint64 days = local >= 0 ? local / 86400 : (local - 86399) / 86400;
        return kEpochJulianDay + days;
    }

    int offsetAt(qint64 utc)
    {
        auto it = std::upper_bound(m_offsetSpans.begin(), m_offsetSpans.end(), utc,
            [](qint64 t, const OffsetSpan &s) { return t < s.from; });
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

    Error storeError() const // sessions, figures and rollups alike
    {
        return Sql::error(m_db, m_ctx.fileName);
    }

    sqlite3 *m_db;
    ImportContext &m_ctx;
    QString m_source;
    SessionKeyIndex m_keys;
    SqliteStatement m_insertChunk;
    SqliteStatement m_readChunk;
    SqliteStatement m_insertAggregate;
    SessionChunk::Writer m_chunk; // sessions not yet written
    qint64 m_seq = 0; // ordinal of the next session of this import
    qint64 m_flushedSeq = 0; // sessions already written in packed rows
    qint64 m_merged = 0;
    std::optional<std::vector<SessionRecord>> m_cached;
    qint64 m_cachedImport = -1;
    qint64 m_cachedChunk = -1;
    struct OffsetSpan
    {
        qint64 from, to; // UTC seconds, [from, to)
        int offset;
    };
    static constexpr size_t kMaxOffsetSpans = 4096;
    std::vector<OffsetSpan> m_offsetSpans; // sorted by from, disjoint
    std::vector<QString> m_sourceNames;
    qint64 m_lastSourceId = -1;
    std::vector<DaySlot> m_slots;
    std::unordered_map<qint64, size_t> m_slotIndex; // (day << 12) | source id -> index in m_slots
    qint64 m_lastSlotKey = -1;
    size_t m_lastSlot = 0;
    static constexpr size_t kPendingDense = size_t(1) << 16;
    std::vector<quint64> m_pendingDense; // (slot << 12) | whole seconds, not yet counted
    std::vector<size_t> m_pendingStart;
    std::vector<quint16> m_pendingSeconds;
};

} // namespace

std::unique_ptr<SessionSink> openSessionStore(QSqlDatabase &db, ImportContext &ctx)
{
    auto sink = std::make_unique<SqliteSessionSink>(db, ctx);
    if (!Sql::handle(db) || !sink->prepare())
        return nullptr;
    return sink;
}

Expected<qint64> recordVisitorImport(
    QSqlDatabase &db, const QString &fileName, const QString &format, const QString &sha256)
{
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO imports (file_name, sha256, kind, format, started_at, os_user)"
              " VALUES (?, ?, 'visitors', ?, ?, ?)"_s);
    q.addBindValue(fileName);
    q.addBindValue(sha256);
    q.addBindValue(format);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    q.addBindValue(qEnvironmentVariable("USER", u"kapsel"_s));
    if (!q.exec())
        return Sql::error(q);
    return q.lastInsertId().toLongLong();
}

Status finishVisitorImport(QSqlDatabase &db, const ImportContext &ctx)
{
    QSqlQuery q(db);
    q.prepare(u"UPDATE imports SET rows_read = ?, rows_stored = ?, rows_skipped = ?, finished_at = ? WHERE id = ?"_s);
    q.addBindValue(ctx.rowsRead);
    q.addBindValue(ctx.rowsStored);
    q.addBindValue(ctx.rowsSkipped());
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    q.addBindValue(ctx.importId);
    if (!q.exec())
        return Sql::error(q);
    return {};
}
