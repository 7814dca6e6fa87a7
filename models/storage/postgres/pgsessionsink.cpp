// SPDX-License-Identifier: GPL-3.0-or-later
// The visitors area's import sink on PostgreSQL. Sessions go through one COPY into visitor_sessions while the
// importer reads, so that the server stores them while the client parses; duplicates are refused here,
// before a row is sent, against the keys of this import (kept in memory) and those stored on the same days
// (visitor_session_keys, read once per day, under the lock that makes imports of sessions take turns); the
// rollups are counted here from exactly the sessions sent (SessionTally, as on SQLite), and they and this
// import's keys are written with COPY at the end.
#include "storage/postgres/pgvisitorstore.h"

#include "importers/importcontext.h"
#include "storage/postgres/pgconnection.h"
#include "visitors/sessionkey.h"
#include "visitors/sessiontally.h"

#include <QtEndian>

#include <algorithm>
#include <bit>
#include <cstring>
#include <tuple>
#include <unordered_set>
#include <vector>

namespace {

// Rows are handed to the COPY in blocks of about this size.
constexpr qsizetype kBlock = 64 * 1024;

struct Key
{
    qint64 day = 0; // Julian day
    qint64 hash = 0;
    qint64 check = 0;
    bool operator==(const Key &o) const { return day == o.day && hash == o.hash && check == o.check; }
    bool operator<(const Key &o) const { return std::tie(hash, check) < std::tie(o.hash, o.check); } // one day's
};

// The keys known to this import: its own and those stored on the days it has read, each with the import that
// stored it (0: this one). One open-addressing table per day (a node per key would cost an allocation for each
// of millions of sessions): a file in time order then probes a table that stays in the CPU's cache, where one
// table for all days would cost a cache miss for nearly every session.
class KeySet
{
public:
    // The import that stored the key (0: this one), or nullopt.
    std::optional<qint64> owner(const Key &k)
    {
        Table *t = table(k.day, false);
        const Slot *s = t ? find(*t, k) : nullptr;
        return s ? std::optional<qint64>(s->owner) : std::nullopt;
    }

    // False when the key is known already.
    bool insert(const Key &k, qint64 owner)
    {
        Table &t = *table(k.day, true);
        if (find(t, k))
            return false;
        if ((t.used + 1) * 2 > t.cells.size())
            rehash(t, t.cells.size() * 2);
        place(t, { k.hash, k.check, owner, kUsed });
        return true;
    }

    void erase(const Key &k)
    {
        Table *t = table(k.day, false);
        if (Slot *s = t ? find(*t, k) : nullptr)
            s->state = kErased; // a tombstone: merges are rare, so they never pile up
    }

    // This import's keys, by day, each day's sorted by (hash, check).
    template <typename Each> void eachOwnDay(Each each) const
    {
        std::vector<Key> keys;
        for (const auto &[day, t] : m_days) {
            keys.clear();
            for (const Slot &s : t.cells)
                if (s.state == kUsed && s.owner == 0)
                    keys.push_back({ day, s.hash, s.check });
            std::sort(keys.begin(), keys.end());
            if (!keys.empty())
                each(day, keys);
        }
    }

private:
    static constexpr quint8 kEmpty = 0, kUsed = 1, kErased = 2;
    struct Slot
    {
        qint64 hash = 0;
        qint64 check = 0;
        qint64 owner = 0;
        quint8 state = kEmpty;
    };
    struct Table
    {
        std::vector<Slot> cells = std::vector<Slot>(16);
        size_t used = 0; // keys and tombstones
    };

    Table *table(qint64 day, bool create)
    {
        if (m_last && day == m_lastDay)
            return m_last;
        auto it = m_days.find(day);
        if (it == m_days.end()) {
            if (!create)
                return nullptr;
            it = m_days.emplace(day, Table {}).first;
        }
        m_lastDay = day;
        m_last = &it->second; // the map's nodes stay where they are
        return m_last;
    }

