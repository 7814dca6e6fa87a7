// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sqlite/migrations.h"

#include "storage/sqlite/sql.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {
struct MigrationsTr
{
    Q_DECLARE_TR_FUNCTIONS(Migrations)
};
} // namespace

const std::vector<Migrations::Step> &Migrations::steps()
{
    static const std::vector<Step> all = {
        { 1, u"imports history and workspace settings"_s, createFoundationSchema },
        { 2, u"visitor sessions, report aggregates and daily rollups"_s, createVisitorSchema },
        { 3, u"cookie inventory, scans and knowledge base"_s, createCookieSchema },
        { 4, u"redacted chat conversations, audit log and full-text index"_s, createChatSchema },
        { 5, u"visitor sessions packed, keys apart, duration histograms per day"_s, packVisitorStorage },
        { 6, u"cookie observations per consent phase and kind, live scan events"_s, addLiveScanColumns },
        { 7, u"records of the compliance reports made"_s, createReportArchive },
        { 8, u"sessions a later import refused as duplicates of an earlier one's"_s, addSharedSessions },
    };
    return all;
}

int Migrations::latestVersion()
{
    return steps().back().version;
}

int Migrations::currentVersion(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (q.exec(u"PRAGMA user_version"_s) && q.next())
        return q.value(0).toInt();
    return -1;
}

Status Migrations::migrate(QSqlDatabase &db, int target)
{
    const int current = currentVersion(db);
    if (current < 0)
        return Error { {}, 0, MigrationsTr::tr("this file is not a Kapsel workspace (it is not an SQLite database)") };
    if (current > latestVersion())
        return Error { {}, 0,
            MigrationsTr::tr("this workspace was written by a newer Kapsel (schema %1; this version "
                             "knows up to %2); update Kapsel to open it")
                .arg(current)
                .arg(latestVersion()) };
    if (current >= target)
        return {};
    if (Status s = Sql::beginWrite(db))
        return s;
    // Another process may have migrated while we waited for the lock.
    const int locked = currentVersion(db);
    for (const Step &step : steps()) {
        if (step.version <= locked || step.version > target)
            continue;
        if (Status s = step.apply(db)) {
            Sql::rollback(db);
            return s;
        }
        QSqlQuery q(db);
        if (!q.exec(u"PRAGMA user_version = %1"_s.arg(step.version))) {
            Error e = Sql::error(q);
            Sql::rollback(db);
            return e;
        }
    }
    return Sql::commit(db);
}
