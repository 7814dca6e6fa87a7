// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/postgres/pgvisitorstore.h"

#include "storage/postgres/pgconnection.h"
#include "storage/postgres/pgsessionkeyrows.h"
#include "visitors/sessionchunk.h"
#include "visitors/sessionkey.h"
#include "visitors/sessionkeyindex.h"

#include <unordered_set>

namespace {

// Every query here reads days $1..$2 of source $3 ('' = all sources). The days are compared as bigint, so
// that a caller's "everything" (the extremes of qint64) is not out of range for the integer columns. Sources
// are sorted bytewise (COLLATE "C"), as SQLite sorts them, whatever the database's collation.
QByteArrayList range(qint64 from, qint64 to, const QString &source)
{
    QByteArray name = source.toUtf8();
    if (name.isNull())
        name = ""; // a null QByteArray would be SQL NULL
    return { QByteArray::number(from), QByteArray::number(to), name };
}

double real(const PgResult &r, int row, int column)
{
    return r.value(row, column).toDouble();
}

// One T per row of a query's result, made by `make(result, row)`.
template <typename T, typename Make> Expected<std::vector<T>> collect(const Expected<PgResult> &r, Make make)
{
    if (!r)
        return r.error();
    std::vector<T> out;
    out.reserve(size_t(r->rows()));
    for (int i = 0; i < r->rows(); ++i)
        out.push_back(make(*r, i));
    return out;
}

} // namespace

std::unique_ptr<SessionSink> PgVisitorStore::openSink(ImportContext &ctx)
{
    return openPgSessionSink(m_conn, ctx);
}

// The packed rows are read one at a time, so a copy of a big import holds one row of it in memory.
Status PgVisitorStore::replay(qint64 importId, SessionSink &sink)
{
    const QByteArrayList id { QByteArray::number(importId) };
    auto figures = m_conn.exec("SELECT source, day_from, day_to, metric, dimension, value FROM visitor_aggregates"
                               " WHERE import_id = $1 ORDER BY id",
        id);
    if (!figures)
        return figures.error();
    for (int i = 0; i < figures->rows(); ++i) {
        AggregateRecord a;
        a.source = figures->text(i, 0);
        a.from = QDate::fromJulianDay(figures->integer(i, 1));
        a.to = QDate::fromJulianDay(figures->integer(i, 2));
        a.metric = figures->text(i, 3);
        a.dimension = figures->text(i, 4);
        a.value = real(*figures, i, 5);
        sink.setSource(a.source);
        if (Status s = sink.addAggregate(a))
            return s;
    }
    std::unordered_set<qint64> keyed;
    PgSessionKeyRows keyRows(m_conn);
    if (Status s = SessionKeyIndex::storedOrdinals(keyRows, importId, keyed))
        return s;
    auto chunks = m_conn.exec("SELECT chunk_no FROM visitor_session_chunks WHERE import_id = $1 ORDER BY chunk_no", id);
    if (!chunks)
        return chunks.error();
    for (int c = 0; c < chunks->rows(); ++c) {
        const qint64 chunkNo = chunks->integer(c, 0);
        auto r = m_conn.exec("SELECT data FROM visitor_session_chunks WHERE import_id = $1 AND chunk_no = $2",
            { id.front(), QByteArray::number(chunkNo) });
        if (!r)
            return r.error();
        const auto sessions = r->rows() == 1 ? SessionChunk::decode(r->bytes(0, 0)) : std::nullopt;
        if (!sessions)
            return Error { {}, 0, tr("the stored sessions of import #%1 are damaged").arg(importId) };
        const qint64 first = chunkNo * SessionChunk::kMaxSessions;
        for (size_t i = 0; i < sessions->size(); ++i) {
            const SessionRecord &s = (*sessions)[i];
            if (!s.sessionKey.isEmpty() && !keyed.contains(first + qint64(i)))
                continue; // merged into a later part's session
            sink.setSource(s.source);
            if (Status st = sink.addSession(s))
                return st;
        }
    }
    return {};
}

