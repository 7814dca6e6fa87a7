// SPDX-License-Identifier: GPL-3.0-or-later
#include "visitors/pipelinedsessionsink.h"

#include <algorithm>

PipelinedSessionSink::PipelinedSessionSink(ImportContext &ctx)
    : m_ctx(ctx)
{
    // The facts of the import, not its counters; a time zone of its own (not one shared with the importer).
    m_own.fileName = ctx.fileName;
    m_own.filePath = ctx.filePath;
    m_own.totalBytes = ctx.totalBytes;
    m_own.options = ctx.options;
    m_own.timeZone = ctx.timeZone.isValid() ? QTimeZone(ctx.timeZone.id()) : ctx.timeZone;
    m_own.importId = ctx.importId;
    m_own.startedUtc = ctx.startedUtc;
}

std::unique_ptr<SessionSink> PipelinedSessionSink::open(ImportContext &ctx, const Open &open)
{
    std::unique_ptr<PipelinedSessionSink> piped(new PipelinedSessionSink(ctx));
    piped->m_sink = open(piped->m_own);
    if (!piped->m_sink)
        return nullptr;
    piped->m_own.sessions = piped->m_sink.get();
    piped->m_batch.reserve(kBatchSize);
    piped->m_worker = std::thread([p = piped.get()] { p->run(); });
    return piped;
}

PipelinedSessionSink::~PipelinedSessionSink()
{
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_queue.clear(); // an import that failed: what waits is dropped
    }
    m_changed.notify_all();
    if (m_worker.joinable())
        m_worker.join();
}

void PipelinedSessionSink::run()
{
    for (;;) {
        Batch batch;
        {
            std::unique_lock lock(m_mutex);
            m_idle = true;
            m_changed.notify_all();
            m_changed.wait(lock, [&] { return !m_queue.empty() || m_closed; });
            if (m_queue.empty())
                return;
            batch = std::move(m_queue.front());
            m_queue.pop_front();
            m_idle = false;
            m_changed.notify_all(); // room for the next batch
        }
        Status failed;
        for (Op &op : batch) {
            if (QString *source = std::get_if<QString>(&op))
                m_sink->setSource(*source);
            else if (SessionRecord *s = std::get_if<SessionRecord>(&op))
                failed = m_sink->addSession(*s);
            else
                failed = m_sink->addAggregate(std::get<AggregateRecord>(op));
            if (failed)
                break;
        }
        if (failed) {
            std::lock_guard lock(m_mutex);
            m_error = failed;
            m_queue.clear();
            m_closed = true;
        }
    }
}

Status PipelinedSessionSink::firstError()
{
    std::lock_guard lock(m_mutex);
    return m_error;
}

void PipelinedSessionSink::hand(Batch batch)
{
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_queue.size() < kBatchesInFlight || m_closed; });
        if (!m_closed)
            m_queue.push_back(std::move(batch));
    }
    m_changed.notify_all();
}

Status PipelinedSessionSink::add(Op op)
{
    m_batch.push_back(std::move(op));
    if (m_batch.size() < kBatchSize)
        return {};
    hand(std::exchange(m_batch, {}));
    m_batch.reserve(kBatchSize);
    return firstError();
}

void PipelinedSessionSink::setSource(const QString &source)
{
    add(source); // an error shows at the next record
}

Status PipelinedSessionSink::addSession(const SessionRecord &session)
{
    return add(session);
}

Status PipelinedSessionSink::addAggregate(const AggregateRecord &aggregate)
{
    return add(aggregate);
}

Status PipelinedSessionSink::finish()
{
    if (!m_batch.empty())
        hand(std::exchange(m_batch, {}));
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return (m_queue.empty() && m_idle) || m_error; });
        m_closed = true;
    }
    m_changed.notify_all();
    m_worker.join();
    if (m_error)
        return m_error;
    if (Status s = m_sink->finish())
        return s;
    m_ctx.rowsStored += m_own.rowsStored;
    m_ctx.rowsAccepted += m_own.rowsAccepted;
    for (auto it = m_own.skipped.cbegin(); it != m_own.skipped.cend(); ++it) {
        SkipTally &t = m_ctx.skipped[it.key()];
        if (t.count == 0 || (it->firstLine > 0 && it->firstLine < t.firstLine))
            t.firstLine = it->firstLine;
        t.count += it->count;
    }
    m_ctx.notes << m_own.notes;
    return {};
}
