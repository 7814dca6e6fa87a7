// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/reportrunner.h"

#include "workspace/workspace.h"

ReportRunner::ReportRunner(QObject *parent)
    : WorkerJob(parent)
{ }

bool ReportRunner::start(const QString &workspaceLocation, const ReportMaker::Request &request)
{
    return startJob([this, workspaceLocation, request](const std::atomic<bool> &cancel) {
        auto ws = Workspace::open(workspaceLocation);
        if (!ws) {
            post(this, [e = ws.error()](ReportRunner &r) { emit r.failed(e); });
            return;
        }
        auto made = ReportMaker::make(**ws, request, [&](int done, int total, const QString &what) {
            post(this, [done, total, what](ReportRunner &r) { emit r.progress(done, total, what); });
            return !cancel;
        });
        if (made)
            post(this, [report = *made](ReportRunner &r) { emit r.made(report); });
        else if (ReportMaker::isCancelled(made.error()))
            post(this, [](ReportRunner &r) { emit r.cancelled(); });
        else
            post(this, [e = made.error()](ReportRunner &r) { emit r.failed(e); });
    });
}
