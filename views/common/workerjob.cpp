// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/workerjob.h"

#include <QThread>

WorkerJob::WorkerJob(QObject *parent)
    : QObject(parent)
{ }

WorkerJob::~WorkerJob()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
    }
}

void WorkerJob::cancel()
{
    if (m_cancel)
        *m_cancel = true;
}

bool WorkerJob::startJob(std::function<void(const std::atomic<bool> &cancelled)> work)
{
    if (m_thread)
        return false;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_thread = QThread::create([work = std::move(work), cancel = m_cancel] { work(*cancel); });
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
