// SPDX-License-Identifier: GPL-3.0-or-later
// What a foreign SQLite file cannot do to Kapsel: run a statement without end, past Cancel, through a view,
// or write to the file. Every statement here would run for ever without the reader's limits, so each test is
// bounded by them and by nothing else.
#include "testsupport.h"

#include "core/language.h"
#include "importers/importcontext.h"
#include "storage/sqlite/foreignsqlitereader.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

const QByteArray kEndlessCount
    = "SELECT count(*) FROM (WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM r) SELECT i FROM r)";

} // namespace

class TestForeignSqliteReader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_file;

    ImportContext context(ImportProgress *progress = nullptr) const
    {
        ImportContext ctx;
        ctx.fileName = QFileInfo(m_file).fileName();
        ctx.filePath = m_file;
        ctx.progressState = progress;
        return ctx;
    }

private slots:
    void initTestCase()
    {
        Language::apply(u"en"_s);
        QVERIFY(m_dir.isValid());
        m_file = m_dir.filePath(u"foreign.sqlite"_s);
        {
            auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"maker"_s);
            db.setDatabaseName(m_file);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"CREATE TABLE t (a INTEGER)"_s));
            QVERIFY(q.exec(u"INSERT INTO t VALUES (1), (2), (3)"_s));
            QVERIFY(q.exec(u"CREATE VIEW v AS SELECT a * 2 AS b FROM t"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"maker"_s);
    }

    void readsATable()
    {
        ImportContext ctx = context();
        ForeignSqliteReader db(ctx);
        QVERIFY(!db.open());
        qint64 sum = 0;
        QVERIFY(!db.query("SELECT a FROM t", [&](const ForeignRow &row) {
            sum += row.integer(0);
            return Status {};
        }));
        QCOMPARE(sum, 6);
        QCOMPARE(*db.objectType(u"t"_s), u"table"_s);
        QCOMPARE(*db.objectType(u"V"_s), u"view"_s);
        QCOMPARE(*db.objectType(u"absent"_s), QString());
        QCOMPARE(*db.columnNames(u"t"_s), QStringList { u"a"_s });
    }

    void endlessStatementStopsAtTheStepLimit()
    {
        ImportContext ctx = context();
        ForeignSqliteReader::Limits limits;
        limits.maxSteps = 200'000;
        ForeignSqliteReader db(ctx, limits);
        QVERIFY(!db.open());
        const Status s = db.query(kEndlessCount, [](const ForeignRow &) { return Status {}; });
        QVERIFY(s);
        QCOMPARE(s->toString(),
            u"foreign.sqlite: reading this database needs far more work than a browser's file; it was stopped after "
            "200,000 steps"_s);
        // The reader stays stopped.
        QVERIFY(db.query("SELECT 1", [](const ForeignRow &) { return Status {}; }));
    }

    void cancelStopsARunningStatement()
    {
        // The first row asks for Cancel; the second needs the endless count, which only the progress handler
        // can stop before the step limit does, and it says so.
        ImportProgress progress;
        ImportContext ctx = context(&progress);
        ForeignSqliteReader db(ctx);
        QVERIFY(!db.open());
        int rows = 0;
        const Status s = db.query("SELECT 1 UNION ALL " + kEndlessCount, [&](const ForeignRow &) {
            ++rows;
            progress.cancelRequested = true;
            return Status {};
        });
        QCOMPARE(rows, 1);
        QVERIFY(s);
        QCOMPARE(s->reason, u"the import was cancelled"_s);
    }

    void viewsAndWritesAreOff()
    {
        const QByteArray before = [&] {
            QFile f(m_file);
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }();
        ImportContext ctx = context();
        ForeignSqliteReader db(ctx);
        QVERIFY(!db.open());
        const auto none = [](const ForeignRow &) { return Status {}; };
        QVERIFY(db.query("SELECT b FROM v", none)); // views are off on this connection
        QVERIFY(db.query("INSERT INTO t VALUES (4)", none)); // read-only
        QVERIFY(db.query("CREATE TABLE u (x)", none));
        QFile f(m_file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
    }

    void missingFile()
    {
        ImportContext ctx = context();
        ctx.filePath = m_dir.filePath(u"absent.sqlite"_s);
        auto db = ForeignDatabase::openSqlite(ctx, {});
        QVERIFY(!db);
        QCOMPARE(
            db.error().reason, u"the database file cannot be read; check that it exists and that you may read it"_s);
    }
};

QTEST_GUILESS_MAIN(TestForeignSqliteReader)
#include "test_foreignsqlitereader.moc"
