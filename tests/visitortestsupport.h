// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importers/importcontext.h"
#include "storage/sqlite/sqlitesessionsink.h"
#include "storage/sqlite/sql.h"
#include "sqlitetestsupport.h"

#include <QTemporaryDir>
#include <QTest>

#include <functional>

// Writes records through the real storage sink, inside a transaction, as ImportService would.
namespace VisitorTestSupport {

inline Status writeImport(SqliteWorkspace &ws, const QString &sha, const std::function<Status(SessionSink &)> &write,
    ImportContext *ctxOut = nullptr, bool commit = true)
{
    QSqlDatabase db = ws.db();
    if (Status s = Sql::beginWrite(db))
        return s;
    auto id = recordVisitorImport(db, sha, QStringLiteral("test"), sha);
    if (!id) {
        Sql::rollback(db);
        return id.error();
    }
    ImportContext ctx;
    ctx.fileName = sha;
    ctx.importId = *id;
    ctx.timeZone = ws.timeZone();
    auto sink = openSessionStore(db, ctx);
    if (!sink) {
        Sql::rollback(db);
        return Error { sha, 0, QStringLiteral("no sink") };
    }
    Status s = write(*sink);
    if (!s)
        s = sink->finish();
    sink.reset();
    if (ctxOut)
        *ctxOut = ctx;
    if (s || !commit) {
        Sql::rollback(db);
        return s;
    }
    return Sql::commit(db);
}

} // namespace VisitorTestSupport
