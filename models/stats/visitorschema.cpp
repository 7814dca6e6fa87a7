// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/migrations.h"
#include "storage/sql.h"

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