    static size_t home(const Table &t, qint64 hash)
    {
        return size_t((quint64(hash) * 0x9E3779B97F4A7C15ULL) >> 32) & (t.cells.size() - 1);
    }

    static Slot *find(Table &t, const Key &k)
    {
        for (size_t i = home(t, k.hash);; i = (i + 1) & (t.cells.size() - 1)) {
            Slot &s = t.cells[i];
            if (s.state == kEmpty)
                return nullptr;
            if (s.state == kUsed && s.hash == k.hash && s.check == k.check)
                return &s;
        }
    }

    static void place(Table &t, const Slot &slot)
    {
        size_t i = home(t, slot.hash);
        while (t.cells[i].state == kUsed)
            i = (i + 1) & (t.cells.size() - 1);
        if (t.cells[i].state == kEmpty)
            ++t.used;
        t.cells[i] = slot;
    }

    static void rehash(Table &t, size_t size)
    {
        std::vector<Slot> old(size);
        old.swap(t.cells);
        t.used = 0;
        for (const Slot &s : old)
            if (s.state == kUsed)
                place(t, s);
    }

    std::unordered_map<qint64, Table> m_days;
    qint64 m_lastDay = 0;
    Table *m_last = nullptr;
};

// visitor_session_keys holds the keys of an import's sessions of one day as one value: (hash, check) pairs,
// 16 bytes each, little-endian, sorted.
constexpr qsizetype kKeyBytes = 16;

void putKey(char *p, const Key &k)
{
    const quint64 h = qToLittleEndian(quint64(k.hash)), c = qToLittleEndian(quint64(k.check));
    std::memcpy(p, &h, 8);
    std::memcpy(p + 8, &c, 8);
}

Key getKey(const char *p, qint64 day)
{
    quint64 h, c;
    std::memcpy(&h, p, 8);
    std::memcpy(&c, p + 8, 8);
    return { day, qint64(qFromLittleEndian(h)), qint64(qFromLittleEndian(c)) };
}

// bytea as libpq gives it in text ("\x0a1b...").
QByteArray fromByteaText(const QByteArray &text)
{
    return QByteArray::fromHex(text.sliced(std::min<qsizetype>(2, text.size())));
}

// PostgreSQL's text cannot hold U+0000: it becomes U+FFFD before the session's key is hashed, so that the key
// of a stored session is always the one of its stored texts (a file imported again finds its sessions).
void replaceNul(QString &s)
{
    if (s.contains(QChar(0)))
        s.replace(QChar(0), QChar(0xFFFD));
}

// Rows in COPY's binary format, written straight into a buffer (a QByteArray append is a call each, and a
// session row has fourteen fields): the server then parses no numbers (a sixth less of its time for a million
// sessions) and text needs no escaping (U+0000 cannot occur: see replaceNul). A row: the number of fields (16
// bits), then per field its length in bytes (32 bits; -1 NULL) and its bytes; integers and doubles big-endian.
// A COPY starts with a header and ends with a trailer.
class BinaryRows
{
public:
    static constexpr char kHeader[] = "PGCOPY\n\377\r\n\0\0\0\0\0\0\0\0"; // signature, flags, no extension
    static QByteArrayView header() { return { kHeader, 19 }; }
    static QByteArrayView trailer() { return { "\xFF\xFF", 2 }; }

    void fields(qint16 n) { put<quint16>(quint16(n)); }
    void int8(std::optional<qint64> v) { v ? (put<qint32>(8), put<qint64>(*v)) : null(); }
    void int4(std::optional<qint32> v) { v ? (put<qint32>(4), put<qint32>(*v)) : null(); }
    void float8(std::optional<double> v) { v ? (put<qint32>(8), put<quint64>(std::bit_cast<quint64>(*v))) : null(); }
    void boolean(std::optional<bool> v) { v ? (put<qint32>(1), put<quint8>(*v ? 1 : 0)) : null(); }

