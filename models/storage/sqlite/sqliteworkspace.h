// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/sqlite/sqliteports.h"
#include "workspace/workspace.h"

#include <QSqlDatabase>

// A workspace in one SQLite file (WAL, foreign keys, secure_delete, busy timeout), its schema versioned by
// PRAGMA user_version (storage/sqlite/migrations.h). Each object is one connection of its own, with a unique
// name, closed with the object.
class SqliteWorkspace final : public Workspace
{
    Q_DECLARE_TR_FUNCTIONS(SqliteWorkspace)

public:
    ~SqliteWorkspace() override;

    // Opens (creating if missing, and the folder too) and migrates to the latest schema.
    static Expected<std::shared_ptr<SqliteWorkspace>> open(const QString &path);
    // Opens without migrating past `version` (tests of migrations only).
    static Expected<std::shared_ptr<SqliteWorkspace>> openAtVersion(const QString &path, int version);
    // Another connection, without migrating (a worker thread's).
    static Expected<std::unique_ptr<SqliteWorkspace>> connect(const QString &path);

    QString path() const { return location(); }
    QString displayName() const override { return location(); }
    QSqlDatabase db() const { return m_db; }

    VisitorStore &visitors() const override { return m_ports.visitors(m_db); }
    CookieRegister &cookies() const override { return m_ports.cookies(m_db); }
    ChatArchive &chats() const override { return m_ports.chats(m_db); }
    ImportLedger &ledger() const override { return m_ports.ledger(m_db); }
    WorkspaceSettings &settings() const override { return m_ports.settings(m_db); }
    ReportArchive &reports() const override { return m_ports.reports(m_db); }

    // BEGIN IMMEDIATE: takes the write lock now, waiting up to the busy timeout.
    Status beginWrite() override;
    Status commit() override;
    void rollback() override;

private:
    SqliteWorkspace(QString path, QSqlDatabase db);
    static Expected<QSqlDatabase> openConnection(const QString &path);

    QSqlDatabase m_db;
    mutable SqlitePorts m_ports;
};
