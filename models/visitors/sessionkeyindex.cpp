// SPDX-License-Identifier: GPL-3.0-or-later
#include "visitors/sessionkeyindex.h"

#include <QByteArray>
#include <QtEndian>

#include <algorithm>
#include <cstring>
#include <tuple>

namespace {

constexpr qsizetype kEntryBytes = SessionKeyIndex::kEntryBytes;

bool keyLess(qint64 h1, qint64 c1, qint64 h2, qint64 c2)
{
    return std::tie(h1, c1) < std::tie(h2, c2);
}

void putEntry(char *p, qint64 hash, qint64 check, quint32 seq)
{
    const quint64 h = qToLittleEndian(quint64(hash)), c = qToLittleEndian(quint64(check));
    const quint32 s = qToLittleEndian(seq);
    std::memcpy(p, &h, 8);
    std::memcpy(p + 8, &c, 8);
    std::memcpy(p + 16, &s, 4);
}

void getEntry(const char *p, qint64 &hash, qint64 &check, quint32 &seq)
{
    quint64 h, c;
    quint32 s;
    std::memcpy(&h, p, 8);
    std::memcpy(&c, p + 8, 8);
    std::memcpy(&s, p + 16, 4);
    hash = qint64(qFromLittleEndian(h));
    check = qint64(qFromLittleEndian(c));
    seq = qFromLittleEndian(s);
}

} // namespace

SessionKeyIndex::SessionKeyIndex(SessionKeyRows &rows, qint64 importId)
    : m_rows(rows)
    , m_importId(importId)
{ }

Status SessionKeyIndex::prepare()
{
    if (Status s = m_rows.days(m_priorDays))
        return s;
    m_storedDays = m_priorDays;
    m_table.assign(1024, Slot {});
    m_tags.assign(1024, 0);
    return {};
}

// FNV-1a's low bits depend only on the low bits of its input, so the key hash is mixed (MurmurHash3's
// 64-bit finaliser) before its low bits pick a slot; without it, sequential ids cluster into long probe runs.
// The high half of the mixed hash is the slot's tag (never 0, which marks an empty slot).
SessionKeyIndex::Probe SessionKeyIndex::probeOf(const Key &key) const
{
    quint64 x = quint64(key.hash) ^ (quint64(key.day) * 0x9E3779B97F4A7C15ULL);
    x ^= x >> 33;
    x *= 0xFF51AFD7ED558CCDULL;
    x ^= x >> 33;
    x *= 0xC4CEB9FE1A85EC53ULL;
    x ^= x >> 33;
    return { size_t(x) & (m_table.size() - 1), quint32(x >> 32) | 1 };
}

// Probing reads the tags (4 bytes a slot) and a slot only when its tag matches: most keys an import looks up
// are new, and their search then never leaves the tags, which stay in the CPU's cache where the slots do not.
SessionKeyIndex::Slot *SessionKeyIndex::findSlot(const Key &key)
{
    const Probe p = probeOf(key);
    for (size_t i = p.slot;; i = (i + 1) & (m_table.size() - 1)) {
        const quint32 tag = m_tags[i];
        if (tag == 0)
            return nullptr;
        if (tag != p.tag)
            continue;
        Slot &s = m_table[i];
        if (s.day == key.day && s.hash == key.hash && s.check == key.check)
            return &s;
    }
}

void SessionKeyIndex::place(const Slot &slot)
{
    const Probe p = probeOf({ slot.day, slot.hash, slot.check });
    size_t i = p.slot;
    while (m_tags[i] != 0)
        i = (i + 1) & (m_table.size() - 1);
    m_table[i] = slot;
    m_tags[i] = p.tag;
}

void SessionKeyIndex::grow()
{
    std::vector<Slot> old(m_table.size() * 2);
    old.swap(m_table);
    m_tags.assign(m_table.size(), 0);
    for (const Slot &s : old)
        if (s.day != 0)
            place(s);
}

// Linear probing without tombstones: later slots of the same run move back into the gap.
void SessionKeyIndex::eraseSlot(size_t i)
{
    const size_t mask = m_table.size() - 1;
    size_t j = i;
    for (;;) {
        j = (j + 1) & mask;
        if (m_tags[j] == 0)
            break;
        const size_t home = probeOf({ m_table[j].day, m_table[j].hash, m_table[j].check }).slot;
        // Move j into the gap at i unless its home lies cyclically in (i, j].
        const bool homeBetween = i <= j ? (i < home && home <= j) : (i < home || home <= j);
        if (!homeBetween) {
            m_table[i] = m_table[j];
            m_tags[i] = m_tags[j];
            i = j;
        }
    }
    m_table[i] = Slot {};
    m_tags[i] = 0;
    --m_size;
}

