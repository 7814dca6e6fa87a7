// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/reportrunner.h"

#include "workspace/workspace.h"

#include <QMetaObject>
#include <QPointer>
#include <QThread>

ReportRunner::ReportRunner(QObject *parent)
    : QObject(parent)
{ }

ReportRunner::~ReportRunner()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
    }
}

void ReportRunner::cancel()
{
    if (m_cancel)
        *m_cancel = true;
}

bool ReportRunner::start(const QString &workspaceLocation, const ReportMaker::Request &request)
{
    if (m_thread)
        return false;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    QPointer<ReportRunner> self(this);
    // What the worker tells is queued to this object's thread.
    auto post = [self](auto emitIt) {
        QMetaObject::invokeMethod(
            self,
            [self, emitIt] {
                if (self)
                    emitIt(*self);
            },
            Qt::QueuedConnection);
    };
    m_thread = QThread::create([post, workspaceLocation, request, cancel = m_cancel] {
        auto ws = Workspace::open(workspaceLocation);
        if (!ws) {
            post([e = ws.error()](ReportRunner &r) { emit r.failed(e); });
            return;
        }
        auto made = ReportMaker::make(**ws, request, [&](int done, int total, const QString &what) {
            post([done, total, what](ReportRunner &r) { emit r.progress(done, total, what); });
            return !*cancel;
        });
        if (made)
            post([report = *made](ReportRunner &r) { emit r.made(report); });
        else if (ReportMaker::isCancelled(made.error()))
            post([](ReportRunner &r) { emit r.cancelled(); });
        else
            post([e = made.error()](ReportRunner &r) { emit r.failed(e); });
    });
    m_thread->setParent(this);
    connect(m_thread, &QThread::finished, this, [this] {
        m_thread->deleteLater();
        m_thread = nullptr;
        emit finished();
    });
    m_thread->start();
    return true;
}
