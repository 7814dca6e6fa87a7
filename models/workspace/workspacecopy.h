// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "importers/importer.h"

#include <QCoreApplication>

#include <functional>

class Workspace;

// How far a copy is, and what it copied.
struct WorkspaceCopyCount
{
    qint64 imports = 0; // imports copied so far
    qint64 importsTotal = 0;
    qint64 rows = 0; // what the target's sinks stored: sessions, figures, cookies, messages
    qint64 declaredCookies = 0;
    qint64 auditEntries = 0;
    qint64 reports = 0; // records of compliance reports
    qint64 settings = 0;
};

// Copies a whole workspace into an empty one, between any two backends (a file and a team workspace on a
// server, either way), above storage: every import of the source's history, oldest first, is recorded in the
// target's history as the source recorded it (file name, SHA-256, kind, format, times, user, counts, notes) and
// what it stored is replayed through the target's sink for its area, which derives rollups, histograms and key
// indexes itself. Then what belongs to no import: the declared cookies as they are now, the chat audit log,
// the records of the compliance reports made, the chat retention, every workspace setting. Imports keep their
// numbers, so the history and the audit log read the same in both. All of it in one write transaction on the target: on
// any error the target is left as it was.
class WorkspaceCopy
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceCopy)

public:
    // Called after each import copied, with the counts so far.
    using Progress = std::function<void(const WorkspaceCopyCount &)>;

    // Refuses a target that holds imports or declared cookies already, and a source or target of which the
    // user may not read every area.
    static Expected<WorkspaceCopyCount> run(Workspace &source, Workspace &target, const Progress &progress = {});

private:
    static QString areaWords(ImportKind area);
};
