// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "importers/importer.h"

#include <QList>
#include <QString>

// What the current user may do with one area of the workspace.
enum class AreaRight { None, Read, Write };

// One role's access to one area.
struct AccessGrant
{
    QString role;
    ImportKind area = ImportKind::Visitors;
    bool write = false;
};

// Who may read and write which area of a team workspace, kept and enforced by the server (a file workspace has
// none: whoever can read the file reads everything). Only the workspace's owner may change it.
class WorkspaceAccess
{
public:
    virtual ~WorkspaceAccess() = default;

    // The owner (who may do everything) and every grant, by role then area.
    virtual Expected<QString> owner() = 0;
    virtual Expected<QList<AccessGrant>> list() = 0;
    // Lets an existing server role read (and with `write`, also import into and change) an area. Granting read
    // to a role that may write takes the write right away.
    virtual Status grant(const QString &role, ImportKind area, bool write) = 0;
    virtual Status revoke(const QString &role, ImportKind area) = 0;
};
