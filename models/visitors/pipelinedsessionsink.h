// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importers/importcontext.h"
#include "visitors/sessionsink.h"

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <variant>
#include <vector>

// Runs a session sink on a thread of its own, so that the importer parses the next rows while the sink checks,
// packs and counts the ones before: on two cores a big import then takes about as long as the slower of the
// two instead of their sum. Records go over in batches, at most kBatchesInFlight of them waiting, so memory
// stays bounded whatever the file's size, and in the order the importer gave them.
//
// The sink works on an ImportContext of its own (the import's fixed facts copied; its counters, skips and notes
// its own), added to the import's context by finish(). A sink's error comes back from the importer's next call,
// or from finish(), with the line of the record that caused it; nothing after that record reaches the sink.
// The sink must not be used by anyone else while this one lives (its connection included).
class PipelinedSessionSink final : public SessionSink
{
public:
    using Open = std::function<std::unique_ptr<SessionSink>(ImportContext &own)>;
    // The sink that `open` makes for its own context, piped; nullptr when `open` gives none.
    static std::unique_ptr<SessionSink> open(ImportContext &ctx, const Open &open);
    ~PipelinedSessionSink() override;

    void setSource(const QString &source) override;
    Status addSession(const SessionRecord &session) override;
    Status addAggregate(const AggregateRecord &aggregate) override;
    // Waits for the sink to take every record, runs its finish() and adds its counts to the import's context.
    Status finish() override;

    static constexpr size_t kBatchSize = 1024;
    static constexpr size_t kBatchesInFlight = 8;

private:
    using Op = std::variant<QString, SessionRecord, AggregateRecord>; // setSource, addSession, addAggregate
    // Batches go back to the importer once the sink is done with them, and their records' texts are copied
    // into the buffers they already have: the importer's strings stay its own (it can refill them in place),
    // and neither thread allocates per record once a few batches have gone round.
    struct Batch
    {
        std::vector<Op> ops;
        size_t used = 0; // ops[0, used) are this batch's; the rest wait to be reused
    };

    explicit PipelinedSessionSink(ImportContext &ctx);
    Op &nextSlot();
    Status handIfFull();
    void hand(Batch batch);
    static void release(Batch &batch);
    void run();
    Status firstError();

    ImportContext &m_ctx;
    ImportContext m_own;
    std::unique_ptr<SessionSink> m_sink;
    Batch m_batch;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_queue;
    std::vector<Batch> m_spare; // batches the sink is done with
    bool m_closed = false; // no more batches will come
    bool m_idle = true; // the worker waits for a batch
    Status m_error; // the sink's first error
    std::thread m_worker;
};
