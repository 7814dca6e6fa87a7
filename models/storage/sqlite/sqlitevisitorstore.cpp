// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sqlite/sqlitevisitorstore.h"

#include "storage/sqlite/sql.h"
#include "storage/sqlite/sqlitesessionkeyrows.h"
#include "storage/sqlite/sqlitesessionsink.h"
#include "storage/sqlite/sqlitestatement.h"
#include "visitors/sessionchunk.h"

#include <QCoreApplication>

#include <unordered_set>

namespace {

// Every query here reads days ?1..?2 of source ?3 ('' = all sources).
void bindRange(SqliteStatement &q, qint64 fromDay, qint64 toDay, const QString &source)
{
    q.integer(1, fromDay);
    q.integer(2, toDay);
    q.text(3, source.toUtf8()); // copied by SQLite (SQLITE_TRANSIENT)
}

} // namespace

std::unique_ptr<SessionSink> SqliteVisitorStore::openSink(ImportContext &ctx)
{
    return openSessionStore(m_db, ctx);
}

// The packed rows hold every session as its file gave it; the key index says which keyed ones are still
// stored on their own (a merged part's key points to the later session).
Status SqliteVisitorStore::replay(qint64 importId, SessionSink &sink)
{
    sqlite3 *db = Sql::handle(m_db);
    SqliteStatement figures, chunks;
    if (!figures.prepare(db,
            "SELECT source, day_from, day_to, metric, dimension, value FROM visitor_aggregates"
            " WHERE import_id = ? ORDER BY id")
        || !chunks.prepare(
            db, "SELECT chunk_no, data FROM visitor_session_chunks WHERE import_id = ? ORDER BY chunk_no"))
        return Sql::error(db);
    figures.integer(1, importId);
    while (figures.next()) {
        AggregateRecord a;
        a.source = figures.str(0);
        a.from = QDate::fromJulianDay(figures.int64(1));
        a.to = QDate::fromJulianDay(figures.int64(2));
        a.metric = figures.str(3);
        a.dimension = figures.str(4);
        a.value = figures.dbl(5);
        sink.setSource(a.source);
        if (Status s = sink.addAggregate(a)) {
            figures.reset();
            return s;
        }
    }
    figures.reset();
    std::unordered_set<qint64> keyed;
    SqliteSessionKeyRows keyRows(db);
    if (Status st = SessionKeyIndex::storedOrdinals(keyRows, importId, keyed))
        return st;
    chunks.integer(1, importId);
    while (chunks.next()) {
        const qint64 first = chunks.int64(0) * SessionChunk::kMaxSessions;
        const auto sessions = SessionChunk::decode(chunks.blob(1));
        if (!sessions) {
            chunks.reset();
            return Error { QString(), 0,
                QCoreApplication::translate("SqliteVisitorStore", "the stored sessions of import #%1 are damaged")
                    .arg(importId) };
        }
        for (size_t i = 0; i < sessions->size(); ++i) {
            const SessionRecord &r = (*sessions)[i];
            if (!r.sessionKey.isEmpty() && !keyed.contains(first + qint64(i)))
                continue;
            sink.setSource(r.source);
            if (Status s = sink.addSession(r)) {
                chunks.reset();
                return s;
            }
        }
    }
    chunks.reset();
    return {};
}

namespace {
// A row of day, source, visits, first_time, returning_visits, type_known, duration_n, duration_sum.
DailyRollup rollupAt(SqliteStatement &q)
{
    return DailyRollup { q.int64(0), q.str(1), q.int64(2), q.int64(3), q.int64(4), q.int64(5), q.int64(6), q.dbl(7) };
}
} // namespace

Expected<std::vector<DailyRollup>> SqliteVisitorStore::importRollups(qint64 importId)
{
    sqlite3 *db = Sql::handle(m_db);
    SqliteStatement q;
    if (!q.prepare(db,
            "SELECT day, source, visits, first_time, returning_visits, type_known, duration_n, duration_sum"
            " FROM visitor_daily WHERE import_id = ?1 ORDER BY day, source"))
        return Sql::error(db);
    q.integer(1, importId);
    std::vector<DailyRollup> out;
    while (q.next())
        out.push_back(rollupAt(q));
    q.reset();
    return out;
}

Expected<std::vector<SharedSessions>> SqliteVisitorStore::sharedSessions(qint64 importId)
{
    sqlite3 *db = Sql::handle(m_db);
    SqliteStatement q;
    if (!q.prepare(
            db, "SELECT import_id, sessions FROM visitor_shared_sessions WHERE stored_by = ?1 ORDER BY import_id"))
        return Sql::error(db);
    q.integer(1, importId);
    std::vector<SharedSessions> out;
    while (q.next())
        out.push_back({ q.int64(0), q.int64(1) });
    q.reset();
    return out;
}

Status SqliteVisitorStore::addSharedSessions(qint64 importId, const SharedSessions &shared)
{
    sqlite3 *db = Sql::handle(m_db);
    SqliteStatement q;
    if (!q.prepare(db, "INSERT INTO visitor_shared_sessions (import_id, stored_by, sessions) VALUES (?1, ?2, ?3)"))
        return Sql::error(db);
    q.integer(1, shared.laterImportId);
    q.integer(2, importId);
    q.integer(3, shared.sessions);
    if (q.exec() != SQLITE_DONE)
        return Sql::error(db);
    return {};
}

