// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "visitors/visitorstore.h"

#include <QCoreApplication>

class PgConnection;

// The visitors area on PostgreSQL (schema/1/10-visitors.sql, schema/2/10-visitors.sql): sessions packed a few
// thousand to a row in visitor_session_chunks with their keys in visitor_session_keys (as on SQLite), report
// figures in visitor_aggregates, rollups in visitor_daily and visitor_duration_histograms. Reads are
// single statements with parameters; the import sink is pgsessionsink.cpp. Same results as SqliteVisitorStore
// for the same calls (tests/test_visitorstore.cpp).
class PgVisitorStore : public VisitorStore
{
    Q_DECLARE_TR_FUNCTIONS(PgVisitorStore)

public:
    explicit PgVisitorStore(PgConnection &conn)
        : m_conn(conn)
    { }

    // The sink writes in the caller's transaction (BEGIN..COMMIT is the caller's), sessions through COPY. From
    // its first session until that transaction ends it holds the lock of the visitor sessions
    // (kSessionsLock): imports of sessions run one after the other, a second one waiting at most a bounded time
    // and then failing with "busy, try again". Destroy it before ending the transaction.
    std::unique_ptr<SessionSink> openSink(ImportContext &ctx) override;
    Status replay(qint64 importId, SessionSink &sink) override;
    Expected<std::vector<DailyRollup>> importRollups(qint64 importId) override;
    Expected<std::vector<SharedSessions>> sharedSessions(qint64 importId) override;
    Status addSharedSessions(qint64 importId, const SharedSessions &shared) override;
    Status lockSessions() override { return takeSessionsLock(m_conn); }
    Expected<std::vector<qint64>> daysWithFigures(qint64 from, qint64 to, const QString &source) override;
    Expected<std::vector<DailyRollup>> dailyRollups(qint64 from, qint64 to, const QString &source) override;
    Status eachHistogram(qint64 from, qint64 to, const QString &source,
        const std::function<Status(qint64, QByteArrayView)> &each) override;
    Expected<std::vector<ReportFigure>> reportFigures(qint64 from, qint64 to, const QString &source) override;
    Expected<std::vector<ReportFigure>> durationReports(qint64 from, qint64 to, const QString &source) override;
    Expected<QList<SourceInfo>> sources() override;
    Expected<std::pair<QDate, QDate>> dataRange() override;

    // The advisory lock (pg_advisory_xact_lock) every writer of visitor_sessions holds until its commit.
    static constexpr qint64 kSessionsLock = 7419230082;
    // How long an import waits for another one's lock before it gives up ("busy, try again").
    static constexpr int kLockWaitSeconds = 120;
    // Takes kSessionsLock in the current transaction, waiting at most kLockWaitSeconds: what an import of
    // sessions does before its first session and a removal of an import of visitors before it looks.
    static Status takeSessionsLock(PgConnection &conn);

    // Schema version 2's program: version 1's row per session (visitor_sessions) repacked as version 2 keeps
    // sessions, with their keys; then the old table goes. In the upgrade's transaction.
    static Status packSessions(PgConnection &conn);

private:
    PgConnection &m_conn;
};

// The sink of PgVisitorStore::openSink (pgsessionsink.cpp).
std::unique_ptr<SessionSink> openPgSessionSink(PgConnection &conn, ImportContext &ctx);
