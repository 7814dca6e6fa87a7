// SPDX-License-Identifier: GPL-3.0-or-later
#include "collectingsessionsink.h"
#include "shownimport.h"
#include "importers/sessionscsvimporter.h"
#include "testsupport.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSessionsCsvImporter : public QObject
{
    Q_OBJECT
private slots:
    // Semicolons, Windows-1252, dd.mm.yyyy, decimal commas, both DST changes, bad rows skipped by reason.
    void siteimproveWindows1252()
    {
        SessionsCsvImporter importer;
        ImportOptions options;
        options.sourceName = u"Siteimprove"_s;
        ImportRun run(importer, TestSupport::testData(u"visitors/siteimprove_sessions_cp1252.csv"_s), options);
        QVERIFY2(run.ok(), qPrintable(run.errorText()));
        QCOMPARE(run.ctx.rowsRead, 9); // 9 data lines, the blank line is not a row
        QCOMPARE(run.ctx.rowsAccepted, 6);
        QCOMPARE(run.ctx.rowsSkipped(), 3);
        QCOMPARE(run.ctx.skipped.size(), 3); // one each: start time, duration, visit number
        const auto &s = run.sink.sessions;
        QCOMPARE(s.size(), size_t(6));
        QCOMPARE(s[0].source, u"Siteimprove"_s);
        // Expected instants from Python zoneinfo (Europe/Oslo).
        QCOMPARE(s[0].startUtc, 1711839540); // 30.03.2024 23:59 CET
        QCOMPARE(s[1].startUtc, 1711845000); // 31.03.2024 01:30 CET
        QCOMPARE(s[2].startUtc, 1711848615); // 31.03.2024 03:30:15 CEST
        // 27.10.2024 02:30 happens twice; like QDateTime, Kapsel takes the standard-time one (01:30 UTC).
        QCOMPARE(s[3].startUtc, 1729992600);
        QCOMPARE(s[4].startUtc, 1711922400); // 20240401 = local midnight
        QCOMPARE(*s[0].durationS, 12.5);
        QCOMPARE(*s[3].durationS, 125.25);
        QCOMPARE(*s[0].firstTime, true);
        QCOMPARE(*s[1].firstTime, false);
        QCOMPARE(*s[3].visitNumber, 4);
        QCOMPARE(s[0].channel, u"Søk (Google)"_s);
        QCOMPARE(s[2].channel, u"E-post «nyhetsbrev»"_s);
        QCOMPARE(*s[3].pageviews, 7);
        QCOMPARE(s[0].visitorId, u"v1"_s);
        QCOMPARE(s[1].sessionKey, u"2"_s);
        // Empty duration and pageviews stay unknown, never 0.
        QVERIFY(!s[5].durationS.has_value());
        QVERIFY(!s[5].pageviews.has_value());
        QCOMPARE(shownSkips(run.ctx.skipped)
                     .value(u"unreadable started_at (expected ISO 8601, Unix seconds, dd.mm.yyyy hh:mm or yyyymmdd)"_s)
                     .firstLine,
            7);
        QCOMPARE(shownSkips(run.ctx.skipped).value(u"unreadable duration_s (expected seconds or hh:mm:ss)"_s).firstLine, 8);
        QCOMPARE(shownSkips(run.ctx.skipped).value(u"unreadable visit_number"_s).firstLine, 9);
    }

    void tabUtf16()
    {
        ImportRun run(SessionsCsvImporter(), TestSupport::testData(u"visitors/sessions_tab_utf16.tsv"_s));
        QVERIFY2(run.ok(), qPrintable(run.errorText()));
        const auto &s = run.sink.sessions;
        QCOMPARE(s.size(), size_t(4));
        QCOMPARE(s[0].source, u"CSV"_s);
        QCOMPARE(s[0].startUtc, 1710926100);
        QCOMPARE(*s[0].durationS, 83.0);
        QCOMPARE(*s[1].durationS, 3723.0);
        QCOMPARE(s[1].startUtc, 1711011600); // 2024-03-21T09:00:00Z
        QCOMPARE(s[2].startUtc, 1711000000);
        QCOMPARE(s[2].channel, u"referral, partner"_s);
        QCOMPARE(*s[0].firstTime, true);
        QCOMPARE(*s[1].firstTime, false);
        QCOMPARE(*s[2].firstTime, true);
        QCOMPARE(*s[3].firstTime, false);
        QCOMPARE(*s[3].durationS, 3.5);
        QCOMPARE(run.ctx.rowsSkipped(), 1); // "maybe" is no answer to is_new
        QCOMPARE(run.ctx.skipped.first().firstLine, 6);
    }

    void unknownHeadersNameWhatIsMissing()
    {
        ImportRun run(SessionsCsvImporter(), TestSupport::testData(u"visitors/sessions_norwegian_headers.csv"_s));
        QVERIFY(!run.ok());
        const QString e = run.errorText();
        QVERIFY2(e.startsWith(u"sessions_norwegian_headers.csv:1: "_s), qPrintable(e));
        QVERIFY(e.contains(u"started_at"_s));
        QVERIFY(e.contains(u"Tidspunkt"_s)); // the headers found are listed
        QVERIFY(e.contains(u"Første besøk"_s));
        QVERIFY(run.sink.sessions.empty());
    }

    void columnMapResolvesThem()
    {
        ImportOptions options;
        options.columnMap = { { u"visitor_id"_s, u"Besøkende"_s }, { u"session_id"_s, u"Økt"_s },
            { u"started_at"_s, u"tidspunkt"_s }, // case-insensitive
            { u"duration_s"_s, u"Varighet (s)"_s }, { u"is_new"_s, u"Første besøk"_s } };
        ImportRun run(
            SessionsCsvImporter(), TestSupport::testData(u"visitors/sessions_norwegian_headers.csv"_s), options);
        QVERIFY2(run.ok(), qPrintable(run.errorText()));
        QCOMPARE(run.sink.sessions.size(), size_t(2));
        QCOMPARE(run.sink.sessions[0].visitorId, u"x"_s);
        QCOMPARE(*run.sink.sessions[0].firstTime, true);
        QCOMPARE(*run.sink.sessions[1].firstTime, false);
        QCOMPARE(*run.sink.sessions[1].durationS, 20.0);
    }

    void badMapIsAnError()
    {
        ImportOptions options;
        options.columnMap = { { u"started_at"_s, u"Nope"_s } };
        ImportRun run(
            SessionsCsvImporter(), TestSupport::testData(u"visitors/sessions_norwegian_headers.csv"_s), options);
        QVERIFY(!run.ok());
        QVERIFY(run.errorText().contains(u"started_at=Nope"_s));
    }

    void inspectForAMappingDialog()
    {
        QFile f(TestSupport::testData(u"visitors/sessions_norwegian_headers.csv"_s));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto cols = SessionsCsvImporter::inspect(f, {});
        QVERIFY(cols.ok());
        QCOMPARE(cols->headers,
            (QStringList { u"Besøkende"_s, u"Økt"_s, u"Tidspunkt"_s, u"Varighet (s)"_s, u"Første besøk"_s }));
        QVERIFY(cols->missingRequired.contains(u"started_at"_s));
        QVERIFY(!cols->ok());
    }

    void headerSetKey()
    {
        const QString a = SessionsCsvImporter::headerSetKey({ u"Tidspunkt"_s, u"Varighet (s)"_s });
        QCOMPARE(SessionsCsvImporter::headerSetKey({ u" varighet (s)"_s, u"TIDSPUNKT"_s }), a);
        QVERIFY(SessionsCsvImporter::headerSetKey({ u"Tidspunkt"_s, u"Varighet"_s }) != a);
    }

    void aliases()
    {
        const auto c = SessionsCsvImporter::mapColumns({ u"fullVisitorId"_s, u"visitId"_s, u"visitStartTime"_s,
                                                           u"totals.timeOnSite"_s, u"visitNumber"_s, u"date"_s },
            {});
        QVERIFY(c.ok());
        QCOMPARE(c.columnOfField.value(u"visitor_id"_s), 0);
        QCOMPARE(c.columnOfField.value(u"session_id"_s), 1);
        QCOMPARE(c.columnOfField.value(u"started_at"_s), 2); // visitStartTime wins over date
        QCOMPARE(c.columnOfField.value(u"duration_s"_s), 3);
        QCOMPARE(c.columnOfField.value(u"visit_number"_s), 4);
    }

    void everyRowBadIsRefused()
    {
        ImportRun run(SessionsCsvImporter(), QByteArray("started_at,duration_s\nyesterday,10\nsoon,20\n"), u"b.csv"_s);
        QVERIFY(!run.ok());
        QVERIFY2(run.errorText().startsWith(u"b.csv:2: "_s), qPrintable(run.errorText()));
    }

    void hostile_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("header only") << QByteArray("started_at,duration_s\n");
        QTest::newRow("binary") << QByteArray("\x00\x01\x02\xff\xfe\x00\x00\x89PNG\r\n\x1a\n", 14);
        QTest::newRow("truncated quote") << QByteArray("started_at,duration_s\n\"2024-01-01,10\n");
        QTest::newRow("huge line") << QByteArray("started_at,duration_s\n") + QByteArray(40 * 1024 * 1024, 'q');
        QTest::newRow("utf16 without bom") << QByteArray("s\0t\0a\0r\0t\0", 10);
    }
    void hostile()
    {
        QFETCH(QByteArray, bytes);
        ImportRun run(SessionsCsvImporter(), bytes, u"h.csv"_s);
        QVERIFY(!run.ok());
        QVERIFY2(
            QRegularExpression(u"^h\\.csv:\\d+: .+"_s).match(run.errorText()).hasMatch(), qPrintable(run.errorText()));
        QVERIFY(run.sink.sessions.empty());
    }

    void sniff()
    {
        QFile f(TestSupport::testData(u"visitors/sessions_tab_utf16.tsv"_s));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(SessionsCsvImporter().sniff(f.readAll(), u"x.tsv"_s) > 30);
        QCOMPARE(SessionsCsvImporter().sniff("name,age\nx,1\n", u"x.csv"_s), 0);
    }
};

QTEST_GUILESS_MAIN(TestSessionsCsvImporter)
#include "test_sessionscsvimporter.moc"