Status SessionKeyIndex::storedKeys(qint64 day, DayKeys *&out)
{
    out = nullptr;
    if (!m_storedDays.contains(day))
        return {};
    auto it = m_cache.find(day);
    if (it != m_cache.end()) {
        out = &it->second;
        return {};
    }
    if (m_cached > kCacheLimit) {
        m_cache.clear();
        m_cached = 0;
    }
    DayKeys d;
    if (Status s = m_rows.rowsOfDay(day, [&](const SessionKeyRows::Row &row) {
            const auto part = quint32(d.parts.size());
            d.parts.emplace_back(row.id, row.importId);
            for (qsizetype at = 0; at + kEntryBytes <= row.keys.size(); at += kEntryBytes) {
                StoredKey k;
                getEntry(row.keys.constData() + at, k.hash, k.check, k.seq);
                k.part = part;
                d.keys.push_back(k);
            }
        }))
        return s;
    std::sort(d.keys.begin(), d.keys.end(),
        [](const StoredKey &a, const StoredKey &b) { return keyLess(a.hash, a.check, b.hash, b.check); });
    m_cached += d.keys.size();
    out = &m_cache.emplace(day, std::move(d)).first->second;
    return {};
}

SessionKeyIndex::StoredKey *SessionKeyIndex::findStored(DayKeys &d, const Key &key)
{
    auto it = std::lower_bound(d.keys.begin(), d.keys.end(), key,
        [](const StoredKey &a, const Key &k) { return keyLess(a.hash, a.check, k.hash, k.check); });
    if (it == d.keys.end() || it->hash != key.hash || it->check != key.check)
        return nullptr;
    return &*it;
}

// The filter is blocked: a key's probes all fall in one 512-bit block (a cache line), chosen by the key's own
// hash mixed with its day; the independent check hash picks the bits in it, nine bits a probe. One cache miss
// per lookup instead of one per probe: with a file in random order nearly every session asks the filter.
namespace {
struct FilterProbes
{
    quint64 h1, h2;
    size_t bit(int i) const
    {
        constexpr size_t blocks = SessionKeyIndex::kFilterBits / 512;
        return (size_t(h1) & (blocks - 1)) * 512 + size_t((h2 >> (9 * i)) & 511);
    }
};
FilterProbes probesOf(const SessionKeyIndex::Key &key)
{
    quint64 x = quint64(key.hash) ^ (quint64(key.day) * 0x9E3779B97F4A7C15ULL);
    x ^= x >> 31;
    x *= 0xBF58476D1CE4E5B9ULL;
    x ^= x >> 29;
    return { x, quint64(key.check) };
}
} // namespace

bool SessionKeyIndex::mayHaveWritten(const Key &key) const
{
    const FilterProbes p = probesOf(key);
    for (int i = 0; i < kFilterProbes; ++i) {
        const size_t b = p.bit(i);
        if (!(m_written[b >> 6] & (quint64(1) << (b & 63))))
            return false;
    }
    return true;
}

void SessionKeyIndex::rememberWritten(const Key &key)
{
    const FilterProbes p = probesOf(key);
    for (int i = 0; i < kFilterProbes; ++i) {
        const size_t b = p.bit(i);
        m_written[b >> 6] |= quint64(1) << (b & 63);
    }
}

// Reads back every key this import has written out, once, into the filter; later flushes add theirs.
Status SessionKeyIndex::buildFilter()
{
    m_written.assign(kFilterBits / 64, 0);
    return m_rows.rowsOfImport(m_importId, [&](const SessionKeyRows::Row &row) {
        for (qsizetype at = 0; at + kEntryBytes <= row.keys.size(); at += kEntryBytes) {
            Key k { row.day, 0, 0 };
            quint32 seq;
            getEntry(row.keys.constData() + at, k.hash, k.check, seq);
            rememberWritten(k);
        }
    });
}

Status SessionKeyIndex::find(const Key &key, std::optional<Location> &where)
{
    where.reset();
    if (const Slot *s = findSlot(key)) {
        where = Location { m_importId, s->seq };
        return {};
    }
    if (!m_priorDays.contains(key.day)) {
        if (!m_storedDays.contains(key.day))
            return {}; // nothing was ever written for that day
        if (m_written.empty() && key.day != m_lastWrittenDay && ++m_revisits > kRevisitsBeforeFilter)
            if (Status s = buildFilter())
                return s;
        if (!m_written.empty() && !mayHaveWritten(key))
            return {};
    }
    DayKeys *d;
    if (Status s = storedKeys(key.day, d))
        return s;
    if (d)
        if (const StoredKey *k = findStored(*d, key))
            where = Location { d->parts[k->part].second, qint64(k->seq) };
    return {};
}

Status SessionKeyIndex::insert(const Key &key, qint64 seq, bool &added)
{
    added = false;
    std::optional<Location> known;
    if (Status s = find(key, known))
        return s;
    if (known)
        return {};
    if ((m_size + 1) * 2 > m_table.size())
        grow();
    place(Slot { key.day, key.hash, key.check, seq });
    ++m_size;
    added = true;
    return m_size < kFlushAt ? Status {} : flush();
}

