// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sqlite/sqlitesessionkeyrows.h"

#include "storage/sqlite/sql.h"

#include <sqlite3.h>

Status SqliteSessionKeyRows::query(
    SqliteStatement &q, const char *sql, std::optional<qint64> parameter, const std::function<void()> &each)
{
    if (!q.isPrepared() && !q.prepare(m_db, sql))
        return Sql::error(m_db);
    if (parameter)
        q.integer(1, *parameter);
    int rc;
    while ((rc = q.step()) == SQLITE_ROW)
        each();
    q.reset();
    return rc == SQLITE_DONE ? Status {} : Status(Sql::error(m_db));
}

Status SqliteSessionKeyRows::days(std::unordered_set<qint64> &out)
{
    return query(
        m_days, "SELECT DISTINCT day FROM visitor_session_keys", std::nullopt, [&] { out.insert(m_days.int64(0)); });
}

Status SqliteSessionKeyRows::rowsOfDay(qint64 day, const std::function<void(const Row &)> &each)
{
    return query(m_ofDay, "SELECT id, import_id, keys FROM visitor_session_keys WHERE day = ?", day, [&] {
        each(Row { m_ofDay.int64(0), day, m_ofDay.int64(1), m_ofDay.blob(2) });
    });
}

Status SqliteSessionKeyRows::rowsOfImport(qint64 importId, const std::function<void(const Row &)> &each)
{
    return query(m_ofImport, "SELECT id, day, keys FROM visitor_session_keys WHERE import_id = ?", importId, [&] {
        each(Row { m_ofImport.int64(0), m_ofImport.int64(1), importId, m_ofImport.blob(2) });
    });
}

Expected<QByteArray> SqliteSessionKeyRows::keysOf(qint64 rowId)
{
    QByteArray out;
    if (Status s
        = query(m_keysOf, "SELECT keys FROM visitor_session_keys WHERE id = ?", rowId, [&] { out = m_keysOf.blob(0); }))
        return *s;
    return out;
}

Status SqliteSessionKeyRows::rewrite(qint64 rowId, const QByteArray &keys)
{
    if (!m_rewrite.isPrepared() && !m_rewrite.prepare(m_db, "UPDATE visitor_session_keys SET keys = ? WHERE id = ?"))
        return Sql::error(m_db);
    m_rewrite.blob(1, keys);
    m_rewrite.integer(2, rowId);
    return m_rewrite.exec() == SQLITE_DONE ? Status {} : Status(Sql::error(m_db));
}

Status SqliteSessionKeyRows::insert(std::vector<Row> &rows)
{
    if (!m_insert.isPrepared()
        && !m_insert.prepare(m_db, "INSERT INTO visitor_session_keys (day, import_id, keys) VALUES (?,?,?)"))
        return Sql::error(m_db);
    for (Row &row : rows) {
        m_insert.integer(1, row.day);
        m_insert.integer(2, row.importId);
        m_insert.blob(3, row.keys);
        if (m_insert.exec() != SQLITE_DONE)
            return Sql::error(m_db);
        row.id = sqlite3_last_insert_rowid(m_db);
    }
    return {};
}
