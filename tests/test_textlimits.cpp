// SPDX-License-Identifier: GPL-3.0-or-later
// Text no real export holds (issue #11, item 6): a NUL byte, a line over 1 MiB or a field over 64 KiB
// refuses the file as a whole with FILE:LINE: reason, in every importer (the shared readers apply the
// limits), and the workspace is exactly as it was.
#include "importers/textlimits.h"
#include "workspace/importservice.h"
#include "testsupport.h"
#include "workspacedump.h"

using namespace Qt::StringLiterals;

namespace {

const QByteArray kSessionsHeader = "visitor_id,session_id,started_at,duration_s,visit_number\n";
const QByteArray kGoodSession = "v1,s1,2024-03-01 08:00:00,30,1\n";

QByteArray ga4Line(const QByteArray &user)
{
    return R"({"event_date":"20240322","event_timestamp":"1711065700000000","user_pseudo_id":")" + user
        + R"(","event_params":[{"key":"ga_session_id","value":{"int_value":"1711065600"}}]})"
          "\n";
}

// A line of n bytes of fields of 1,000 bytes each: no field is too long, the line is.
QByteArray longCsvLine(qsizetype n)
{
    QByteArray field(999, 'a');
    field += ',';
    return field.repeated(n / 1000 + 1) + '\n';
}

} // namespace

class TestTextLimits : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &content)
    {
        return TestSupport::writeFile(m_dir.filePath(name), content);
    }

