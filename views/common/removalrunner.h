// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/workerjob.h"
#include "core/error.h"
#include "workspace/importremoval.h"

#include <atomic>
#include <functional>

// History ▸ Remove import off the GUI thread: counting what an import holds (ImportRemoval::describe, seconds for
// a million sessions) and removing it (ImportRemoval::remove) run on a worker thread with a workspace connection
// of their own, as imports and scans do, so the window never freezes. cancel() stops the count, or the removal
// before it commits (nothing is removed then). A cancelled count does not answer; a removal always does.
class RemovalRunner : public WorkerJob
{
    Q_OBJECT

public:
    explicit RemovalRunner(QObject *parent);

    // Counts what removing import `importId` of the workspace at `location` takes away; false if a job runs.
    bool describe(const QString &location, qint64 importId);
    // Removes it; false if a job runs.
    bool remove(const QString &location, qint64 importId, const QString &osUser);

signals:
    void described(const ImportRemoval::Plan &plan);
    void removed(const ImportRemoval::Plan &plan);
    void failed(const Error &error);

private:
    using Job = std::function<Expected<ImportRemoval::Plan>(Workspace &, const std::atomic<bool> *)>;
    bool start(const QString &location, Job job, bool removing);
};
