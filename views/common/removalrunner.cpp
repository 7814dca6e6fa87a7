// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/removalrunner.h"

#include "workspace/workspace.h"

RemovalRunner::RemovalRunner(QObject *parent)
    : WorkerJob(parent)
{ }

bool RemovalRunner::describe(const QString &location, qint64 importId)
{
    return start(
        location,
        [importId](
            Workspace &ws, const std::atomic<bool> *cancel) { return ImportRemoval::describe(ws, importId, cancel); },
        false);
}

bool RemovalRunner::remove(const QString &location, qint64 importId, const QString &osUser)
{
    return start(
        location,
        [importId, osUser](Workspace &ws, const std::atomic<bool> *cancel) {
            return ImportRemoval::remove(ws, importId, osUser, cancel);
        },
        true);
}

bool RemovalRunner::start(const QString &location, Job job, bool removing)
{
    return startJob([this, location, job = std::move(job), removing](const std::atomic<bool> &cancel) {
        // A count cancelled meanwhile does not answer; a removal always does, as one cancelled too late has gone
        // through.
        auto answer = [this, removing](auto emitIt) {
            post(this, [removing, emitIt](RemovalRunner &r) {
                if (removing || !r.cancelRequested())
                    emitIt(r);
            });
        };
        auto ws = Workspace::open(location);
        if (!ws) {
            answer([e = ws.error()](RemovalRunner &r) { emit r.failed(e); });
            return;
        }
        auto plan = job(**ws, &cancel);
        if (!plan)
            answer([e = plan.error()](RemovalRunner &r) { emit r.failed(e); });
        else if (removing)
            answer([p = *plan](RemovalRunner &r) { emit r.removed(p); });
        else
            answer([p = *plan](RemovalRunner &r) { emit r.described(p); });
    });
}
