// SPDX-License-Identifier: GPL-3.0-or-later
// The import service: one transaction per file, a refused or cancelled file leaves the workspace exactly as
// it was, the same content is never counted twice, column maps are remembered per header set, and two
// writers (threads or processes) do not lose an import.
#include "workspace/importservice.h"
#include "sqlitetestsupport.h"
#include "testsupport.h"
#include "workspacedump.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QThread>

using namespace Qt::StringLiterals;

class TestImportService : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        f.write(content);
        return path;
    }

    // n sessions on consecutive minutes from 2024-03-01 08:00 local time.
    static QByteArray sessionsCsv(int n, int firstVisitor = 0,
        const QByteArray &header = "visitor_id,session_id,started_at,duration_s,visit_number\n")
    {
        QByteArray out = header;
        for (int i = 0; i < n; ++i)
            out += "v" + QByteArray::number(firstVisitor + i) + ",s" + QByteArray::number(firstVisitor + i)
                + ",2024-03-01 08:" + QByteArray::number(10 + i % 50) + ":00," + QByteArray::number(30 + i) + ","
                + QByteArray::number(1 + i % 3) + "\n";
        return out;
    }

    static QStringList dump(const QString &dbPath) { return TestSupport::dumpWorkspace(dbPath); }

    static QList<ImportReport> history(const QString &dbPath)
    {
        SqliteTestConnection c(dbPath);
        return c.workspace().history();
    }

