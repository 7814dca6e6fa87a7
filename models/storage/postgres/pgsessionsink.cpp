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
#include "visitors/packedsessionsink.h"

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

class PgSessionSink final : public PackedSessionSink
{
public:
    // The base keeps a reference to m_keyRows, used only once the sink is made.
    PgSessionSink(PgConnection &conn, ImportContext &ctx)
        : PackedSessionSink(ctx, m_keyRows)
        , m_conn(conn)
        , m_copy(conn)
        , m_keyRows(conn, [this] { return pause(); })
    { }

    Status addAggregate(const AggregateRecord &a) override
    {
        auto normal = m_tally.normalise(a, source());
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
        if (Status st = finishSessions())
            return st;
        if (Status st = pause())
            return st;
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
        return copyAll(
            "COPY visitor_duration_histograms (day, source, import_id, histogram) FROM STDIN (FORMAT binary)",
            histograms);
    }

private:
    // The lock that makes imports of sessions take turns, waited for a bounded time.
    Status beforeFirstSession() override { return PgVisitorStore::takeSessionsLock(m_conn); }

    void adjustTexts(SessionRecord &r) override
    {
        for (QString *text : { &r.source, &r.visitorId, &r.sessionKey, &r.channel })
            replaceNul(*text);
    }

    // Hands the packed row to the COPY, starting it if need be.
    Status writeChunk(qint64 chunkNo, int sessions, qint64 dayFrom, qint64 dayTo, const QByteArray &data) override
    {
        if (!m_copying) {
            if (Status st = m_copy.begin("COPY visitor_session_chunks (import_id, chunk_no, sessions, day_from, day_to,"
                                         " data) FROM STDIN (FORMAT binary)"))
                return st;
            m_copying = true;
            if (Status st = m_copy.addEncoded(PgBinaryRows::header()))
                return st;
        }
        PgBinaryRows &row = m_row;
        row.clear();
        row.fields(6);
        row.int8(m_ctx.importId);
        row.int4(qint32(chunkNo));
        row.int4(sessions);
        row.int4(qint32(dayFrom));
        row.int4(qint32(dayTo));
        row.bytes(data);
        return m_copy.addEncoded(row.view());
    }

    Expected<std::optional<QByteArray>> readChunk(qint64 importId, qint64 chunkNo) override
    {
        if (Status st = pause())
            return *st;
        auto r = m_conn.exec("SELECT data FROM visitor_session_chunks WHERE import_id = $1 AND chunk_no = $2",
            { QByteArray::number(importId), QByteArray::number(chunkNo) });
        if (!r)
            return r.error();
        return r->rows() == 1 ? std::optional<QByteArray>(r->bytes(0, 0)) : std::nullopt;
    }

    Status writeSharedSessions(const std::map<qint64, qint64> &sessionsByImport) override
    {
        if (Status st = pause())
            return st;
        for (const auto &[storedBy, sessions] : sessionsByImport)
            if (Status st = m_conn.run("INSERT INTO visitor_shared_sessions (import_id, stored_by, sessions)"
                                       " VALUES ($1, $2, $3)",
                    { QByteArray::number(m_ctx.importId), QByteArray::number(storedBy), QByteArray::number(sessions) }))
                return st;
        return {};
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

    PgConnection &m_conn;
    PgCopy m_copy;
    PgSessionKeyRows m_keyRows;
    bool m_copying = false;
    PgBinaryRows m_row; // the COPY row of a packed row
    PgBinaryRows m_aggregates;
};

} // namespace

std::unique_ptr<SessionSink> openPgSessionSink(PgConnection &conn, ImportContext &ctx)
{
    return std::make_unique<PgSessionSink>(conn, ctx);
}
