// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/sqlite/sqlitestatement.h"
#include "visitors/sessionkeyindex.h"

#include <optional>

struct sqlite3;

// The stored session keys (visitor_session_keys) of a SQLite workspace, for SessionKeyIndex.
class SqliteSessionKeyRows final : public SessionKeyRows
{
public:
    explicit SqliteSessionKeyRows(sqlite3 *db)
        : m_db(db)
    { }

    Status days(std::unordered_set<qint64> &out) override;
    Status rowsOfDay(qint64 day, const std::function<void(const Row &)> &each) override;
    Status rowsOfImport(qint64 importId, const std::function<void(const Row &)> &each) override;
    Expected<QByteArray> keysOf(qint64 rowId) override;
    Status rewrite(qint64 rowId, const QByteArray &keys) override;
    Status insert(std::vector<Row> &rows) override;

private:
    // Runs `q` (prepared from `sql` on first use) with its one parameter, if any, and calls `each` per row.
    Status query(
        SqliteStatement &q, const char *sql, std::optional<qint64> parameter, const std::function<void()> &each);

    sqlite3 *m_db;
    SqliteStatement m_days, m_ofDay, m_ofImport, m_keysOf, m_rewrite, m_insert;
};
