// SPDX-License-Identifier: GPL-3.0-or-later
#include "visitors/cachedsessionkeyrows.h"

Status CachedSessionKeyRows::days(std::unordered_set<qint64> &out)
{
    std::unordered_set<qint64> backend;
    if (Status s = m_inner.days(backend))
        return s;
    // Before this import wrote anything, these are the earlier imports' days.
    if (m_rows.empty() && m_complete) {
        m_backendDays = backend;
        m_backendDaysKnown = true;
    }
    out.insert(backend.begin(), backend.end());
    return {};
}

Status CachedSessionKeyRows::rowsOfDay(qint64 day, const std::function<void(const Row &)> &each)
{
    if (!m_complete || !m_backendDaysKnown || m_backendDays.contains(day))
        return m_inner.rowsOfDay(day, each); // this import's rows of that day are written: the backend has them
    if (auto it = m_byDay.find(day); it != m_byDay.end())
        for (const size_t i : it->second)
            each(m_rows[i]);
    return {};
}

Status CachedSessionKeyRows::rowsOfImport(qint64 importId, const std::function<void(const Row &)> &each)
{
    if (importId != m_importId || !m_complete)
        return m_inner.rowsOfImport(importId, each);
    for (const Row &row : m_rows)
        each(row);
    return {};
}

Expected<QByteArray> CachedSessionKeyRows::keysOf(qint64 rowId)
{
    if (auto it = m_byId.find(rowId); it != m_byId.end())
        return m_rows[it->second].keys;
    return m_inner.keysOf(rowId);
}

Status CachedSessionKeyRows::rewrite(qint64 rowId, const QByteArray &keys)
{
    if (Status s = m_inner.rewrite(rowId, keys))
        return s;
    if (auto it = m_byId.find(rowId); it != m_byId.end()) {
        Row &row = m_rows[it->second];
        m_bytes = m_bytes - size_t(row.keys.size()) + size_t(keys.size());
        row.keys = keys;
    }
    return {};
}

Status CachedSessionKeyRows::insert(std::vector<Row> &rows)
{
    if (Status s = m_inner.insert(rows))
        return s;
    if (!m_complete)
        return {};
    for (const Row &row : rows) {
        m_byId.emplace(row.id, m_rows.size());
        m_byDay[row.day].push_back(m_rows.size());
        m_bytes += size_t(row.keys.size());
        m_rows.push_back(row);
    }
    if (m_bytes > m_maxCachedBytes)
        forget();
    return {};
}

void CachedSessionKeyRows::forget()
{
    m_complete = false;
    m_rows = {};
    m_byId = {};
    m_byDay = {};
    m_bytes = 0;
}
