// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QCoreApplication>

class PgConnection;

// The team workspace's schema on PostgreSQL: every table lives in the schema `kapsel` of the database the URI
// names, its version in kapsel.schema_version. Each version is a folder of SQL files in the resources
// (models/storage/postgres/schema/<version>/), applied in the order of their names (00-foundation.sql,
// 10-visitors.sql, ...), forward only; once a version has shipped its files never change.
class PgSchema
{
    Q_DECLARE_TR_FUNCTIONS(PgSchema)

public:
    // The newest version this Kapsel knows (the highest folder number).
    static int latestVersion();
    // Makes `kapsel` the connection's search path, so that statements name tables without a schema.
    static Status prepare(PgConnection &conn);
    // The workspace's version; 0 when the database holds no Kapsel workspace yet.
    static Expected<int> currentVersion(PgConnection &conn);
    // Creates or upgrades the schema to `target` in one transaction, under an advisory lock so that two programs
    // starting at once do not both create it. Idempotent; a workspace newer than this Kapsel is refused.
    static Status migrate(PgConnection &conn, int target = latestVersion());
};
