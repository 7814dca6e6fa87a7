// SPDX-License-Identifier: GPL-3.0-or-later
#include "visitors/durationhistogram.h"
#include "visitors/sessionchunk.h"
#include "visitors/sessionkey.h"
#include "storage/sqlite/sqlitesessionkeyrows.h"
#include "visitors/sessionkeyindex.h"
#include "storage/sqlite/sqlitestatement.h"
#include "storage/sqlite/migrations.h"
#include "storage/sqlite/sql.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

// Visitor storage. Days are Julian day numbers (QDate::toJulianDay) of the LOCAL calendar day in the
// workspace time zone, so weeks and months are unions of whole days and daylight-saving changes need no
// special handling in queries.
//
// Raw rows (sessions, aggregates) are kept for audit and re-computation; charts and queries read only the
// rollups, which the import's sink maintains in the same transaction. Every rollup row carries its import, so
// deleting an import removes exactly its contribution (ON DELETE CASCADE).
//
// Durations in visitor_daily_durations are whole seconds, rounded half up (floor(x + 0.5)): 10.4 s -> 10,
// 10.5 s -> 11. Medians and duration buckets are exact for these rounded values; means use the exact sums.
Status Migrations::createVisitorSchema(QSqlDatabase &db)
{
    return Sql::execAll(db,
        {
            u"CREATE TABLE visitor_sessions ("
            "  id INTEGER PRIMARY KEY,"
            "  import_id INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE,"
            "  source TEXT NOT NULL,"
            "  visitor_id TEXT NOT NULL DEFAULT '',"
            "  session_key TEXT NOT NULL DEFAULT '',"
            "  start_utc INTEGER NOT NULL,"
            "  day INTEGER NOT NULL," // local Julian day
            "  first_time INTEGER," // 1 first-time, 0 returning, NULL unknown
            "  visit_number INTEGER,"
            "  duration_s REAL,"
            "  engagement_s REAL,"
            "  pageviews INTEGER,"
            "  channel TEXT NOT NULL DEFAULT '',"
            "  key_hash INTEGER)"_s,
            // A session is the same session when source, visitor and session key agree. The unique index is on
            // a 64-bit hash of the three (FNV-1a over their UTF-16; NULL when there is no session key: such rows
            // cannot be recognised again and are always stored). An integer index is a fraction of the size
            // and cost of one over three texts; the sink compares the texts on a hash hit and probes the next
            // value on a true collision, so the hash never merges two different sessions.
            // There is deliberately no index on import_id: deleting an import scans the sessions once, while
            // every import would pay for maintaining it.
            u"CREATE UNIQUE INDEX visitor_sessions_key ON visitor_sessions(key_hash) WHERE key_hash IS NOT NULL"_s,
            u"CREATE TABLE visitor_aggregates ("
            "  id INTEGER PRIMARY KEY,"
            "  import_id INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE,"
            "  source TEXT NOT NULL,"
            "  day_from INTEGER NOT NULL,"
            "  day_to INTEGER NOT NULL,"
            "  metric TEXT NOT NULL,"
            "  dimension TEXT NOT NULL DEFAULT '',"
            "  value REAL NOT NULL)"_s,
            u"CREATE INDEX visitor_aggregates_day ON visitor_aggregates(day_from, source)"_s,
            u"CREATE INDEX visitor_aggregates_import ON visitor_aggregates(import_id)"_s,
            // Per local day, source and import: counts and duration sums.
            u"CREATE TABLE visitor_daily ("
            "  day INTEGER NOT NULL,"
            "  source TEXT NOT NULL,"
            "  import_id INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE,"
            "  visits INTEGER NOT NULL,"
            "  first_time INTEGER NOT NULL,"
            "  returning_visits INTEGER NOT NULL,"
            "  type_known INTEGER NOT NULL," // visits whose first-time/returning status is known
            "  duration_n INTEGER NOT NULL," // visits with a known duration
            "  duration_sum REAL NOT NULL,"
            "  PRIMARY KEY (day, source, import_id)) WITHOUT ROWID"_s,
            u"CREATE INDEX visitor_daily_import ON visitor_daily(import_id)"_s,
            // Per local day, source and import: how many visits lasted exactly duration_s whole seconds.
            u"CREATE TABLE visitor_daily_durations ("
            "  day INTEGER NOT NULL,"
            "  source TEXT NOT NULL,"
            "  import_id INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE,"
            "  duration_s INTEGER NOT NULL,"
            "  visits INTEGER NOT NULL,"
            "  PRIMARY KEY (day, source, import_id, duration_s)) WITHOUT ROWID"_s,
            u"CREATE INDEX visitor_daily_durations_import ON visitor_daily_durations(import_id)"_s,
        });
}