    void bytes(QByteArrayView b)
    {
        put<qint32>(qint32(b.size()));
        std::memcpy(room(size_t(b.size())), b.data(), size_t(b.size()));
        m_size += size_t(b.size());
    }

    // UTF-8; ASCII, nearly always, copied as it is read.
    void text(const QString &s)
    {
        char *out = room(4 + size_t(s.size()));
        char *p = out + 4;
        for (const QChar c : s) {
            if (c.unicode() >= 0x80)
                return bytes(s.toUtf8());
            *p++ = char(c.unicode());
        }
        const quint32 n = qToBigEndian(quint32(p - out - 4));
        std::memcpy(out, &n, 4);
        m_size += size_t(p - out);
    }

    QByteArrayView view() const { return { m_data.data(), qsizetype(m_size) }; }
    qsizetype size() const { return qsizetype(m_size); }
    bool isEmpty() const { return m_size == 0; }
    void clear() { m_size = 0; }

private:
    void null() { put<qint32>(-1); }

    template <typename T> void put(T v)
    {
        const T big = qToBigEndian(v);
        std::memcpy(room(sizeof big), &big, sizeof big);
        m_size += sizeof big;
    }

    char *room(size_t n)
    {
        if (m_size + n > m_data.size())
            m_data.resize(std::max(m_data.size() * 2, m_size + n + 4096));
        return m_data.data() + m_size;
    }

    std::vector<char> m_data;
    size_t m_size = 0;
};

// A text as a parameter (never SQL NULL).
QByteArray parameter(const QString &s)
{
    const QByteArray out = s.toUtf8();
    return out.isNull() ? QByteArray("") : out;
}

class PgSessionSink final : public SessionSink
{
public:
    PgSessionSink(PgConnection &conn, ImportContext &ctx)
        : m_conn(conn)
        , m_ctx(ctx)
        , m_tally(ctx)
        , m_copy(conn)
    { }

    void setSource(const QString &source) override { m_source = source; }

    // A GA4 part looks for the stored rest of its session; a keyed session whose key is known is a duplicate.
    Status addSession(const SessionRecord &s) override
    {
        std::optional<SessionRecord> normal = m_tally.normalise(s, m_source);
        if (!normal)
            return {};
        if (Status st = start())
            return st;
        SessionRecord &r = *normal;
        for (QString *text : { &r.source, &r.visitorId, &r.sessionKey, &r.channel })
            replaceNul(*text);
        if (r.sessionKey.isEmpty())
            return store(r, false); // without a key it cannot be found to be continued
        const qint64 day = r.day.toJulianDay();
        const qint64 hash = SessionKey::hash(r.source, r.visitorId, r.sessionKey);
        const qint64 check = SessionKey::check(r.source, r.visitorId, r.sessionKey);
        if (r.partial) {
            for (const qint64 d : { day - 1, day, day + 1 }) {
                if (Status st = readDay(d))
                    return st;
                if (const auto owner = m_keys.owner({ d, hash, check }))
                    return merge({ d, hash, check }, *owner, r);
            }
        }
        if (Status st = readDay(day))
            return st;
        if (!m_keys.insert({ day, hash, check }, 0)) {
            m_ctx.skip(SessionTally::duplicateReason(), s.line);
            return {};
        }
        return store(r, r.partial);
    }

    Status addAggregate(const AggregateRecord &a) override
    {
        auto normal = m_tally.normalise(a, m_source);
        if (!normal)
            return normal.error();
        if (!*normal)
            return {};
        AggregateRecord &r = **normal;
        for (QString *text : { &r.source, &r.metric, &r.dimension })
            replaceNul(*text);
        BinaryRows &out = m_aggregates;
        out.fields(7);
        out.int8(m_ctx.importId);
        out.text(r.source);
        out.int4(qint32(r.from.toJulianDay()));
        out.int4(qint32(r.to.toJulianDay()));
        out.text(r.metric);
        out.text(r.dimension);
        out.float8(r.value);
        ++m_ctx.rowsStored;
        return m_aggregates.size() >= 16 * kBlock ? writeAggregates() : Status {};
    }

