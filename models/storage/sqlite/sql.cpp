// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sqlite/sql.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace {
struct SqlTr
{
    Q_DECLARE_TR_FUNCTIONS(Sql)
};

Q_LOGGING_CATEGORY(lcSql, "kapsel.sql", QtWarningMsg)

QString describeError(const QSqlError &e)
{
    bool ok = false;
    const int code = e.nativeErrorCode().toInt(&ok);
    // SQLite's own text names tables and columns, never bound values: it may go to the debug log, never
    // to the user, who gets a sentence to act on.
    qCDebug(lcSql) << "SQLite error" << e.nativeErrorCode() << e.text();
    return Sql::describe(ok ? code : SQLITE_ERROR);
}
} // namespace

QString Sql::describe(int sqliteCode)
{
    switch (sqliteCode & 0xFF) { // extended codes carry the primary code in their low byte
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return SqlTr::tr("the workspace is locked by another import or program; try again when it has finished");
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return SqlTr::tr("the workspace file is damaged or is not a Kapsel workspace");
    case SQLITE_FULL:
        return SqlTr::tr("the workspace could not be written: the disk is full");
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return SqlTr::tr("the workspace could not be written: it is read-only or you may not change it");
    case SQLITE_IOERR:
        return SqlTr::tr("the workspace could not be written: the disk reported an error");
    case SQLITE_CANTOPEN:
        return SqlTr::tr("the workspace could not be opened: the file or its folder cannot be reached");
    case SQLITE_NOMEM:
        return SqlTr::tr("the workspace could not be written: not enough memory");
    case SQLITE_INTERRUPT:
        return SqlTr::tr("the workspace operation was interrupted");
    default:
        //: %1 is SQLite's error number, for a bug report
        return SqlTr::tr("the workspace could not be written (internal error %1 in Kapsel; nothing was changed)")
            .arg(sqliteCode);
    }
}

Error Sql::error(sqlite3 *db, const QString &file)
{
    if (!db)
        return Error { file, 0, describe(SQLITE_MISUSE) };
    qCDebug(lcSql) << "SQLite error" << sqlite3_extended_errcode(db) << sqlite3_errmsg(db);
    return Error { file, 0, describe(sqlite3_errcode(db)) };
}

Error Sql::error(const QSqlQuery &q, const QString &file)
{
    return Error { file, 0, describeError(q.lastError()) };
}

Error Sql::error(const QSqlDatabase &db, const QString &file)
{
    return Error { file, 0, describeError(db.lastError()) };
}

std::optional<QString> Sql::meta(const QSqlDatabase &db, const QString &key)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT value FROM meta WHERE key = ?"_s);
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return std::nullopt;
}

Status Sql::setMeta(const QSqlDatabase &db, const QString &key, const QString &value)
{
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO meta(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s);
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec())
        return error(q);
    return {};
}

Status Sql::execAll(QSqlDatabase &db, const QStringList &statements)
{
    QSqlQuery q(db);
    for (const QString &s : statements) {
        if (!q.exec(s))
            return error(q);
    }
    return {};
}

Status Sql::beginWrite(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(u"BEGIN IMMEDIATE"_s))
        return error(q);
    return {};
}

Status Sql::commit(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(u"COMMIT"_s)) {
        Error e = error(q);
        rollback(db);
        return e;
    }
    return {};
}

void Sql::rollback(QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.exec(u"ROLLBACK"_s);
}

sqlite3 *Sql::handle(const QSqlDatabase &db)
{
    const QVariant v = db.driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(v.constData());
    return nullptr;
}
