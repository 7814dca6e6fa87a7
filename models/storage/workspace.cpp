// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/workspace.h"

#include "storage/importhistory.h"
#include "storage/migrations.h"
#include "storage/sql.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <libpq-fe.h>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace {
QAtomicInteger<quint64> g_connectionCounter;

constexpr int kBusyTimeoutMs = 15000;
} // namespace

Workspace::Workspace(QString path)
    : m_path(std::move(path))
{ }

Workspace::~Workspace()
{
    m_ports.release(); // they hold copies of the connection, which is closed next
    if (!m_connectionName.isEmpty()) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            closeConnection(db);
        }
    }
}

Expected<QSqlDatabase> Workspace::openConnection(const QString &path)
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

void Workspace::closeConnection(QSqlDatabase &db)
{
    const QString name = db.connectionName();
    db.close();
    db = QSqlDatabase();
    if (!name.isEmpty())
        QSqlDatabase::removeDatabase(name);
}

Expected<std::shared_ptr<Workspace>> Workspace::open(const QString &path)
{
    return openAtVersion(path, Migrations::latestVersion());
}

Expected<std::shared_ptr<Workspace>> Workspace::openAtVersion(const QString &path, int version)
{
    const QFileInfo info(path);
    if (!info.absoluteDir().exists() && !QDir().mkpath(info.absolutePath()))
        return Error { path, 0, tr("cannot create the folder %1").arg(info.absolutePath()) };
    auto db = openConnection(path);
    if (!db)
        return db.error();
    std::shared_ptr<Workspace> ws(new Workspace(path));
    ws->m_connectionName = db->connectionName();
    if (Status s = Migrations::migrate(*db, version)) {
        Error e = *s;
        if (e.file.isEmpty())
            e.file = path;
        return e;
    }
    return ws;
}

QSqlDatabase Workspace::db() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QList<ImportReport> Workspace::history() const
{
    QSqlDatabase connection = db();
    return ImportHistory::list(connection);
}

QStringList Workspace::libraryVersions()
{
    const int pq = PQlibVersion(); // e.g. 150018
    return { u"SQLite %1"_s.arg(QString::fromLatin1(sqlite3_libversion())),
        u"libpq %1.%2"_s.arg(pq / 10000).arg(pq % 10000) };
}

QString Workspace::setting(const QString &key, const QString &fallback) const
{
    return Sql::meta(db(), key).value_or(fallback);
}

Status Workspace::setSetting(const QString &key, const QString &value)
{
    if (Status s = Sql::setMeta(db(), key, value))
        return Error { m_path, 0, s->reason };
    return {};
}

QTimeZone Workspace::timeZone() const
{
    return Sql::timeZone(db());
}

Status Workspace::setTimeZone(const QByteArray &ianaId)
{
    if (!QTimeZone(ianaId).isValid())
        return Error { {}, 0, tr("unknown time zone %1").arg(QString::fromUtf8(ianaId)) };
    return setSetting(u"time_zone"_s, QString::fromUtf8(ianaId));
}

WorkspaceConnection::WorkspaceConnection(const QString &path)
{
    auto db = Workspace::openConnection(path);
    if (db)
        m_db = *db;
    else
        m_error = db.error();
}

WorkspaceConnection::~WorkspaceConnection()
{
    m_ports.release(); // they hold copies of the connection, which is closed next
    if (m_db.isValid())
        Workspace::closeConnection(m_db);
}
