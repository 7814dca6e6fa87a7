// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "storage/importservice.h"
#include "storage/sqlite/sqliteports.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QTimeZone>

#include <memory>

// A workspace is one SQLite file (WAL, foreign keys, secure_delete, busy timeout), its schema versioned by
// PRAGMA user_version. Each thread talks to it through its own connection: the thread that opened the
// workspace uses db(); worker threads open a WorkspaceConnection for the duration of their work.
class Workspace
{
    Q_DECLARE_TR_FUNCTIONS(Workspace)

public:
    ~Workspace();
    Workspace(const Workspace &) = delete;
    Workspace &operator=(const Workspace &) = delete;

    // Opens (creating if missing) and migrates to the latest schema.
    static Expected<std::shared_ptr<Workspace>> open(const QString &path);
    // Opens without migrating past `version` (tests of migrations only).
    static Expected<std::shared_ptr<Workspace>> openAtVersion(const QString &path, int version);

    QString path() const { return m_path; }
    QSqlDatabase db() const; // the opening thread's connection

    // The areas' ports, on the opening thread's connection (created on first use, gone with the workspace).
    VisitorStore &visitors() const { return m_ports.visitors(db()); }
    CookieRegister &cookies() const { return m_ports.cookies(db()); }
    ChatArchive &chats() const { return m_ports.chats(db()); }
    // The imports history, newest first.
    QList<ImportReport> history() const;

    // The storage libraries Kapsel runs with, for the About box ("SQLite 3.40.1", "libpq 15.18").
    static QStringList libraryVersions();

    // Workspace settings stored in the file (meta table).
    QString setting(const QString &key, const QString &fallback = {}) const;
    Status setSetting(const QString &key, const QString &value);
    QTimeZone timeZone() const; // default Europe/Oslo
    Status setTimeZone(const QByteArray &ianaId);

    // Opens a configured connection with a unique name. Callers remove it with closeConnection().
    static Expected<QSqlDatabase> openConnection(const QString &path);
    static void closeConnection(QSqlDatabase &db);

private:
    explicit Workspace(QString path);

    QString m_path;
    QString m_connectionName;
    mutable SqlitePorts m_ports;
};

// RAII connection for a worker thread.
class WorkspaceConnection
{
public:
    explicit WorkspaceConnection(const QString &path);
    ~WorkspaceConnection();
    WorkspaceConnection(const WorkspaceConnection &) = delete;
    WorkspaceConnection &operator=(const WorkspaceConnection &) = delete;

    bool isOpen() const { return m_error.reason.isEmpty(); }
    const Error &error() const { return m_error; }
    QSqlDatabase &db() { return m_db; }
    // The areas' ports on this connection, as on Workspace.
    VisitorStore &visitors() { return m_ports.visitors(m_db); }
    CookieRegister &cookies() { return m_ports.cookies(m_db); }
    ChatArchive &chats() { return m_ports.chats(m_db); }

private:
    QSqlDatabase m_db;
    Error m_error;
    SqlitePorts m_ports;
};