private slots:
    void importsAndRecordsHistory()
    {
        const QString db = m_dir.filePath(u"h.kapsel"_s);
        const QByteArray content = sessionsCsv(12);
        const QString file = write(u"twelve.csv"_s, content);
        auto r = ImportService::importFile(db, file);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        QCOMPARE(r->format, u"sessions-csv"_s);
        QCOMPARE(r->kind, u"visitors"_s);
        QCOMPARE(r->rowsRead, 12);
        QCOMPARE(r->rowsStored, 12);
        QCOMPARE(r->rowsSkipped, 0);
        const auto h = history(db);
        QCOMPARE(h.size(), 1);
        QCOMPARE(h[0].fileName, u"twelve.csv"_s);
        QCOMPARE(
            h[0].sha256, QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(h[0].osUser, ImportService::osUser());
        QCOMPARE(h[0].rowsStored, 12);
    }

    void sameContentIsNeverCountedTwice()
    {
        const QString db = m_dir.filePath(u"dup.kapsel"_s);
        const QByteArray content = sessionsCsv(5);
        QVERIFY(ImportService::importFile(db, write(u"first.csv"_s, content)));
        const QStringList before = dump(db);
        auto again = ImportService::importFile(db, write(u"renamed.csv"_s, content));
        QVERIFY(!again);
        QVERIFY2(again.error().reason.contains(u"already imported"_s), qPrintable(again.error().toString()));
        QVERIFY(again.error().reason.contains(u"first.csv"_s));
        QCOMPARE(dump(db), before);
        QCOMPARE(history(db).size(), 1);
    }

    void refusedFileLeavesWorkspaceUnchanged_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("line"); // -1: not checked
        QTest::newRow("unclosed quote") << QByteArray(sessionsCsv(3) + "v9,s9,\"2024-03-01 09:00:00,12,1\n") << -1;
        QTest::newRow("binary") << QByteArray("\x00\x01\x02\xff\xfe garbage \x00\x00", 17).repeated(50) << -1;
        QTest::newRow("headers only") << QByteArray("visitor_id,session_id,started_at,duration_s,visit_number\n") << -1;
        QTest::newRow("no usable row") << QByteArray("visitor_id,session_id,started_at,duration_s,visit_number\n"
                                                     "a,b,not a time,x,y\nc,d,never,z,w\n")
                                       << -1;
        // A UA report whose "1.234" nothing decides (Spanish headers, no percentages), and one whose cells
        // contradict each other; a Matomo week without a year.
        const QByteArray ua = "# ----------------------------------------\n# Todos los datos del sitio web\n"
                              "# 20170101-20170102\n# ----------------------------------------\n\n";
        QTest::newRow("ua numbers undecided") << ua + "Fecha,Sesiones\n01/01/2017,1.234\n02/01/2017,1.250\n" << 7;
        QTest::newRow("ua numbers contradict")
            << ua + "Tipo de usuario,Sesiones,% de nuevas sesiones\nA,12,\"55,12%\"\nB,10,2.50%\n"
            << 8;
        QTest::newRow("matomo week without year")
            << QByteArray("<?xml version=\"1.0\" encoding=\"utf-8\" ?>\n<results>\n<result date=\"week 11\">"
                          "<nb_visits>3</nb_visits><sum_visit_length>5</sum_visit_length>"
                          "<nb_uniq_visitors>2</nb_uniq_visitors></result>\n</results>\n")
            << 3;
    }
    void refusedFileLeavesWorkspaceUnchanged()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, line);
        const QString db = m_dir.filePath(
            u"refuse-%1.kapsel"_s.arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')));
        QVERIFY(ImportService::importFile(db, write(u"good-%1.csv"_s.arg(qHash(db)), sessionsCsv(4))));
        const QStringList before = dump(db);
        const QString bad = write(u"bad.csv"_s, content);
        auto r = ImportService::importFile(db, bad);
        QVERIFY(!r);
        QCOMPARE(r.error().file, u"bad.csv"_s);
        QVERIFY(!r.error().reason.isEmpty());
        if (line >= 0)
            QCOMPARE(r.error().line, line);
        QCOMPARE(dump(db), before);
    }

    void cancelledImportStoresNothing()
    {
        const QString db = m_dir.filePath(u"cancel.kapsel"_s);
        QVERIFY(SqliteWorkspace::open(db));
        const QStringList before = dump(db);
        ImportProgress progress;
        progress.cancelRequested = true;
        auto r = ImportService::importFile(db, write(u"big.csv"_s, sessionsCsv(2000)), {}, &progress);
        QVERIFY(!r);
        QVERIFY(r.error().reason.contains(u"cancelled"_s));
        QCOMPARE(dump(db), before);
    }

    void columnMapIsRememberedPerHeaderSet()
    {
        const QString db = m_dir.filePath(u"map.kapsel"_s);
        const QByteArray header = "Besøker;Økt;Tidspunkt;Sekunder;Besøksnummer\n";
        auto toSemicolons = [](QByteArray csv) { return csv.replace(',', ';'); };
        const QString first = write(u"norsk1.csv"_s, header + toSemicolons(sessionsCsv(6, 0, {})));
        auto unmapped = ImportService::importFile(db, first);
        QVERIFY(!unmapped);

        ImportOptions options;
        options.forcedFormat = u"sessions-csv"_s;
        options.columnMap
            = { { u"visitor_id"_s, u"Besøker"_s }, { u"session_id"_s, u"Økt"_s }, { u"started_at"_s, u"Tidspunkt"_s },
                  { u"duration_s"_s, u"Sekunder"_s }, { u"visit_number"_s, u"Besøksnummer"_s } };
        auto mapped = ImportService::importFile(db, first, options);
        QVERIFY2(mapped, qPrintable(mapped ? QString() : mapped.error().toString()));
        QCOMPARE(mapped->rowsStored, 6);

        // A later file with the same headers (in another order of case) needs no map.
        const QByteArray sameHeaders = "besøker;økt;tidspunkt;sekunder;besøksnummer\n";
        auto second = ImportService::importFile(
            db, write(u"norsk2.csv"_s, sameHeaders + toSemicolons(sessionsCsv(4, 100, {}))));
        QVERIFY2(second, qPrintable(second ? QString() : second.error().toString()));
        QCOMPARE(second->format, u"sessions-csv"_s);
        QCOMPARE(second->rowsStored, 4);
    }

    void twoThreadsImportingAtOnceLoseNothing()
    {
        const QString db = m_dir.filePath(u"threads.kapsel"_s);
        QVERIFY(SqliteWorkspace::open(db));
        const QString a = write(u"a.csv"_s, sessionsCsv(3000, 0));
        const QString b = write(u"b.csv"_s, sessionsCsv(3000, 10000));
        bool okA = false, okB = false;
        QThread *ta = QThread::create([&] { okA = bool(ImportService::importFile(db, a)); });
        QThread *tb = QThread::create([&] { okB = bool(ImportService::importFile(db, b)); });
        ta->start();
        tb->start();
        QVERIFY(ta->wait(60000));
        QVERIFY(tb->wait(60000));
        delete ta;
        delete tb;
        QVERIFY(okA);
        QVERIFY(okB);
        const auto h = history(db);
        QCOMPARE(h.size(), 2);
        QCOMPARE(h[0].rowsStored + h[1].rowsStored, 6000);
    }

    void twoProcessesImportingAtOnceLoseNothing()
    {
        const QString db = m_dir.filePath(u"procs.kapsel"_s);
        QVERIFY(SqliteWorkspace::open(db));
        QList<QProcess *> procs;
        for (int i = 0; i < 2; ++i) {
            const QString file = write(u"proc%1.csv"_s.arg(i), sessionsCsv(4000, i * 100000));
            auto *p = new QProcess(this);
            p->start(QStringLiteral(KAPSEL_CLI_PATH), { u"--db"_s, db, u"import"_s, file });
            procs << p;
        }
        for (QProcess *p : procs) {
            QVERIFY(p->waitForFinished(60000));
            QCOMPARE(p->exitCode(), 0);
        }
        const auto h = history(db);
        QCOMPARE(h.size(), 2);
        QCOMPARE(h[0].rowsStored + h[1].rowsStored, 8000);
    }
};

QTEST_GUILESS_MAIN(TestImportService)
#include "test_importservice.moc"
