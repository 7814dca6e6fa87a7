// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>

#include <optional>

struct sqlite3;

// Small helpers shared by the SQLite backend.
namespace Sql {

Error error(const QSqlQuery &q, const QString &file = {});
Error error(const QSqlDatabase &db, const QString &file = {});
// For code that works on the raw handle (bulk paths).
Error error(sqlite3 *db, const QString &file = {});
// A sentence a user can act on for an SQLite result code; SQLite's own message (which may name tables and
// columns, and is English) goes to the debug log only, never to the user.
QString describe(int sqliteCode);
// The workspace's own settings (the meta table), read and written here only. Empty when the key is not set.
std::optional<QString> meta(const QSqlDatabase &db, const QString &key);
Status setMeta(const QSqlDatabase &db, const QString &key, const QString &value);
// Runs statements in order; stops at the first failure.
Status execAll(QSqlDatabase &db, const QStringList &statements);
// BEGIN IMMEDIATE: takes the write lock now (waiting up to the busy timeout), so a second writer waits
// or is told, rather than failing half-way.
Status beginWrite(QSqlDatabase &db);
Status commit(QSqlDatabase &db);
void rollback(QSqlDatabase &db);
// The raw sqlite3* behind a Qt connection, for bulk paths that need prepared statements without Qt's
// per-row overhead. Only valid while `db` is open.
sqlite3 *handle(const QSqlDatabase &db);

} // namespace Sql
