// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sqlite/sqlitesessionsink.h"

#include "importers/importcontext.h"
#include "importers/plausiblevalues.h"
#include "visitors/sessionchunk.h"
#include "visitors/sessionkey.h"
#include "visitors/sessionkeyindex.h"
#include "visitors/sessiontally.h"
#include "storage/sqlite/sqlitesessionkeyrows.h"
#include "storage/sqlite/sqlitestatement.h"
#include "storage/sqlite/sql.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <optional>

using namespace Qt::StringLiterals;

namespace {

class SqliteSessionSink final : public SessionSink
{
public:
    SqliteSessionSink(QSqlDatabase &db, ImportContext &ctx)
        : m_db(Sql::handle(db))
        , m_ctx(ctx)
        , m_keyRows(m_db)
        , m_keys(m_keyRows, ctx.importId)
        , m_tally(ctx)
    { }

    bool prepare()
    {
        return !m_keys.prepare()
            && m_insertChunk.prepare(m_db,
                "INSERT INTO visitor_session_chunks (import_id, chunk_no, sessions, day_from, day_to, data)"
                " VALUES (?,?,?,?,?,?)")
            && m_readChunk.prepare(m_db, "SELECT data FROM visitor_session_chunks WHERE import_id = ? AND chunk_no = ?")
            && m_insertAggregate.prepare(m_db,
                "INSERT INTO visitor_aggregates (import_id, source, day_from, day_to,"
                " metric, dimension, value) VALUES (?,?,?,?,?,?,?)");
    }

    void setSource(const QString &source) override { m_source = source; }

    // A GA4 part looks for the stored rest of its session; a keyed session whose key is known already is
    // a duplicate.
    Status addSession(const SessionRecord &s) override
    {
        const std::optional<SessionRecord> normal = m_tally.normalise(s, m_source);
        if (!normal)
            return {};
        const SessionRecord &r = *normal;
        if (r.sessionKey.isEmpty())
            return store(r);
        const qint64 day = r.day.toJulianDay();
        const qint64 hash = SessionKey::hash(r.source, r.visitorId, r.sessionKey);
        const qint64 check = SessionKey::check(r.source, r.visitorId, r.sessionKey);
        if (r.partial) {
            for (const qint64 d : { day - 1, day, day + 1 }) {
                const SessionKeyIndex::Key key { d, hash, check };
                std::optional<SessionKeyIndex::Location> where;
                if (Status st = m_keys.find(key, where))
                    return fileError(*st);
                if (where)
                    return merge(key, *where, r);
            }
        }
        bool added;
        if (Status st = m_keys.insert({ day, hash, check }, m_seq, added))
            return fileError(*st);
        if (!added) {
            m_ctx.skip(SessionTally::duplicateReason(), s.line);
            return {};
        }
        return store(r);
    }

    Status addAggregate(const AggregateRecord &a) override
    {
        auto normal = m_tally.normalise(a, m_source);
        if (!normal)
            return normal.error();
        if (!*normal)
            return {};
        const AggregateRecord &r = **normal;
        SqliteStatement &q = m_insertAggregate;
        q.integer(1, m_ctx.importId);
        q.text(2, r.source.toUtf8());
        q.integer(3, r.from.toJulianDay());
        q.integer(4, r.to.toJulianDay());
        q.text(5, a.metric.toUtf8());
        q.text(6, a.dimension.toUtf8());
        q.real(7, a.value);
        if (q.exec() != SQLITE_DONE)
            return storeError();
        ++m_ctx.rowsStored;
        return {};
    }

    // The rollups go in at the end: one row per day and source instead of one update per session.
    Status finish() override
    {
        if (Status st = m_keys.flush())
            return fileError(*st);
        if (Status st = flushChunk())
            return st;
        SqliteStatement day, hist;
        if (!day.prepare(m_db,
                "INSERT INTO visitor_daily (day, source, import_id, visits, first_time, returning_visits,"
                " type_known, duration_n, duration_sum) VALUES (?,?,?,?,?,?,?,?,?)")
            || !hist.prepare(
                m_db, "INSERT INTO visitor_duration_histograms (day, source, import_id, histogram) VALUES (?,?,?,?)"))
            return storeError();
        if (Status st = m_tally.take([&](const DailyRollup &t, const QByteArray &histogram) -> Status {
                const QByteArray source = t.source.toUtf8();
                day.integer(1, t.day);
                day.text(2, source);
                day.integer(3, m_ctx.importId);
                day.integer(4, t.visits);
                day.integer(5, t.firstTime);
                day.integer(6, t.returning);
                day.integer(7, t.typeKnown);
                day.integer(8, t.durationN);
                day.real(9, t.durationSum);
                if (day.exec() != SQLITE_DONE)
                    return storeError();
                if (histogram.isEmpty())
                    return {};
                hist.integer(1, t.day);
                hist.text(2, source);
                hist.integer(3, m_ctx.importId);
                hist.blob(4, histogram);
                if (hist.exec() != SQLITE_DONE)
                    return storeError();
                return {};
            }))
            return st;
        if (m_merged > 0)
            m_ctx.notes << SessionTally::mergedNote(m_merged);
        return {};
    }

private:
    // Packs a session whose key (if any) is in place and counts it.
    Status store(const SessionRecord &r)
    {
        if (Status st = append(r))
            return st;
        ++m_ctx.rowsStored;
        return m_tally.count(r, +1);
    }

