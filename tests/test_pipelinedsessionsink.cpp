// SPDX-License-Identifier: GPL-3.0-or-later
// PipelinedSessionSink: the sink it pipes sees every record in the importer's order, on a thread of its own;
// its counts, skips and notes end up in the import's context; its first error comes back to the importer with
// that record's line, and nothing after that record reaches it; an import that stops half-way ends cleanly;
// the importer gets only a bounded number of records ahead of a sink that does not keep up.
#include "visitors/pipelinedsessionsink.h"

#include <QTest>

#include <algorithm>
#include <atomic>
#include <semaphore>
#include <set>
#include <thread>

using namespace Qt::StringLiterals;

namespace {

// Records what it is given, counts as a storing sink does, and may refuse one record or stall.
class RecordingSink final : public SessionSink
{
public:
    explicit RecordingSink(ImportContext &ctx)
        : m_ctx(ctx)
    { }
    ~RecordingSink() override
    {
        if (onDestroyed)
            onDestroyed(seen);
    }

    void setSource(const QString &source) override { seen << u"source "_s + source; }
    Status addSession(const SessionRecord &s) override
    {
        threads.insert(std::this_thread::get_id());
        if (stall)
            stall->acquire();
        if (s.line == failAt)
            return Error { m_ctx.fileName, s.line, u"the sink refused it"_s };
        seen << s.visitorId;
        if (s.line % 10 == 0)
            m_ctx.skip(u"duplicate"_s, s.line);
        else
            ++m_ctx.rowsStored;
        return {};
    }
    Status addAggregate(const AggregateRecord &a) override
    {
        seen << u"figure "_s + a.metric;
        ++m_ctx.rowsStored;
        return {};
    }
    Status finish() override
    {
        m_ctx.notes << u"finished with %1 records"_s.arg(seen.size());
        finished = true;
        return {};
    }

    QStringList seen;
    std::set<std::thread::id> threads;
    int failAt = -1;
    std::counting_semaphore<1 << 20> *stall = nullptr;
    bool finished = false;
    std::function<void(const QStringList &)> onDestroyed;

private:
    ImportContext &m_ctx;
};

SessionRecord session(int line)
{
    SessionRecord s;
    s.visitorId = u"v%1"_s.arg(line);
    s.sessionKey = u"k%1"_s.arg(line);
    s.line = line;
    return s;
}

struct Piped
{
    ImportContext ctx;
    RecordingSink *inner = nullptr;
    std::unique_ptr<SessionSink> sink;

    Piped()
    {
        ctx.fileName = u"visits.csv"_s;
        ctx.importId = 7;
        ctx.timeZone = QTimeZone("Europe/Oslo");
        sink = PipelinedSessionSink::open(ctx, [&](ImportContext &own) {
            auto s = std::make_unique<RecordingSink>(own);
            inner = s.get();
            return s;
        });
    }
};

} // namespace

class TestPipelinedSessionSink : public QObject
{
    Q_OBJECT

private slots:
    void everyRecordInOrderOnAnotherThreadWithItsCounts()
    {
        Piped p;
        QVERIFY(p.sink);
        p.ctx.skip(u"duplicate"_s, 5); // the importer's own skip of that reason, earlier in the file
        p.ctx.notes << u"read by the importer"_s;
        QStringList expected;
        qint64 stored = 0, skipped = 1;
        const int n = int(PipelinedSessionSink::kBatchSize * (PipelinedSessionSink::kBatchesInFlight + 3)) + 17;
        for (int line = 2; line < n; ++line) {
            if (line % 5000 == 0) {
                p.sink->setSource(u"part %1"_s.arg(line));
                expected << u"source part %1"_s.arg(line);
            }
            if (line % 3000 == 0) {
                AggregateRecord a;
                a.metric = u"visits %1"_s.arg(line);
                QVERIFY(!p.sink->addAggregate(a));
                expected << u"figure "_s + a.metric;
                ++stored;
            }
            QVERIFY(!p.sink->addSession(session(line)));
            expected << u"v%1"_s.arg(line);
            ++(line % 10 == 0 ? skipped : stored);
        }
        QVERIFY(!p.sink->finish());
        QVERIFY(p.inner->finished);
        QCOMPARE(p.inner->seen, expected);
        QCOMPARE(p.inner->threads.size(), size_t(1));
        QVERIFY(!p.inner->threads.contains(std::this_thread::get_id()));
        QCOMPARE(p.ctx.rowsStored, stored);
        QCOMPARE(p.ctx.skipped.value(u"duplicate"_s).count, skipped);
        QCOMPARE(p.ctx.skipped.value(u"duplicate"_s).firstLine, 5);
        QCOMPARE(p.ctx.notes,
            QStringList({ u"read by the importer"_s, u"finished with %1 records"_s.arg(expected.size()) }));
    }

