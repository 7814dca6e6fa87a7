// SPDX-License-Identifier: GPL-3.0-or-later
#include "stats/sessionstore.h"

#include "importers/importcontext.h"
#include "stats/durationbuckets.h"
#include "stats/sqlitestatement.h"
#include "storage/sql.h"

#include <QDateTime>
#include <QHash>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>
#include <unordered_map>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

struct StoreTr
{
    Q_DECLARE_TR_FUNCTIONS(SessionStore)
};

// Julian day of 1970-01-01.
constexpr qint64 kEpochJulianDay = 2440588;

struct DayTotals
{
    qint64 visits = 0;
    qint64 firstTime = 0;
    qint64 returning = 0;
    qint64 typeKnown = 0;
    qint64 durationN = 0;
    double durationSum = 0;
};

class SqliteSessionSink final : public SessionSink
{
public:
    SqliteSessionSink(QSqlDatabase &db, ImportContext &ctx)
        : m_db(Sql::handle(db))
        , m_ctx(ctx)
    { }

    bool prepare()
    {
        return m_insertSession.prepare(m_db,
                   "INSERT INTO visitor_sessions (import_id, source, visitor_id, session_key,"
                   " start_utc, day, first_time, visit_number, duration_s, engagement_s,"
                   " pageviews, channel, key_hash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"
                   " ON CONFLICT DO NOTHING")
            && m_findKey.prepare(
                m_db, "SELECT source, visitor_id, session_key FROM visitor_sessions WHERE key_hash = ?")
            && m_insertAggregate.prepare(m_db,
                "INSERT INTO visitor_aggregates (import_id, source, day_from, day_to,"
                " metric, dimension, value) VALUES (?,?,?,?,?,?,?)");
    }

    void setSource(const QString &source) override { m_source = source; }

