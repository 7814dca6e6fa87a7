// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/workerjob.h"
#include "cookiescan/cookiescanner.h"
#include "core/error.h"
#include "workspace/importledger.h"

// Runs a live scan (CookieScanner) and keeps it as an import (LiveScanImport) on a worker thread with a
// connection of its own, so the window never freezes; progress per page, Cancel ends the browser at once and
// stores nothing. The thread lives as long as the scan: the browser is bound to it (it ends with it).
class ScanRunner : public WorkerJob
{
    Q_OBJECT

public:
    explicit ScanRunner(QObject *parent);

    // Starts scanning into the workspace at `workspaceLocation`; false if a scan is running already.
    bool start(const QString &workspaceLocation, const CookieScanOptions &options);

signals:
    void progress(const ScanProgress &progress);
    void scanned(const ImportReport &report, const LiveScanResult &result);
    void failed(const Error &error);
};
