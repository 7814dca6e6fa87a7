// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "importers/importcontext.h"
#include "importers/importer.h"
#include "workspace/importledger.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class Workspace;

// Runs one file through detection, its importer and its area's sink in one write transaction on a connection of
// its own (Workspace::connect), so it may run on a worker thread. A refused file leaves the workspace exactly as
// it was.
class ImportService
{
    Q_DECLARE_TR_FUNCTIONS(ImportService)

public:
    static Expected<ImportReport> importFile(const QString &workspaceLocation, const QString &filePath,
        const ImportOptions &options = {}, ImportProgress *progress = nullptr);

    // Records an import that code makes rather than a file (the demo workspace): the history record from
    // `report` (file name, sha256, format, start and finish time, user) with the rows `write` hands to the
    // area's sink (ctx.cookies, ...; opened through the area's port), in one write transaction on the
    // workspace's own connection. `write` counts ctx.rowsRead itself.
    static Expected<ImportReport> recordImport(
        Workspace &ws, ImportKind kind, ImportReport report, const std::function<Status(ImportContext &)> &write);

    static QString sha256OfFile(const QString &filePath, Error *error = nullptr);
    static QString osUser();
};