    Status addSession(const SessionRecord &s) override
    {
        const QString source = sourceOf(s.source);
        const QByteArray &src = utf8Source(source);
        const qint64 day = s.day.isValid() ? s.day.toJulianDay() : localJulianDay(s.startUtc);
        std::optional<bool> first = s.firstTime;
        if (!first && s.visitNumber)
            first = *s.visitNumber <= 1;

        SqliteStatement &q = m_insertSession;
        q.integer(1, m_ctx.importId);
        q.text(2, src);
        q.text16(3, s.visitorId);
        q.text16(4, s.sessionKey);
        q.integer(5, s.startUtc);
        q.integer(6, day);
        first ? q.integer(7, *first ? 1 : 0) : q.null(7);
        s.visitNumber ? q.integer(8, *s.visitNumber) : q.null(8);
        s.durationS ? q.real(9, *s.durationS) : q.null(9);
        s.engagementS ? q.real(10, *s.engagementS) : q.null(10);
        s.pageviews ? q.integer(11, *s.pageviews) : q.null(11);
        q.text16(12, s.channel);
        std::optional<qint64> hash;
        if (!s.sessionKey.isEmpty())
            hash = keyHash(source, s.visitorId, s.sessionKey);
        for (;;) {
            hash ? q.integer(13, *hash) : q.null(13);
            if (q.exec() != SQLITE_DONE)
                return Error { m_ctx.fileName, 0,
                    StoreTr::tr("could not store a session: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_db))) };
            if (sqlite3_changes(m_db) > 0)
                break;
            if (sameKey(*hash, source, s.visitorId, s.sessionKey)) {
                m_ctx.skip(
                    StoreTr::tr(
                        "Duplicate of a session already stored (same source, visitor and session); not counted twice."),
                    0);
                return {};
            }
            hash = *hash + 1; // a true 64-bit collision: probe the next value
        }
        ++m_ctx.rowsStored;

        const qint64 srcId = sourceId(source);
        if (srcId > 0xFF)
            return Error { m_ctx.fileName, 0, StoreTr::tr("more than 256 data sources in one file; split it") };
        DayTotals &t = m_days[(day << 12) | srcId];
        ++t.visits;
        if (first) {
            ++t.typeKnown;
            ++(*first ? t.firstTime : t.returning);
        }
        if (s.durationS) {
            ++t.durationN;
            t.durationSum += std::max(0.0, *s.durationS);
            const qint64 d = std::min<qint64>(DurationBuckets::roundSeconds(*s.durationS), 0xFFFFFFFF);
            ++m_durations[(quint64(day) << 40) | (quint64(srcId) << 32) | quint64(d)];
        }
        return {};
    }

    Status addAggregate(const AggregateRecord &a) override
    {
        if (!a.from.isValid())
            return Error { m_ctx.fileName, 0, StoreTr::tr("an aggregate figure has no valid date") };
        const QDate to = a.to.isValid() ? a.to : a.from;
        SqliteStatement &q = m_insertAggregate;
        q.integer(1, m_ctx.importId);
        q.text(2, utf8Source(sourceOf(a.source)));
        q.integer(3, a.from.toJulianDay());
        q.integer(4, to.toJulianDay());
        q.text(5, a.metric.toUtf8());
        q.text(6, a.dimension.toUtf8());
        q.real(7, a.value);
        if (q.exec() != SQLITE_DONE)
            return Error { m_ctx.fileName, 0,
                StoreTr::tr("could not store a figure: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_db))) };
        ++m_ctx.rowsStored;
        return {};
    }

    // The rollups go in at the end: one row per day and source instead of one update per session.
    Status finish() override
    {
        SqliteStatement day, dur;
        if (!day.prepare(m_db,
                "INSERT INTO visitor_daily (day, source, import_id, visits, first_time, returning_visits,"
                " type_known, duration_n, duration_sum) VALUES (?,?,?,?,?,?,?,?,?)")
            || !dur.prepare(m_db,
                "INSERT INTO visitor_daily_durations (day, source, import_id, duration_s, visits)"
                " VALUES (?,?,?,?,?)"))
            return sqlError();
        for (const auto &[k, t] : m_days) {
            day.integer(1, k >> 12);
            day.text(2, m_sourceNames.at(k & 0xFFF).toUtf8());
            day.integer(3, m_ctx.importId);
            day.integer(4, t.visits);
            day.integer(5, t.firstTime);
            day.integer(6, t.returning);
            day.integer(7, t.typeKnown);
            day.integer(8, t.durationN);
            day.real(9, t.durationSum);
            if (day.exec() != SQLITE_DONE)
                return sqlError();
        }
        for (const auto &[k, n] : m_durations) {
            dur.integer(1, qint64(k >> 40));
            dur.text(2, m_sourceNames.at((k >> 32) & 0xFF).toUtf8());
            dur.integer(3, m_ctx.importId);
            dur.integer(4, qint64(k & 0xFFFFFFFF));
            dur.integer(5, n);
            if (dur.exec() != SQLITE_DONE)
                return sqlError();
        }
        m_days.clear();
        m_durations.clear();
        return {};
    }

private:
    QString sourceOf(const QString &recordSource) const
    {
        if (!m_ctx.options.sourceName.isEmpty())
            return m_ctx.options.sourceName;
        if (!recordSource.isEmpty())
            return recordSource;
        if (!m_source.isEmpty())
            return m_source;
        return StoreTr::tr("Unknown source");
    }

    // FNV-1a, 64 bit, over the UTF-16 code units with a separator that cannot occur in the texts' units
    // as a pair (0xFFFF is a non-character). Stable across runs and platforms, unlike qHash.
    static qint64 keyHash(const QString &source, const QString &visitor, const QString &key)
    {
        quint64 h = 14695981039346656037ULL;
        auto mix = [&h](const QString &s) {
            for (const QChar c : s) {
                const char16_t u = c.unicode();
                h = (h ^ (u & 0xFF)) * 1099511628211ULL;
                h = (h ^ (u >> 8)) * 1099511628211ULL;
            }
            h = (h ^ 0xFF) * 1099511628211ULL;
            h = (h ^ 0xFF) * 1099511628211ULL;
        };
        mix(source);
        mix(visitor);
        mix(key);
        return qint64(h);
    }

    bool sameKey(qint64 hash, const QString &source, const QString &visitor, const QString &key)
    {
        m_findKey.integer(1, hash);
        const bool same
            = m_findKey.next() && m_findKey.str(0) == source && m_findKey.str(1) == visitor && m_findKey.str(2) == key;
        m_findKey.reset();
        return same;
    }

    // Small ids for the sources of this import, so the rollup maps key on integers, not strings.
    qint64 sourceId(const QString &source)
    {
        if (m_lastSourceId >= 0 && m_sourceNames.at(m_lastSourceId) == source)
            return m_lastSourceId;
        auto it = std::find(m_sourceNames.begin(), m_sourceNames.end(), source);
        if (it == m_sourceNames.end()) {
            m_sourceNames.push_back(source);
            it = m_sourceNames.end() - 1;
        }
        m_lastSourceId = it - m_sourceNames.begin();
        return m_lastSourceId;
    }

    const QByteArray &utf8Source(const QString &source)
    {
        auto it = m_sourceUtf8.find(source);
        if (it == m_sourceUtf8.end())
            it = m_sourceUtf8.insert(source, source.toUtf8());
        return *it;
    }

    // The local day of a UTC instant. Zone offsets are cached per UTC hour: converting through QTimeZone
    // for every one of millions of rows costs more than the insert itself.
    qint64 localJulianDay(qint64 utc)
    {
        const qint64 hour = utc >= 0 ? utc / 3600 : (utc - 3599) / 3600;
        auto it = m_offsets.find(hour);
        if (it == m_offsets.end()) {
            const QTimeZone tz = m_ctx.timeZone.isValid() ? m_ctx.timeZone : QTimeZone("Europe/Oslo");
            it = m_offsets.insert(hour, tz.offsetFromUtc(QDateTime::fromSecsSinceEpoch(hour * 3600, Qt::UTC)));
        }
        const qint64 local = utc + *it;
        const qint64 days = local >= 0 ? local / 86400 : (local - 86399) / 86400;
        return kEpochJulianDay + days;
    }

    Error sqlError() const
    {
        return Error { m_ctx.fileName, 0,
            StoreTr::tr("could not store the daily totals: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_db))) };
    }

    sqlite3 *m_db;
    ImportContext &m_ctx;
    QString m_source;
    SqliteStatement m_insertSession;
    SqliteStatement m_insertAggregate;
    SqliteStatement m_findKey;
    QHash<QString, QByteArray> m_sourceUtf8;
    QHash<qint64, int> m_offsets;
    std::vector<QString> m_sourceNames;
    qint64 m_lastSourceId = -1;
    std::unordered_map<qint64, DayTotals> m_days; // (day << 12) | source id
    std::unordered_map<quint64, qint64> m_durations; // day << 40 | source id << 32 | whole seconds (24/8/32 bits)
};

} // namespace

std::unique_ptr<SessionSink> openSessionStore(QSqlDatabase &db, ImportContext &ctx)
{
    auto sink = std::make_unique<SqliteSessionSink>(db, ctx);
    if (!Sql::handle(db) || !sink->prepare())
        return nullptr;
    // A bigger page cache for the import: with SQLite's 2 MB default the session index spills dirty pages
    // to the WAL again and again during one big transaction, which costs more than the inserts themselves.
    // Bounded, so memory does not grow with the file.
    sqlite3_exec(Sql::handle(db), "PRAGMA cache_size = -98304", nullptr, nullptr, nullptr);
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
