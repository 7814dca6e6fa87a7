// SPDX-License-Identifier: GPL-3.0-or-later
#include "collectingsessionsink.h"
#include "shownimport.h"
#include "importers/matomoimporter.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {
const QString kVisits = QString::fromUtf16(AggregateMetric::Visits);
const QString kFirst = QString::fromUtf16(AggregateMetric::FirstTime);
const QString kReturning = QString::fromUtf16(AggregateMetric::Returning);
const QString kDurationSum = QString::fromUtf16(AggregateMetric::DurationSumS);
const QString kByDuration = QString::fromUtf16(AggregateMetric::VisitsByDuration);

// A copy of a real sample under a name that carries the period (the samples are single-period exports
// and hold no date of their own).
QString copyAs(QTemporaryDir &dir, const QString &sample, const QString &name)
{
    const QString target = dir.filePath(name);
    QFile::copy(TestSupport::sharedData(u"matomo-api-samples/"_s + sample), target);
    return target;
}
} // namespace

class TestMatomoImporter : public QObject
{
    Q_OBJECT
private slots:
    // Live.getLastVisitsDetails CSV, UTF-16LE with BOM: two visits.
    void liveCsvSample()
    {
        const QString rel = u"matomo-api-samples/test_csvExport__Live.getLastVisitsDetails_day.csv"_s;
        KAPSEL_REQUIRE_SHARED(rel);
        ImportRun run(MatomoImporter(), TestSupport::sharedData(rel));
        QVERIFY2(run.ok(), qPrintable(run.errorText()));
        QCOMPARE(run.sink.m_source, u"Matomo"_s);
        // Truth from Python's csv module on the iconv'd file: idVisit, visitorType, visitCount, visitDuration,
        // firstActionTimestamp = (2, new, 1, 271, 1262519553) and (1, new, 1, 271, 1262517753).
        QCOMPARE(run.sink.sessions.size(), size_t(2));
        const SessionRecord &a = run.sink.sessions[0], &b = run.sink.sessions[1];
        QCOMPARE(a.sessionKey, u"2"_s);
        QCOMPARE(a.startUtc, 1262519553);
        QCOMPARE(*a.firstTime, true);
        QCOMPARE(*a.visitNumber, 1);
        QCOMPARE(*a.durationS, 271.0);
        QCOMPARE(a.channel, u"direct"_s);
        QCOMPARE(b.sessionKey, u"1"_s);
        QCOMPARE(b.startUtc, 1262517753);
    }

    // The XML sample's visits carry no time at all (Matomo's tests strip them): refused, with the reason.
    void liveXmlSampleWithoutTimesIsRefused()
    {
        const QString rel
            = u"matomo-api-samples/test_OneVisitorTwoVisits_withCookieSupport__Live.getLastVisitsDetails_day.xml"_s;
        KAPSEL_REQUIRE_SHARED(rel);
        ImportRun run(MatomoImporter(), TestSupport::sharedData(rel));
        QVERIFY(!run.ok());
        QVERIFY2(run.errorText().contains(u"firstActionTimestamp"_s), qPrintable(run.errorText()));
        QVERIFY(run.sink.sessions.empty());
    }

    void visitFrequencySample()
    {
        const QString sample = u"test_ImportLogs__VisitFrequency.get_month.xml"_s;
        KAPSEL_REQUIRE_SHARED(u"matomo-api-samples/"_s + sample);
        QTemporaryDir dir;
        // As it is, it has no date: refused and told how to fix it.
        ImportRun plain(MatomoImporter(), TestSupport::sharedData(u"matomo-api-samples/"_s + sample));
        QVERIFY(!plain.ok());
        QVERIFY(plain.errorText().contains(u"no date"_s));
        ImportRun run(MatomoImporter(), copyAs(dir, sample, u"VisitFrequency_2024-03.xml"_s));
        QVERIFY2(run.ok(), qPrintable(run.errorText()));
        QCOMPARE(run.sink.sum(kFirst), 42.0); // <nb_visits_new>42
        QCOMPARE(run.sink.sum(kReturning), 1.0); // <nb_visits_returning>1
        QCOMPARE(run.sink.aggregates.front().from, QDate(2024, 3, 1));
        QCOMPARE(run.sink.aggregates.front().to, QDate(2024, 3, 31));
    }

    void visitorInterestSample()
    {
        const QString sample = u"test_ImportLogs__VisitorInterest.getNumberOfVisitsPerVisitDuration_month.xml"_s;
        KAPSEL_REQUIRE_SHARED(u"matomo-api-samples/"_s + sample);
        QTemporaryDir dir;
        ImportRun run(MatomoImporter(), copyAs(dir, sample, u"VisitorInterest_2024-03.xml"_s));
        QVERIFY2(run.ok(), qPrintable(run.errorText()));
        QCOMPARE(int(run.sink.aggregates.size()), 10);
        QCOMPARE(run.sink.sum(kByDuration), 43.0); // 40 + 2 + 1
        QCOMPARE(run.sink.sum(kByDuration, u"0-10"_s), 40.0);
        QCOMPARE(run.sink.sum(kByDuration, u"120-240"_s), 2.0);
        QCOMPARE(run.sink.sum(kByDuration, u"240-420"_s), 1.0);
        QCOMPARE(run.sink.aggregates.back().dimension, u"1801+"_s);
    }