namespace {

struct SchemaTr
{
    Q_DECLARE_TR_FUNCTIONS(Migrations)
};

Error conversionError(sqlite3 *db)
{
    Error e = Sql::error(db);
    e.reason = SchemaTr::tr("could not convert the stored visitor sessions: %1").arg(e.reason);
    return e;
}

// Version 2's one row per session, repacked as version 5 keeps them: packed rows per import in their
// stored order, and the keys of those with a session key.
Status packSessions(sqlite3 *db)
{
    SqliteStatement read, chunk;
    if (!read.prepare(db,
            "SELECT import_id, source, visitor_id, session_key, start_utc, day, first_time, visit_number,"
            " duration_s, engagement_s, pageviews, channel FROM visitor_sessions ORDER BY import_id, id")
        || !chunk.prepare(db,
            "INSERT INTO visitor_session_chunks (import_id, chunk_no, sessions, day_from, day_to, data)"
            " VALUES (?,?,?,?,?,?)"))
        return conversionError(db);
    SqliteSessionKeyRows keyRows(db);
    std::optional<SessionKeyIndex> keys;
    SessionChunk::Writer pending;
    qint64 importId = -1, seq = 0;
    auto flush = [&]() -> bool {
        if (pending.size() == 0)
            return true;
        chunk.integer(1, importId);
        chunk.integer(2, (seq - 1) / SessionChunk::kMaxSessions);
        chunk.integer(3, pending.size());
        chunk.integer(4, pending.firstDay());
        chunk.integer(5, pending.lastDay());
        const QByteArray data = pending.take();
        chunk.blob(6, data);
        return chunk.exec() == SQLITE_DONE;
    };
    while (read.next()) {
        if (read.int64(0) != importId) {
            if (!flush() || (keys && keys->flush()))
                return conversionError(db);
            importId = read.int64(0);
            seq = 0;
            keys.emplace(keyRows, importId);
            if (keys->prepare())
                return conversionError(db);
        }
        SessionRecord r;
        r.source = read.str(1);
        r.visitorId = read.str(2);
        r.sessionKey = read.str(3);
        r.startUtc = read.int64(4);
        r.day = QDate::fromJulianDay(read.int64(5));
        if (!read.isNull(6))
            r.firstTime = read.int64(6) != 0;
        if (!read.isNull(7))
            r.visitNumber = read.int64(7);
        if (!read.isNull(8))
            r.durationS = read.dbl(8);
        if (!read.isNull(9))
            r.engagementS = read.dbl(9);
        if (!read.isNull(10))
            r.pageviews = int(read.int64(10));
        r.channel = read.str(11);
        // Version 2 stored no duplicates, so every key is new.
        bool added;
        if (!r.sessionKey.isEmpty()
            && keys->insert({ read.int64(5), SessionKey::hash(r.source, r.visitorId, r.sessionKey),
                                 SessionKey::check(r.source, r.visitorId, r.sessionKey) },
                seq, added))
            return conversionError(db);
        pending.add(r);
        ++seq;
        if (pending.size() >= SessionChunk::kMaxSessions && !flush())
            return conversionError(db);
    }
    read.reset();
    if (!flush() || (keys && keys->flush()))
        return conversionError(db);
    return {};
}

// Version 2's one row per (day, source, import, seconds), repacked as one histogram per (day, source, import).
Status packDurations(sqlite3 *db)
{
    SqliteStatement read, write;
    if (!read.prepare(db,
            "SELECT day, source, import_id, duration_s, visits FROM visitor_daily_durations"
            " ORDER BY day, source, import_id, duration_s")
        || !write.prepare(
            db, "INSERT INTO visitor_duration_histograms (day, source, import_id, histogram) VALUES (?,?,?,?)"))
        return conversionError(db);
    DurationHistogram::Pairs pairs;
    qint64 day = 0, importId = 0;
    QString source;
    auto flush = [&]() -> bool {
        if (pairs.empty())
            return true;
        const QByteArray blob = DurationHistogram::encode(pairs);
        pairs.clear();
        write.integer(1, day);
        write.text(2, source.toUtf8());
        write.integer(3, importId);
        write.blob(4, blob);
        return write.exec() == SQLITE_DONE;
    };
    while (read.next()) {
        const QString src = read.str(1);
        if (pairs.empty() || read.int64(0) != day || src != source || read.int64(2) != importId) {
            if (!flush())
                return conversionError(db);
            day = read.int64(0);
            source = src;
            importId = read.int64(2);
        }
        pairs.emplace_back(read.int64(3), read.int64(4));
    }
    read.reset();
    if (!flush())
        return conversionError(db);
    return {};
}

} // namespace

