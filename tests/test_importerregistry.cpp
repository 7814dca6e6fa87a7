// SPDX-License-Identifier: GPL-3.0-or-later
#include "importers/importerregistry.h"
#include "testsupport.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

// Every sample and fixture the project has, of every area, is recognised as its own format from its content,
// ahead of every other format by a clear margin; two formats that score close give a note.
class TestImporterRegistry : public QObject
{
    Q_OBJECT
private slots:
    void detect_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("format");
        QTest::addColumn<bool>("shared");
        const QString m = u"matomo-api-samples/"_s;
        QTest::newRow("ua report nl") << u"ua-csv-export-dgapitts/test_load_version.csv"_s << u"ua-report"_s << true;
        QTest::newRow("ua report en") << u"ua-csv-export-dgapitts/test_load_version_and_os.csv"_s << u"ua-report"_s
                                      << true;
        QTest::newRow("matomo live csv") << m + u"test_csvExport__Live.getLastVisitsDetails_day.csv"_s << u"matomo"_s
                                         << true;
        QTest::newRow("matomo summary") << m + u"test_csvExport_xp0__VisitsSummary.get_day.csv"_s << u"matomo"_s
                                        << true;
        QTest::newRow("matomo summary de")
            << m + u"test_csvExport_xp1_inner1_trans-de__VisitsSummary.get_day.csv"_s << u"matomo"_s << true;
        QTest::newRow("matomo frequency")
            << m + u"test_ImportLogs__VisitFrequency.get_month.xml"_s << u"matomo"_s << true;
        QTest::newRow("matomo interest") << m
                + u"test_ImportLogs__VisitorInterest.getNumberOfVisitsPerVisitDuration_month.xml"_s
                                         << u"matomo"_s << true;
        QTest::newRow("matomo live xml") << m
                + u"test_OneVisitorTwoVisits_withCookieSupport__Live.getLastVisitsDetails_day.xml"_s
                                         << u"matomo"_s << true;
        QTest::newRow("matomo scheduled tsv") << m
                + u"test_TwoVisitors_twoWebsites_differentDays_schedrep_in_tsv__ScheduledReports.generateReport_month.original.tsv"_s
                                              << u"matomo"_s << true;
        const QString v = u"visitors/"_s;
        QTest::newRow("ga4 ndjson") << v + u"ga4_events_20240320.ndjson"_s << u"ga4-ndjson"_s << false;
        QTest::newRow("ga4 csv") << v + u"ga4_events_flattened.csv"_s << u"ga4-csv"_s << false;
        QTest::newRow("gstore") << v + u"gstore_train_sample.csv"_s << u"ua-bigquery"_s << false;
        QTest::newRow("ga_sessions csv") << v + u"ga_sessions_20170801_flat.csv"_s << u"ua-bigquery"_s << false;
        QTest::newRow("ga_sessions json") << v + u"ga_sessions_20170801.json"_s << u"ua-bigquery"_s << false;
        QTest::newRow("ua user type") << v + u"ua_report_user_type_en.csv"_s << u"ua-report"_s << false;
        QTest::newRow("matomo live json") << v + u"matomo_live_visits.json"_s << u"matomo"_s << false;
        QTest::newRow("matomo live tsv") << v + u"matomo_live.tsv"_s << u"matomo"_s << false;
        QTest::newRow("matomo days json") << v + u"matomo_visitssummary_days.json"_s << u"matomo"_s << false;
        QTest::newRow("matomo weeks xml") << v + u"matomo_visitfrequency_weeks.xml"_s << u"matomo"_s << false;
        QTest::newRow("plausible") << v + u"visitors.csv"_s << u"plausible"_s << false;
        QTest::newRow("plausible imported")
            << v + u"imported_visitors_20210101_20210103.csv"_s << u"plausible"_s << false;
        QTest::newRow("plausible monthly") << v + u"plausible_12mo_visitors.csv"_s << u"plausible"_s << false;
        QTest::newRow("plausible weekly") << v + u"plausible_weekly_visitors.csv"_s << u"plausible"_s << false;
        QTest::newRow("plausible re-saved with ;") << v + u"plausible_excel_semicolon.csv"_s << u"plausible"_s << false;
        QTest::newRow("matomo last7 xml") << v + u"matomo_visitssummary_last7.xml"_s << u"matomo"_s << false;
        QTest::newRow("matomo weeks json") << v + u"matomo_visitssummary_weeks.json"_s << u"matomo"_s << false;
        QTest::newRow("matomo week labels") << v + u"matomo_visitssummary_week_labels.xml"_s << u"matomo"_s << false;
        QTest::newRow("ua month names") << v + u"ua_report_month_names_en.csv"_s << u"ua-report"_s << false;
        QTest::newRow("ua de") << v + u"ua_report_de_mixed_separators.csv"_s << u"ua-report"_s << false;
        QTest::newRow("ua ru") << v + u"ua_report_ru.csv"_s << u"ua-report"_s << false;
        QTest::newRow("ua ja") << v + u"ua_report_ja.csv"_s << u"ua-report"_s << false;
        QTest::newRow("ua fi") << v + u"ua_report_fi.csv"_s << u"ua-report"_s << false;
        QTest::newRow("sessions generic") << v + u"generic-sessions.csv"_s << u"sessions-csv"_s << false;
        QTest::newRow("ga4 midnight") << v + u"ga4_midnight_events_20240301.ndjson"_s << u"ga4-ndjson"_s << false;
        const QString c = u"cookies/"_s;
        QTest::newRow("cookies.sqlite") << c + u"cookies.sqlite"_s << u"firefox-cookies"_s << false;
        QTest::newRow("cookie declaration") << c + u"declaration.csv"_s << u"cookie-csv"_s << false;
        QTest::newRow("observed cookies") << c + u"observed.csv"_s << u"cookie-csv"_s << false;
        QTest::newRow("har mousel") << u"har-pagexray/mousel.lu.har"_s << u"har"_s << true;
        QTest::newRow("har aftonbladet") << u"har-pagexray/aftonbladet.se.har"_s << u"har"_s << true;
        QTest::newRow("har arcelormittal") << u"har-pagexray/arcelormittal.com.har"_s << u"har"_s << true;
        QTest::newRow("har firefox") << u"har-pagexray/spdy-firefox.har"_s << u"har"_s << true;
        QTest::newRow("edps inspection") << u"edps-website-evidence-collector/inspection.json"_s << u"wec-inspection"_s
                                         << true;
        QTest::newRow("open cookie database")
            << u"open-cookie-database/open-cookie-database.csv"_s << u"open-cookie-database"_s << true;
        const QString ch = u"chats/"_s;
        QTest::newRow("chat boost.ai") << ch + u"boostai.json"_s << u"chat-json"_s << false;
        QTest::newRow("chat json") << ch + u"generic.json"_s << u"chat-json"_s << false;
        QTest::newRow("chat csv") << ch + u"transcript.csv"_s << u"chat-csv"_s << false;
        QTest::newRow("chat csv latin-1") << ch + u"latin1.csv"_s << u"chat-csv"_s << false;
        QTest::newRow("chat text") << ch + u"transcript.txt"_s << u"chat-text"_s << false;
        QTest::newRow("sessions cp1252") << v + u"siteimprove_sessions_cp1252.csv"_s << u"sessions-csv"_s << false;
        QTest::newRow("sessions utf16 tab") << v + u"sessions_tab_utf16.tsv"_s << u"sessions-csv"_s << false;
    }
    void detect()
    {
        QFETCH(QString, path);
        QFETCH(QString, format);
        QFETCH(bool, shared);
        if (shared)
            KAPSEL_REQUIRE_SHARED(path);
        QFile f(shared ? TestSupport::sharedData(path) : TestSupport::testData(path));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray head = f.peek(64 * 1024);
        // Content decides: a neutral file name must give the same answer.
        const Importer *found = ImporterRegistry::detect(head, u"export.dat"_s);
        QVERIFY2(found, qPrintable(path));
        QCOMPARE(found->name(), format);
        // And every other format, of any kind, is less sure by a clear margin: no "looks like two" warning.
        const QList<ImporterRegistry::Candidate> ranked = ImporterRegistry::rank(head, u"export.dat"_s);
        QCOMPARE(ranked.first().importer, found);
        QCOMPARE(ranked.first().score, found->sniff(head, u"export.dat"_s));
        for (const auto &i : ImporterRegistry::all()) {
            if (i.get() != found)
                QVERIFY2(i->sniff(head, u"export.dat"_s) <= ranked.first().score - ImporterRegistry::kCloseMargin,
                    qPrintable(i->name()));
        }
    }

    // Two formats within kCloseMargin of each other give a note naming both; a clear winner gives none.
    void closeCallNote()
    {
        const Importer *plausible = ImporterRegistry::byName(u"plausible"_s);
        const Importer *sessions = ImporterRegistry::byName(u"sessions-csv"_s);
        using C = ImporterRegistry::Candidate;
        const int margin = ImporterRegistry::kCloseMargin;
        const QString close = ImporterRegistry::closeCallNote({ C { plausible, 80 }, C { sessions, 80 - margin + 1 } });
        QVERIFY(close.contains(plausible->displayName()));
        QVERIFY(close.contains(sessions->displayName()));
        QVERIFY(ImporterRegistry::closeCallNote({ C { plausible, 80 }, C { sessions, 80 - margin } }).isEmpty());
        QVERIFY(ImporterRegistry::closeCallNote({ C { plausible, 80 } }).isEmpty());
        QVERIFY(ImporterRegistry::closeCallNote({}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestImporterRegistry)
#include "test_importerregistry.moc"
