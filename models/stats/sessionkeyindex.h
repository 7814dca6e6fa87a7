// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <optional>
#include <unordered_map>
#include <unordered_set>
#include <vector>

struct sqlite3;

// Which sessions are stored already, for refusing duplicates and finding the stored part of a GA4 session
// (see SessionRecord::partial). A session is known by its local day and two independent 64-bit hashes of
// source, visitor id and session key (stats/sessionkey.h).
//
// Why not a unique index: inserting a million random keys into a B-tree costs more than everything else an
// import does. Keys are kept instead as sorted arrays, one BLOB per day and import (visitor_session_keys,
// 20 bytes a key: hash, check hash, little-endian, and the session's ordinal in its import as 32 bits).
// During an import, the new keys go into an open-addressing hash table in memory; when it holds
// kFlushAt keys (and at the end) they are written out by day and the table starts again, so memory stays
// bounded whatever the file's size. Stored keys of a day are read (and kept, up to kCacheLimit keys) only
// when a session of that day arrives and that day has stored keys, so an import that overlaps nothing reads
// nothing, and a file in time order reads each day at most once.
class SessionKeyIndex
{
public:
    struct Key
    {
        qint64 day = 0; // Julian day; never 0 for a real session
        qint64 hash = 0;
        qint64 check = 0;
    };
    struct Location
    {
        qint64 importId = 0;
        qint64 seq = 0; // ordinal of the session in its import
    };

    SessionKeyIndex(sqlite3 *db, qint64 importId);

    // All functions return false on an SQLite error (sqlite3_errmsg tells which).
    bool prepare();
    // Where the session with this key is stored (or added by this import), if anywhere.
    bool find(const Key &key, std::optional<Location> &where);
    // Adds the key of session `seq` of this import; `added` is false when the key is known already.
    bool insert(const Key &key, qint64 seq, bool &added);
    // Forgets a key (its session was merged into a later one).
    bool erase(const Key &key);
    // Writes the keys added since the last flush.
    bool flush();

    static constexpr size_t kFlushAt = size_t(1) << 16; // 64k keys, a 4 MiB table: stays in the CPU's caches
    static constexpr size_t kCacheLimit = size_t(1) << 20;

private:
    struct Slot
    {
        qint64 day = 0; // 0 = empty
        qint64 hash = 0;
        qint64 check = 0;
        qint64 seq = 0;
    };
    struct StoredKey
    {
        qint64 hash;
        qint64 check;
        quint32 seq;
        quint32 part; // index into DayKeys::parts
    };
    struct DayKeys
    {
        std::vector<StoredKey> keys; // sorted by (hash, check)
        std::vector<std::pair<qint64, qint64>> parts; // (row id, import id)
    };

    size_t slotOf(const Key &key) const;
    Slot *findSlot(const Key &key);
    void grow();
    void eraseSlot(size_t i);
    DayKeys *storedKeys(qint64 day, bool &ok);
    StoredKey *findStored(DayKeys &d, const Key &key);
    bool eraseStored(DayKeys &d, StoredKey *k);

    sqlite3 *m_db;
    qint64 m_importId;
    std::vector<Slot> m_table;
    size_t m_size = 0;
    std::unordered_set<qint64> m_storedDays; // days with rows in visitor_session_keys
    std::unordered_map<qint64, DayKeys> m_cache;
    size_t m_cached = 0;
};
