// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>

#include <memory>

class ChatArchive;
class CookieRegister;
class SqliteChatArchive;
class SqliteCookieRegister;
class SqliteVisitorStore;
class VisitorStore;

// The areas' ports on one SQLite connection, each made on first use. Workspace and WorkspaceConnection each own
// one set, and release() it before they close the connection the ports hold copies of.
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
    void release();

private:
    std::unique_ptr<SqliteVisitorStore> m_visitors;
    std::unique_ptr<SqliteCookieRegister> m_cookies;
    std::unique_ptr<SqliteChatArchive> m_chats;
};
