// SPDX-License-Identifier: GPL-3.0-or-later
#include "cookies/scanrunner.h"

#include "cookiescan/livescanimport.h"
#include "workspace/workspace.h"

ScanRunner::ScanRunner(QObject *parent)
    : WorkerJob(parent)
{ }

bool ScanRunner::start(const QString &workspaceLocation, const CookieScanOptions &options)
{
    return startJob([this, workspaceLocation, options](const std::atomic<bool> &cancel) {
        auto result = CookieScanner::scan(
            options, [&](const ScanProgress &p) { post(this, [p](ScanRunner &r) { emit r.progress(p); }); }, &cancel);
        if (!result) {
            post(this, [e = result.error()](ScanRunner &r) { emit r.failed(e); });
            return;
        }
        auto ws = Workspace::open(workspaceLocation);
        if (!ws) {
            post(this, [e = ws.error()](ScanRunner &r) { emit r.failed(e); });
            return;
        }
        auto report = LiveScanImport::record(**ws, *result);
        if (!report)
            post(this, [e = report.error()](ScanRunner &r) { emit r.failed(e); });
        else
            post(this, [rep = *report, res = *result](ScanRunner &r) { emit r.scanned(rep, res); });
    });
}