Expected<std::vector<qint64>> SqliteVisitorStore::daysWithFigures(qint64 from, qint64 to, const QString &source)
{
    sqlite3 *db = Sql::handle(m_db);
    SqliteStatement q;
    if (!q.prepare(db,
            "SELECT day FROM visitor_daily WHERE day BETWEEN ?1 AND ?2 AND (?3 = '' OR source = ?3)"
            " UNION SELECT day_from FROM visitor_aggregates WHERE day_from BETWEEN ?1 AND ?2"
            " AND (?3 = '' OR source = ?3) ORDER BY 1"))
        return Sql::error(db);
    bindRange(q, from, to, source);
    std::vector<qint64> out;
    while (q.next())
        out.push_back(q.int64(0));
    q.reset();
    return out;
}

Expected<std::vector<DailyRollup>> SqliteVisitorStore::dailyRollups(qint64 from, qint64 to, const QString &source)
{
    sqlite3 *db = Sql::handle(m_db);
    SqliteStatement q;
    if (!q.prepare(db,
            "SELECT day, source, SUM(visits), SUM(first_time), SUM(returning_visits), SUM(type_known),"
            " SUM(duration_n), SUM(duration_sum) FROM visitor_daily"
            " WHERE day BETWEEN ?1 AND ?2 AND (?3 = '' OR source = ?3) GROUP BY day, source"))
        return Sql::error(db);
    bindRange(q, from, to, source);
    std::vector<DailyRollup> out;
    while (q.next())
        out.push_back(rollupAt(q));
    q.reset();
    return out;
}

Status SqliteVisitorStore::eachHistogram(
    qint64 from, qint64 to, const QString &source, const std::function<Status(qint64, QByteArrayView)> &each)
{
    sqlite3 *db = Sql::handle(m_db);
    SqliteStatement q;
    if (!q.prepare(db,
            "SELECT day, histogram FROM visitor_duration_histograms"
            " WHERE day BETWEEN ?1 AND ?2 AND (?3 = '' OR source = ?3)"))
        return Sql::error(db);
    bindRange(q, from, to, source);
    Status result;
    while (!result && q.next())
        result = each(q.int64(0), q.blobView(1));
    q.reset();
    return result;
}

Expected<std::vector<ReportFigure>> SqliteVisitorStore::reportFigures(qint64 from, qint64 to, const QString &source)
{
    sqlite3 *db = Sql::handle(m_db);
    SqliteStatement q;
    // The latest import's value per (source, period of the report, metric).
    if (!q.prepare(db,
            "SELECT source, day_from, day_to, metric, value, MAX(import_id) FROM visitor_aggregates"
            " WHERE day_to >= ?1 AND day_from <= ?2 AND (?3 = '' OR source = ?3) AND dimension = ''"
            " GROUP BY source, day_from, day_to, metric"))
        return Sql::error(db);
    bindRange(q, from, to, source);
    std::vector<ReportFigure> out;
    while (q.next())
        out.push_back(ReportFigure { q.str(0), q.int64(1), q.int64(2), q.str(3), {}, q.dbl(4) });
    q.reset();
    return out;
}

Expected<std::vector<ReportFigure>> SqliteVisitorStore::durationReports(qint64 from, qint64 to, const QString &source)
{
    sqlite3 *db = Sql::handle(m_db);
    SqliteStatement q;
    if (!q.prepare(db,
            "SELECT a.source, a.day_from, a.day_to, a.metric, a.dimension, a.value, MAX(a.import_id)"
            " FROM visitor_aggregates a"
            " WHERE a.metric = 'visits_by_duration' AND a.day_from >= ?1 AND a.day_to <= ?2"
            " AND (?3 = '' OR a.source = ?3) AND NOT EXISTS (SELECT 1 FROM visitor_daily d"
            "   WHERE d.source = a.source AND d.day BETWEEN ?1 AND ?2)"
            " GROUP BY a.source, a.day_from, a.day_to, a.dimension"))
        return Sql::error(db);
    bindRange(q, from, to, source);
    std::vector<ReportFigure> out;
    while (q.next())
        out.push_back(ReportFigure { q.str(0), q.int64(1), q.int64(2), q.str(3), q.str(4), q.dbl(5) });
    q.reset();
    return out;
}

Expected<QList<SourceInfo>> SqliteVisitorStore::sources()
{
    sqlite3 *db = Sql::handle(m_db);
    SqliteStatement q;
    if (!q.prepare(db,
            "SELECT source, SUM(s), SUM(a) FROM ("
            " SELECT source, SUM(visits) AS s, 0 AS a FROM visitor_daily GROUP BY source"
            " UNION ALL SELECT source, 0, COUNT(*) FROM visitor_aggregates GROUP BY source)"
            " GROUP BY source ORDER BY source"))
        return Sql::error(db);
    QList<SourceInfo> out;
    while (q.next())
        out.append(SourceInfo { q.str(0), q.int64(1), q.int64(2) });
    q.reset();
    return out;
}

Expected<std::pair<QDate, QDate>> SqliteVisitorStore::dataRange()
{
    sqlite3 *db = Sql::handle(m_db);
    SqliteStatement q;
    if (!q.prepare(db,
            "SELECT MIN(lo), MAX(hi) FROM (SELECT MIN(day) AS lo, MAX(day) AS hi FROM visitor_daily"
            " UNION ALL SELECT MIN(day_from), MAX(day_to) FROM visitor_aggregates)"))
        return Sql::error(db);
    std::pair<QDate, QDate> r;
    if (q.next() && !q.isNull(0))
        r = { QDate::fromJulianDay(q.int64(0)), QDate::fromJulianDay(q.int64(1)) };
    q.reset();
    return r;
}
