// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// For tests that look into a SQLite workspace's tables: a connection of their own, as a worker thread opens it.
#include "storage/sqlite/sqliteworkspace.h"

class SqliteTestConnection
{
public:
    explicit SqliteTestConnection(const QString &path)
    {
        auto c = SqliteWorkspace::connect(path);
        if (c) {
            m_ws = std::move(*c);
            m_db = m_ws->db();
        } else {
            m_error = c.error();
        }
    }
    ~SqliteTestConnection() { m_db = QSqlDatabase(); }

    bool isOpen() const { return m_ws != nullptr; }
    const Error &error() const { return m_error; }
    QSqlDatabase &db() { return m_db; }
    SqliteWorkspace &workspace() { return *m_ws; }

private:
    std::unique_ptr<SqliteWorkspace> m_ws;
    QSqlDatabase m_db;
    Error m_error;
};
