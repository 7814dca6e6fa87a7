// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "visitors/sessionkeyindex.h"

class PgBinaryRows;
class PgConnection;

// The stored session keys (visitor_session_keys) of a team workspace, for SessionKeyIndex. `beforeStatement`
// runs before each statement: the import's sink ends the COPY it streams sessions through there.
class PgSessionKeyRows final : public SessionKeyRows
{
public:
    explicit PgSessionKeyRows(PgConnection &conn, std::function<Status()> beforeStatement = {})
        : m_conn(conn)
        , m_before(std::move(beforeStatement))
    { }

    Status days(std::unordered_set<qint64> &out) override;
    Status rowsOfDay(qint64 day, const std::function<void(const Row &)> &each) override;
    Status rowsOfImport(qint64 importId, const std::function<void(const Row &)> &each) override;
    Expected<QByteArray> keysOf(qint64 rowId) override;
    Status rewrite(qint64 rowId, const QByteArray &keys) override;
    // The rows' ids come from the table's sequence first; the rows then go in with one COPY.
    Status insert(std::vector<Row> &rows) override;

    // For writers that send the rows themselves (an import's sink, through its own COPY): `count` new ids from
    // the table's sequence, the row in COPY's binary form, and the COPY statement it goes with.
    Expected<std::vector<qint64>> reserveIds(qint64 count);
    static void encode(const Row &row, PgBinaryRows &out);
    static constexpr char kCopyStatement[]
        = "COPY visitor_session_keys (id, day, import_id, keys) FROM STDIN (FORMAT binary)";

private:
    Status beforeStatement();
    Status rows(const QByteArray &sql, qint64 parameter, const std::function<void(const Row &)> &each);

    PgConnection &m_conn;
    std::function<Status()> m_before;
};
