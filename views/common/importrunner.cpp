// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/importrunner.h"

#include <QFileInfo>
#include <QMetaObject>
#include <QPointer>
#include <QThread>

#include <atomic>

ImportRunner::ImportRunner(QObject *parent)
    : QObject(parent)
{ }

ImportRunner::~ImportRunner()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
    }
}

bool ImportRunner::isRunning() const
{
    return m_thread != nullptr;
}

void ImportRunner::cancel()
{
    if (m_progress)
        m_progress->cancelRequested = true;
}

bool ImportRunner::start(const QString &workspacePath, const QStringList &paths, const ImportOptions &options)
{
    if (m_thread)
        return false;
    m_progress = std::make_shared<ImportProgress>();
    auto lastPercent = std::make_shared<std::atomic<int>>(-1);
    QPointer<ImportRunner> self(this);
    // Progress arrives on the worker thread: forward only whole-percent changes, queued to the GUI thread.
    m_progress->onProgress = [self, lastPercent](qint64 done, qint64 total) {
        const int percent = total > 0 ? int(100 * done / total) : 0;
        if (lastPercent->exchange(percent) == percent)
            return;
        QMetaObject::invokeMethod(
            self,
            [self, percent] {
                if (self)
                    emit self->progress(percent);
            },
            Qt::QueuedConnection);
    };
    auto progressState = m_progress;
    m_thread = QThread::create([self, workspacePath, paths, options, progressState, lastPercent] {
        for (int i = 0; i < paths.size(); ++i) {
            if (progressState->cancelRequested)
                break;
            const QString name = QFileInfo(paths[i]).fileName();
            lastPercent->store(-1);
            QMetaObject::invokeMethod(
                self,
                [self, i, n = int(paths.size()), name] {
                    if (self)
                        emit self->fileStarted(i, n, name);
                },
                Qt::QueuedConnection);
            auto result = ImportService::importFile(workspacePath, paths[i], options, progressState.get());
            if (result) {
                QMetaObject::invokeMethod(
                    self,
                    [self, r = *result] {
                        if (self)
                            emit self->fileImported(r);
                    },
                    Qt::QueuedConnection);
            } else {
                QMetaObject::invokeMethod(
                    self,
                    [self, e = result.error()] {
                        if (self)
                            emit self->fileFailed(e);
                    },
                    Qt::QueuedConnection);
            }
        }
    });
    m_thread->setParent(this);
    connect(m_thread, &QThread::finished, this, [this] {
        m_thread->deleteLater();
        m_thread = nullptr;
        m_progress.reset();
        emit finished();
    });
    m_thread->start();
    return true;
}