    // An importer that refills one record's texts in place, as the CSV importer does, and changes their length
    // from row to row: each record reaches the sink as it was when handed over, whatever came after it.
    void aRecordRefilledInPlaceArrivesAsItWas()
    {
        Piped p;
        QVERIFY(p.sink);
        SessionRecord r;
        QStringList expected;
        const int n = int(PipelinedSessionSink::kBatchSize * (PipelinedSessionSink::kBatchesInFlight * 3)) + 5;
        for (int line = 2; line < n; ++line) {
            const QString id = u"v"_s + QString(line % 13, QChar(u'a' + line % 26)) + QString::number(line);
            r.visitorId.resize(id.size()); // the same buffer where it is large enough
            std::copy_n(id.constData(), id.size(), r.visitorId.data());
            r.line = line;
            QVERIFY(!p.sink->addSession(r));
            expected << id;
        }
        QVERIFY(!p.sink->finish());
        QCOMPARE(p.inner->seen, expected);
    }

    void theSinksErrorComesBackWithItsLineAndStopsTheRecords()
    {
        Piped p;
        p.inner->failAt = 3000;
        Status got;
        int line = 2;
        for (; line < 100000 && !got; ++line)
            got = p.sink->addSession(session(line));
        QVERIFY(got);
        QCOMPARE(got->line, 3000);
        QCOMPARE(got->file, u"visits.csv"_s);
        QCOMPARE(got->reason, u"the sink refused it"_s);
        // The importer stopped within a bounded distance of the bad record.
        QVERIFY2(line - 3000 <= int(PipelinedSessionSink::kBatchSize * (PipelinedSessionSink::kBatchesInFlight + 2)),
            qPrintable(QString::number(line)));
        const Status again = p.sink->finish();
        QVERIFY(again);
        QCOMPARE(again->line, 3000);
        QVERIFY(!p.inner->finished);
        QCOMPARE(p.inner->seen.size(), 3000 - 2); // lines 2..2999, nothing after the refused one
        QCOMPARE(p.inner->seen.last(), u"v2999"_s);
        QCOMPARE(p.ctx.rowsStored, qint64(0)); // counts are taken over only by a finish that succeeds
    }

    void anImportThatStopsHalfWayEndsCleanly()
    {
        Piped p;
        for (int line = 2; line < 20000; ++line)
            QVERIFY(!p.sink->addSession(session(line)));
        QStringList seenAtTheEnd;
        bool destroyed = false;
        p.inner->onDestroyed = [&](const QStringList &seen) { // called on this thread, when it is destroyed
            seenAtTheEnd = seen;
            destroyed = true;
        };
        p.sink.reset(); // no finish(): the importer failed; the worker is stopped and joined, the sink destroyed
        QVERIFY(destroyed);
        // What the sink got is the start of what the importer gave, in order (the rest was dropped).
        QVERIFY(seenAtTheEnd.size() <= 20000 - 2);
        for (qsizetype i = 0; i < seenAtTheEnd.size(); ++i)
            QCOMPARE(seenAtTheEnd[i], u"v%1"_s.arg(i + 2));
    }

    // With the sink stalled, the importer blocks once kBatchesInFlight batches wait (plus the one the sink holds
    // and the one being filled); it goes on when the sink does.
    void theImporterStaysABoundedDistanceAhead()
    {
        std::counting_semaphore<1 << 20> stall(0);
        Piped p;
        p.inner->stall = &stall;
        std::atomic<int> accepted = 0;
        const int n = 30000;
        std::thread importer([&] {
            for (int line = 0; line < n; ++line) {
                if (p.sink->addSession(session(line + 2)))
                    return;
                ++accepted;
            }
        });
        const int bound = int(PipelinedSessionSink::kBatchSize * (PipelinedSessionSink::kBatchesInFlight + 2));
        // Wait until the importer is stuck (its count stops moving), then check how far it got.
        int last = -1;
        while (accepted.load() != last) {
            last = accepted.load();
            QTest::qWait(100);
        }
        QVERIFY2(last <= bound, qPrintable(QString::number(last)));
        QVERIFY(last >= int(PipelinedSessionSink::kBatchSize * PipelinedSessionSink::kBatchesInFlight));
        stall.release(n);
        importer.join();
        QCOMPARE(accepted.load(), n);
        QVERIFY(!p.sink->finish());
        QCOMPARE(p.inner->seen.size(), n);
    }
};

QTEST_GUILESS_MAIN(TestPipelinedSessionSink)
#include "test_pipelinedsessionsink.moc"
