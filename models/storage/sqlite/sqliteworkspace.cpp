// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sqlite/sqliteworkspace.h"

#include "storage/sqlite/migrations.h"
#include "storage/sqlite/sql.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace {
QAtomicInteger<quint64> g_connectionCounter;

constexpr int kBusyTimeoutMs = 15000;
} // namespace

SqliteWorkspace::SqliteWorkspace(QString path, QSqlDatabase db)
    : Workspace(std::move(path))
    , m_db(std::move(db))
{ }

SqliteWorkspace::~SqliteWorkspace()
{
    m_ports.release(); // they hold copies of the connection, which is closed next
    const QString name = m_db.connectionName();
    m_db.close();
    m_db = QSqlDatabase();
    if (!name.isEmpty())
        QSqlDatabase::removeDatabase(name);
}

Expected<QSqlDatabase> SqliteWorkspace::openConnection(const QString &path)
{
    const QString name = u"kapsel-%1"_s.arg(g_connectionCounter.fetchAndAddRelaxed(1));
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    db.setDatabaseName(path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(kBusyTimeoutMs));
    if (!db.open()) {
        const QString reason = tr("cannot open the workspace: %1").arg(Sql::error(db).reason);
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return Error { path, 0, reason };
    }
    // WAL lets readers go on while one import writes; secure_delete overwrites deleted content;
    // temp_store=MEMORY keeps sorts and temporary tables (which may hold chat text) off the disk.
    const QStringList pragmas
        = { u"PRAGMA foreign_keys=ON"_s, u"PRAGMA secure_delete=ON"_s, u"PRAGMA temp_store=MEMORY"_s,
              u"PRAGMA synchronous=NORMAL"_s, u"PRAGMA busy_timeout=%1"_s.arg(kBusyTimeoutMs) };
    QSqlQuery q(db);
    if (!q.exec(u"PRAGMA journal_mode=WAL"_s) || !q.next()
        || q.value(0).toString().compare(u"wal"_s, Qt::CaseInsensitive) != 0) {
        const QString reason = q.lastError().isValid() ? tr("cannot open the workspace: %1").arg(Sql::error(q).reason)
                                                       : tr("this file is not a Kapsel workspace or cannot be written");
        q = QSqlQuery();
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return Error { path, 0, reason };
    }
    for (const QString &p : pragmas)
        q.exec(p);
    return db;
}

Expected<std::shared_ptr<SqliteWorkspace>> SqliteWorkspace::open(const QString &path)
{
    return openAtVersion(path, Migrations::latestVersion());
}

Expected<std::shared_ptr<SqliteWorkspace>> SqliteWorkspace::openAtVersion(const QString &path, int version)
{
    const QFileInfo info(path);
    if (!info.absoluteDir().exists() && !QDir().mkpath(info.absolutePath()))
        return Error { path, 0, tr("cannot create the folder %1").arg(info.absolutePath()) };
    auto db = openConnection(path);
    if (!db)
        return db.error();
    std::shared_ptr<SqliteWorkspace> ws(new SqliteWorkspace(path, *db));
    if (Status s = Migrations::migrate(ws->m_db, version)) {
        Error e = *s;
        if (e.file.isEmpty())
            e.file = path;
        return e;
    }
    return ws;
}

Expected<std::unique_ptr<SqliteWorkspace>> SqliteWorkspace::connect(const QString &path)
{
    auto db = openConnection(path);
    if (!db)
        return db.error();
    return std::unique_ptr<SqliteWorkspace>(new SqliteWorkspace(path, *db));
}

Status SqliteWorkspace::beginWrite()
{
    return Sql::beginWrite(m_db);
}

Status SqliteWorkspace::commit()
{
    return Sql::commit(m_db);
}

void SqliteWorkspace::rollback()
{
    Sql::rollback(m_db);
}
