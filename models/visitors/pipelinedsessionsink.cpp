// SPDX-License-Identifier: GPL-3.0-or-later
#include "visitors/pipelinedsessionsink.h"

#include <algorithm>
#include <array>

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
    piped->m_batch.ops.reserve(kBatchSize);
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
        for (size_t i = 0; i < batch.used && !failed; ++i) {
            Op &op = batch.ops[i];
            if (QString *source = std::get_if<QString>(&op))
                m_sink->setSource(*source);
            else if (SessionRecord *s = std::get_if<SessionRecord>(&op))
                failed = m_sink->addSession(*s);
            else
                failed = m_sink->addAggregate(std::get<AggregateRecord>(op));
        }
        if (!failed)
            release(batch);
        std::lock_guard lock(m_mutex);
        if (failed) {
            m_error = failed;
            m_queue.clear();
            m_closed = true;
        } else if (m_spare.size() < kBatchesInFlight) {
            batch.used = 0;
            m_spare.push_back(std::move(batch));
        }
    }
}

// Before a batch goes back to the importer: a text the sink still shares (a chunk's list of channels keeps the
// record's own, say) is let go here, on the sink's thread, so that the importer, which refills a text in place
// when it looks unshared, never writes into one this thread may still read. What stays is this batch's alone,
// and the mutex that hands the batch over orders this thread's last use of it before the importer's next.
void PipelinedSessionSink::release(Batch &batch)
{
    for (size_t i = 0; i < batch.used; ++i)
        if (SessionRecord *r = std::get_if<SessionRecord>(&batch.ops[i]))
            for (QString *text : r->texts())
                if (!text->isDetached())
                    *text = QString();
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

PipelinedSessionSink::Op &PipelinedSessionSink::nextSlot()
{
    if (m_batch.used == m_batch.ops.size())
        m_batch.ops.emplace_back();
    return m_batch.ops[m_batch.used++];
}

Status PipelinedSessionSink::handIfFull()
{
    if (m_batch.used < kBatchSize)
        return {};
    hand(std::exchange(m_batch, {}));
    {
        std::lock_guard lock(m_mutex);
        if (!m_spare.empty()) {
            m_batch = std::move(m_spare.back());
            m_spare.pop_back();
        }
    }
    m_batch.ops.reserve(kBatchSize);
    return firstError();
}

void PipelinedSessionSink::setSource(const QString &source)
{
    nextSlot() = source;
    handIfFull(); // an error shows at the next record
}

namespace {

// `to` = `from`, in to's own buffer when it has one that is not shared and large enough; otherwise in a new one
// (never shared with `from`, which its owner may then refill in place).
void copyText(QString &to, const QString &from)
{
    if (from.isNull()) {
        to.clear();
        return;
    }
    if (!to.isDetached() || to.capacity() < from.size())
        to = QString(from.constData(), from.size());
    else
        to.resize(from.size());
    std::copy_n(from.constData(), from.size(), to.data());
}

} // namespace

Status PipelinedSessionSink::addSession(const SessionRecord &session)
{
    Op &slot = nextSlot();
    if (SessionRecord *r = std::get_if<SessionRecord>(&slot)) {
        // The whole record (so no field is ever left out), then each text into the buffer the slot had for it.
        std::array<QString, 4> buffers;
        const auto texts = r->texts();
        for (size_t i = 0; i < texts.size(); ++i)
            buffers[i] = std::move(*texts[i]);
        *r = session;
        for (size_t i = 0; i < texts.size(); ++i) {
            copyText(buffers[i], *texts[i]);
            *texts[i] = std::move(buffers[i]);
        }
    } else {
        slot = session;
    }
    return handIfFull();
}

Status PipelinedSessionSink::addAggregate(const AggregateRecord &aggregate)
{
    nextSlot() = aggregate;
    return handIfFull();
}

Status PipelinedSessionSink::finish()
{
    if (m_batch.used > 0)
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