Status SessionKeyIndex::erase(const Key &key)
{
    if (Slot *s = findSlot(key)) {
        eraseSlot(size_t(s - m_table.data()));
        return {};
    }
    DayKeys *d;
    if (Status s = storedKeys(key.day, d))
        return s;
    if (!d)
        return {};
    StoredKey *k = findStored(*d, key);
    return k ? eraseStored(*d, k) : Status {};
}

// Rewrites the stored array that holds `k` without it. Only merges come here: rare, so simple.
Status SessionKeyIndex::eraseStored(DayKeys &d, StoredKey *k)
{
    const qint64 rowId = d.parts[k->part].first;
    auto read = m_rows.keysOf(rowId);
    if (!read)
        return read.error();
    QByteArray blob = *read;
    for (qsizetype at = 0; at + kEntryBytes <= blob.size(); at += kEntryBytes) {
        qint64 h, c;
        quint32 s;
        getEntry(blob.constData() + at, h, c, s);
        if (h == k->hash && c == k->check) {
            blob.remove(at, kEntryBytes);
            break;
        }
    }
    if (Status s = m_rows.rewrite(rowId, blob))
        return s;
    d.keys.erase(d.keys.begin() + (k - d.keys.data()));
    --m_cached;
    return {};
}

// A day with keys of earlier imports whose stored keys are cached gets the keys just written merged in, so the
// cache stays what the workspace holds without reading the day again.
void SessionKeyIndex::addToCache(qint64 day, qint64 rowId, const std::vector<Slot> &keys, size_t from, size_t to)
{
    auto it = m_cache.find(day);
    if (it == m_cache.end())
        return;
    DayKeys &d = it->second;
    const auto part = quint32(d.parts.size());
    d.parts.emplace_back(rowId, m_importId);
    const auto middle = qsizetype(d.keys.size());
    for (size_t k = from; k < to; ++k)
        d.keys.push_back(StoredKey { keys[k].hash, keys[k].check, quint32(keys[k].seq), part });
    // Both halves are sorted by (hash, check): the written keys were sorted by (day, hash, check).
    std::inplace_merge(d.keys.begin(), d.keys.begin() + middle, d.keys.end(),
        [](const StoredKey &a, const StoredKey &b) { return keyLess(a.hash, a.check, b.hash, b.check); });
    m_cached += to - from;
}

Status SessionKeyIndex::flush()
{
    if (m_size == 0)
        return {};
    std::vector<Slot> &keys = m_flushed; // kept: a fresh vector each time costs its pages again
    keys.clear();
    keys.reserve(m_size);
    for (const Slot &s : m_table)
        if (s.day != 0)
            keys.push_back(s);
    std::sort(keys.begin(), keys.end(), [](const Slot &a, const Slot &b) {
        return std::tie(a.day, a.hash, a.check) < std::tie(b.day, b.hash, b.check);
    });
    // One row per day: [starts[n], starts[n + 1]) of keys.
    std::vector<SessionKeyRows::Row> rows;
    std::vector<size_t> starts;
    for (size_t i = 0; i < keys.size();) {
        size_t j = i;
        while (j < keys.size() && keys[j].day == keys[i].day)
            ++j;
        QByteArray blob(qsizetype(j - i) * kEntryBytes, Qt::Uninitialized);
        for (size_t k = i; k < j; ++k)
            putEntry(blob.data() + qsizetype(k - i) * kEntryBytes, keys[k].hash, keys[k].check, quint32(keys[k].seq));
        rows.push_back({ 0, keys[i].day, m_importId, std::move(blob) });
        starts.push_back(i);
        i = j;
    }
    starts.push_back(keys.size());
    if (Status s = m_rows.insert(rows))
        return s;
    for (size_t n = 0; n < rows.size(); ++n) {
        const qint64 day = rows[n].day;
        const size_t i = starts[n], j = starts[n + 1];
        m_storedDays.insert(day);
        if (!m_written.empty())
            for (size_t k = i; k < j; ++k)
                rememberWritten({ keys[k].day, keys[k].hash, keys[k].check });
        if (m_priorDays.contains(day)) {
            addToCache(day, rows[n].id, keys, i, j);
        } else if (auto it = m_cache.find(day); it != m_cache.end()) {
            // A day only this import wrote was read back for a duplicate or a false positive: read it again
            // when needed rather than keep every key this import writes in memory.
            m_cached -= it->second.keys.size();
            m_cache.erase(it);
        }
    }
    m_lastWrittenDay = keys.back().day;
    std::fill(m_table.begin(), m_table.end(), Slot {}); // keeps its size: it fills up again
    std::fill(m_tags.begin(), m_tags.end(), 0);
    m_size = 0;
    return {};
}

Status SessionKeyIndex::storedOrdinals(SessionKeyRows &rows, qint64 importId, std::unordered_set<qint64> &seqs)
{
    return rows.rowsOfImport(importId, [&](const SessionKeyRows::Row &row) {
        for (qsizetype at = 0; at + kEntryBytes <= row.keys.size(); at += kEntryBytes) {
            qint64 hash, check;
            quint32 seq;
            getEntry(row.keys.constData() + at, hash, check, seq);
            seqs.insert(qint64(seq));
        }
    });
}
