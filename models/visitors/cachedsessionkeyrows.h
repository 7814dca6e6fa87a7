// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "visitors/sessionkeyindex.h"

#include <unordered_map>
#include <unordered_set>
#include <vector>

// The stored keys as one import's index sees them, with the rows this import writes kept in memory too (up to
// kMaxCachedBytes), so that reading them back asks the backend nothing. SessionKeyIndex reads a day back
// whenever a session comes for a day it has written out before: a file in time order does so once per flush,
// a shuffled file hundreds of times. On a server backend whose import streams sessions through an open COPY,
// every such read would end that COPY and wait until the server has stored everything sent so far.
//
// Writes go straight to the backend (insert() sets the ids). A day the backend held rows of before this
// import (days()) is read from the backend, its rows and this import's alike; any other day from memory.
// Past the budget the copies are dropped and every read goes to the backend again.
class CachedSessionKeyRows final : public SessionKeyRows
{
public:
    // `inner` must outlive this; `importId` is the import whose rows insert() adds.
    CachedSessionKeyRows(SessionKeyRows &inner, qint64 importId, size_t maxCachedBytes = kMaxCachedBytes)
        : m_inner(inner)
        , m_importId(importId)
        , m_maxCachedBytes(maxCachedBytes)
    { }

    Status days(std::unordered_set<qint64> &out) override;
    Status rowsOfDay(qint64 day, const std::function<void(const Row &)> &each) override;
    Status rowsOfImport(qint64 importId, const std::function<void(const Row &)> &each) override;
    Expected<QByteArray> keysOf(qint64 rowId) override;
    Status rewrite(qint64 rowId, const QByteArray &keys) override;
    Status insert(std::vector<Row> &rows) override;

    // Whether every row this import wrote is still in memory.
    bool complete() const { return m_complete; }

    // 32 MiB: the keys of about 1.6 million sessions (20 bytes each).
    static constexpr size_t kMaxCachedBytes = size_t(32) << 20;

private:
    void forget();

    SessionKeyRows &m_inner;
    qint64 m_importId;
    size_t m_maxCachedBytes;
    std::unordered_set<qint64> m_backendDays; // days with rows of earlier imports
    bool m_backendDaysKnown = false; // until days() is asked, every day is read from the backend
    bool m_complete = true;
    std::vector<Row> m_rows; // this import's rows, as written
    std::unordered_map<qint64, size_t> m_byId; // row id -> index in m_rows
    std::unordered_map<qint64, std::vector<size_t>> m_byDay;
    size_t m_bytes = 0;
};
