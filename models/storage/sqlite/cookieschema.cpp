// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sqlite/migrations.h"
#include "storage/sqlite/sql.h"

using namespace Qt::StringLiterals;

// Cookie values are personal data: no table has a column for them. Observations keep names and attributes.
Status Migrations::createCookieSchema(QSqlDatabase &db)
{
    return Sql::execAll(db,
        {
            // The declaration: what the company says it sets. suggested = 1 while the row's texts come from the
            // knowledge base and the privacy officer has not accepted them yet.
            u"CREATE TABLE cookie_inventory ("
            "  id INTEGER PRIMARY KEY,"
            "  name TEXT NOT NULL,"
            "  domain TEXT NOT NULL DEFAULT '',"
            "  path TEXT NOT NULL DEFAULT '/',"
            "  category TEXT NOT NULL DEFAULT 'unclassified',"
            "  purpose_nb TEXT NOT NULL DEFAULT '',"
            "  purpose_en TEXT NOT NULL DEFAULT '',"
            "  supplier TEXT NOT NULL DEFAULT '',"
            "  tool TEXT NOT NULL DEFAULT '',"
            "  retention TEXT NOT NULL DEFAULT ''," // as declared, e.g. '2 years', 'session'
            "  party TEXT NOT NULL DEFAULT ''," // first | third | ''
            "  suggested INTEGER NOT NULL DEFAULT 0,"
            "  import_id INTEGER REFERENCES imports(id) ON DELETE SET NULL,"
            "  UNIQUE (name, domain))"_s,
            // One scan per import of observations (HAR, inspection.json, cookies.sqlite, observed-cookies CSV).
            u"CREATE TABLE cookie_scans ("
            "  id INTEGER PRIMARY KEY,"
            "  import_id INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE,"
            "  site TEXT NOT NULL DEFAULT '',"
            "  scanned_at TEXT NOT NULL," // ISO 8601 UTC
            "  source TEXT NOT NULL)"_s, // importer name
            u"CREATE TABLE cookie_observations ("
            "  id INTEGER PRIMARY KEY,"
            "  scan_id INTEGER NOT NULL REFERENCES cookie_scans(id) ON DELETE CASCADE,"
            "  name TEXT NOT NULL,"
            "  domain TEXT NOT NULL,"
            "  path TEXT NOT NULL DEFAULT '/',"
            "  retention_s INTEGER," // NULL = session cookie or unknown (see session)
            "  session INTEGER NOT NULL DEFAULT 0,"
            "  expires_at TEXT,"
            "  http_only INTEGER," // NULL = not known from this source
            "  secure INTEGER,"
            "  same_site TEXT NOT NULL DEFAULT '',"
            "  party TEXT NOT NULL DEFAULT '',"
            "  via TEXT NOT NULL DEFAULT ''," // set-cookie | request | script | browser | csv
            "  first_seen TEXT,"
            "  last_seen TEXT,"
            "  UNIQUE (scan_id, name, domain, path))"_s,
            u"CREATE INDEX cookie_observations_name ON cookie_observations(name)"_s,
            // Imported knowledge (Open Cookie Database); the built-in knowledge lives in code.
            u"CREATE TABLE cookie_knowledge ("
            "  id INTEGER PRIMARY KEY,"
            "  import_id INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE,"
            "  ext_id TEXT NOT NULL DEFAULT '',"
            "  name TEXT NOT NULL,"
            "  is_prefix INTEGER NOT NULL DEFAULT 0,"
            "  domain TEXT NOT NULL DEFAULT '',"
            "  platform TEXT NOT NULL DEFAULT '',"
            "  category TEXT NOT NULL DEFAULT 'unclassified',"
            "  supplier TEXT NOT NULL DEFAULT '',"
            "  retention TEXT NOT NULL DEFAULT '',"
            "  purpose_en TEXT NOT NULL DEFAULT '',"
            "  purpose_nb TEXT NOT NULL DEFAULT '')"_s,
            u"CREATE INDEX cookie_knowledge_name ON cookie_knowledge(name)"_s,
        });
}

// Version 6: what a live scan of a site adds (models/cookies/cookierecords.h). An observation is one per consent
// phase and kind (cookie, localStorage, sessionStorage) of an item, so the unique key changes: SQLite cannot
// change a table's constraint, so the table is rebuilt with its rows; files' observations get phase '' and kind
// 'cookie'. The events of a scan (pages, consent clicks, missing buttons, ...) get a table of their own.
Status Migrations::addLiveScanColumns(QSqlDatabase &db)
{
    return Sql::execAll(db,
        {
            u"CREATE TABLE cookie_observations_v6 ("
            "  id INTEGER PRIMARY KEY,"
            "  scan_id INTEGER NOT NULL REFERENCES cookie_scans(id) ON DELETE CASCADE,"
            "  name TEXT NOT NULL,"
            "  domain TEXT NOT NULL,"
            "  path TEXT NOT NULL DEFAULT '/',"
            "  retention_s INTEGER," // NULL = session cookie or unknown (see session)
            "  session INTEGER NOT NULL DEFAULT 0,"
            "  expires_at TEXT,"
            "  http_only INTEGER," // NULL = not known from this source
            "  secure INTEGER,"
            "  same_site TEXT NOT NULL DEFAULT '',"
            "  party TEXT NOT NULL DEFAULT '',"
            "  via TEXT NOT NULL DEFAULT ''," // set-cookie | request | script | browser | csv
            "  first_seen TEXT,"
            "  last_seen TEXT,"
            "  kind TEXT NOT NULL DEFAULT 'cookie'," // cookie | localStorage | sessionStorage
            "  phase TEXT NOT NULL DEFAULT ''," // before | accept | reject; '' = not from a live scan
            "  page TEXT NOT NULL DEFAULT ''," // the page the phase first saw it on
            "  set_by TEXT NOT NULL DEFAULT ''," // the response or script that set it
            "  initiator TEXT NOT NULL DEFAULT ''," // what made that request
            "  partitioned INTEGER," // NULL = not known from this source
            "  value_length INTEGER," // the value's length; the value itself is never stored
            "  looks_like_id INTEGER NOT NULL DEFAULT 0,"
            "  UNIQUE (scan_id, phase, kind, name, domain, path))"_s,
            u"INSERT INTO cookie_observations_v6 (id, scan_id, name, domain, path, retention_s, session, expires_at,"
            " http_only, secure, same_site, party, via, first_seen, last_seen)"
            " SELECT id, scan_id, name, domain, path, retention_s, session, expires_at, http_only, secure, same_site,"
            " party, via, first_seen, last_seen FROM cookie_observations"_s,
            u"DROP TABLE cookie_observations"_s,
            u"ALTER TABLE cookie_observations_v6 RENAME TO cookie_observations"_s,
            u"CREATE INDEX cookie_observations_name ON cookie_observations(name)"_s,
            u"CREATE TABLE cookie_scan_events ("
            "  id INTEGER PRIMARY KEY," // the order the scan reported them in
            "  scan_id INTEGER NOT NULL REFERENCES cookie_scans(id) ON DELETE CASCADE,"
            "  phase TEXT NOT NULL DEFAULT '',"
            "  kind TEXT NOT NULL," // page | timeout | redirect | consent-click | consent-missing | ...
            "  page TEXT NOT NULL DEFAULT '',"
            "  subject TEXT NOT NULL DEFAULT '',"
            "  detail TEXT NOT NULL DEFAULT '')"_s,
            u"CREATE INDEX cookie_scan_events_scan ON cookie_scan_events(scan_id)"_s,
        });
}
