// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "visitors/sessionsink.h"

#include <QByteArrayView>
#include <QDate>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <utility>
#include <vector>

class ImportContext;

// A day's rollup of one source, summed over the imports that gave it.
struct DailyRollup
{
    qint64 day = 0; // local Julian day
    QString source;
    qint64 visits = 0;
    qint64 firstTime = 0;
    qint64 returning = 0;
    qint64 typeKnown = 0;
    qint64 durationN = 0;
    double durationSum = 0;
};

// A figure from an aggregate report (AggregateRecord as stored), the latest import's where several gave it.
struct ReportFigure
{
    QString source;
    qint64 dayFrom = 0;
    qint64 dayTo = 0;
    QString metric; // AggregateMetric
    QString dimension; // e.g. "60-120" for visits_by_duration; empty otherwise
    double value = 0;
};

// Sessions a later import's file held too, refused there as duplicates of the ones an earlier import stores:
// the later file's data that removing the earlier import would take away.
struct SharedSessions
{
    qint64 laterImportId = 0;
    qint64 sessions = 0;
};

struct SourceInfo
{
    QString name;
    qint64 sessions = 0; // visits stored as sessions
    qint64 aggregateRows = 0; // figures from aggregate reports
};

// The visitors area's port: what the area stores and reads back. Every range is of local Julian days,
// inclusive, of one source or of all (`source` empty). The arithmetic on these figures (periods, medians,
// which report counts) is VisitorQueries', the same on every backend.
class VisitorStore
{
public:
    virtual ~VisitorStore() = default;

    // The sink visitor importers write to, inside the import's transaction (ctx.importId and ctx.timeZone set).
    virtual std::unique_ptr<SessionSink> openSink(ImportContext &ctx) = 0;
    // Hands what one import stored to `sink` (a copy of the workspace): its report figures in stored order,
    // then its sessions in stored order, each with its source and local day. A session that a later part
    // continued (SessionRecord::partial) is left out: the later import's merged session stands for both.
    // The rollups are not handed over: the receiving sink derives them.
    virtual Status replay(qint64 importId, SessionSink &sink) = 0;
    // The rollups one import wrote, one row per day and source (what removing it takes out of the charts; an
    // import that merged a session stored by an earlier one has a negative count there).
    virtual Expected<std::vector<DailyRollup>> importRollups(qint64 importId) = 0;
    // The later imports that refused sessions as duplicates of the ones `importId` stores, by import id.
    virtual Expected<std::vector<SharedSessions>> sharedSessions(qint64 importId) = 0;
    // Records that import `laterImportId` refused `sessions` sessions as duplicates of those `importId` stores (a
    // copy of the workspace: WorkspaceCopy, after both imports are copied).
    virtual Status addSharedSessions(qint64 importId, const SharedSessions &shared) = 0;
    // Inside a write transaction: waits (a bounded time) for the lock that imports of sessions hold while
    // they run, where the backend has one (PostgreSQL; SQLite's write transaction is exclusive already).
    virtual Status lockSessions() { return {}; }

    // Days in [from, to] on which a rollup or a report's period starts, ascending, each once.
    virtual Expected<std::vector<qint64>> daysWithFigures(qint64 from, qint64 to, const QString &source) = 0;
    // One row per (day, source) in [from, to].
    virtual Expected<std::vector<DailyRollup>> dailyRollups(qint64 from, qint64 to, const QString &source) = 0;
    // Every stored duration histogram of a day in [from, to] (DurationHistogram format; one per day, source and
    // import), handed to `each` with its day, without copying. An error `each` returns stops the walk and is
    // returned.
    virtual Status eachHistogram(
        qint64 from, qint64 to, const QString &source, const std::function<Status(qint64, QByteArrayView)> &each)
        = 0;
    // Report figures without a dimension whose period overlaps [from, to].
    virtual Expected<std::vector<ReportFigure>> reportFigures(qint64 from, qint64 to, const QString &source) = 0;
    // Visits by duration range from reports inside [from, to], of sources with no sessions in it.
    virtual Expected<std::vector<ReportFigure>> durationReports(qint64 from, qint64 to, const QString &source) = 0;
    virtual Expected<QList<SourceInfo>> sources() = 0;
    // First and last day with any figure; invalid dates when there is none.
    virtual Expected<std::pair<QDate, QDate>> dataRange() = 0;
};
