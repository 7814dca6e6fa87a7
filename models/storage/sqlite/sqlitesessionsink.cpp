// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sqlite/sqlitesessionsink.h"

#include "importers/importcontext.h"
#include "importers/plausiblevalues.h"
#include "storage/sqlite/sql.h"
#include "storage/sqlite/sqlitesessionkeyrows.h"
#include "storage/sqlite/sqlitestatement.h"
#include "visitors/packedsessionsink.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <optional>

using namespace Qt::StringLiterals;

namespace {

class SqliteSessionSink final : public PackedSessionSink
{
public:
    // The base keeps a reference to m_keyRows, used only once the sink is made.
    SqliteSessionSink(QSqlDatabase &db, ImportContext &ctx)
        : PackedSessionSink(ctx, m_keyRows)
        , m_db(Sql::handle(db))
        , m_keyRows(m_db)
    { }

    bool prepare()
    {
        return m_insertChunk.prepare(m_db,
                   "INSERT INTO visitor_session_chunks (import_id, chunk_no, sessions, day_from, day_to, data)"
                   " VALUES (?,?,?,?,?,?)")
            && m_readChunk.prepare(m_db, "SELECT data FROM visitor_session_chunks WHERE import_id = ? AND chunk_no = ?")
            && m_insertAggregate.prepare(m_db,
                "INSERT INTO visitor_aggregates (import_id, source, day_from, day_to,"
                " metric, dimension, value) VALUES (?,?,?,?,?,?,?)");
    }

    Status addAggregate(const AggregateRecord &a) override
    {
        auto normal = m_tally.normalise(a, source());
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
        if (Status st = finishSessions())
            return st;
        SqliteStatement day, hist;
        if (!day.prepare(m_db,
                "INSERT INTO visitor_daily (day, source, import_id, visits, first_time, returning_visits,"
                " type_known, duration_n, duration_sum) VALUES (?,?,?,?,?,?,?,?,?)")
            || !hist.prepare(
                m_db, "INSERT INTO visitor_duration_histograms (day, source, import_id, histogram) VALUES (?,?,?,?)"))
            return storeError();
        return m_tally.take([&](const DailyRollup &t, const QByteArray &histogram) -> Status {
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
        });
    }

private:
    Status writeChunk(qint64 chunkNo, int sessions, qint64 dayFrom, qint64 dayTo, const QByteArray &data) override
    {
        SqliteStatement &q = m_insertChunk;
        q.integer(1, m_ctx.importId);
        q.integer(2, chunkNo);
        q.integer(3, sessions);
        q.integer(4, dayFrom);
        q.integer(5, dayTo);
        q.blob(6, data);
        if (q.exec() != SQLITE_DONE)
            return storeError();
        return {};
    }

    Expected<std::optional<QByteArray>> readChunk(qint64 importId, qint64 chunkNo) override
    {
        m_readChunk.integer(1, importId);
        m_readChunk.integer(2, chunkNo);
        std::optional<QByteArray> out;
        const int rc = m_readChunk.step();
        if (rc == SQLITE_ROW)
            out = m_readChunk.blob(0);
        m_readChunk.reset();
        if (rc != SQLITE_ROW && rc != SQLITE_DONE)
            return storeError();
        return out;
    }

    Status writeSharedSessions(const std::map<qint64, qint64> &sessionsByImport) override
    {
        SqliteStatement q;
        if (!q.prepare(m_db, "INSERT INTO visitor_shared_sessions (import_id, stored_by, sessions) VALUES (?,?,?)"))
            return storeError();
        for (const auto &[storedBy, sessions] : sessionsByImport) {
            q.integer(1, m_ctx.importId);
            q.integer(2, storedBy);
            q.integer(3, sessions);
            if (q.exec() != SQLITE_DONE)
                return storeError();
        }
        return {};
    }

    Error storeError() const // sessions, figures and rollups alike
    {
        return Sql::error(m_db, m_ctx.fileName);
    }

    sqlite3 *m_db;
    SqliteSessionKeyRows m_keyRows;
    SqliteStatement m_insertChunk;
    SqliteStatement m_readChunk;
    SqliteStatement m_insertAggregate;
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
