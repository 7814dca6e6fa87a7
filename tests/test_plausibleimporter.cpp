// SPDX-License-Identifier: GPL-3.0-or-later
#include "collectingsessionsink.h"
#include "importers/plausibleimporter.h"
#include "testsupport.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString kVisits = QString::fromUtf16(AggregateMetric::Visits);
const QString kMean = QString::fromUtf16(AggregateMetric::DurationMeanS);
const QString kSum = QString::fromUtf16(AggregateMetric::DurationSumS);
} // namespace

class TestPlausibleImporter : public QObject
{
    Q_OBJECT
private slots:
    // Dashboard export: visit_duration is the mean of the day.
    void dashboardVisitors()
    {
        ImportRun run(PlausibleImporter(), TestSupport::testData(u"visitors/visitors.csv"_s));
        QVERIFY2(run.ok(), qPrintable(run.errorText()));
        QCOMPARE(run.sink.m_source, u"Plausible"_s);
        QCOMPARE(run.sink.sum(kVisits), 240.0); // 150 + 90 + 0: visits, not unique visitors
        QCOMPARE(run.sink.sum(kMean), 156.5); // 95 + 61.5; a day without visits has no mean
        QCOMPARE(run.sink.sum(kSum), 0.0);
        QCOMPARE(run.ctx.rowsRead, 4);
        QCOMPARE(run.ctx.rowsAccepted, 3);
        QCOMPARE(run.ctx.rowsSkipped(), 1);
        QVERIFY(run.ctx.notes.join(u' ').contains(u"cookieless"_s));
    }

    // Site export: visit_duration is the SUM of seconds.
    void importedVisitors()
    {
        ImportRun run(
            PlausibleImporter(), TestSupport::testData(u"visitors/imported_visitors_20210101_20210103.csv"_s));
        QVERIFY2(run.ok(), qPrintable(run.errorText()));
        QCOMPARE(run.sink.sum(kVisits), 23.0);
        QCOMPARE(run.sink.sum(kSum), 696.0);
        QCOMPARE(run.sink.sum(kMean), 0.0);
        QCOMPARE(run.sink.aggregates.front().from, QDate(2021, 1, 1));
    }

    void sniff()
    {
        QFile f(TestSupport::testData(u"visitors/visitors.csv"_s));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray head = f.readAll();
        QCOMPARE(PlausibleImporter().sniff(head, u"visitors.csv"_s), 95);
        QCOMPARE(PlausibleImporter().sniff(head, u"other.csv"_s), 85);
        QCOMPARE(PlausibleImporter().sniff("date,sessions\n", u"visitors.csv"_s), 0);
    }

    void hostile_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("header only") << QByteArray("date,visitors,visits,visit_duration\n");
        QTest::newRow("no visits column") << QByteArray("date,visitors,visit_duration\n2024-01-01,1,2\n");
        QTest::newRow("all rows bad") << QByteArray(
            "date,visitors,visits,visit_duration\nx,1,1,1\n2024-01-01,1,many,1\n");
        QTest::newRow("binary") << QByteArray("\x00\x9f\x92\x96", 4);
    }
    void hostile()
    {
        QFETCH(QByteArray, bytes);
        ImportRun run(PlausibleImporter(), bytes, u"p.csv"_s);
        QVERIFY(!run.ok());
        QVERIFY2(run.errorText().startsWith(u"p.csv:"_s), qPrintable(run.errorText()));
    }
};

QTEST_GUILESS_MAIN(TestPlausibleImporter)
#include "test_plausibleimporter.moc"