// Version 5: sessions packed a few thousand to a row, their keys in a table of their own, durations as one
// histogram per day. An import of a million sessions wrote a million session rows, a unique index entry each
// and hundreds of thousands of duration rows; now it writes a few hundred packed rows, a few hundred sorted
// key arrays and a histogram per day (sessionstore.cpp, sessionkeyindex.cpp).
Status Migrations::packVisitorStorage(QSqlDatabase &db)
{
    if (Status s = Sql::execAll(db,
            {
                u"CREATE TABLE visitor_session_chunks ("
                "  id INTEGER PRIMARY KEY,"
                "  import_id INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE,"
                "  chunk_no INTEGER NOT NULL," // the sessions of import_id numbered from chunk_no * 4096
                "  sessions INTEGER NOT NULL,"
                "  day_from INTEGER NOT NULL,"
                "  day_to INTEGER NOT NULL,"
                "  data BLOB NOT NULL," // SessionChunk format, visitors/sessionchunk.h
                "  UNIQUE (import_id, chunk_no))"_s,
                // The keys of the stored sessions that have a session key, as sorted arrays per day and
                // import (SessionKeyIndex format, visitors/sessionkeyindex.h); an import may write several
                // rows for one day.
                u"CREATE TABLE visitor_session_keys ("
                "  id INTEGER PRIMARY KEY,"
                "  day INTEGER NOT NULL,"
                "  import_id INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE,"
                "  keys BLOB NOT NULL)"_s,
                u"CREATE INDEX visitor_session_keys_day ON visitor_session_keys(day)"_s,
                u"CREATE INDEX visitor_session_keys_import ON visitor_session_keys(import_id)"_s,
                // Per local day, source and import: DurationHistogram format, visitors/durationhistogram.h.
                u"CREATE TABLE visitor_duration_histograms ("
                "  day INTEGER NOT NULL,"
                "  source TEXT NOT NULL,"
                "  import_id INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE,"
                "  histogram BLOB NOT NULL,"
                "  PRIMARY KEY (day, source, import_id)) WITHOUT ROWID"_s,
                u"CREATE INDEX visitor_duration_histograms_import ON visitor_duration_histograms(import_id)"_s,
            }))
        return s;
    sqlite3 *h = Sql::handle(db);
    if (Status s = packSessions(h))
        return s;
    if (Status s = packDurations(h))
        return s;
    return Sql::execAll(db, { u"DROP TABLE visitor_sessions"_s, u"DROP TABLE visitor_daily_durations"_s });
}

// Version 8: how many sessions of a file an import refused as duplicates of sessions an earlier import
// (stored_by) stores. They are that later file's data too: removing the earlier import is refused while the
// later one is there (workspace/importremoval.cpp). PostgreSQL: schema/5/10-visitors.sql.
Status Migrations::addSharedSessions(QSqlDatabase &db)
{
    return Sql::execAll(db,
        {
            u"CREATE TABLE visitor_shared_sessions ("
            "  import_id INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE,"
            "  stored_by INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE,"
            "  sessions INTEGER NOT NULL,"
            "  PRIMARY KEY (import_id, stored_by)) WITHOUT ROWID"_s,
            u"CREATE INDEX visitor_shared_sessions_stored_by ON visitor_shared_sessions(stored_by)"_s,
        });
}
