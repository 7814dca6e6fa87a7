// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "workspace/importfootprint.h"
#include "workspace/importledger.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTimeZone>

#include <atomic>

class Workspace;

// History ▸ Remove import and `kapsel-cli history remove ID`: undoes what one import added, in every area, in
// one write transaction. The import's area takes out what is its (sessions with their rollups, packed rows and
// keys; scans with observations and events, knowledge, declared cookies nobody edited since; conversations and
// messages), the history record goes, and for chats the audit log keeps a line saying who removed which file
// when (counts only, no text). The GUI and the CLI call this; both show describe() before removing.
class ImportRemoval
{
    Q_DECLARE_TR_FUNCTIONS(ImportRemoval)

public:
    struct Plan
    {
        ImportReport import;
        ImportFootprint footprint;
    };

    // What removing import `importId` takes away. Refuses an id not in the history; a visitors import whose
    // sessions another import joined with its own (a GA4 session across two files, SessionRecord::partial): its
    // figures cannot be taken out alone; and a visitors import some of whose sessions a later import's file held
    // too (that import left them out as already stored): removing it would take them from that file, so the
    // error names that import. Setting `*cancel` (from another thread) stops it with an error.
    static Expected<Plan> describe(Workspace &ws, qint64 importId, const std::atomic<bool> *cancel = nullptr);
    // Removes it; returns what went. Nothing changes when it fails, or when `*cancel` is set before it commits.
    // A visitors import is removed under the lock imports of sessions hold (VisitorStore::lockSessions).
    static Expected<Plan> remove(
        Workspace &ws, qint64 importId, const QString &osUser, const std::atomic<bool> *cancel = nullptr);
    // The reason describe() and remove() give when they were cancelled.
    static QString cancelledReason();

    // Translated, one line per kind of row that goes, e.g. "12,345 sessions", "3 cookie observations".
    static QStringList contentLines(const Plan &plan);
    // What a careful user should know before confirming: declared cookies edited since stay; the chat audit log
    // keeps a line about the removal.
    static QStringList keptLines(const Plan &plan);
    // The confirmation's question, naming the file, when and by whom it was imported (in `zone`), and what goes.
    static QString question(const Plan &plan, const QTimeZone &zone);
};
