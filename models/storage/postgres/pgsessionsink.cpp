// SPDX-License-Identifier: GPL-3.0-or-later
// The visitors area's import sink on PostgreSQL, the same design as on SQLite (sqlitesessionsink.cpp): sessions
// are packed a few thousand to a row (visitors/sessionchunk.h) and each packed row goes through one COPY that
// stays open while the importer reads, so the server stores a row while the client parses the next; duplicates
// are refused here against the stored keys (SessionKeyIndex: bounded memory, each day read at most once), under
// the lock that makes imports of sessions take turns; the rollups are counted here from exactly the sessions
// stored (SessionTally) and written with COPY at the end.
#include "storage/postgres/pgvisitorstore.h"

#include "importers/importcontext.h"
#include "storage/postgres/pgbinaryrows.h"
#include "storage/postgres/pgconnection.h"
#include "storage/postgres/pgsessionkeyrows.h"
#include "visitors/sessionchunk.h"
#include "visitors/sessionkey.h"
#include "visitors/sessionkeyindex.h"
#include "visitors/sessiontally.h"

#include <optional>
#include <vector>

namespace {

// PostgreSQL's text cannot hold U+0000: it becomes U+FFFD before the session's key is hashed, so that the key
// of a stored session is always the one of its stored texts (a file imported again finds its sessions).
void replaceNul(QString &s)
{
    if (s.contains(QChar(0)))
        s.replace(QChar(0), QChar(0xFFFD));
}

class PgSessionSink final : public SessionSink
{
public:
    PgSessionSink(PgConnection &conn, ImportContext &ctx)
        : m_conn(conn)
        , m_ctx(ctx)
        , m_tally(ctx)
        , m_copy(conn)
        , m_keyRows(conn, [this] { return pause(); })
        , m_keys(m_keyRows, ctx.importId)
    { }

    void setSource(const QString &source) override { m_source = source; }

    // A GA4 part looks for the stored rest of its session; a keyed session whose key is known is a duplicate.
    Status addSession(const SessionRecord &s) override
    {
        std::optional<SessionRecord> normal = m_tally.normalise(s, m_source);
        if (!normal)
            return {};
        if (Status st = start())
            return st;
        SessionRecord &r = *normal;
        for (QString *text : { &r.source, &r.visitorId, &r.sessionKey, &r.channel })
            replaceNul(*text);
        if (r.sessionKey.isEmpty())
            return store(r); // without a key it cannot be found to be continued
        const qint64 day = r.day.toJulianDay();
        const qint64 hash = SessionKey::hash(r.source, r.visitorId, r.sessionKey);
        const qint64 check = SessionKey::check(r.source, r.visitorId, r.sessionKey);
        if (r.partial) {
            for (const qint64 d : { day - 1, day, day + 1 }) {
                const SessionKeyIndex::Key key { d, hash, check };
                std::optional<SessionKeyIndex::Location> where;
                if (Status st = m_keys.find(key, where))
                    return fileError(*st);
                if (where)
                    return merge(key, *where, r);
            }
        }
        bool added;
        if (Status st = m_keys.insert({ day, hash, check }, m_seq, added))
            return fileError(*st);
        if (!added) {
            m_ctx.skip(SessionTally::duplicateReason(), s.line);
            return {};
        }
        return store(r);
    }

    Status addAggregate(const AggregateRecord &a) override
    {
        auto normal = m_tally.normalise(a, m_source);
        if (!normal)
            return normal.error();
        if (!*normal)
            return {};
        AggregateRecord &r = **normal;
        for (QString *text : { &r.source, &r.metric, &r.dimension })
            replaceNul(*text);
        PgBinaryRows &out = m_aggregates;
        out.fields(7);
        out.int8(m_ctx.importId);
        out.text(r.source);
        out.int4(qint32(r.from.toJulianDay()));
        out.int4(qint32(r.to.toJulianDay()));
        out.text(r.metric);
        out.text(r.dimension);
        out.float8(r.value);
        ++m_ctx.rowsStored;
        return m_aggregates.size() >= 1024 * 1024 ? writeAggregates() : Status {};
    }

