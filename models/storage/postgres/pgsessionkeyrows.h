// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "visitors/sessionkeyindex.h"

#include <functional>
#include <vector>

class PgBinaryRows;
class PgConnection;

// The stored session keys (visitor_session_keys) of a team workspace, for SessionKeyIndex. `beforeStatement`
// runs before each statement: the import's sink ends the COPY it streams sessions through there. Without
// `write`, insert() stores the rows itself with one COPY; with it, insert() gives the rows their ids (taken
// from the table's sequence kIdBlock at a time, so mostly without a statement) and hands them to `write`,
// which sends them through a COPY of its own (the import's sink, on its writer thread; see encode()).
class PgSessionKeyRows final : public SessionKeyRows
{
public:
    using Write = std::function<Status(std::vector<Row> rows)>;
    explicit PgSessionKeyRows(PgConnection &conn, std::function<Status()> beforeStatement = {}, Write write = {})
        : m_conn(conn)
        , m_before(std::move(beforeStatement))
        , m_write(std::move(write))
    { }

    Status days(std::unordered_set<qint64> &out) override;
    Status rowsOfDay(qint64 day, const std::function<void(const Row &)> &each) override;
    Status rowsOfImport(qint64 importId, const std::function<void(const Row &)> &each) override;
    Expected<QByteArray> keysOf(qint64 rowId) override;
    Status rewrite(qint64 rowId, const QByteArray &keys) override;
    // The rows' ids come from the table's sequence first; the rows then go in with one COPY, or to `write`.
    Status insert(std::vector<Row> &rows) override;

    // A row in COPY's binary form, and the COPY statement it goes with.
    static void encode(const Row &row, PgBinaryRows &out);
    static constexpr char kCopyStatement[]
        = "COPY visitor_session_keys (id, day, import_id, keys) FROM STDIN (FORMAT binary)";
    // Ids taken at a time when rows go to `write`: a 1M-session file in random order writes about 6,000 rows.
    static constexpr size_t kIdBlock = 8192;

private:
    Status beforeStatement();
    Status rows(const QByteArray &sql, qint64 parameter, const std::function<void(const Row &)> &each);
    Status assignIds(std::vector<Row> &rows);

    PgConnection &m_conn;
    std::function<Status()> m_before;
    Write m_write;
    std::vector<qint64> m_ids; // taken from the sequence, not yet given to a row from m_nextId on
    size_t m_nextId = 0;
};
