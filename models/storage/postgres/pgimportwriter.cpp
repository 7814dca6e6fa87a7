// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/postgres/pgimportwriter.h"

PgImportWriter::~PgImportWriter()
{
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_jobs.clear();
    }
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

Status PgImportWriter::post(Job job, qsizetype bytes)
{
    {
        std::unique_lock lock(m_mutex);
        // One job larger than the limit still goes, alone.
        m_changed.wait(lock, [&] { return m_error || m_jobs.empty() || m_queuedBytes + bytes <= kMaxQueuedBytes; });
        if (m_error)
            return m_error;
        m_jobs.emplace_back(std::move(job), bytes);
        m_queuedBytes += bytes;
        if (!m_thread.joinable())
            m_thread = std::thread([this] { run(); });
    }
    m_changed.notify_all();
    return {};
}

Status PgImportWriter::drain()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [&] { return m_error || (m_jobs.empty() && !m_busy); });
    return m_error;
}

void PgImportWriter::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_changed.wait(lock, [&] { return m_closed || !m_jobs.empty(); });
        if (m_closed)
            return;
        auto [job, bytes] = std::move(m_jobs.front());
        m_jobs.pop_front();
        m_busy = true;
        lock.unlock();
        Status failed = job();
        job = nullptr; // what it held goes before the room is counted free
        lock.lock();
        m_busy = false;
        m_queuedBytes -= bytes;
        if (failed) {
            m_error = failed;
            m_jobs.clear();
            m_queuedBytes = 0;
        }
        m_changed.notify_all();
    }
}
