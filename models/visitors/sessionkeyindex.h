// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QByteArray>
#include <QtGlobal>

#include <functional>
#include <optional>
#include <unordered_map>
#include <unordered_set>
#include <vector>

// Where a backend keeps the stored keys (the table visitor_session_keys on SQLite and PostgreSQL): rows of
// (id, day, import, keys), `keys` an array of SessionKeyIndex::kEntryBytes entries. The index is the same on
// every backend; only these reads and writes differ.
class SessionKeyRows
{
public:
    struct Row
    {
        qint64 id = 0;
        qint64 day = 0;
        qint64 importId = 0;
        QByteArray keys;
    };
    virtual ~SessionKeyRows() = default;
    // The days that have rows, each once.
    virtual Status days(std::unordered_set<qint64> &out) = 0;
    virtual Status rowsOfDay(qint64 day, const std::function<void(const Row &)> &each) = 0;
    virtual Status rowsOfImport(qint64 importId, const std::function<void(const Row &)> &each) = 0;
    virtual Expected<QByteArray> keysOf(qint64 rowId) = 0;
    virtual Status rewrite(qint64 rowId, const QByteArray &keys) = 0;
    // Adds the rows (their ids ignored) in one go, and sets their ids.
    virtual Status insert(std::vector<Row> &rows) = 0;
};

// Which sessions are stored already, for refusing duplicates and finding the stored part of a GA4 session
// (see SessionRecord::partial). A session is known by its local day and two independent 64-bit hashes of
// source, visitor id and session key (visitors/sessionkey.h).
//
// Why not a unique index: inserting a million random keys into a B-tree costs more than everything else an
// import does. Keys are kept instead as sorted arrays, one BLOB per day and import (visitor_session_keys,
// 20 bytes a key: hash, check hash, little-endian, and the session's ordinal in its import as 32 bits).
// During an import, the new keys go into an open-addressing hash table in memory; when it holds
// kFlushAt keys (and at the end) they are written out by day and the table starts again, so memory stays
// bounded whatever the file's size. Stored keys of a day are read (and kept, up to kCacheLimit keys) only
// when a session of that day arrives and that day has keys, so an import that overlaps nothing reads nothing,
// and a file in time order reads each day at most once. A file in random time order soon has written-out keys
// on every day, and would read a day back for nearly every session: when sessions keep arriving for days
// written out before the latest one, the keys this import wrote are put in a Bloom filter of fixed size
// (16 MiB, five probes in one cache line), and from then on such a day is read back only for a real duplicate
// or a false positive (about 1 in 10,000 keys at four million keys; more beyond, as the filter fills).
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

    // `rows` must outlive the index.
    SessionKeyIndex(SessionKeyRows &rows, qint64 importId);

    // Errors are the backend's (its file name left empty).
    Status prepare();
    // Where the session with this key is stored (or added by this import), if anywhere.
    Status find(const Key &key, std::optional<Location> &where);
    // Adds the key of session `seq` of this import; `added` is false when the key is known already.
    Status insert(const Key &key, qint64 seq, bool &added);
    // Forgets a key (its session was merged into a later one).
    Status erase(const Key &key);
    // Writes the keys added since the last flush.
    Status flush();
    // The ordinals of the sessions of an import whose keys are stored (not merged into a later session).
    static Status storedOrdinals(SessionKeyRows &rows, qint64 importId, std::unordered_set<qint64> &seqs);

    static constexpr qsizetype kEntryBytes = 20;

    static constexpr size_t kFlushAt = size_t(1) << 16; // 64k keys: 4 MiB of slots, 512 KiB of tags
    static constexpr size_t kCacheLimit = size_t(1) << 20;
    static constexpr size_t kFilterBits = size_t(1) << 27;
    static constexpr int kFilterProbes = 5;
    // Sessions for a day written out before the latest one, after which the filter is built. A file in time
    // order comes back only to the day it was in when the table was written out, and never builds it.
    static constexpr int kRevisitsBeforeFilter = 1024;

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

    struct Probe
    {
        size_t slot; // where the search starts
        quint32 tag;
    };
    Probe probeOf(const Key &key) const;
    Slot *findSlot(const Key &key);
    void place(const Slot &slot);
    void grow();
    void eraseSlot(size_t i);
    Status storedKeys(qint64 day, DayKeys *&out);
    bool mayHaveWritten(const Key &key) const;
    void rememberWritten(const Key &key);
    Status buildFilter();
    void addToCache(qint64 day, qint64 rowId, const std::vector<Slot> &keys, size_t from, size_t to);
    StoredKey *findStored(DayKeys &d, const Key &key);
    Status eraseStored(DayKeys &d, StoredKey *k);

    SessionKeyRows &m_rows;
    qint64 m_importId;
    std::vector<Slot> m_table;
    std::vector<quint32> m_tags; // per slot: 0 empty, else the high bits of the key's mixed hash
    size_t m_size = 0;
    std::unordered_set<qint64> m_priorDays; // days with keys from earlier imports
    std::unordered_set<qint64> m_storedDays; // days with rows in visitor_session_keys, this import's too
    std::vector<quint64> m_written; // Bloom filter over the keys this import has written out, once built
    qint64 m_lastWrittenDay = 0; // the latest day of the last flush
    int m_revisits = 0;
    std::unordered_map<qint64, DayKeys> m_cache;
    std::vector<Slot> m_flushed; // flush()'s sorted keys
    size_t m_cached = 0;
};
