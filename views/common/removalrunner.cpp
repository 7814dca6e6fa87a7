// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/removalrunner.h"

#include "workspace/workspace.h"

#include <QMetaObject>
#include <QPointer>
#include <QThread>

RemovalRunner::RemovalRunner(QObject *parent)
    : QObject(parent)
{ }

RemovalRunner::~RemovalRunner()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
    }
}

void RemovalRunner::cancel()
{
    if (m_cancel)
        *m_cancel = true;
}

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
    if (m_thread)
        return false;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    QPointer<RemovalRunner> self(this);
    m_thread = QThread::create([self, location, job = std::move(job), removing, cancel = m_cancel] {
        // The answer is queued to this object's thread. A count cancelled meanwhile is dropped there; a removal
        // always answers, as one cancelled too late has gone through.
        auto post = [self, cancel, removing](auto emitIt) {
            QMetaObject::invokeMethod(
                self,
                [self, cancel, removing, emitIt] {
                    if (self && (removing || !*cancel))
                        emitIt(*self);
                },
                Qt::QueuedConnection);
        };
        auto ws = Workspace::open(location);
        if (!ws) {
            post([e = ws.error()](RemovalRunner &r) { emit r.failed(e); });
            return;
        }
        auto plan = job(**ws, cancel.get());
        if (!plan)
            post([e = plan.error()](RemovalRunner &r) { emit r.failed(e); });
        else if (removing)
            post([p = *plan](RemovalRunner &r) { emit r.removed(p); });
        else
            post([p = *plan](RemovalRunner &r) { emit r.described(p); });
    });
    m_thread->setParent(this);
    connect(m_thread, &QThread::finished, this, [this] {
        m_thread->deleteLater();
        m_thread = nullptr;
        m_cancel.reset();
        emit finished();
    });
    m_thread->start();
    return true;
}
