// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspace/workspaceaccess.h"

#include <QCoreApplication>

class PgConnection;

// Access per area on PostgreSQL, with the group roles, grants and row-level security of
// schema/1/90-access.sql: a role outside an area's group reads none of its tables, with Kapsel or with psql.
class PgAccess final : public WorkspaceAccess
{
    Q_DECLARE_TR_FUNCTIONS(PgAccess)

public:
    explicit PgAccess(PgConnection &conn)
        : m_conn(conn)
    { }

    Expected<QString> owner() override;
    Expected<QList<AccessGrant>> list() override;
    Status grant(const QString &role, ImportKind area, bool write) override;
    Status revoke(const QString &role, ImportKind area) override;

    // What the current user may do with an area, from the privileges on the area's tables.
    Expected<AreaRight> rightTo(ImportKind area);
    // Grants the group roles that exist what they need on every table of the current schema. grant() calls it,
    // and PgSchema::migrate after an upgrade (a version may add tables, e.g. 3's cookie_scan_events).
    Status refreshGroupGrants();

private:
    // An area's two group roles in this database (names quoted for statements) and whether each exists yet.
    struct AreaGroups
    {
        QByteArray read;
        QByteArray write;
        bool readExists = false;
        bool writeExists = false;
    };
    Expected<AreaGroups> groupsOf(ImportKind area);
    // Creates the roles that do not exist yet; writers are members of the readers.
    Status ensureGroups(const AreaGroups &groups);
    // A refusal for want of privilege, as the sentence that says who may change access.
    Status ownerOnly(Status s) const;

    PgConnection &m_conn;
};
