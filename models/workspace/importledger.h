// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "importers/importcontext.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// What an accepted import did; also what the import history keeps.
struct ImportReport
{
    qint64 importId = 0;
    QString fileName;
    QString sha256;
    QString kind; // visitors | cookies | chats
    QString format; // importer name
    QString formatDisplay; // translated format name
    qint64 rowsRead = 0;
    qint64 rowsStored = 0;
    qint64 rowsSkipped = 0;
    QMap<QString, SkipTally> skipped; // reason -> count
    QStringList notes;
    QDateTime startedAt;
    QDateTime finishedAt;
    QString osUser;
};

// An earlier import of the same content (same SHA-256).
struct PriorImport
{
    QString fileName;
    QDateTime startedAt;
};

// The import history's port: one record per accepted import, written inside the import's own transaction
// (begin before the area's sink is opened, so the sink can refer to the import's id; finish after it).
class ImportLedger
{
public:
    virtual ~ImportLedger() = default;

    // Every import, newest first, with its skip reasons; formatDisplay filled from the importer's name.
    virtual Expected<QList<ImportReport>> list() = 0;
    // The import that stored this content before, if any.
    virtual Expected<std::optional<PriorImport>> findContent(const QString &sha256) = 0;
    // Records the import's start (file name, sha256, kind, format, started at, user); sets report.importId.
    virtual Status begin(ImportReport &report) = 0;
    // Records an import copied from another workspace (WorkspaceCopy) under the number it has there
    // (report.importId), so that its number, and every record that names it (the chat audit log), stays the same;
    // later imports are numbered after it.
    virtual Status beginCopy(const ImportReport &report) = 0;
    // Records its counts, skip reasons, notes and finishing time.
    virtual Status finish(const ImportReport &report) = 0;
    // Deletes an import's record, inside the caller's write transaction, and with it (the storage's foreign keys,
    // ON DELETE CASCADE) every row that refers to it. ImportRemoval asks the area's port first to take out what
    // is not tied to the import that way. An id that is not in the history is an error. Where others watch the
    // workspace (WorkspaceWatcher), they are told `byUser` removed it when the transaction commits.
    virtual Status remove(const ImportReport &import, const QString &byUser) = 0;
};