    // The rollups go in at the end: one row per day and source instead of one update per session.
    Status finish() override
    {
        if (Status st = sendChunk())
            return st;
        if (Status st = pause())
            return st;
        if (Status st = m_keys.flush())
            return fileError(*st);
        if (Status st = writeAggregates())
            return st;
        PgBinaryRows daily, histograms;
        if (Status st = m_tally.take([&](const DailyRollup &t, const QByteArray &histogram) -> Status {
                daily.fields(9);
                daily.int4(qint32(t.day));
                daily.text(t.source);
                daily.int8(m_ctx.importId);
                for (const qint64 n : { t.visits, t.firstTime, t.returning, t.typeKnown, t.durationN })
                    daily.int8(n);
                daily.float8(t.durationSum);
                if (!histogram.isEmpty()) {
                    histograms.fields(4);
                    histograms.int4(qint32(t.day));
                    histograms.text(t.source);
                    histograms.int8(m_ctx.importId);
                    histograms.bytes(histogram);
                }
                return {};
            }))
            return st;
        if (Status st = copyAll("COPY visitor_daily (day, source, import_id, visits, first_time, returning_visits,"
                                " type_known, duration_n, duration_sum) FROM STDIN (FORMAT binary)",
                daily))
            return st;
        if (Status st
            = copyAll("COPY visitor_duration_histograms (day, source, import_id, histogram) FROM STDIN (FORMAT binary)",
                histograms))
            return st;
        if (m_merged > 0)
            m_ctx.notes << SessionTally::mergedNote(m_merged);
        return {};
    }

private:
    // Once, at the first session: the lock that makes imports of sessions take turns (waiting a bounded
    // time), then the days that hold stored keys.
    Status start()
    {
        if (m_started)
            return {};
        m_started = true;
        auto old = m_conn.exec("SELECT current_setting('lock_timeout')");
        if (!old)
            return fileError(old.error());
        if (Status st = m_conn.setLockWait(PgVisitorStore::kLockWaitSeconds))
            return fileError(*st);
        if (Status st
            = m_conn.run("SELECT pg_advisory_xact_lock($1)", { QByteArray::number(PgVisitorStore::kSessionsLock) }))
            return fileError(*st);
        if (Status st = m_conn.run("SELECT set_config('lock_timeout', $1, true)", { old->value(0, 0) }))
            return fileError(*st);
        if (Status st = m_keys.prepare())
            return fileError(*st);
        return {};
    }

    // Packs a session whose key (if any) is in place and counts it.
    Status store(const SessionRecord &r)
    {
        if (Status st = append(r))
            return st;
        ++m_ctx.rowsStored;
        return m_tally.count(r, +1);
    }

    // The stored part and this part are one session: the merged session replaces the stored one in the keys
    // and in the rollups (this import's rollups take the stored part out and add the whole), while the stored
    // part stays in its own import's packed rows as that file held it.
    Status merge(const SessionKeyIndex::Key &key, const SessionKeyIndex::Location &where, const SessionRecord &part)
    {
        auto stored = sessionAt(where.importId, where.seq);
        if (!stored)
            return stored.error();
        if (!*stored)
            return Error { m_ctx.fileName, 0, SessionTally::unreadablePartReason() };
        const SessionRecord merged = SessionTally::mergeParts(**stored, part);
        if (Status st = m_tally.count(**stored, -1))
            return st;
        bool added;
        if (Status st = m_keys.erase(key))
            return fileError(*st);
        if (Status st = m_keys.insert({ merged.day.toJulianDay(), key.hash, key.check }, m_seq, added))
            return fileError(*st);
        if (Status st = append(merged))
            return st;
        ++m_merged;
        ++m_ctx.rowsStored;
        return m_tally.count(merged, +1);
    }

