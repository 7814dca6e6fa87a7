// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI's scan runs on a worker thread (ScanRunner) with the real chromium against the test site: the window's
// thread keeps running meanwhile (progress arrives on it), the scan is kept as an import, and Cancel ends the
// browser at once and stores nothing.
#include "../scansite.h"
#include "cookies/cookieregister.h"
#include "cookies/scanrunner.h"
#include "workspace/workspace.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace ScanSite;

class TestScanRunner : public QObject
{
    Q_OBJECT

    Served m_served;

private slots:
    void initTestCase()
    {
        if (const QString skip = m_served.start(); !skip.isEmpty())
            QSKIP(qPrintable(skip));
    }

    void scanOnAWorkerThreadIsKeptAsAnImport()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"gui.kapsel"_s);
        QVERIFY(Workspace::open(db));
        ScanRunner runner(nullptr);
        QSignalSpy progress(&runner, &ScanRunner::progress);
        QSignalSpy scanned(&runner, &ScanRunner::scanned);
        QSignalSpy failed(&runner, &ScanRunner::failed);
        QSignalSpy finished(&runner, &ScanRunner::finished);
        QThread *const gui = QThread::currentThread();
        QList<QThread *> progressThreads;
        connect(&runner, &ScanRunner::progress, this, [&] { progressThreads << QThread::currentThread(); });
        CookieScanOptions options;
        options.startUrl = QUrl(m_served.url("/"));
        options.phases = { ConsentPhase::Before, ConsentPhase::Accept };
        options.pages = 2;
        options.pageTimeoutMs = 4000;
        QVERIFY(runner.start(db, options));
        QVERIFY(runner.isRunning());
        QVERIFY(!runner.start(db, options)); // one scan at a time
        QVERIFY(finished.wait(120000));
        QVERIFY2(
            failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().value<Error>().toString()));
        QCOMPARE(scanned.size(), 1);
        QVERIFY(progress.size() >= 2);
        for (QThread *t : progressThreads)
            QCOMPARE(t, gui); // the window's thread, never the worker's
        QVERIFY(!runner.isRunning());
        auto ws = Workspace::open(db);
        QVERIFY(ws);
        QCOMPARE((*ws)->history().size(), 1);
        auto scans = (*ws)->cookies().scans();
        QVERIFY(scans && scans->size() == 1);
        QCOMPARE(scans->front().site, u"127.0.0.1"_s);
    }

    void cancelStoresNothing()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"cancel.kapsel"_s);
        QVERIFY(Workspace::open(db));
        ScanRunner runner(nullptr);
        QSignalSpy failed(&runner, &ScanRunner::failed);
        QSignalSpy finished(&runner, &ScanRunner::finished);
        connect(&runner, &ScanRunner::progress, &runner, &ScanRunner::cancel); // Cancel at the first page
        CookieScanOptions options;
        options.startUrl = QUrl(m_served.url("/"));
        options.pageTimeoutMs = 4000;
        QVERIFY(runner.start(db, options));
        QVERIFY(finished.wait(60000));
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.first().first().value<Error>().reason.contains(u"cancelled"_s));
        auto ws = Workspace::open(db);
        QVERIFY(ws);
        QCOMPARE((*ws)->history().size(), 0);
    }
};

QTEST_MAIN(TestScanRunner)
#include "test_scanrunner.moc"
