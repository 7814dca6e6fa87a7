// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cookiescan/cookiescanner.h"
#include "core/error.h"
#include "workspace/importledger.h"

#include <QObject>

#include <atomic>
#include <memory>

class QThread;

// Runs a live scan (CookieScanner) and keeps it as an import (LiveScanImport) on a worker thread with a
// connection of its own, so the window never freezes; progress per page, Cancel ends the browser at once and
// stores nothing. The thread lives as long as the scan: the browser is bound to it (it ends with it).
class ScanRunner : public QObject
{
    Q_OBJECT

public:
    explicit ScanRunner(QObject *parent);
    ~ScanRunner() override;

    // Starts scanning into the workspace at `workspaceLocation`; false if a scan is running already.
    bool start(const QString &workspaceLocation, const CookieScanOptions &options);
    bool isRunning() const { return m_thread != nullptr; }
    void cancel();

signals:
    void progress(const ScanProgress &progress);
    void scanned(const ImportReport &report, const LiveScanResult &result);
    void failed(const Error &error);
    void finished();

private:
    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel;
};