private slots:
    void refusedWithItsLine_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("reason");
        const QByteArray nul("\0", 1);
        const QByteArray bigField(70 * 1024, 'x');
        const QString nulByte = TextLimits::nulByte(), lineTooLong = TextLimits::lineTooLong(),
                      fieldTooLong = TextLimits::fieldTooLong();

        QTest::newRow("sessions csv, NUL")
            << u"s1.csv"_s << QByteArray(kSessionsHeader + kGoodSession + "v2,s2" + nul + ",2024-03-01 09:00:00,30,1\n")
            << 3 << nulByte;
        QTest::newRow("sessions csv, NUL in a quoted field on its second line")
            << u"s2.csv"_s
            << QByteArray(kSessionsHeader + kGoodSession + "\"v2\n" + nul + "\",s2,2024-03-01 09:00:00,30,1\n") << 4
            << nulByte;
        QTest::newRow("sessions csv, 70 KiB visitor id")
            << u"s3.csv"_s << QByteArray(kSessionsHeader + kGoodSession + bigField + ",s2,2024-03-01 09:00:00,30,1\n")
            << 3 << fieldTooLong;
        QTest::newRow("sessions csv, 1.1 MiB line")
            << u"s4.csv"_s << QByteArray(kSessionsHeader + kGoodSession + longCsvLine(1100 * 1024)) << 3 << lineTooLong;
        QTest::newRow("plausible csv, NUL") << u"imported_visitors_20210101_20210103.csv"_s
                                            << QByteArray("date,visitors,pageviews,bounces,visits,visit_duration\n"
                                                          "2021-01-01,10,30,4,12,600\n2021-01-02,7,9,5,8"
                                                   + nul + ",96\n")
                                            << 3 << nulByte;
        QTest::newRow("ga4 ndjson, NUL") << u"g1.ndjson"_s << QByteArray(ga4Line("u1") + ga4Line("u2" + nul)) << 2
                                         << nulByte;
        QTest::newRow("ga4 ndjson, 70 KiB user id")
            << u"g2.ndjson"_s << QByteArray(ga4Line("u1") + ga4Line(bigField)) << 2 << fieldTooLong;
        QTest::newRow("ga4 ndjson, 1.1 MiB line")
            << u"g3.ndjson"_s << QByteArray(ga4Line("u1") + ga4Line(QByteArray(1100 * 1024, 'y'))) << 2 << lineTooLong;
        QTest::newRow("matomo json, NUL") << u"VisitsSummary.json"_s
                                          << QByteArray(R"({"2024-03-01":{"nb_visits":10,"sum_visit_length":1234},)"
                                                        "\n"
                                                        R"("2024-03-02":{"nb_visits":3)"
                                                 + nul + "}}\n")
                                          << 2 << nulByte;
        QTest::newRow("chat text, NUL") << u"c1.txt"_s
                                        << QByteArray("[2024-05-02 08:01] Kunde: Hei\n[2024-05-02 08:02] Bot: H" + nul
                                               + "ei\n")
                                        << 2 << nulByte;
        QTest::newRow("chat text, 1.1 MiB line")
            << u"c2.txt"_s << QByteArray("[2024-05-02 08:01] Kunde: Hei\n" + QByteArray(1100 * 1024, 'z') + "\n") << 2
            << lineTooLong;
        QTest::newRow("chat csv, 70 KiB text")
            << u"c3.csv"_s
            << QByteArray(
                   "conversation_id,timestamp,sender,text\nx-1,2024-05-02 08:01,Kunde,Hei\nx-1,2024-05-02 08:02,Bot,"
                   + bigField + "\n")
            << 3 << fieldTooLong;
        QTest::newRow("chat json, NUL") << u"c4.json"_s
                                        << QByteArray(R"({"conversations":[{"id":"1","messages":[)"
                                                      "\n"
                                                      R"({"text":"Hei)"
                                               + nul + R"("}]}]})")
                                        << 2 << nulByte;
        const QByteArray cookieHeader = "name,domain,category,purpose,supplier,retention,party\n";
        QTest::newRow("cookie csv, NUL") << u"k1.csv"_s
                                         << QByteArray(cookieHeader + "_ga,example.no,statistics,Counts" + nul
                                                + ",Google,2 years,first\n")
                                         << 2 << nulByte;
        QTest::newRow("cookie csv, 70 KiB purpose")
            << u"k2.csv"_s
            << QByteArray(cookieHeader
                   + "_ga,example.no,statistics,Counts,Google,2 years,first\n_gid,example.no,statistics," + bigField
                   + ",Google,1 day,first\n")
            << 3 << fieldTooLong;
    }
    void refusedWithItsLine()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        QFETCH(int, line);
        QFETCH(QString, reason);
        const QString ws = m_dir.filePath(u"ws-%1.kapsel"_s.arg(QString::number(qHash(name))));
        QVERIFY(ImportService::importFile(ws, write(u"good.csv"_s, kSessionsHeader + kGoodSession)));
        const QStringList before = TestSupport::dumpWorkspace(ws);
        auto r = ImportService::importFile(ws, write(name, content));
        QVERIFY2(!r, "the file was accepted");
        QCOMPARE(r.error().toString(), u"%1:%2: %3"_s.arg(name).arg(line).arg(reason));
        QCOMPARE(TestSupport::dumpWorkspace(ws), before);
    }

    // At the limits, not over them: a field of exactly 64 KiB and a line of just under 1 MiB are read.
    void limitsThemselvesAreAccepted()
    {
        const QString ws = m_dir.filePath(u"ws-limits.kapsel"_s);
        const QByteArray id(TextLimits::kMaxFieldBytes, 'v');
        auto r = ImportService::importFile(
            ws, write(u"limits.csv"_s, kSessionsHeader + id + ",s1,2024-03-01 08:00:00,30,1\n"));
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        QCOMPARE(r->rowsStored, 1);
        auto t = ImportService::importFile(ws,
            write(u"limits.txt"_s,
                "[2024-05-02 08:01] Kunde: " + QByteArray(TextLimits::kMaxLineBytes - 26, 'w') + "\n"));
        QVERIFY2(t, qPrintable(t ? QString() : t.error().toString()));
        QCOMPARE(t->rowsStored, 1);
    }
};

QTEST_GUILESS_MAIN(TestTextLimits)
#include "test_textlimits.moc"
