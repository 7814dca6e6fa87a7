// SPDX-License-Identifier: GPL-3.0-or-later
#include "collectingsessionsink.h"
#include "shownimport.h"
#include "importers/ga4csvimporter.h"
#include "importers/ga4ndjsonimporter.h"
#include "importers/ga4sessionbuilder.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

#include <map>

using namespace Qt::StringLiterals;

namespace {

struct Expected1
{
    qint64 firstUs = std::numeric_limits<qint64>::max(), lastUs = std::numeric_limits<qint64>::min();
    QDate day;
    qint64 number = 0; // 0 = none
    qint64 engagementMs = 0;
};
using ExpectedMap = std::map<QString, Expected1>; // "user|session"

// The independent truth: every line through QJsonDocument (slow, but a different method than the importer's
// scanner), sessions keyed by user_pseudo_id and ga_session_id.
ExpectedMap expectedFromNdjson(const QByteArray &file, int *unattributed)
{
    ExpectedMap m;
    *unattributed = 0;
    for (const QByteArray &line : file.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        const QString user = o.value(u"user_pseudo_id"_s).toString();
        qint64 sid = 0, num = 0, eng = 0;
        for (const QJsonValue &p : o.value(u"event_params"_s).toArray()) {
            const QJsonObject v = p.toObject().value(u"value"_s).toObject();
            qint64 iv = 0;
            if (!v.value(u"int_value"_s).isNull())
                iv = v.value(u"int_value"_s).toVariant().toLongLong(); // string or number
            else if (!v.value(u"double_value"_s).isNull())
                iv = qint64(v.value(u"double_value"_s).toDouble());
            const QString key = p.toObject().value(u"key"_s).toString();
            if (key == u"ga_session_id"_s)
                sid = iv;
            else if (key == u"ga_session_number"_s)
                num = iv;
            else if (key == u"engagement_time_msec"_s)
                eng += iv;
        }
        if (user.isEmpty() || sid == 0) {
            ++*unattributed;
            continue;
        }
        Expected1 &e = m[user + u'|' + QString::number(sid)];
        const qint64 ts = o.value(u"event_timestamp"_s).toString().toLongLong();
        if (ts < e.firstUs) {
            e.firstUs = ts;
            e.day = QDate::fromString(o.value(u"event_date"_s).toString(), u"yyyyMMdd"_s);
        }
        e.lastUs = std::max(e.lastUs, ts);
        if (num && (!e.number || num < e.number))
            e.number = num;
        e.engagementMs += eng;
    }
    return m;
}

void compare(const CollectingSessionSink &sink, const ExpectedMap &expected)
{
    QCOMPARE(qsizetype(sink.sessions.size()), qsizetype(expected.size()));
    for (const SessionRecord &s : sink.sessions) {
        const auto it = expected.find(s.visitorId + u'|' + s.sessionKey);
        QVERIFY2(it != expected.end(), qPrintable(s.visitorId + u'|' + s.sessionKey));
        const Expected1 &e = it->second;
        QCOMPARE(s.source, u"GA4"_s);
        QCOMPARE(s.startUtc, e.firstUs / 1000000);
        QCOMPARE(s.day, e.day);
        QVERIFY(s.durationS.has_value());
        QCOMPARE(*s.durationS, double(e.lastUs - e.firstUs) / 1e6);
        QVERIFY(s.engagementS.has_value());
        QCOMPARE(*s.engagementS, double(e.engagementMs) / 1e3);
        if (e.number) {
            QCOMPARE(s.visitNumber.value_or(-1), e.number);
            QCOMPARE(s.firstTime.value_or(false), e.number == 1);
        } else {
            QVERIFY(!s.firstTime.has_value());
        }
    }
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestGa4Importer : public QObject
{
    Q_OBJECT
private slots:
    void ndjsonFixture()
    {
        const QString path = TestSupport::testData(u"visitors/ga4_events_20240320.ndjson"_s);
        int unattributed = 0;
        const ExpectedMap expected = expectedFromNdjson(readAll(path), &unattributed);
        QCOMPARE(int(expected.size()), 5); // the fixture's five sessions (tests/data/visitors/README.md)
        QCOMPARE(unattributed, 3);

        Ga4NdjsonImporter importer;
        ImportRun run(importer, path);
        QVERIFY2(run.ok(), qPrintable(run.errorText()));
        compare(run.sink, expected);
        QCOMPARE(run.ctx.rowsRead, 13);
        QCOMPARE(run.ctx.rowsAccepted, 5);
        QCOMPARE(run.ctx.rowsSkipped(), 3);
        QCOMPARE(run.ctx.skipped.value(Ga4SessionBuilder::unattributedReason()).count, 3);
        QVERIFY(shownNotes(run.ctx.notes).join(u'\n').contains(u"consent mode"_s));

        // Hand-checked figures: the session that crosses local midnight keeps the day of its first event,
        // lasts 900.376544 s (first 22:50:00.123456 UTC, last 23:05:00.5 UTC) and was engaged 19.2 s.
        for (const SessionRecord &s : run.sink.sessions) {
            if (s.sessionKey == u"1710975000"_s) {
                QCOMPARE(s.day, QDate(2024, 3, 20));
                QCOMPARE(*s.durationS, 900.376544);
                QCOMPARE(*s.engagementS, 19.2);
                QCOMPARE(*s.firstTime, true);
                QCOMPARE(*s.pageviews, 2);
            }
            if (s.sessionKey == u"1711070000"_s)
                QCOMPARE(s.visitorId, u"333\\\"3.17"_s); // escapes decoded
        }
    }

    void csvFixtureGivesTheSameSessions()
    {
        int unattributed = 0;
        const ExpectedMap expected = expectedFromNdjson(
            readAll(TestSupport::testData(u"visitors/ga4_events_20240320.ndjson"_s)), &unattributed);
        Ga4CsvImporter importer;
        ImportRun run(importer, TestSupport::testData(u"visitors/ga4_events_flattened.csv"_s));
        QVERIFY2(run.ok(), qPrintable(run.errorText()));
        compare(run.sink, expected);
        QCOMPARE(run.ctx.skipped.value(Ga4SessionBuilder::unattributedReason()).count, unattributed);
    }

    // Thousands of unsorted events over several MiB, so sessions span chunk boundaries of the reader.
    void largeUnsortedGenerated()
    {
        QRandomGenerator rng(42);
        QList<QByteArray> lines;
        for (int s = 0; s < 1500; ++s) {
            const QByteArray user = QByteArray::number(rng.bounded(100000, 999999)) + '.' + QByteArray::number(s);
            const qint64 sid = 1700000000 + s * 37;
            const int events = 1 + rng.bounded(6);
            for (int e = 0; e < events; ++e) {
                const qint64 ts = (sid + rng.bounded(3600)) * 1000000LL + rng.bounded(1000000);
                const QDate d = QDateTime::fromSecsSinceEpoch(ts / 1000000, QTimeZone("Europe/Oslo")).date();
                QByteArray pad(rng.bounded(200, 800), 'x');
                lines << "{\"event_date\":\"" + d.toString(u"yyyyMMdd"_s).toLatin1() + "\",\"event_timestamp\":\""
                        + QByteArray::number(ts)
                        + "\",\"event_name\":\"page_view\",\"event_params\":[{\"key\":\"x\","
                          "\"value\":{\"string_value\":\""
                        + pad + "\"}},{\"key\":\"ga_session_id\",\"value\":{\"int_value\":\"" + QByteArray::number(sid)
                        + "\"}},{\"key\":\"ga_session_number\",\"value\":{\"int_value\":"
                        + QByteArray::number(1 + s % 3)
                        + "}},{\"key\":\"engagement_time_msec\",\"value\":{\"int_value\":\""
                        + QByteArray::number(rng.bounded(5000)) + "\"}}],\"user_pseudo_id\":\"" + user + "\"}";
            }
        }
        for (qsizetype i = lines.size() - 1; i > 0; --i)
            lines.swapItemsAt(i, rng.bounded(i + 1));
        const QByteArray file = lines.join('\n') + '\n';
        QVERIFY(file.size() > 2 * 1024 * 1024);
        int unattributed = 0;
        const ExpectedMap expected = expectedFromNdjson(file, &unattributed);
        QCOMPARE(int(expected.size()), 1500);
        Ga4NdjsonImporter importer;
        ImportRun run(importer, file, u"events_20231114.json"_s);
        QVERIFY2(run.ok(), qPrintable(run.errorText()));
        compare(run.sink, expected);
        QCOMPARE(run.ctx.rowsRead, qint64(lines.size()));
    }

    // Beyond its memory limit the builder spills to partition files and merges them at the end: the same
    // sessions come out as from the truth computed in one std::map.
    void spillingGivesTheSameSessions_data()
    {
        QTest::addColumn<int>("maxInMemory");
        QTest::newRow("spills often") << 37;
        QTest::newRow("spills once") << 700;
        QTest::newRow("never spills") << 100000;
    }
    void spillingGivesTheSameSessions()
    {
        QFETCH(int, maxInMemory);
        QRandomGenerator rng(5);
        ExpectedMap expected;
        Ga4SessionBuilder builder(maxInMemory);
        std::vector<QByteArray> users;
        for (int u = 0; u < 300; ++u)
            users.push_back("u" + QByteArray::number(rng.bounded(1000000)) + '.' + QByteArray::number(u));
        for (int i = 0; i < 6000; ++i) {
            Ga4Event e;
            const QByteArray &user = users[rng.bounded(int(users.size()))];
            e.userPseudoId = user;
            e.sessionId = 1700000000 + rng.bounded(4) * 1000;
            if (rng.bounded(3) > 0)
                e.sessionNumber = 1 + rng.bounded(5);
            e.timestampUs = 1700000000000000LL + qint64(rng.bounded(5000000)) * 1000;
            e.eventDate = QDate(2023, 11, 14).addDays(rng.bounded(3));
            e.engagementMs = rng.bounded(10000);
            builder.add(e);

            Expected1 &x = expected[QString::fromLatin1(user) + u'|' + QString::number(*e.sessionId)];
            if (e.timestampUs < x.firstUs) {
                x.firstUs = e.timestampUs;
                x.day = e.eventDate;
            }
            x.lastUs = std::max(x.lastUs, e.timestampUs);
            if (e.sessionNumber && (!x.number || *e.sessionNumber < x.number))
                x.number = *e.sessionNumber;
            x.engagementMs += e.engagementMs;
        }
        QCOMPARE(builder.spilled(), maxInMemory < 1200);
        CollectingSessionSink sink;
        ImportContext ctx;
        ctx.fileName = u"spill.json"_s;
        ctx.sessions = &sink;
        const Status s = builder.emitSessions(ctx);
        QVERIFY2(!s, qPrintable(s ? s->toString() : QString()));
        QCOMPARE(ctx.rowsAccepted, qint64(expected.size()));
        compare(sink, expected);
        QVERIFY(shownNotes(ctx.notes).join(u'\n').contains(QString::number(expected.size())));
    }

    void sniff()
    {
        const QByteArray nd = readAll(TestSupport::testData(u"visitors/ga4_events_20240320.ndjson"_s));
        const QByteArray csv = readAll(TestSupport::testData(u"visitors/ga4_events_flattened.csv"_s));
        QCOMPARE(Ga4NdjsonImporter().sniff(nd, u"x"_s), 95);
        QCOMPARE(Ga4NdjsonImporter().sniff(csv, u"x"_s), 0);
        QCOMPARE(Ga4CsvImporter().sniff(csv, u"x"_s), 90);
        QCOMPARE(Ga4CsvImporter().sniff(nd, u"x"_s), 0);
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        const QByteArray good
            = "{\"event_date\":\"20240320\",\"event_timestamp\":\"1710975600000000\",\"user_pseudo_id\":\"a\","
              "\"event_params\":[{\"key\":\"ga_session_id\",\"value\":{\"int_value\":\"1\"}}]}\n";
        QTest::newRow("truncated") << good + good.left(60) << u"f.json:2: "_s;
        QTest::newRow("empty") << QByteArray() << u"f.json:1: "_s;
        QTest::newRow("binary") << QByteArray("\x00\x01\xff\xfe{garbage\x00\n", 14) << u"f.json:1: "_s;
        QTest::newRow("trailing garbage") << good + "{\"event_timestamp\":\"1\"} x\n" << u"f.json:2: "_s;
        QTest::newRow("deep nesting") << QByteArray(100000, '[') << u"f.json:1: "_s;
        QTest::newRow("unterminated string") << QByteArray("{\"event_timestamp\":\"1") << u"f.json:1: "_s;
        // Parts the importer only skips are checked too.
        QTest::newRow("damage in a skipped record")
            << good + good + "{\"event_timestamp\":\"1\",\"device\":{\"category\" \"mobile\"}}\n"
            << u"f.json:3: "_s;
        QTest::newRow("damage in a skipped parameter") << good
                + "{\"event_timestamp\":\"1\",\"event_params\":[{\"key\":\"page_title\",\"value\":{\"string_value\":"
                  "\"a\",}}]}\n" << u"f.json:2: "_s;
        QTest::newRow("truncated inside items")
            << good + "{\"event_timestamp\":\"1\",\"items\":[{\"item_id\":\"SKU-1\"},{\"item_id\"" << u"f.json:2: "_s;
    }
    void malformed()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        ImportRun run(Ga4NdjsonImporter(), bytes, u"f.json"_s);
        QVERIFY(!run.ok());
        QVERIFY2(run.errorText().startsWith(expected), qPrintable(run.errorText()));
        QVERIFY(run.sink.sessions.empty());
    }

    void hugeSingleLine()
    {
        QByteArray bytes = "{\"event_timestamp\":\"1\",\"x\":\"" + QByteArray(70 * 1024 * 1024, 'a');
        ImportRun run(Ga4NdjsonImporter(), bytes, u"big.json"_s);
        QVERIFY(!run.ok());
        QVERIFY2(run.errorText().startsWith(u"big.json:1: "_s), qPrintable(run.errorText()));
    }

    void onlyConsentModeEventsAreCountedNotDropped()
    {
        const QByteArray bytes
            = "{\"event_date\":\"20240320\",\"event_timestamp\":\"1710975600000000\",\"user_pseudo_id\":null,"
              "\"event_params\":[]}\n"
              "{\"event_date\":\"20240320\",\"event_timestamp\":\"1710975601000000\",\"event_params\":[]}\n";
        ImportRun run(Ga4NdjsonImporter(), bytes, u"c.json"_s);
        QVERIFY2(run.ok(), qPrintable(run.errorText()));
        QCOMPARE(run.ctx.rowsRead, 2);
        QCOMPARE(run.ctx.rowsSkipped(), 2);
        QVERIFY(run.sink.sessions.empty());
    }

    // A session id written as a decimal beyond qint64 is no id: the event is unattributed, not stored under a
    // made-up session (found by fuzz-importer-ga4-csv; tests/fuzz/importer-ga4-csv/reproducers).
    void csvSessionIdBeyondQint64()
    {
        ImportRun run(Ga4CsvImporter(),
            QByteArray("event_date,event_timestamp,event_name,user_pseudo_id,event_params.ga_session_id\n"
                       "20240320,1710975600000000,page_view,1.2,1.7e20\n"
                       "20240320,1710975601000000,page_view,1.2,1710975000.0\n"),
            u"g.csv"_s);
        QVERIFY2(run.ok(), qPrintable(run.errorText()));
        QCOMPARE(run.ctx.rowsRead, 2);
        QCOMPARE(run.ctx.rowsSkipped(), 1);
        QCOMPARE(run.sink.sessions.size(), size_t(1));
    }

    void csvMissingColumns()
    {
        ImportRun run(
            Ga4CsvImporter(), QByteArray("event_date,event_timestamp,event_name\n20240320,1,page_view\n"), u"g.csv"_s);
        QVERIFY(!run.ok());
        QVERIFY2(run.errorText().startsWith(u"g.csv:1: "_s), qPrintable(run.errorText()));
        QVERIFY(run.errorText().contains(u"user_pseudo_id"_s));
        QVERIFY(run.errorText().contains(u"ga_session_id"_s));
    }
};

QTEST_GUILESS_MAIN(TestGa4Importer)
#include "test_ga4importer.moc"