    // The rollups go in at the end: one row per day and source instead of one update per session.
    Status finish() override
    {
        if (Status st = pause())
            return st;
        if (Status st = writeAggregates())
            return st;
        if (Status st = writeKeys())
            return st;
        BinaryRows daily, histograms;
        if (Status st = m_tally.take([&](const DailyRollup &t, const QByteArray &histogram) -> Status {
                daily.fields(9);
                daily.int4(qint32(t.day));
                daily.text(t.source);
                daily.int8(m_ctx.importId);
                for (const qint64 n : { t.visits, t.firstTime, t.returning, t.typeKnown, t.durationN })
                    daily.int8(n);
                daily.float8(t.durationSum);
                if (!histogram.isEmpty()) {
                    histograms.fields(4);
                    histograms.int4(qint32(t.day));
                    histograms.text(t.source);
                    histograms.int8(m_ctx.importId);
                    histograms.bytes(histogram);
                }
                return {};
            }))
            return st;
        if (Status st = copyAll("COPY visitor_daily (day, source, import_id, visits, first_time, returning_visits,"
                                " type_known, duration_n, duration_sum) FROM STDIN (FORMAT binary)",
                daily))
            return st;
        if (Status st
            = copyAll("COPY visitor_duration_histograms (day, source, import_id, histogram) FROM STDIN (FORMAT binary)",
                histograms))
            return st;
        if (m_merged > 0)
            m_ctx.notes << SessionTally::mergedNote(m_merged);
        return {};
    }

private:
    // Once, at the first session: the lock that makes imports of sessions take turns (waiting a bounded
    // time), then the days that hold stored sessions (a skip scan over the day index: a few hundred probes).
    Status start()
    {
        if (m_started)
            return {};
        m_started = true;
        auto old = m_conn.exec("SELECT current_setting('lock_timeout')");
        if (!old)
            return fileError(old.error());
        const QByteArray wait = QByteArray::number(PgVisitorStore::kLockWaitSeconds) + "s";
        if (Status st = m_conn.run("SELECT set_config('lock_timeout', $1, true)", { wait }))
            return fileError(*st);
        if (Status st
            = m_conn.run("SELECT pg_advisory_xact_lock($1)", { QByteArray::number(PgVisitorStore::kSessionsLock) }))
            return fileError(*st);
        if (Status st = m_conn.run("SELECT set_config('lock_timeout', $1, true)", { old->value(0, 0) }))
            return fileError(*st);
        auto days = m_conn.exec("SELECT DISTINCT day FROM visitor_session_keys");
        if (!days)
            return fileError(days.error());
        for (int i = 0; i < days->rows(); ++i)
            m_storedDays.insert(days->integer(i, 0));
        return {};
    }

    // The keys earlier imports stored for `day`, once.
    Status readDay(qint64 day)
    {
        if (day == m_lastDay || m_storedDays.empty()) // sessions of a day come in runs; a new workspace has none
            return {};
        m_lastDay = day;
        if (!m_storedDays.contains(day) || !m_readDays.insert(day).second)
            return {};
        if (Status st = pause())
            return st;
        auto r = m_conn.exec(
            "SELECT import_id, keys FROM visitor_session_keys WHERE day = $1", { QByteArray::number(day) });
        if (!r)
            return fileError(r.error());
        for (int i = 0; i < r->rows(); ++i) {
            const QByteArray keys = fromByteaText(r->value(i, 1));
            for (qsizetype at = 0; at + kKeyBytes <= keys.size(); at += kKeyBytes)
                m_keys.insert(getKey(keys.constData() + at, day), r->integer(i, 0));
        }
        return {};
    }

