// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "visitors/sessionsink.h"

#include <QSqlDatabase>

#include <memory>

class ImportContext;

// Opens the storage sink for visitor imports on `db` (inside the import's transaction). It writes session
// and aggregate rows with prepared statements on the raw sqlite3 handle, skips duplicates of a stored
// session (same source, visitor and session key) with a reason, counts ctx.rowsStored, and accumulates the
// daily rollups in memory; finish() writes them. ctx.importId and ctx.timeZone must be set.
std::unique_ptr<SessionSink> openSessionStore(QSqlDatabase &db, ImportContext &ctx);

// For writers that are not file imports (the demo, tests, benchmarks): records an `imports` row of kind
// "visitors" inside the caller's transaction and returns its id.
Expected<qint64> recordVisitorImport(
    QSqlDatabase &db, const QString &fileName, const QString &format, const QString &sha256);
// Stores the counts of `ctx` on its imports row (what ImportService does for file imports).
Status finishVisitorImport(QSqlDatabase &db, const ImportContext &ctx);
