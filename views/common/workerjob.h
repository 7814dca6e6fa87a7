// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaObject>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

// What the GUI's long jobs beside imports share (a scan, a report, an import's removal): one job at a time on a
// thread of its own, a cancel flag it looks at between steps, and its answers queued back to this object's thread.
// The object outlives its job: destroying it cancels the job and waits for it.
class WorkerJob : public QObject
{
    Q_OBJECT

public:
    explicit WorkerJob(QObject *parent);
    ~WorkerJob() override;

    bool isRunning() const { return m_thread != nullptr; }
    void cancel();
    // On this object's thread: whether the running job was asked to stop.
    bool cancelRequested() const { return m_cancel && *m_cancel; }

signals:
    // After every job, a cancelled or failed one too.
    void finished();

protected:
    // Runs `work` on a new thread with a fresh cancel flag; false if a job runs already.
    bool startJob(std::function<void(const std::atomic<bool> &cancelled)> work);

    // From the job's thread: runs `answer` on this object's thread (where its signals are emitted).
    template <typename Self, typename Answer> static void post(Self *self, Answer answer)
    {
        QPointer<Self> alive(self);
        QMetaObject::invokeMethod(
            self,
            [alive, answer] {
                if (alive)
                    answer(*alive);
            },
            Qt::QueuedConnection);
    }

private:
    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel;
};
