// SPDX-License-Identifier: GPL-3.0-or-later
// Where a workspace's location chooses its backend: a PostgreSQL URI opens a team workspace, anything else a
// SQLite file. The only place above the backends that knows them.
#include "workspace/workspace.h"
#include "workspace/workspacewatcher.h"

#include "storage/postgres/pgconnection.h"
#include "storage/postgres/pgworkspace.h"
#include "storage/postgres/pgworkspacewatcher.h"
#include "storage/sqlite/sqliteworkspace.h"

#include <libpq-fe.h>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

bool Workspace::isServerLocation(const QString &location)
{
    return PgConnection::isUri(location);
}

void Workspace::rememberPassword(const QString &location, const QByteArray &password)
{
    if (isServerLocation(location))
        PgConnection::rememberPassword(location, password);
}

namespace {
// A backend's workspace, opened or refused, as the abstract Workspace (shared_ptr or unique_ptr alike).
template <template <typename...> class Ptr, typename Backend>
Expected<Ptr<Workspace>> asWorkspace(Expected<Ptr<Backend>> opened)
{
    if (!opened)
        return opened.error();
    return Ptr<Workspace>(std::move(*opened));
}
} // namespace

Expected<std::shared_ptr<Workspace>> Workspace::open(const QString &location)
{
    return isServerLocation(location) ? asWorkspace(PgWorkspace::open(location))
                                      : asWorkspace(SqliteWorkspace::open(location));
}

Expected<std::unique_ptr<Workspace>> Workspace::connect(const QString &location)
{
    return isServerLocation(location) ? asWorkspace(PgWorkspace::connect(location))
                                      : asWorkspace(SqliteWorkspace::connect(location));
}

QStringList Workspace::libraryVersions()
{
    const int pq = PQlibVersion(); // e.g. 150018
    return { u"SQLite %1"_s.arg(QString::fromLatin1(sqlite3_libversion())),
        u"libpq %1.%2"_s.arg(pq / 10000).arg(pq % 10000) };
}

WorkspaceWatcher *WorkspaceWatcher::watch(const QString &location, QObject *parent)
{
    if (Workspace::isServerLocation(location))
        return PgWorkspaceWatcher::create(location, parent);
    return nullptr;
}
