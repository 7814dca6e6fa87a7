// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <vector>

// Forward-only schema migrations keyed by PRAGMA user_version. Step N takes a workspace from version N-1
// to N inside one transaction. Each area owns the steps that create its tables:
//   1 foundation (meta, imports)   storage/sqlite/foundationschema.cpp
//   2 visitors                     storage/sqlite/visitorschema.cpp
//   3 cookies                      storage/sqlite/cookieschema.cpp
//   4 chats                        storage/sqlite/chatschema.cpp
//   5 visitors: packed sessions    storage/sqlite/visitorschema.cpp
//   6 cookies: live scans          storage/sqlite/cookieschema.cpp
//   7 stored compliance reports    storage/sqlite/sqlitereportarchive.cpp
// Once a version has shipped it never changes: later changes are new steps appended at the end.
namespace Migrations {

struct Step
{
    int version;
    QString description;
    std::function<Status(QSqlDatabase &)> apply;
};

const std::vector<Step> &steps();
int latestVersion();
int currentVersion(QSqlDatabase &db);
// Migrates up to `target` (never down). A workspace newer than this Kapsel is refused.
Status migrate(QSqlDatabase &db, int target);

// Defined by each area.
Status createFoundationSchema(QSqlDatabase &db);
Status createVisitorSchema(QSqlDatabase &db);
Status createCookieSchema(QSqlDatabase &db);
Status createChatSchema(QSqlDatabase &db);
Status packVisitorStorage(QSqlDatabase &db);
Status addLiveScanColumns(QSqlDatabase &db);
Status createReportArchive(QSqlDatabase &db);
Status addSharedSessions(QSqlDatabase &db);

} // namespace Migrations
