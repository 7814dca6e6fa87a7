// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sqlite/migrations.h"
#include "storage/sqlite/sql.h"

using namespace Qt::StringLiterals;

Status Migrations::createFoundationSchema(QSqlDatabase &db)
{
    return Sql::execAll(db,
        {
            u"CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
            // One row per accepted import. sha256 is of the file's bytes, so the same content is never
            // counted twice whatever the file is called.
            u"CREATE TABLE imports ("
            "  id INTEGER PRIMARY KEY,"
            "  file_name TEXT NOT NULL,"
            "  sha256 TEXT NOT NULL UNIQUE,"
            "  kind TEXT NOT NULL," // visitors | cookies | chats
            "  format TEXT NOT NULL," // importer name, e.g. ga4-ndjson
            "  rows_read INTEGER NOT NULL DEFAULT 0,"
            "  rows_stored INTEGER NOT NULL DEFAULT 0,"
            "  rows_skipped INTEGER NOT NULL DEFAULT 0,"
            "  started_at TEXT NOT NULL," // ISO 8601 UTC
            "  finished_at TEXT,"
            "  os_user TEXT NOT NULL,"
            "  notes TEXT NOT NULL DEFAULT '')"_s,
            u"CREATE TABLE import_skips ("
            "  import_id INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE,"
            "  reason TEXT NOT NULL,"
            "  count INTEGER NOT NULL,"
            "  first_line INTEGER NOT NULL DEFAULT 0,"
            "  PRIMARY KEY (import_id, reason))"_s,
        });
}
