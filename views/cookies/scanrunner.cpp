// SPDX-License-Identifier: GPL-3.0-or-later
#include "cookies/scanrunner.h"

#include "cookiescan/livescanimport.h"
#include "workspace/workspace.h"

#include <QMetaObject>
#include <QPointer>
#include <QThread>

ScanRunner::ScanRunner(QObject *parent)
    : QObject(parent)
{ }

ScanRunner::~ScanRunner()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
    }
}

void ScanRunner::cancel()
{
    if (m_cancel)
        *m_cancel = true;
}

bool ScanRunner::start(const QString &workspaceLocation, const CookieScanOptions &options)
{
    if (m_thread)
        return false;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    QPointer<ScanRunner> self(this);
    // Signals from the worker thread are queued to this object's thread.
    auto post = [self](auto emitIt) {
        QMetaObject::invokeMethod(
            self,
            [self, emitIt] {
                if (self)
                    emitIt(*self);
            },
            Qt::QueuedConnection);
    };
    m_thread = QThread::create([post, workspaceLocation, options, cancel = m_cancel] {
        auto result = CookieScanner::scan(
            options, [&](const ScanProgress &p) { post([p](ScanRunner &r) { emit r.progress(p); }); }, cancel.get());
        if (!result) {
            post([e = result.error()](ScanRunner &r) { emit r.failed(e); });
            return;
        }
        auto ws = Workspace::open(workspaceLocation);
        if (!ws) {
            post([e = ws.error()](ScanRunner &r) { emit r.failed(e); });
            return;
        }
        auto report = LiveScanImport::record(**ws, *result);
        if (!report)
            post([e = report.error()](ScanRunner &r) { emit r.failed(e); });
        else
            post([rep = *report, res = *result](ScanRunner &r) { emit r.scanned(rep, res); });
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
