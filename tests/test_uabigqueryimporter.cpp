// SPDX-License-Identifier: GPL-3.0-or-later
#include "collectingsessionsink.h"
#include "importers/uabigqueryimporter.h"
#include "testsupport.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestUaBigQueryImporter : public QObject
{
    Q_OBJECT
private slots:
    // Kaggle GStore train.csv shape: totals as JSON inside a cell, ids with leading zeros.
    void gstore()
    {
        ImportRun run(UaBigQueryImporter(), TestSupport::testData(u"visitors/gstore_train_sample.csv"_s));
        QVERIFY2(run.ok(), qPrintable(run.errorText()));
        QCOMPARE(run.sink.m_source, u"Universal Analytics"_s);
        QCOMPARE(run.ctx.rowsRead, 6);
        QCOMPARE(run.ctx.rowsAccepted, 4);
        QCOMPARE(run.ctx.rowsSkipped(), 2); // broken totals JSON; no visitStartTime
        const auto &s = run.sink.sessions;
        QCOMPARE(s[0].visitorId, u"1131660440785968503"_s);
        QCOMPARE(s[0].startUtc, 1472830385);
        QCOMPARE(s[0].day, QDate(2016, 9, 2));
        QCOMPARE(*s[0].firstTime, true);
        QCOMPARE(*s[0].durationS, 0.0); // a bounce: no timeOnSite, counted as 0 s like UA does
        QCOMPARE(*s[0].pageviews, 1);
        QCOMPARE(s[0].channel, u"Organic Search"_s);
        QCOMPARE(s[1].visitorId, u"0000572434142265465"_s); // a string, leading zeros kept
        QCOMPARE(*s[1].firstTime, false); // totals without newVisits = returning
        QCOMPARE(*s[1].visitNumber, 3);
        QCOMPARE(*s[1].durationS, 283.0);
        QCOMPARE(s[2].visitorId, u"9999999999999999999"_s); // beyond int64: still exact
        QCOMPARE(*s[2].durationS, 95.0);
        // Neither timeOnSite nor a bounce: the duration is unknown, not 0.
        QCOMPARE(s[3].visitorId, u"2468"_s);
        QVERIFY(!s[3].durationS.has_value());
    }

    void flattenedCsv()
    {
        ImportRun run(UaBigQueryImporter(), TestSupport::testData(u"visitors/ga_sessions_20170801_flat.csv"_s));
        QVERIFY2(run.ok(), qPrintable(run.errorText()));
        const auto &s = run.sink.sessions;
        QCOMPARE(s.size(), size_t(4));
        QCOMPARE(s[3].startUtc, 1501600100); // "2017-08-01 15:08:20 UTC" (date -u -d ... +%s)
        QCOMPARE(s[3].day, QDate(2017, 8, 1));
        QCOMPARE(s[0].visitorId, u"0123456789012345678"_s);
        QCOMPARE(s[0].sessionKey, u"1501591568"_s);
        QCOMPARE(*s[0].firstTime, true);
        QCOMPARE(*s[0].durationS, 52.0);
        QCOMPARE(*s[1].firstTime, false);
        QCOMPARE(*s[1].durationS, 0.0);
        QCOMPARE(*s[2].visitNumber, 5);
        QCOMPARE(*s[2].firstTime, false);
        QCOMPARE(*s[2].pageviews, 12);
    }

    // The same three sessions as NDJSON give the same records.
    void ndjsonMatchesCsv()
    {
        ImportRun csv(UaBigQueryImporter(), TestSupport::testData(u"visitors/ga_sessions_20170801_flat.csv"_s));
        ImportRun nd(UaBigQueryImporter(), TestSupport::testData(u"visitors/ga_sessions_20170801.json"_s));
        QVERIFY2(nd.ok(), qPrintable(nd.errorText()));
        QCOMPARE(nd.sink.sessions.size(), size_t(3));
        QCOMPARE(csv.sink.sessions.size(), size_t(4)); // the CSV has one more row
        for (size_t i = 0; i < nd.sink.sessions.size(); ++i) {
            const SessionRecord &a = nd.sink.sessions[i], &b = csv.sink.sessions[i];
            QCOMPARE(a.visitorId, b.visitorId);
            QCOMPARE(a.sessionKey, b.sessionKey);
            QCOMPARE(a.startUtc, b.startUtc);
            QCOMPARE(a.day, b.day);
            QCOMPARE(a.firstTime, b.firstTime);
            QCOMPARE(a.visitNumber, b.visitNumber);
            QCOMPARE(a.durationS, b.durationS);
            QCOMPARE(a.pageviews, b.pageviews);
            QCOMPARE(a.channel, b.channel);
        }
    }

    void sniff()
    {
        for (const QString &f :
            { u"gstore_train_sample.csv"_s, u"ga_sessions_20170801_flat.csv"_s, u"ga_sessions_20170801.json"_s }) {
            QFile file(TestSupport::testData(u"visitors/"_s + f));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(UaBigQueryImporter().sniff(file.readAll(), f) >= 85, qPrintable(f));
        }
    }

    void hostile_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("truncated json") << QByteArray("{\"fullVisitorId\":\"1\",\"visitStartTime\":\"14");
        QTest::newRow("binary") << QByteArray("\x00\x01\x02\xff\xfe\x00", 6);
        QTest::newRow("header only") << QByteArray("fullVisitorId,visitId,visitStartTime\n");
        QTest::newRow("no start anywhere") << QByteArray("fullVisitorId,visitId,visitStartTime\n1,2,\n3,4,x\n");
    }
    void hostile()
    {
        QFETCH(QByteArray, bytes);
        ImportRun run(UaBigQueryImporter(), bytes, u"u.csv"_s);
        QVERIFY(!run.ok());
        QVERIFY2(run.errorText().startsWith(u"u.csv:"_s), qPrintable(run.errorText()));
        QVERIFY(run.sink.sessions.empty());
    }
};

QTEST_GUILESS_MAIN(TestUaBigQueryImporter)
#include "test_uabigqueryimporter.moc"
