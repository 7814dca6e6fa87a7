// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>

#include <memory>

class ChatArchive;
class ImportLedger;
class ReportArchive;
class SqliteReportArchive;
class WorkspaceSettings;
class SqliteImportLedger;
class SqliteSettings;
class CookieRegister;
class SqliteChatArchive;
class SqliteCookieRegister;
class SqliteVisitorStore;
class VisitorStore;

// The ports on one SQLite connection, each made on first use. A SqliteWorkspace owns one set, and release()s it
// before it closes the connection the ports hold copies of.
class SqlitePorts
{
public:
    SqlitePorts();
    ~SqlitePorts();
    SqlitePorts(const SqlitePorts &) = delete;
    SqlitePorts &operator=(const SqlitePorts &) = delete;

    VisitorStore &visitors(const QSqlDatabase &db);
    CookieRegister &cookies(const QSqlDatabase &db);
    ChatArchive &chats(const QSqlDatabase &db);
    ImportLedger &ledger(const QSqlDatabase &db);
    WorkspaceSettings &settings(const QSqlDatabase &db);
    ReportArchive &reports(const QSqlDatabase &db);
    void release();

private:
    std::unique_ptr<SqliteVisitorStore> m_visitors;
    std::unique_ptr<SqliteCookieRegister> m_cookies;
    std::unique_ptr<SqliteChatArchive> m_chats;
    std::unique_ptr<SqliteImportLedger> m_ledger;
    std::unique_ptr<SqliteSettings> m_settings;
    std::unique_ptr<SqliteReportArchive> m_reports;
};
