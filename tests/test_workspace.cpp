// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sqlite/sql.h"
#include "sqlitetestsupport.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QThread>

using namespace Qt::StringLiterals;

class TestWorkspace : public QObject
{
    Q_OBJECT

private:
    static QVariant pragma(QSqlDatabase db, const QString &name)
    {
        QSqlQuery q(db);
        q.exec(u"PRAGMA "_s + name);
        return q.next() ? q.value(0) : QVariant();
    }

private slots:
    void pragmasOnEveryConnection()
    {
        QTemporaryDir dir;
        auto ws = SqliteWorkspace::open(dir.filePath(u"w.kapsel"_s));
        QVERIFY(ws);
        SqliteTestConnection worker((*ws)->path());
        QVERIFY(worker.isOpen());
        for (QSqlDatabase db : { (*ws)->db(), worker.db() }) {
            QCOMPARE(pragma(db, u"journal_mode"_s).toString(), u"wal"_s);
            QCOMPARE(pragma(db, u"foreign_keys"_s).toInt(), 1);
            QCOMPARE(pragma(db, u"secure_delete"_s).toInt(), 1);
            QCOMPARE(pragma(db, u"temp_store"_s).toInt(), 2); // MEMORY
            QVERIFY(pragma(db, u"busy_timeout"_s).toInt() >= 5000);
        }
    }

    void createsMissingFolders()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"a/b/c/w.kapsel"_s);
        auto ws = SqliteWorkspace::open(path);
        QVERIFY(ws);
        QVERIFY(QFileInfo::exists(path));
    }

    void settingsRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"w.kapsel"_s);
        {
            auto ws = SqliteWorkspace::open(path);
            QVERIFY(ws);
            QCOMPARE((*ws)->timeZone().id(), QByteArray("Europe/Oslo"));
            QVERIFY(!(*ws)->setTimeZone("Europe/Berlin"));
            QVERIFY((*ws)->setTimeZone("Not/AZone").has_value());
            QVERIFY(!(*ws)->setSetting(u"retention_days"_s, u"30"_s));
            QVERIFY(!(*ws)->setSetting(u"retention_days"_s, u"90"_s));
        }
        auto ws = SqliteWorkspace::open(path);
        QVERIFY(ws);
        QCOMPARE((*ws)->timeZone().id(), QByteArray("Europe/Berlin"));
        QCOMPARE((*ws)->setting(u"retention_days"_s), u"90"_s);
        QCOMPARE((*ws)->setting(u"missing"_s, u"fallback"_s), u"fallback"_s);
    }

    // A second writer waits for the first one's transaction instead of failing or interleaving.
    void secondWriterWaits()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"w.kapsel"_s);
        auto ws = SqliteWorkspace::open(path);
        QVERIFY(ws);
        QSqlDatabase first = (*ws)->db();
        QVERIFY(!Sql::beginWrite(first));
        QSqlQuery q(first);
        QVERIFY(q.exec(u"INSERT INTO meta(key, value) VALUES('writer', 'first')"_s));

        std::atomic<bool> secondDone { false };
        Status secondResult;
        qint64 waitedMs = 0;
        QThread *second = QThread::create([&] {
            SqliteTestConnection c(path);
            QElapsedTimer t;
            t.start();
            secondResult = Sql::beginWrite(c.db());
            waitedMs = t.elapsed();
            if (!secondResult) {
                QSqlQuery w(c.db());
                w.exec(u"INSERT INTO meta(key, value) VALUES('writer2', 'second')"_s);
                secondResult = Sql::commit(c.db());
            }
            secondDone = true;
        });
        second->start();
        QThread::msleep(400);
        QVERIFY(!secondDone); // still waiting for the lock
        QVERIFY(!Sql::commit(first));
        QVERIFY(second->wait(10000));
        delete second;
        QVERIFY2(!secondResult, qPrintable(secondResult ? secondResult->toString() : QString()));
        QVERIFY(waitedMs >= 300);
        QCOMPARE((*ws)->setting(u"writer"_s), u"first"_s);
        QCOMPARE((*ws)->setting(u"writer2"_s), u"second"_s);
    }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "test_workspace.moc"