    // Takes a merged session's key out of the keys an earlier import stored (rare: rewriting the day's value
    // is simple and cheap enough).
    Status forgetStoredKey(const Key &key, qint64 owner)
    {
        const QByteArrayList where { QByteArray::number(key.day), QByteArray::number(owner) };
        auto r = m_conn.exec("SELECT keys FROM visitor_session_keys WHERE day = $1 AND import_id = $2", where);
        if (!r)
            return fileError(r.error());
        QByteArray keys = fromByteaText(r->value(0, 0));
        for (qsizetype at = 0; at + kKeyBytes <= keys.size(); at += kKeyBytes) {
            if (getKey(keys.constData() + at, key.day) == key) {
                keys.remove(at, kKeyBytes);
                break;
            }
        }
        if (Status st = m_conn.run("UPDATE visitor_session_keys SET keys = $3::bytea WHERE day = $1 AND import_id = $2",
                QByteArrayList(where) << "\\x" + keys.toHex()))
            return fileError(*st);
        return {};
    }

    // The stored part and this part are one session: the merged session replaces the stored one in the keys
    // and the rollups (this import's take the stored part out and add the whole), while the stored part stays
    // in its import's rows as that file held it, marked `merged`.
    Status merge(const Key &key, qint64 owner, const SessionRecord &part)
    {
        if (Status st = pause())
            return st;
        if (owner != 0) {
            if (Status st = forgetStoredKey(key, owner))
                return st;
        }
        // Among the parts (visitor_sessions_parts), else (a part continuing a session that came whole) all of the day.
        std::optional<PgResult> found;
        for (const QByteArray parts : { " AND part", "" }) {
            auto r = m_conn.exec(
                "UPDATE visitor_sessions SET merged = true WHERE ctid = (SELECT ctid FROM visitor_sessions"
                " WHERE day = $1 AND source = $2 AND visitor_id = $3 AND session_key = $4 AND NOT merged"
                    + parts
                    + " LIMIT 1) RETURNING start_utc, first_time, visit_number, duration_s, engagement_s, pageviews,"
                      " channel",
                { QByteArray::number(key.day), parameter(part.source), parameter(part.visitorId),
                    parameter(part.sessionKey) });
            if (!r)
                return fileError(r.error());
            if (r->rows() == 1) {
                found = std::move(*r);
                break;
            }
        }
        if (!found)
            return Error { m_ctx.fileName, 0, SessionTally::unreadablePartReason() };
        const PgResult *r = &*found;
        SessionRecord stored;
        stored.source = part.source;
        stored.visitorId = part.visitorId;
        stored.sessionKey = part.sessionKey;
        stored.day = QDate::fromJulianDay(key.day);
        stored.startUtc = r->integer(0, 0);
        if (!r->isNull(0, 1))
            stored.firstTime = r->value(0, 1) == "t";
        if (!r->isNull(0, 2))
            stored.visitNumber = r->integer(0, 2);
        if (!r->isNull(0, 3))
            stored.durationS = r->value(0, 3).toDouble();
        if (!r->isNull(0, 4))
            stored.engagementS = r->value(0, 4).toDouble();
        if (!r->isNull(0, 5))
            stored.pageviews = int(r->integer(0, 5));
        stored.channel = r->text(0, 6);
        const SessionRecord merged = SessionTally::mergeParts(stored, part);
        if (Status st = m_tally.count(stored, -1))
            return st;
        m_keys.erase(key);
        m_keys.insert({ merged.day.toJulianDay(), key.hash, key.check }, 0);
        ++m_merged;
        return store(merged, true);
    }

    // Formats the session as a COPY row and counts it; `part`: it may continue in another file.
    Status store(const SessionRecord &r, bool part)
    {
        BinaryRows &out = m_rows;
        out.fields(14);
        out.int8(m_ctx.importId);
        out.int4(qint32(m_seq++));
        out.text(r.source);
        out.text(r.visitorId);
        out.text(r.sessionKey);
        out.int8(r.startUtc);
        out.int4(qint32(r.day.toJulianDay()));
        out.boolean(r.firstTime);
        out.int8(r.visitNumber);
        out.float8(r.durationS);
        out.float8(r.engagementS);
        out.int4(r.pageviews);
        out.text(r.channel);
        out.boolean(part);
        ++m_ctx.rowsStored;
        if (Status st = m_tally.count(r, +1))
            return st;
        return m_rows.size() >= kBlock ? send() : Status {};
    }

