// SPDX-License-Identifier: GPL-3.0-or-later
// PgImportWriter: jobs run in the order posted, on one thread that is not the poster's; drain() waits for all of
// them; the first failure stops the jobs after it and comes back from post() and drain(); a poster gets only a
// bounded number of bytes ahead of a writer that does not keep up; jobs not run when it goes are dropped.
#include "storage/postgres/pgimportwriter.h"

#include <QTest>

#include <atomic>
#include <chrono>
#include <mutex>
#include <semaphore>
#include <set>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

class TestPgImportWriter : public QObject
{
    Q_OBJECT

private slots:
    void jobsRunInOrderOnTheirOwnThread()
    {
        PgImportWriter w;
        std::vector<int> ran;
        std::set<std::thread::id> threads;
        for (int i = 0; i < 5000; ++i)
            QVERIFY(!w.post(
                [&, i] {
                    ran.push_back(i);
                    threads.insert(std::this_thread::get_id());
                    return Status {};
                },
                100));
        QVERIFY(!w.drain());
        QCOMPARE(ran.size(), size_t(5000));
        for (int i = 0; i < 5000; ++i)
            QCOMPARE(ran[size_t(i)], i);
        QCOMPARE(threads.size(), size_t(1));
        QVERIFY(!threads.contains(std::this_thread::get_id()));
        QVERIFY(!w.drain()); // nothing left: at once
    }

    void theFirstFailureStopsTheRest()
    {
        PgImportWriter w;
        std::atomic<int> last { -1 };
        std::binary_semaphore gate(0);
        int refusedAt = -1;
        for (int i = 0; i < 1000; ++i) {
            const Status st = w.post(
                [&, i]() -> Status {
                    if (i == 0)
                        gate.acquire(); // the failure comes only once many jobs wait behind it
                    last = i;
                    if (i == 10)
                        return Error { u"visits.csv"_s, 0, u"the server refused it"_s };
                    return {};
                },
                1);
            if (i == 500)
                gate.release();
            if (st) {
                QCOMPARE(st->reason, u"the server refused it"_s);
                refusedAt = i;
                break;
            }
        }
        const Status drained = w.drain();
        QVERIFY(drained);
        QCOMPARE(drained->reason, u"the server refused it"_s);
        QCOMPARE(last.load(), 10); // no job after the failed one ran
        QVERIFY(refusedAt == -1 || refusedAt > 10);
        QVERIFY(w.post([] { return Status {}; }, 1)); // still refused afterwards
    }

    void thePosterStaysABoundedDistanceAhead()
    {
        PgImportWriter w;
        std::counting_semaphore<1 << 20> allowed(0);
        std::atomic<qsizetype> posted { 0 }, done { 0 };
        const qsizetype job = PgImportWriter::kMaxQueuedBytes / 64;
        std::thread poster([&] {
            for (int i = 0; i < 1000; ++i) {
                (void)w.post(
                    [&, job] {
                        allowed.acquire();
                        done += job;
                        return Status {};
                    },
                    job);
                posted += job;
            }
        });
        QTest::qWait(300);
        // The writer holds one job; at most kMaxQueuedBytes more wait.
        QVERIFY2(posted.load() <= PgImportWriter::kMaxQueuedBytes + 2 * job,
            qPrintable(u"%1 bytes posted"_s.arg(posted.load())));
        QVERIFY(posted.load() >= PgImportWriter::kMaxQueuedBytes - job);
        allowed.release(1000);
        poster.join();
        QVERIFY(!w.drain());
        QCOMPARE(done.load(), 1000 * job);
    }

    // An import that fails elsewhere destroys the writer with jobs waiting: the running one ends, the others
    // never run (their COPY would go to a connection about to roll back).
    void jobsNotRunAreDroppedWhenItGoes()
    {
        std::atomic<int> ran { 0 };
        std::binary_semaphore started(0), gate(0);
        std::thread releaser;
        {
            PgImportWriter w;
            QVERIFY(!w.post(
                [&] {
                    started.release();
                    gate.acquire();
                    ++ran;
                    return Status {};
                },
                1));
            started.acquire();
            for (int i = 0; i < 100; ++i)
                QVERIFY(!w.post(
                    [&] {
                        ++ran;
                        return Status {};
                    },
                    1));
            releaser = std::thread([&] {
                std::this_thread::sleep_for(std::chrono::milliseconds(200));
                gate.release();
            });
        } // the destructor waits for the running job only
        releaser.join();
        QCOMPARE(ran.load(), 1);
    }
};

QTEST_GUILESS_MAIN(TestPgImportWriter)
#include "test_pgimportwriter.moc"
