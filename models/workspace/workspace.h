// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "workspace/importledger.h"
#include "workspace/workspaceaccess.h"
#include "workspace/workspacesettings.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <memory>

class ChatArchive;
class CookieRegister;
class ReportArchive;
class VisitorStore;

// An opened workspace: one connection to where Kapsel keeps a website's data, a SQLite file (the default) or
// a team workspace on PostgreSQL. It hands out the areas' ports and the workspace's own ones (the import
// history, the settings), all on this connection, and runs write transactions on it. A connection belongs to
// the thread that opened it: a worker thread opens its own with connect().
//
// The backends (models/storage/) implement it; open() and connect() choose one from the location.
class Workspace
{
    Q_DECLARE_TR_FUNCTIONS(Workspace)

public:
    virtual ~Workspace();
    Workspace(const Workspace &) = delete;
    Workspace &operator=(const Workspace &) = delete;

    // Opens a workspace, creating it and bringing its schema to this Kapsel's version: a file path, or a
    // PostgreSQL URI (postgresql://user@host:port/dbname, postgresql:///dbname?host=/run/postgresql).
    static Expected<std::shared_ptr<Workspace>> open(const QString &location);
    // Another connection to a workspace that open() has opened (and migrated), for a worker thread.
    static Expected<std::unique_ptr<Workspace>> connect(const QString &location);
    // A password the user typed for a server location, kept in memory for this run only (never in settings).
    static void rememberPassword(const QString &location, const QByteArray &password);
    // Whether a location names a team workspace on a server rather than a file.
    static bool isServerLocation(const QString &location);
    // The storage libraries Kapsel runs with, for the About box ("SQLite 3.40.1", "libpq 15.18").
    static QStringList libraryVersions();

    // As given to open(): what connect() takes. May hold a password: never show it, show displayName().
    QString location() const { return m_location; }
    // A file path, or the URI without its password.
    virtual QString displayName() const = 0;

    // The areas' ports and the workspace's own, on this connection (made on first use, gone with it).
    virtual VisitorStore &visitors() const = 0;
    virtual CookieRegister &cookies() const = 0;
    virtual ChatArchive &chats() const = 0;
    virtual ImportLedger &ledger() const = 0;
    virtual WorkspaceSettings &settings() const = 0;
    virtual ReportArchive &reports() const = 0; // the compliance reports made from it (their records)

    // What the current user may do with an area: on a file always everything; on a team workspace what the
    // owner granted (a view shows "no access" for None rather than failing).
    virtual AreaRight rightTo(ImportKind area) const;
    // Who may read and write which area; nullptr where the backend has no such control (a file).
    virtual WorkspaceAccess *access() const { return nullptr; }

    // A write transaction: taken at once (waiting a bounded time for another writer, then "busy, try again"),
    // so that a second writer waits or is told rather than failing half-way. Nothing is kept until commit().
    virtual Status beginWrite() = 0;
    virtual Status commit() = 0;
    virtual void rollback() = 0;

    // Conveniences over the ports.
    QList<ImportReport> history() const; // newest first; empty when it cannot be read
    QString setting(const QString &key, const QString &fallback = {}) const;
    Status setSetting(const QString &key, const QString &value);
    QTimeZone timeZone() const; // default Europe/Oslo
    Status setTimeZone(const QByteArray &ianaId);

protected:
    explicit Workspace(QString location);

private:
    QString m_location;
};
