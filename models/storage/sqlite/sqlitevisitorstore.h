// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "visitors/visitorstore.h"

#include <QSqlDatabase>

// The visitors area on SQLite: rollups in visitor_daily and visitor_duration_histograms, report figures in
// visitor_aggregates, sessions packed (visitorschema.cpp). Reads go through prepared statements on the raw
// handle; the import sink is sqlitesessionsink.cpp.
class SqliteVisitorStore : public VisitorStore
{
public:
    explicit SqliteVisitorStore(QSqlDatabase db)
        : m_db(std::move(db))
    { }

    std::unique_ptr<SessionSink> openSink(ImportContext &ctx) override;
    Status replay(qint64 importId, SessionSink &sink) override;
    Expected<std::vector<DailyRollup>> importRollups(qint64 importId) override;
    Expected<std::vector<SharedSessions>> sharedSessions(qint64 importId) override;
    Status addSharedSessions(qint64 importId, const SharedSessions &shared) override;
    Expected<std::vector<qint64>> daysWithFigures(qint64 from, qint64 to, const QString &source) override;
    Expected<std::vector<DailyRollup>> dailyRollups(qint64 from, qint64 to, const QString &source) override;
    Status eachHistogram(qint64 from, qint64 to, const QString &source,
        const std::function<Status(qint64, QByteArrayView)> &each) override;
    Expected<std::vector<ReportFigure>> reportFigures(qint64 from, qint64 to, const QString &source) override;
    Expected<std::vector<ReportFigure>> durationReports(qint64 from, qint64 to, const QString &source) override;
    Expected<QList<SourceInfo>> sources() override;
    Expected<std::pair<QDate, QDate>> dataRange() override;

private:
    QSqlDatabase m_db;
};