    void visitsSummarySamples_data()
    {
        QTest::addColumn<QString>("sample");
        QTest::newRow("raw headers") << u"test_csvExport_xp0__VisitsSummary.get_day.csv"_s;
        QTest::newRow("german headers") << u"test_csvExport_xp1_inner1_trans-de__VisitsSummary.get_day.csv"_s;
    }
    void visitsSummarySamples()
    {
        QFETCH(QString, sample);
        KAPSEL_REQUIRE_SHARED(u"matomo-api-samples/"_s + sample);
        QTemporaryDir dir;
        ImportRun run(MatomoImporter(), copyAs(dir, sample, u"VisitsSummary_2024-03-20.csv"_s));
        QVERIFY2(run.ok(), qPrintable(run.errorText()));
        QCOMPARE(run.sink.sum(kVisits), 2.0); // nb_visits / Besuche
        QCOMPARE(run.sink.sum(kDurationSum), 542.0); // sum_visit_length / Gesamtzeit
        QCOMPARE(run.sink.aggregates.front().from, QDate(2024, 3, 20));
        QVERIFY(shownNotes(run.ctx.notes).join(u' ').contains(u"2024-03-20"_s));
    }

    // A multi-report scheduled TSV: Visits Summary, Length of visits and Returning Visits sections.
    void scheduledReportTsv()
    {
        const QString sample
            = u"test_TwoVisitors_twoWebsites_differentDays_schedrep_in_tsv__ScheduledReports.generateReport_month.original.tsv"_s;
        KAPSEL_REQUIRE_SHARED(u"matomo-api-samples/"_s + sample);
        QTemporaryDir dir;
        ImportRun run(MatomoImporter(), copyAs(dir, sample, u"report_2010-01.tsv"_s));
        QVERIFY2(run.ok(), qPrintable(run.errorText()));
        QCOMPARE(run.sink.sum(kVisits), 11.0); // Visits Summary: nb_visits 11
        QCOMPARE(run.sink.sum(kFirst), 2.0); // Returning Visits: nb_visits_new 2
        QCOMPARE(run.sink.sum(kReturning), 9.0); // nb_visits_returning 9
        QCOMPARE(run.sink.sum(kByDuration), 11.0); // Length of visits: 3 + 8
        QCOMPARE(run.sink.sum(kByDuration, u"900-1800"_s), 8.0); // "15-30 min"
        QCOMPARE(run.sink.sum(QString::fromUtf16(AggregateMetric::DurationMeanS)), 655.0); // 00:10:55
    }

    void liveJsonFixture()
    {
        ImportRun run(MatomoImporter(), TestSupport::testData(u"visitors/matomo_live_visits.json"_s));
        QVERIFY2(run.ok(), qPrintable(run.errorText()));
        QCOMPARE(run.sink.sessions.size(), size_t(3));
        QCOMPARE(run.ctx.rowsSkipped(), 1); // visit 104 has no time
        const auto &s = run.sink.sessions;
        QCOMPARE(s[0].visitorId, u"a1b2c3d4e5f60708"_s);
        QCOMPARE(s[0].day, QDate(2024, 3, 30));
        QCOMPARE(*s[0].firstTime, true);
        QCOMPARE(*s[1].firstTime, false);
        QCOMPARE(*s[2].firstTime, false); // returningCustomer
        QCOMPARE(*s[2].visitNumber, 7);
        QCOMPARE(*s[2].durationS, 1805.0);
        QCOMPARE(s[2].startUtc, 1711880000);
    }

    void liveTsvFixture()
    {
        ImportRun run(MatomoImporter(), TestSupport::testData(u"visitors/matomo_live.tsv"_s));
        QVERIFY2(run.ok(), qPrintable(run.errorText()));
        QCOMPARE(run.sink.sessions.size(), size_t(2));
        QCOMPARE(*run.sink.sessions[1].visitNumber, 3);
        QCOMPARE(*run.sink.sessions[1].durationS, 60.0);
    }

    void multiPeriodJsonAndXml()
    {
        ImportRun json(MatomoImporter(), TestSupport::testData(u"visitors/matomo_visitssummary_days.json"_s));
        QVERIFY2(json.ok(), qPrintable(json.errorText()));
        QCOMPARE(json.sink.sum(kVisits), 13.0);
        QCOMPARE(json.sink.sum(kDurationSum), 1264.0);
        QCOMPARE(json.ctx.rowsAccepted, 2); // the empty day 2024-03-03 holds no row
        ImportRun xml(MatomoImporter(), TestSupport::testData(u"visitors/matomo_visitfrequency_weeks.xml"_s));
        QVERIFY2(xml.ok(), qPrintable(xml.errorText()));
        QCOMPARE(xml.sink.sum(kFirst), 47.0);
        QCOMPARE(xml.sink.sum(kReturning), 23.0);
        QCOMPARE(xml.sink.aggregates.front().from, QDate(2024, 3, 4));
        QCOMPARE(xml.sink.aggregates.front().to, QDate(2024, 3, 10));
    }

