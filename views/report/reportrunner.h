// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/workerjob.h"
#include "compliance/reportmaker.h"
#include "core/error.h"
#include "workspace/reportarchive.h"

// Makes a compliance report (ReportMaker::make) on a worker thread with a workspace connection of its own, so
// that the window never freezes while the workspace is read and the pages are laid out. Cancel stops it between
// two steps: no file is written and no record kept.
class ReportRunner : public WorkerJob
{
    Q_OBJECT

public:
    explicit ReportRunner(QObject *parent);

    // Starts making the report from the workspace at `workspaceLocation`; false if one is being made already.
    bool start(const QString &workspaceLocation, const ReportMaker::Request &request);

signals:
    void progress(int done, int total, const QString &what);
    void made(const StoredReport &report);
    void failed(const Error &error); // not emitted when cancelled
    void cancelled();
};
