// SPDX-License-Identifier: GPL-3.0-or-later
// The visitors area's import sink on PostgreSQL, the same design as on SQLite (sqlitesessionsink.cpp): sessions
// are packed a few thousand to a row (visitors/sessionchunk.h) and each packed row goes through a COPY that
// stays open while the importer reads, so the server stores a row while the client parses the next. The COPYs
// run on a writer thread of their own (PgImportWriter): when the key index writes keys out, the writer ends the
// COPY of the packed rows, sends the keys through another and starts the first again, waiting for the server
// each time, while this sink goes on. Duplicates are refused here against the stored keys (SessionKeyIndex:
// bounded memory, each day read at most once; the keys this import writes are kept in memory, up to 32 MiB, by
// CachedSessionKeyRows, so that reading them back does not stop the writer), under
// the lock that makes imports of sessions take turns; the rollups are counted here from exactly the sessions
// stored (SessionTally) and written with COPY at the end.
#include "storage/postgres/pgvisitorstore.h"

#include "importers/importcontext.h"
#include "storage/postgres/pgbinaryrows.h"
#include "storage/postgres/pgconnection.h"
#include "storage/postgres/pgimportwriter.h"
#include "storage/postgres/pgsessionkeyrows.h"
#include "visitors/cachedsessionkeyrows.h"
#include "visitors/packedsessionsink.h"

#include <optional>
#include <vector>

namespace {

// PostgreSQL's text cannot hold U+0000: it becomes U+FFFD before the session's key is hashed, so that the key
// of a stored session is always the one of its stored texts (a file imported again finds its sessions).
void replaceNul(QString &s)
{
    // A plain loop: the texts are short ids, where QString::contains costs more in calls than in looking.
    const QChar *p = s.constData(), *end = p + s.size();
    while (p != end && p->unicode() != 0)
        ++p;
    if (p != end)
        s.replace(QChar(0), QChar(0xFFFD));
}

class PgSessionSink final : public PackedSessionSink
{
public:
    // The base keeps a reference to m_cachedKeys, used only once the sink is made.
    PgSessionSink(PgConnection &conn, ImportContext &ctx)
        : PackedSessionSink(ctx, m_cachedKeys)
        , m_conn(conn)
        , m_copy(conn)
        , m_keyRows(
              conn, [this] { return pause(); },
              [this](std::vector<SessionKeyRows::Row> rows) { return postKeys(std::move(rows)); })
        , m_cachedKeys(m_keyRows, ctx.importId)
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
        for (QString *text : r.texts())
            replaceNul(*text);
    }

    // Hands the packed row to the writer.
    Status writeChunk(qint64 chunkNo, int sessions, qint64 dayFrom, qint64 dayTo, const QByteArray &data) override
    {
        PgBinaryRows row;
        row.fields(6);
        row.int8(m_ctx.importId);
        row.int4(qint32(chunkNo));
        row.int4(sessions);
        row.int4(qint32(dayFrom));
        row.int4(qint32(dayTo));
        row.bytes(data);
        const qsizetype bytes = row.size();
        return post(
            [this, row = std::move(row)] {
                if (Status st = copyInto(Copying::Sessions))
                    return st;
                return m_copy.addEncoded(row.view());
            },
            bytes);
    }

    // Hands rows of keys (their ids set) to the writer, encoded there.
    Status postKeys(std::vector<SessionKeyRows::Row> rows)
    {
        qsizetype bytes = 0;
        for (const SessionKeyRows::Row &row : rows)
            bytes += row.keys.size();
        return post(
            [this, rows = std::move(rows)] {
                if (Status st = copyInto(Copying::Keys))
                    return st;
                PgBinaryRows out;
                for (const SessionKeyRows::Row &row : rows) {
                    out.clear();
                    PgSessionKeyRows::encode(row, out);
                    if (Status st = m_copy.addEncoded(out.view()))
                        return st;
                }
                return Status {};
            },
            bytes);
    }

    Status post(PgImportWriter::Job job, qsizetype bytes)
    {
        const Status st = m_writer.post(std::move(job), bytes);
        return st ? Status(fileError(*st)) : Status {};
    }

    // On the writer's thread (or after drain()): the COPY that `what` goes through, the one before ended.
    enum class Copying { Nothing, Sessions, Keys };
    Status copyInto(Copying what)
    {
        if (m_copying == what)
            return {};
        if (Status st = endCopy())
            return st;
        if (Status st = m_copy.begin(what == Copying::Sessions
                    ? QByteArrayLiteral("COPY visitor_session_chunks (import_id, chunk_no, sessions, day_from, day_to,"
                                        " data) FROM STDIN (FORMAT binary)")
                    : QByteArray(PgSessionKeyRows::kCopyStatement)))
            return st;
        m_copying = what;
        return m_copy.addEncoded(PgBinaryRows::header());
    }

    // What was sent is stored and visible to this transaction.
    Status endCopy()
    {
        if (m_copying == Copying::Nothing)
            return {};
        m_copying = Copying::Nothing;
        if (Status st = m_copy.addEncoded(PgBinaryRows::trailer()))
            return st;
        auto n = m_copy.finish();
        return n ? Status {} : Status(n.error());
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

    // Waits for the writer and ends its COPY, to run another statement on the connection here.
    Status pause()
    {
        Status st = m_writer.drain();
        if (!st)
            st = endCopy();
        return st ? Status(fileError(*st)) : Status {};
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
    PgCopy m_copy; // m_copy and m_copying: the writer's while it has jobs
    Copying m_copying = Copying::Nothing;
    PgSessionKeyRows m_keyRows; // new rows go to postKeys()
    CachedSessionKeyRows m_cachedKeys;
    PgBinaryRows m_aggregates;
    PgImportWriter m_writer; // last: its thread ends before the members its jobs use go
};

} // namespace

std::unique_ptr<SessionSink> openPgSessionSink(PgConnection &conn, ImportContext &ctx)
{
    return std::make_unique<PgSessionSink>(conn, ctx);
}