    // date=last7 as XML: <results><result period="2012-03-06">; each result is one day, an empty one none.
    void lastSevenDaysXml()
    {
        const QString path = TestSupport::testData(u"visitors/matomo_visitssummary_last7.xml"_s);
        ImportRun run(MatomoImporter(), path);
        QVERIFY2(run.ok(), qPrintable(run.errorText()));
        // The truth, read with Qt's XML reader apart from the importer: nb_visits per result's period.
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QXmlStreamReader x(&f);
        QMap<QDate, double> truth;
        QDate current;
        while (!x.atEnd()) {
            x.readNext();
            if (x.isStartElement() && x.name() == u"result")
                current = QDate::fromString(x.attributes().value(u"period"_s).toString(), Qt::ISODate);
            else if (x.isStartElement() && x.name() == u"nb_visits")
                truth[current] += x.readElementText().toDouble();
        }
        QCOMPARE(truth.size(), 3);
        QMap<QDate, double> stored;
        for (const AggregateRecord &a : run.sink.aggregates) {
            if (a.metric == kVisits) {
                QCOMPARE(a.from, a.to);
                stored[a.from] += a.value;
            }
        }
        QCOMPARE(stored, truth);
        QCOMPARE(run.sink.sum(kDurationSum), 920.0); // 620 + 300 + 0
    }

    // Weeks: JSON keyed by "2012-03-05,2012-03-11", XML with period="week" date="..." or "week 11".
    void weeks_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("json keyed by date range") << u"matomo_visitssummary_weeks.json"_s;
        QTest::newRow("xml week labels") << u"matomo_visitssummary_week_labels.xml"_s;
    }
    void weeks()
    {
        QFETCH(QString, file);
        ImportRun run(MatomoImporter(), TestSupport::testData(u"visitors/"_s + file));
        QVERIFY2(run.ok(), qPrintable(run.errorText()));
        QList<std::pair<QDate, QDate>> periods;
        for (const AggregateRecord &a : run.sink.aggregates)
            if (a.metric == kVisits)
                periods << std::pair { a.from, a.to };
        // ISO weeks 10 and 11 of 2012: Monday 5 March to Sunday 11 March, and the week after.
        const QList<std::pair<QDate, QDate>> expected { { QDate(2012, 3, 5), QDate(2012, 3, 11) },
            { QDate(2012, 3, 12), QDate(2012, 3, 18) } };
        QCOMPARE(periods, expected);
        QCOMPARE(run.sink.sum(kVisits), 14.0);
        QCOMPARE(run.sink.sum(kDurationSum), 920.0);
    }

    // A bare "week 11" with no year anywhere in the file cannot be placed: refused with its line.
    void weekWithoutYearIsRefused()
    {
        ImportRun run(MatomoImporter(),
            QByteArray("<?xml version=\"1.0\" encoding=\"utf-8\" ?>\n<results>\n"
                       "\t<result date=\"week 11\">\n\t\t<nb_visits>3</nb_visits>\n\t</result>\n</results>\n"),
            u"w.xml"_s);
        QVERIFY(!run.ok());
        QVERIFY2(run.errorText().startsWith(u"w.xml:3: "_s), qPrintable(run.errorText()));
        QVERIFY(run.sink.aggregates.empty());
    }

    void jsonErrorLine()
    {
        ImportRun run(MatomoImporter(), QByteArray("[\n{\"idVisit\": 1},\n{\"idVisit\": 2,,}\n]"), u"j.json"_s);
        QVERIFY(!run.ok());
        QVERIFY2(run.errorText().startsWith(u"j.json:3: "_s), qPrintable(run.errorText()));
    }

    void hostile_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("truncated xml") << QByteArray("<?xml version=\"1.0\"?>\n<result>\n<row><idVisit>1</idVisit>");
        QTest::newRow("truncated json") << QByteArray("[{\"idVisit\": 1, \"visitorType\": \"new\"");
        QTest::newRow("error message") << QByteArray(
            "{\"result\":\"error\",\"message\":\"You can't access this resource\"}");
        QTest::newRow("binary") << QByteArray("\xff\xfe\x00\xd8\x00\x00\x01", 7);
        QTest::newRow("other xml") << QByteArray("<html><body>login</body></html>");
        QTest::newRow("billion laughs") << QByteArray(
            "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b "
            "\"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><result><nb_visits>&b;</nb_visits></result>");
    }
    void hostile()
    {
        QFETCH(QByteArray, bytes);
        ImportRun run(MatomoImporter(), bytes, u"m.xml"_s);
        QVERIFY(!run.ok());
        QVERIFY2(run.errorText().startsWith(u"m.xml:"_s), qPrintable(run.errorText()));
        QVERIFY(run.sink.sessions.empty() && run.sink.aggregates.empty());
    }
};

QTEST_GUILESS_MAIN(TestMatomoImporter)
#include "test_matomoimporter.moc"