    // A stored session by its import and ordinal: from the chunk being packed, or read back (the last packed
    // row read is kept, as merged sessions of one file tend to come from the same few rows).
    Expected<std::optional<SessionRecord>> sessionAt(qint64 importId, qint64 seq)
    {
        const qint64 chunkNo = seq / SessionChunk::kMaxSessions;
        const bool pending = importId == m_ctx.importId && seq >= m_sentSeq;
        if (pending || !m_cached || m_cachedImport != importId || m_cachedChunk != chunkNo) {
            m_cached.reset();
            if (pending) {
                m_cached = SessionChunk::decode(m_chunk.bytes());
            } else {
                if (Status st = pause())
                    return *st;
                auto r = m_conn.exec("SELECT data FROM visitor_session_chunks WHERE import_id = $1 AND chunk_no = $2",
                    { QByteArray::number(importId), QByteArray::number(chunkNo) });
                if (!r)
                    return fileError(r.error());
                if (r->rows() == 1)
                    m_cached = SessionChunk::decode(r->bytes(0, 0));
            }
            m_cachedImport = pending ? -1 : importId;
            m_cachedChunk = chunkNo;
        }
        const qint64 i = seq % SessionChunk::kMaxSessions;
        if (!m_cached || i >= qint64(m_cached->size()))
            return std::optional<SessionRecord>();
        return std::optional<SessionRecord>((*m_cached)[size_t(i)]);
    }

    Status append(const SessionRecord &r)
    {
        m_chunk.add(r);
        ++m_seq;
        return m_chunk.size() >= SessionChunk::kMaxSessions ? sendChunk() : Status {};
    }

    // Hands the packed chunk to the COPY, starting it if need be.
    Status sendChunk()
    {
        if (m_chunk.size() == 0)
            return {};
        if (!m_copying) {
            if (Status st = m_copy.begin("COPY visitor_session_chunks (import_id, chunk_no, sessions, day_from, day_to,"
                                         " data) FROM STDIN (FORMAT binary)"))
                return fileError(*st);
            m_copying = true;
            if (Status st = m_copy.addEncoded(PgBinaryRows::header()))
                return fileError(*st);
        }
        PgBinaryRows &row = m_row;
        row.clear();
        row.fields(6);
        row.int8(m_ctx.importId);
        row.int4(qint32(m_sentSeq / SessionChunk::kMaxSessions));
        row.int4(m_chunk.size());
        row.int4(qint32(m_chunk.firstDay()));
        row.int4(qint32(m_chunk.lastDay()));
        m_sentSeq += m_chunk.size();
        row.bytes(m_chunk.take());
        const Status st = m_copy.addEncoded(row.view());
        return st ? fileError(*st) : Status {};
    }

    // Ends the COPY (to run another statement): what was sent is stored and visible to this transaction.
    Status pause()
    {
        if (!m_copying)
            return {};
        m_copying = false;
        if (Status st = m_copy.addEncoded(PgBinaryRows::trailer()))
            return fileError(*st);
        auto n = m_copy.finish();
        return n ? Status {} : fileError(n.error());
    }

    Status writeAggregates()
    {
        if (m_aggregates.isEmpty())
            return {};
        if (Status st = pause())
            return st;
        const Status st = copyAll(
            "COPY visitor_aggregates (import_id, source, day_from, day_to, metric, dimension, value) FROM STDIN"
            " (FORMAT binary)",
            m_aggregates);
        m_aggregates.clear();
        return st;
    }

    Status copyAll(const QByteArray &statement, const PgBinaryRows &rows)
    {
        const Status st = copyBinary(m_conn, statement, rows);
        return st ? fileError(*st) : Status {};
    }

    Error fileError(Error e) const
    {
        e.file = m_ctx.fileName;
        return e;
    }

    PgConnection &m_conn;
    ImportContext &m_ctx;
    SessionTally m_tally;
    PgCopy m_copy;
    PgSessionKeyRows m_keyRows;
    SessionKeyIndex m_keys;
    QString m_source;
    bool m_started = false;
    bool m_copying = false;
    SessionChunk::Writer m_chunk; // sessions not yet sent
    PgBinaryRows m_row; // the COPY row of a chunk
    PgBinaryRows m_aggregates;
    qint64 m_seq = 0; // ordinal of the next session of this import
    qint64 m_sentSeq = 0; // sessions already sent in packed rows
    qint64 m_merged = 0;
    std::optional<std::vector<SessionRecord>> m_cached;
    qint64 m_cachedImport = -1;
    qint64 m_cachedChunk = -1;
};

} // namespace

std::unique_ptr<SessionSink> openPgSessionSink(PgConnection &conn, ImportContext &ctx)
{
    return std::make_unique<PgSessionSink>(conn, ctx);
}