    // Hands the formatted rows to the COPY, starting it if need be.
    Status send()
    {
        if (m_rows.isEmpty())
            return {};
        if (!m_copying) {
            if (Status st = m_copy.begin("COPY visitor_sessions (import_id, seq, source, visitor_id, session_key,"
                                         " start_utc, day, first_time, visit_number, duration_s, engagement_s,"
                                         " pageviews, channel, part) FROM STDIN (FORMAT binary)"))
                return fileError(*st);
            m_copying = true;
            if (Status st = m_copy.addEncoded(BinaryRows::header()))
                return fileError(*st);
        }
        const Status st = m_copy.addEncoded(m_rows.view());
        m_rows.clear();
        return st ? fileError(*st) : Status {};
    }

    // Ends the COPY (to run another statement): what was sent is stored and visible to this transaction.
    Status pause()
    {
        if (Status st = send())
            return st;
        if (!m_copying)
            return {};
        m_copying = false;
        if (Status st = m_copy.addEncoded(BinaryRows::trailer()))
            return fileError(*st);
        auto n = m_copy.finish();
        return n ? Status {} : fileError(n.error());
    }

    // This import's keys, one value per day, for the imports after it.
    Status writeKeys()
    {
        BinaryRows rows;
        QByteArray keys;
        m_keys.eachOwnDay([&](qint64 day, const std::vector<Key> &own) {
            keys.resize(qsizetype(own.size()) * kKeyBytes);
            for (size_t k = 0; k < own.size(); ++k)
                putKey(keys.data() + qsizetype(k) * kKeyBytes, own[k]);
            rows.fields(3);
            rows.int4(qint32(day));
            rows.int8(m_ctx.importId);
            rows.bytes(keys);
        });
        return copyAll("COPY visitor_session_keys (day, import_id, keys) FROM STDIN (FORMAT binary)", rows);
    }

    Status writeAggregates()
    {
        if (m_aggregates.isEmpty())
            return {};
        if (Status st = pause())
            return st;
        const Status st = copyAll(
            "COPY visitor_aggregates (import_id, source, day_from, day_to, metric, dimension, value) FROM STDIN"
            " (FORMAT binary)",
            m_aggregates);
        m_aggregates.clear();
        return st;
    }

    // One COPY of `rows`.
    Status copyAll(const QByteArray &statement, const BinaryRows &rows)
    {
        if (rows.isEmpty())
            return {};
        PgCopy copy(m_conn);
        if (Status st = copy.begin(statement))
            return fileError(*st);
        for (const QByteArrayView part : { BinaryRows::header(), rows.view(), BinaryRows::trailer() })
            if (Status st = copy.addEncoded(part))
                return fileError(*st);
        auto n = copy.finish();
        return n ? Status {} : fileError(n.error());
    }

    Error fileError(Error e) const
    {
        e.file = m_ctx.fileName;
        return e;
    }

    PgConnection &m_conn;
    ImportContext &m_ctx;
    SessionTally m_tally;
    PgCopy m_copy;
    QString m_source;
    bool m_started = false;
    bool m_copying = false;
    BinaryRows m_rows; // formatted, not yet handed to the COPY
    BinaryRows m_aggregates;
    qint64 m_seq = 0;
    qint64 m_merged = 0;
    KeySet m_keys;
    std::unordered_set<qint64> m_storedDays; // days with rows when the import took the lock
    std::unordered_set<qint64> m_readDays;
    qint64 m_lastDay = 0; // the day last looked at by readDay
};

} // namespace

std::unique_ptr<SessionSink> openPgSessionSink(PgConnection &conn, ImportContext &ctx)
{
    return std::make_unique<PgSessionSink>(conn, ctx);
}
