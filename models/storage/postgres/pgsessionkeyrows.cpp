// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/postgres/pgsessionkeyrows.h"

#include "storage/postgres/pgbinaryrows.h"
#include "storage/postgres/pgconnection.h"

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

Status PgSessionKeyRows::insert(std::vector<Row> &rows)
{
    if (rows.empty())
        return {};
    if (Status s = beforeStatement())
        return s;
    auto ids = m_conn.exec("SELECT nextval(pg_get_serial_sequence('visitor_session_keys', 'id'))"
                           " FROM generate_series(1, $1)",
        { QByteArray::number(qint64(rows.size())) });
    if (!ids)
        return ids.error();
    if (ids->rows() != int(rows.size()))
        return Error { {}, 0, QStringLiteral("the server gave %1 ids for %2 rows").arg(ids->rows()).arg(rows.size()) };
    PgBinaryRows out;
    for (size_t i = 0; i < rows.size(); ++i) {
        rows[i].id = ids->integer(int(i), 0);
        out.fields(4);
        out.int8(rows[i].id);
        out.int4(qint32(rows[i].day));
        out.int8(rows[i].importId);
        out.bytes(rows[i].keys);
    }
    return copyBinary(m_conn, "COPY visitor_session_keys (id, day, import_id, keys) FROM STDIN (FORMAT binary)", out);
}