    // The stored part and this part are one session: the merged session replaces the stored one in the
    // keys and in the rollups (this import's rollups take the stored part out and add the whole), while the
    // stored part stays in its own import's packed rows as that file held it.
    Status merge(const SessionKeyIndex::Key &key, const SessionKeyIndex::Location &where, const SessionRecord &part)
    {
        auto stored = sessionAt(where.importId, where.seq);
        if (!stored)
            return Error { m_ctx.fileName, 0, SessionTally::unreadablePartReason() };
        const SessionRecord merged = SessionTally::mergeParts(*stored, part);
        if (Status st = m_tally.count(*stored, -1))
            return st;
        bool added;
        if (Status st = m_keys.erase(key))
            return fileError(*st);
        if (Status st = m_keys.insert({ merged.day.toJulianDay(), key.hash, key.check }, m_seq, added))
            return fileError(*st);
        if (Status st = append(merged))
            return st;
        ++m_merged;
        ++m_ctx.rowsStored;
        return m_tally.count(merged, +1);
    }

    // A stored session by its import and ordinal: from the chunk being written, or read back (the last
    // packed row read is kept, as merged sessions of one file tend to come from the same few rows).
    std::optional<SessionRecord> sessionAt(qint64 importId, qint64 seq)
    {
        const qint64 chunkNo = seq / SessionChunk::kMaxSessions;
        const bool pending = importId == m_ctx.importId && seq >= m_flushedSeq;
        if (pending || !m_cached || m_cachedImport != importId || m_cachedChunk != chunkNo) {
            m_cached.reset();
            if (pending) {
                m_cached = SessionChunk::decode(m_chunk.bytes());
            } else {
                m_readChunk.integer(1, importId);
                m_readChunk.integer(2, chunkNo);
                if (m_readChunk.next())
                    m_cached = SessionChunk::decode(m_readChunk.blob(0));
                m_readChunk.reset();
            }
            m_cachedImport = pending ? -1 : importId;
            m_cachedChunk = chunkNo;
        }
        const qint64 i = seq % SessionChunk::kMaxSessions;
        if (!m_cached || i >= qint64(m_cached->size()))
            return std::nullopt;
        return (*m_cached)[size_t(i)];
    }

    Status append(const SessionRecord &r)
    {
        m_chunk.add(r);
        ++m_seq;
        if (m_chunk.size() >= SessionChunk::kMaxSessions)
            return flushChunk();
        return {};
    }

    Status flushChunk()
    {
        if (m_chunk.size() == 0)
            return {};
        SqliteStatement &q = m_insertChunk;
        q.integer(1, m_ctx.importId);
        q.integer(2, m_flushedSeq / SessionChunk::kMaxSessions);
        q.integer(3, m_chunk.size());
        q.integer(4, m_chunk.firstDay());
        q.integer(5, m_chunk.lastDay());
        m_flushedSeq += m_chunk.size();
        const QByteArray data = m_chunk.take();
        q.blob(6, data);
        if (q.exec() != SQLITE_DONE)
            return storeError();
        return {};
    }

    Error storeError() const // sessions, figures and rollups alike
    {
        return Sql::error(m_db, m_ctx.fileName);
    }

    Error fileError(Error e) const
    {
        e.file = m_ctx.fileName;
        return e;
    }

    sqlite3 *m_db;
    ImportContext &m_ctx;
    QString m_source;
    SqliteSessionKeyRows m_keyRows;
    SessionKeyIndex m_keys;
    SqliteStatement m_insertChunk;
    SqliteStatement m_readChunk;
    SqliteStatement m_insertAggregate;
    SessionChunk::Writer m_chunk; // sessions not yet written
    qint64 m_seq = 0; // ordinal of the next session of this import
    qint64 m_flushedSeq = 0; // sessions already written in packed rows
    qint64 m_merged = 0;
    std::optional<std::vector<SessionRecord>> m_cached;
    qint64 m_cachedImport = -1;
    qint64 m_cachedChunk = -1;
    SessionTally m_tally;
};

} // namespace

std::unique_ptr<SessionSink> openSessionStore(QSqlDatabase &db, ImportContext &ctx)
{
    auto sink = std::make_unique<SqliteSessionSink>(db, ctx);
    if (!Sql::handle(db) || !sink->prepare())
        return nullptr;
    return sink;
}

Expected<qint64> recordVisitorImport(
    QSqlDatabase &db, const QString &fileName, const QString &format, const QString &sha256)
{
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO imports (file_name, sha256, kind, format, started_at, os_user)"
              " VALUES (?, ?, 'visitors', ?, ?, ?)"_s);
    q.addBindValue(fileName);
    q.addBindValue(sha256);
    q.addBindValue(format);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    q.addBindValue(qEnvironmentVariable("USER", u"kapsel"_s));
    if (!q.exec())
        return Sql::error(q);
    return q.lastInsertId().toLongLong();
}

Status finishVisitorImport(QSqlDatabase &db, const ImportContext &ctx)
{
    QSqlQuery q(db);
    q.prepare(u"UPDATE imports SET rows_read = ?, rows_stored = ?, rows_skipped = ?, finished_at = ? WHERE id = ?"_s);
    q.addBindValue(ctx.rowsRead);
    q.addBindValue(ctx.rowsStored);
    q.addBindValue(ctx.rowsSkipped());
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    q.addBindValue(ctx.importId);
    if (!q.exec())
        return Sql::error(q);
    return {};
}
