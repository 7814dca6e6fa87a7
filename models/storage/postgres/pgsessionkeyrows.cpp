// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/postgres/pgsessionkeyrows.h"

#include "storage/postgres/pgbinaryrows.h"
#include "storage/postgres/pgconnection.h"

#include <algorithm>

Status PgSessionKeyRows::beforeStatement()
{
    return m_before ? m_before() : Status {};
}

Status PgSessionKeyRows::days(std::unordered_set<qint64> &out)
{
    if (Status s = beforeStatement())
        return s;
    auto r = m_conn.exec("SELECT DISTINCT day FROM visitor_session_keys");
    if (!r)
        return r.error();
    for (int i = 0; i < r->rows(); ++i)
        out.insert(r->integer(i, 0));
    return {};
}

Status PgSessionKeyRows::rows(const QByteArray &sql, qint64 parameter, const std::function<void(const Row &)> &each)
{
    if (Status s = beforeStatement())
        return s;
    auto r = m_conn.exec(sql, { QByteArray::number(parameter) });
    if (!r)
        return r.error();
    for (int i = 0; i < r->rows(); ++i)
        each(Row { r->integer(i, 0), r->integer(i, 1), r->integer(i, 2), r->bytes(i, 3) });
    return {};
}

Status PgSessionKeyRows::rowsOfDay(qint64 day, const std::function<void(const Row &)> &each)
{
    return rows("SELECT id, day, import_id, keys FROM visitor_session_keys WHERE day = $1", day, each);
}

Status PgSessionKeyRows::rowsOfImport(qint64 importId, const std::function<void(const Row &)> &each)
{
    return rows("SELECT id, day, import_id, keys FROM visitor_session_keys WHERE import_id = $1", importId, each);
}

Expected<QByteArray> PgSessionKeyRows::keysOf(qint64 rowId)
{
    QByteArray out;
    if (Status s = rows("SELECT id, day, import_id, keys FROM visitor_session_keys WHERE id = $1", rowId,
            [&](const Row &row) { out = row.keys; }))
        return *s;
    return out;
}

Status PgSessionKeyRows::rewrite(qint64 rowId, const QByteArray &keys)
{
    if (Status s = beforeStatement())
        return s;
    return m_conn.run("UPDATE visitor_session_keys SET keys = $2::bytea WHERE id = $1",
        { QByteArray::number(rowId), PgResult::byteaParameter(keys) });
}

// Ids from the table's sequence: as many as the rows when they are stored here, a block when they go to `write`.
Status PgSessionKeyRows::assignIds(std::vector<Row> &rows)
{
    if (m_ids.size() - m_nextId < rows.size()) {
        const qint64 count = qint64(m_write ? std::max(rows.size(), kIdBlock) : rows.size());
        if (Status s = beforeStatement())
            return s;
        auto ids = m_conn.exec("SELECT nextval(pg_get_serial_sequence('visitor_session_keys', 'id'))"
                               " FROM generate_series(1, $1)",
            { QByteArray::number(count) });
        if (!ids)
            return ids.error();
        if (ids->rows() != count)
            return Error { {}, 0, QStringLiteral("the server gave %1 ids for %2 rows").arg(ids->rows()).arg(count) };
        m_ids.assign(size_t(count), 0);
        for (int i = 0; i < ids->rows(); ++i)
            m_ids[size_t(i)] = ids->integer(i, 0);
        m_nextId = 0;
    }
    for (Row &row : rows)
        row.id = m_ids[m_nextId++];
    return {};
}

void PgSessionKeyRows::encode(const Row &row, PgBinaryRows &out)
{
    out.fields(4);
    out.int8(row.id);
    out.int4(qint32(row.day));
    out.int8(row.importId);
    out.bytes(row.keys);
}

Status PgSessionKeyRows::insert(std::vector<Row> &rows)
{
    if (rows.empty())
        return {};
    if (Status s = assignIds(rows))
        return s;
    if (m_write)
        return m_write(rows);
    PgBinaryRows out;
    for (const Row &row : rows)
        encode(row, out);
    return copyBinary(m_conn, kCopyStatement, out);
}
