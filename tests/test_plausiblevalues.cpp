// SPDX-License-Identifier: GPL-3.0-or-later
// Values no real export holds (issue #11, item 5): times outside 1990-01-01 .. a day after the import,
// counts and durations out of bounds and integers that do not fit are skipped with their line and reason,
// never stored and never undefined behaviour; cookie lifetimes are clamped to 400 days; a series over a
// workspace that already holds year 0001 and 9999 is bounded by the data. Also item 7: an import without a
// note stores, and no raw database message reaches the user.
#include "cookies/cookietext.h"
#include "importers/plausiblevalues.h"
#include "visitors/visitorqueries.h"
#include "workspace/importservice.h"
#include "storage/sqlite/sql.h"
#include "sqlitetestsupport.h"
#include "testsupport.h"
#include "workspacedump.h"

#include <QSqlQuery>

#include <sqlite3.h>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

class TestPlausibleValues : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

    QString write(const QString &name, const QByteArray &content)
    {
        return TestSupport::writeFile(m_dir.filePath(name), content);
    }

    // Imports and fails the test (with the reason) when the file is refused.
    ImportReport imported(const QString &ws, const QString &name, const QByteArray &content)
    {
        auto r = ImportService::importFile(ws, write(name, content));
        if (!r)
            QTest::qFail(qPrintable(r.error().toString()), __FILE__, __LINE__);
        return r ? *r : ImportReport {};
    }
    QString freshWorkspace() { return m_dir.filePath(u"ws%1.kapsel"_s.arg(++m_n)); }

    // A workspace as one written before these checks could be: one ordinary import, then `statements`
    // (which may refer to it as MAX(id) FROM imports). Empty when a step failed.
    QString oldWorkspace(const QStringList &statements)
    {
        const QString ws = freshWorkspace();
        if (!ImportService::importFile(ws,
                write(u"one-%1.csv"_s.arg(m_n),
                    "visitor_id,session_id,started_at,duration_s,visit_number\nv1,s1,2024-03-01 08:00:00,30,1\n")))
            return {};
        SqliteTestConnection c(ws);
        QSqlQuery q(c.db());
        for (const QString &sql : statements) {
            if (!q.exec(sql))
                return {};
        }
        return ws;
    }

    static qint64 scalar(const QString &ws, const QString &sql)
    {
        SqliteTestConnection c(ws);
        QSqlQuery q(c.db());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

    // Local date text `days` from today (the workspace zone is Europe/Oslo).
    static QByteArray dayFromToday(int days)
    {
        return QDate::currentDate().addDays(days).toString(Qt::ISODate).toLatin1();
    }

private slots:
    void checkedConversions_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<bool>("fits");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("zero") << 0.0 << true << qint64(0);
        QTest::newRow("truncates") << -2.9 << true << qint64(-2);
        QTest::newRow("largest below 2^63") << 9223372036854774784.0 << true << qint64(9223372036854774784LL);
        QTest::newRow("2^63") << 9223372036854775808.0 << false << qint64(0);
        QTest::newRow("-2^63") << -9223372036854775808.0 << true << std::numeric_limits<qint64>::min();
        QTest::newRow("1e30") << 1e30 << false << qint64(0);
        QTest::newRow("nan") << std::nan("") << false << qint64(0);
        QTest::newRow("infinity") << HUGE_VAL << false << qint64(0);
    }
    void checkedConversions()
    {
        QFETCH(double, value);
        QFETCH(bool, fits);
        QFETCH(qint64, expected);
        const auto v = PlausibleValues::toInt64(value);
        QCOMPARE(v.has_value(), fits);
        if (fits)
            QCOMPARE(*v, expected);
        QVERIFY(!PlausibleValues::add(std::numeric_limits<qint64>::max(), 1));
        QVERIFY(!PlausibleValues::multiply(qint64(1) << 40, qint64(1) << 30));
        QCOMPARE(*PlausibleValues::multiply(1711065700, 1000000), 1711065700000000LL);
        QVERIFY(!PlausibleValues::toInt(qint64(1) << 31));
    }

    // One row of each kind in a sessions CSV: only the plausible ones are stored, the others are skipped
    // with the line they are on.
    void sessionsCsvSkipsAbsurdValues()
    {
        QByteArray csv = "visitor_id,session_id,started_at,duration_s,visit_number\n"
                         "v1,s1,2024-03-01 08:00:00,30,1\n" // 2: stored
                         "v2,s2,0001-01-01 08:00:00,30,1\n" // 3: year 1
                         "v3,s3,9999-12-31 08:00:00,30,1\n" // 4: year 9999
                         "v4,s4,1989-12-31 12:00:00,30,1\n" // 5: before 1990
                         "v5,s5,1500000000000000000,30,1\n" // 6: 19 digits: no Unix time
                         "v6,s6,123456789012345678901234567890,30,1\n" // 7: 30 digits
                         "v7,s7,2024-03-01 09:00:00,30,1000000001\n" // 8: visit number out of bounds
                         "v8,s8,2024-03-01 10:00:00,1e300,1\n" // 9: duration out of bounds
                         "v9,s9,1990-01-01 12:00:00,30,1\n"; // 10: stored (first plausible day)
        csv += "v10,s10," + dayFromToday(3) + " 12:00:00,30,1\n"; // 11: three days ahead
        csv += "v11,s11," + dayFromToday(0) + " 00:00:00,30,1\n"; // 12: stored (today)
        const QString ws = freshWorkspace();
        const ImportReport r = imported(ws, u"absurd.csv"_s, csv);
        QVERIFY(!QTest::currentTestFailed());
        QCOMPARE(r.rowsRead, 11);
        QCOMPARE(r.rowsStored, 3);
        const SkipTally time = r.skipped.value(PlausibleValues::timeOutOfRange());
        QCOMPARE(time.count, 4); // lines 3, 4, 5, 11
        QCOMPARE(time.firstLine, 3);
        QCOMPARE(r.skipped.value(PlausibleValues::countOutOfRange()).firstLine, 8);
        QCOMPARE(r.skipped.value(PlausibleValues::durationOutOfRange()).firstLine, 9);
        QCOMPARE(r.rowsSkipped, 8); // the two unreadable times (lines 6 and 7) as unreadable
        QCOMPARE(scalar(ws, u"SELECT MIN(day) FROM visitor_daily"_s), QDate(1990, 1, 1).toJulianDay());
        QCOMPARE(scalar(ws, u"SELECT MAX(day) FROM visitor_daily"_s), QDate::currentDate().toJulianDay());
    }

    // GA4 (event_timestamp in microseconds) and UA BigQuery (visitStartTime in seconds) with a time 10^6
    // times too large, and a 30-digit one.
    void analyticsExportsSkipAbsurdTimes_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("stored");
        QTest::addColumn<int>("absurdLine");
        const QByteArray ga4Header = "event_date,event_timestamp,event_name,user_pseudo_id,"
                                     "event_params.ga_session_id,event_params.ga_session_number\n";
        QTest::newRow("ga4 csv") << u"ga4.csv"_s
                                 << QByteArray(ga4Header + "20240322,1711065700000000,page_view,u1,1711065600,1\n"
                                        + "20240322,1711065700000000000000,page_view,u2,1711065600,1\n"
                                        + "20240322,1711065700000000000,page_view,u3,1711065600,1\n"
                                        + "20240322,123456789012345678901234567890,page_view,u4,1711065600,1\n")
                                 << 1 << 4; // lines 3 and 5 are no time at all (unreadable), line 4 is year 292,277
        QTest::newRow("ga4 ndjson")
            << u"ga4.ndjson"_s
            << QByteArray(R"({"event_date":"20240322","event_timestamp":"1711065700000000","user_pseudo_id":"u1",)"
                          R"("event_params":[{"key":"ga_session_id","value":{"int_value":"1711065600"}}]})"
                          "\n"
                          R"({"event_date":"99991231","event_timestamp":"1711065700000000","user_pseudo_id":"u2",)"
                          R"("event_params":[{"key":"ga_session_id","value":{"int_value":"1711065600"}}]})"
                          "\n")
            << 1 << 2;
        QTest::newRow("ua bigquery ndjson")
            << u"ga_sessions_20170801.json"_s
            << QByteArray(R"({"fullVisitorId":"1","visitId":"1","visitNumber":"1","visitStartTime":"1501591568",)"
                          R"("date":"20170801","totals":{"visits":"1","newVisits":"1"}})"
                          "\n"
                          R"({"fullVisitorId":"2","visitId":"2","visitNumber":"1","visitStartTime":"1501591568000000",)"
                          R"("date":"20170801","totals":{"visits":"1","newVisits":"1"}})"
                          "\n")
            << 1 << 2;
    }
    void analyticsExportsSkipAbsurdTimes()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        QFETCH(int, stored);
        QFETCH(int, absurdLine);
        const ImportReport r = imported(freshWorkspace(), name, content);
        QVERIFY(!QTest::currentTestFailed());
        QCOMPARE(r.rowsStored, stored);
        QVERIFY2(r.skipped.contains(PlausibleValues::timeOutOfRange()), qPrintable(r.skipped.keys().join(u'|')));
        QCOMPARE(r.skipped.value(PlausibleValues::timeOutOfRange()).firstLine, absurdLine);
    }

    // Chat messages with a time no export holds are skipped with their line; untimed ones are kept.
    void chatMessagesWithAbsurdTimes()
    {
        const QString ws = freshWorkspace();
        auto imported = ImportService::importFile(ws, TestSupport::testData(u"chats/absurd-times.csv"_s));
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().toString()));
        const ImportReport &r = *imported;
        QCOMPARE(r.rowsStored, 2);
        QCOMPARE(r.skipped.value(PlausibleValues::timeOutOfRange()).count, 2);
        QCOMPARE(r.skipped.value(PlausibleValues::timeOutOfRange()).firstLine, 3);
        QCOMPARE(scalar(ws, u"SELECT message_count FROM chat_conversations"_s), 2);
        QCOMPARE(scalar(ws, u"SELECT count(*) FROM chat_messages WHERE sent_at > '2025'"_s), 0);
    }

    // Item 7: a GA4 export without event_date has no period to note; it is stored all the same.
    void importWithoutNotesIsStored()
    {
        const QByteArray ndjson = R"({"event_timestamp":"1711065700000000","user_pseudo_id":"u1",)"
                                  R"("event_params":[{"key":"ga_session_id","value":{"int_value":"1711065600"}}]})"
                                  "\n";
        const QString ws = freshWorkspace();
        const ImportReport r = imported(ws, u"nodate.ndjson"_s, ndjson);
        QVERIFY(!QTest::currentTestFailed());
        QCOMPARE(r.rowsStored, 1);
        QCOMPARE(scalar(ws, u"SELECT count(*) FROM imports WHERE notes = ''"_s), 1);
    }

    // Item 7: what SQLite says goes to the debug log; the user reads a sentence, in the user's language.
    void databaseErrorsAreSentences_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("part");
        QTest::newRow("full") << SQLITE_FULL << u"disk is full"_s;
        QTest::newRow("busy") << SQLITE_BUSY << u"locked by another"_s;
        QTest::newRow("locked (extended)") << (SQLITE_LOCKED | (1 << 8)) << u"locked by another"_s;
        QTest::newRow("constraint") << SQLITE_CONSTRAINT << u"internal error 19"_s;
    }
    void databaseErrorsAreSentences()
    {
        QFETCH(int, code);
        QFETCH(QString, part);
        QVERIFY2(Sql::describe(code).contains(part), qPrintable(Sql::describe(code)));
        // A failing statement: the message names neither the table nor SQLite's words.
        SqliteTestConnection c(freshWorkspace());
        QSqlQuery q(c.db());
        QVERIFY(!q.exec(u"INSERT INTO imports(file_name) VALUES('x')"_s));
        const QString reason = Sql::error(q).reason;
        QVERIFY2(!reason.contains(u"imports"_s) && !reason.contains(u"constraint"_s, Qt::CaseInsensitive),
            qPrintable(reason));
    }

    // Max-Age of 2^63 - 1 and beyond, and an expiry in year 9999: stored as the browser keeps them.
    void cookieLifetimeIsClampedTo400Days()
    {
        const QByteArray har
            = "{\"log\":{\"version\":\"1.2\",\"entries\":[{\"startedDateTime\":\"2024-03-01T10:00:00.000Z\","
              "\"request\":{\"method\":\"GET\",\"url\":\"https://www.example.no/\",\"headers\":[]},"
              "\"response\":{\"status\":200,\"content\":{\"mimeType\":\"text/html\"},\"headers\":["
              "{\"name\":\"Set-Cookie\",\"value\":\"big=1; Max-Age=9223372036854775807; Path=/\"},"
              "{\"name\":\"Set-Cookie\",\"value\":\"bigger=1; Max-Age=92233720368547758070000; Path=/\"},"
              "{\"name\":\"Set-Cookie\",\"value\":\"far=1; Expires=Fri, 31 Dec 9999 23:59:59 GMT; Path=/\"},"
              "{\"name\":\"Set-Cookie\",\"value\":\"gone=1; Max-Age=-5; Path=/\"},"
              "{\"name\":\"Set-Cookie\",\"value\":\"day=1; Max-Age=86400; Path=/\"}]}}]}}";
        const QString ws = freshWorkspace();
        const ImportReport r = imported(ws, u"capture.har"_s, har);
        QVERIFY(!QTest::currentTestFailed());
        auto retention = [&](const char *name) {
            return scalar(
                ws, u"SELECT retention_s FROM cookie_observations WHERE name = '%1'"_s.arg(QLatin1String(name)));
        };
        const qint64 max = 400LL * 86400;
        QCOMPARE(retention("big"), max);
        QCOMPARE(retention("bigger"), max);
        QCOMPARE(retention("far"), max);
        QCOMPARE(retention("gone"), 0);
        QCOMPARE(retention("day"), 86400);
        // 400 days after 2024-03-01 10:00 (a leap year) is 2025-04-05 10:00.
        QCOMPARE(
            scalar(ws, u"SELECT count(*) FROM cookie_observations WHERE expires_at = '2025-04-05T10:00:00Z'"_s), 3);
        QCOMPARE(
            scalar(ws, u"SELECT count(*) FROM cookie_observations WHERE expires_at > '2025-04-05T10:00:00Z'"_s), 0);
        // A lifetime stored before the clamp is still shown as a (huge) positive number, not negative days.
        const QString shown
            = CookieText::formatRetention(std::numeric_limits<qint64>::max(), false, CookieText::Lang::En);
        QVERIFY2(!shown.isEmpty() && shown.front().isDigit() && !shown.contains(u'-'), qPrintable(shown));
    }

    // A workspace written before these checks may hold year 0001 and 9999: a daily series over all of it
    // lists the days with data, not the 3.6 million days between.
    void seriesIsBoundedByTheData()
    {
        QStringList sql;
        for (const QDate &d : { QDate(1, 1, 1), QDate(9999, 12, 31) })
            sql << u"INSERT INTO visitor_daily (day, source, import_id, visits, first_time, returning_visits,"
                   " type_known, duration_n, duration_sum) SELECT %1, 'Old', MAX(id), 7, 0, 0, 0, 0, 0 FROM imports"_s
                       .arg(d.toJulianDay());
        const QString ws = oldWorkspace(sql);
        QVERIFY(!ws.isEmpty());
        SqliteTestConnection c(ws);
        auto range = VisitorQueries::dataRange(c.workspace().visitors());
        QVERIFY(range);
        QCOMPARE(range->first, QDate(1, 1, 1));
        for (const Granularity g : { Granularity::Day, Granularity::Week, Granularity::Month }) {
            auto rows = VisitorQueries::series(c.workspace().visitors(), VisitorFilter { range->first, range->second, g, {} });
            QVERIFY(rows);
            QCOMPARE(rows->size(), 3);
            QCOMPARE(rows->at(0).visits, 7);
            QCOMPARE(rows->at(1).visits, 1);
            QVERIFY(rows->at(1).period.first <= QDate(2024, 3, 1) && QDate(2024, 3, 1) <= rows->at(1).period.last);
            QCOMPARE(rows->at(2).visits, 7);
        }
        // A range of ordinary length still lists every period, empty ones too.
        auto month = VisitorQueries::series(
            c.workspace().visitors(), VisitorFilter { QDate(2024, 2, 1), QDate(2024, 3, 31), Granularity::Day, {} });
        QVERIFY(month);
        QCOMPARE(month->size(), 60);
    }

    // Report figures stored before the bounds (9.2e18 visits from two sources on one day) saturate at
    // the largest count instead of overflowing into a negative number.
    void hugeStoredFiguresSaturate()
    {
        QStringList sql;
        for (const char *source : { "A", "B" })
            sql << u"INSERT INTO visitor_aggregates (import_id, source, day_from, day_to, metric, dimension, value)"
                   " SELECT MAX(id), '%1', %2, %2, 'visits', '', 9.2e18 FROM imports"_s.arg(QLatin1String(source))
                       .arg(QDate(2024, 3, 2).toJulianDay());
        const QString ws = oldWorkspace(sql);
        QVERIFY(!ws.isEmpty());
        SqliteTestConnection c(ws);
        auto rows = VisitorQueries::series(
            c.workspace().visitors(), VisitorFilter { QDate(2024, 3, 2), QDate(2024, 3, 2), Granularity::Day, {} });
        QVERIFY(rows);
        QCOMPARE(rows->first().visits, std::numeric_limits<qint64>::max());
    }
};

QTEST_GUILESS_MAIN(TestPlausibleValues)
#include "test_plausiblevalues.moc"
