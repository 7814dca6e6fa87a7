// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

// Runs an import sink's writes to the server on a thread of its own, in the order they were posted, so that
// the sink goes on packing and checking sessions while libpq sends and the server stores: ending one COPY to
// start another waits until the server has stored everything sent, and that wait is the writer's, not the
// sink's. At most kMaxQueuedBytes of jobs wait (post() waits for room), so memory stays bounded.
//
// The connection belongs to the writer while jobs wait or run; the sink uses it itself only after drain().
// The first job that fails stops the others: its error comes back from the next post() and from drain().
class PgImportWriter
{
public:
    using Job = std::function<Status()>;

    PgImportWriter() = default;
    PgImportWriter(const PgImportWriter &) = delete;
    PgImportWriter &operator=(const PgImportWriter &) = delete;
    ~PgImportWriter(); // jobs not yet run are dropped

    // `bytes`: about how much memory the job holds until it has run.
    Status post(Job job, qsizetype bytes);
    // Waits until every job posted has run.
    Status drain();

    static constexpr qsizetype kMaxQueuedBytes = qsizetype(16) << 20;

private:
    void run();

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::pair<Job, qsizetype>> m_jobs;
    qsizetype m_queuedBytes = 0;
    bool m_busy = false; // a job runs
    bool m_closed = false;
    Status m_error;
    std::thread m_thread; // started by the first post()
};