Expected<std::vector<qint64>> PgVisitorStore::daysWithFigures(qint64 from, qint64 to, const QString &source)
{
    auto r
        = m_conn.exec("SELECT day FROM visitor_daily WHERE day BETWEEN $1::bigint AND $2::bigint"
                      " AND ($3 = '' OR source = $3)"
                      " UNION SELECT day_from FROM visitor_aggregates WHERE day_from BETWEEN $1::bigint AND $2::bigint"
                      " AND ($3 = '' OR source = $3) ORDER BY 1",
            range(from, to, source));
    return collect<qint64>(r, [](const PgResult &q, int i) { return q.integer(i, 0); });
}

namespace {
// A row of day, source, visits, first_time, returning_visits, type_known, duration_n, duration_sum.
DailyRollup rollupAt(const PgResult &q, int i)
{
    return DailyRollup { q.integer(i, 0), q.text(i, 1), q.integer(i, 2), q.integer(i, 3), q.integer(i, 4),
        q.integer(i, 5), q.integer(i, 6), real(q, i, 7) };
}
} // namespace

Expected<std::vector<DailyRollup>> PgVisitorStore::importRollups(qint64 importId)
{
    auto r = m_conn.exec("SELECT day, source, visits, first_time, returning_visits, type_known, duration_n,"
                         " duration_sum FROM visitor_daily WHERE import_id = $1 ORDER BY day, source COLLATE \"C\"",
        { QByteArray::number(importId) });
    return collect<DailyRollup>(r, rollupAt);
}

Expected<std::vector<SharedSessions>> PgVisitorStore::sharedSessions(qint64 importId)
{
    auto r
        = m_conn.exec("SELECT import_id, sessions FROM visitor_shared_sessions WHERE stored_by = $1 ORDER BY import_id",
            { QByteArray::number(importId) });
    return collect<SharedSessions>(r, [](const PgResult &row, int i) {
        return SharedSessions { row.integer(i, 0), row.integer(i, 1) };
    });
}

Status PgVisitorStore::addSharedSessions(qint64 importId, const SharedSessions &shared)
{
    return m_conn.run("INSERT INTO visitor_shared_sessions (import_id, stored_by, sessions) VALUES ($1, $2, $3)",
        { QByteArray::number(shared.laterImportId), QByteArray::number(importId),
            QByteArray::number(shared.sessions) });
}

Status PgVisitorStore::takeSessionsLock(PgConnection &conn)
{
    auto old = conn.exec("SELECT current_setting('lock_timeout')");
    if (!old)
        return old.error();
    if (Status st = conn.setLockWait(kLockWaitSeconds))
        return st;
    if (Status st = conn.run("SELECT pg_advisory_xact_lock($1)", { QByteArray::number(kSessionsLock) }))
        return st;
    return conn.run("SELECT set_config('lock_timeout', $1, true)", { old->value(0, 0) });
}

Expected<std::vector<DailyRollup>> PgVisitorStore::dailyRollups(qint64 from, qint64 to, const QString &source)
{
    auto r = m_conn.exec("SELECT day, source, sum(visits), sum(first_time), sum(returning_visits), sum(type_known),"
                         " sum(duration_n), sum(duration_sum) FROM visitor_daily"
                         " WHERE day BETWEEN $1::bigint AND $2::bigint AND ($3 = '' OR source = $3)"
                         " GROUP BY day, source ORDER BY day, source COLLATE \"C\"",
        range(from, to, source));
    return collect<DailyRollup>(r, rollupAt);
}

Status PgVisitorStore::eachHistogram(
    qint64 from, qint64 to, const QString &source, const std::function<Status(qint64, QByteArrayView)> &each)
{
    auto r = m_conn.exec("SELECT day, histogram FROM visitor_duration_histograms"
                         " WHERE day BETWEEN $1::bigint AND $2::bigint AND ($3 = '' OR source = $3)"
                         " ORDER BY day, source COLLATE \"C\", import_id",
        range(from, to, source));
    if (!r)
        return r.error();
    for (int i = 0; i < r->rows(); ++i)
        if (Status s = each(r->integer(i, 0), r->bytes(i, 1)))
            return s;
    return {};
}

Expected<std::vector<ReportFigure>> PgVisitorStore::reportFigures(qint64 from, qint64 to, const QString &source)
{
    // The latest import's value per (source, period of the report, metric); within one import its first row.
    auto r = m_conn.exec("SELECT source, day_from, day_to, metric, value FROM ("
                         " SELECT DISTINCT ON (source, day_from, day_to, metric) source, day_from, day_to, metric,"
                         " value FROM visitor_aggregates"
                         " WHERE day_to >= $1::bigint AND day_from <= $2::bigint AND ($3 = '' OR source = $3)"
                         " AND dimension = ''"
                         " ORDER BY source, day_from, day_to, metric, import_id DESC, id) latest"
                         " ORDER BY source COLLATE \"C\", day_from, day_to, metric COLLATE \"C\"",
        range(from, to, source));
    return collect<ReportFigure>(r, [](const PgResult &q, int i) {
        return ReportFigure { q.text(i, 0), q.integer(i, 1), q.integer(i, 2), q.text(i, 3), {}, real(q, i, 4) };
    });
}

Expected<std::vector<ReportFigure>> PgVisitorStore::durationReports(qint64 from, qint64 to, const QString &source)
{
    auto r = m_conn.exec(
        "SELECT source, day_from, day_to, metric, dimension, value FROM ("
        " SELECT DISTINCT ON (a.source, a.day_from, a.day_to, a.dimension) a.source, a.day_from, a.day_to, a.metric,"
        " a.dimension, a.value FROM visitor_aggregates a"
        " WHERE a.metric = 'visits_by_duration' AND a.day_from >= $1::bigint AND a.day_to <= $2::bigint"
        " AND ($3 = '' OR a.source = $3) AND NOT EXISTS (SELECT FROM visitor_daily d"
        "   WHERE d.source = a.source AND d.day BETWEEN $1::bigint AND $2::bigint)"
        " ORDER BY a.source, a.day_from, a.day_to, a.dimension, a.import_id DESC, a.id) latest"
        " ORDER BY source COLLATE \"C\", day_from, day_to, dimension COLLATE \"C\"",
        range(from, to, source));
    return collect<ReportFigure>(r, [](const PgResult &q, int i) {
        return ReportFigure { q.text(i, 0), q.integer(i, 1), q.integer(i, 2), q.text(i, 3), q.text(i, 4),
            real(q, i, 5) };
    });
}

Expected<QList<SourceInfo>> PgVisitorStore::sources()
{
    auto r = m_conn.exec("SELECT source, sum(s), sum(a) FROM ("
                         " SELECT source, sum(visits) AS s, 0 AS a FROM visitor_daily GROUP BY source"
                         " UNION ALL SELECT source, 0, count(*) FROM visitor_aggregates GROUP BY source) per_table"
                         " GROUP BY source ORDER BY source COLLATE \"C\"");
    if (!r)
        return r.error();
    QList<SourceInfo> out;
    out.reserve(r->rows());
    for (int i = 0; i < r->rows(); ++i)
        out.append(SourceInfo { r->text(i, 0), r->integer(i, 1), r->integer(i, 2) });
    return out;
}

Expected<std::pair<QDate, QDate>> PgVisitorStore::dataRange()
{
    auto r = m_conn.exec("SELECT min(lo), max(hi) FROM (SELECT min(day) AS lo, max(day) AS hi FROM visitor_daily"
                         " UNION ALL SELECT min(day_from), max(day_to) FROM visitor_aggregates) per_table");
    if (!r)
        return r.error();
    std::pair<QDate, QDate> out;
    if (r->rows() > 0 && !r->isNull(0, 0))
        out = { QDate::fromJulianDay(r->integer(0, 0)), QDate::fromJulianDay(r->integer(0, 1)) };
    return out;
}
