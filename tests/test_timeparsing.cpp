// SPDX-License-Identifier: GPL-3.0-or-later
#include "importers/localtimeconverter.h"
#include "importers/timeparsing.h"

#include <QDateTime>
#include <QTest>

using namespace Qt::StringLiterals;

class TestTimeParsing : public QObject
{
    Q_OBJECT
private slots:
    void timestamps_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<qint64>("utc"); // computed with `date -u -d ... +%s` / Python zoneinfo
        QTest::newRow("iso offset") << QByteArray("2024-03-20T10:15:00+01:00") << qint64(1710926100);
        QTest::newRow("iso Z fraction") << QByteArray("2024-03-20T09:15:00.250Z") << qint64(1710926100);
        QTest::newRow("iso compact offset") << QByteArray("2024-03-20T11:15:00+0200") << qint64(1710926100);
        QTest::newRow("iso local winter") << QByteArray("2024-03-20 10:15:00") << qint64(1710926100);
        QTest::newRow("iso local summer") << QByteArray("2024-07-01T12:00") << qint64(1719828000);
        QTest::newRow("norwegian") << QByteArray("20.03.2024 10:15") << qint64(1710926100);
        QTest::newRow("norwegian seconds") << QByteArray("1.7.2024 12:00:00") << qint64(1719828000);
        QTest::newRow("before spring gap") << QByteArray("31.03.2024 01:30") << qint64(1711845000);
        QTest::newRow("after spring gap") << QByteArray("31.03.2024 03:30") << qint64(1711848600);
        QTest::newRow("autumn after") << QByteArray("2024-10-27 03:30") << qint64(1729996200);
        QTest::newRow("yyyymmdd") << QByteArray("20240320") << qint64(1710889200);
        QTest::newRow("unix") << QByteArray("1710926100") << qint64(1710926100);
        QTest::newRow("unix ms") << QByteArray("1710926100123") << qint64(1710926100);
        QTest::newRow("unix us") << QByteArray("1710926100123456") << qint64(1710926100);
        QTest::newRow("slashes") << QByteArray("2024/03/20 10:15:00") << qint64(1710926100);
        // The last second a calendar of four-digit years holds, in microseconds (`date -u -d @253402300799`).
        QTest::newRow("unix us 9999") << QByteArray("253402300799000000") << qint64(253402300799);
    }
    void timestamps()
    {
        QFETCH(QByteArray, text);
        QFETCH(qint64, utc);
        LocalTimeConverter local(QTimeZone("Europe/Oslo"));
        const auto got = TimeParsing::parseTimestamp(text, local);
        QVERIFY(got.has_value());
        QCOMPARE(*got, utc);
    }

    void badTimestamps_data()
    {
        QTest::addColumn<QByteArray>("text");
        for (const char *s : { "", "not a date", "2024-13-01", "32.01.2024", "2024-03-20T25:00",
                 "2024-03-20 10:15 junk", "20.03.24 10:15", "-", "2024-02-30",
                 // Beyond the year 9999; the first two do not fit a qint64 (tests/fuzz/timeparsing/reproducers).
                 "922337203699991231803685807", "999999999999999999999999999999", "253402300800000000" })
            QTest::newRow(s) << QByteArray(s);
    }
    void badTimestamps()
    {
        QFETCH(QByteArray, text);
        LocalTimeConverter local(QTimeZone("Europe/Oslo"));
        QVERIFY(!TimeParsing::parseTimestamp(text, local).has_value());
    }

    // The converter's cache must agree with QDateTime for every hour of a year with two DST changes.
    void converterAgreesWithQDateTime()
    {
        const QTimeZone oslo("Europe/Oslo");
        LocalTimeConverter local(oslo);
        for (QDate d(2024, 1, 1); d.year() == 2024; d = d.addDays(1)) {
            for (int h = 0; h < 24; ++h) {
                const QTime t(h, 17, 42);
                const qint64 expected = QDateTime(d, t, oslo).toSecsSinceEpoch();
                QCOMPARE(local.toUtc(d, t), expected);
                QCOMPARE(local.localDay(expected + 3600 * 5),
                    QDateTime::fromSecsSinceEpoch(expected + 3600 * 5, oslo).date());
            }
        }
    }

    void durations_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<double>("seconds"); // -1 = unreadable
        QTest::newRow("int") << QByteArray("83") << 83.0;
        QTest::newRow("point") << QByteArray("83.5") << 83.5;
        QTest::newRow("comma") << QByteArray("83,5") << 83.5;
        QTest::newRow("hms") << QByteArray("00:01:23") << 83.0;
        QTest::newRow("ms") << QByteArray("1:23") << 83.0;
        QTest::newRow("long hours") << QByteArray("26:00:01") << 93601.0;
        QTest::newRow("negative") << QByteArray("-4") << -1.0;
        QTest::newRow("minutes over 59") << QByteArray("1:75:00") << -1.0;
        QTest::newRow("text") << QByteArray("ten") << -1.0;
        QTest::newRow("empty") << QByteArray("") << -1.0;
        QTest::newRow("colon") << QByteArray(":") << -1.0;
    }
    void durations()
    {
        QFETCH(QByteArray, text);
        QFETCH(double, seconds);
        const auto got = TimeParsing::parseDuration(text);
        if (seconds < 0) {
            QVERIFY(!got.has_value());
        } else {
            QVERIFY(got.has_value());
            QCOMPARE(*got, seconds);
        }
    }

    void localisedNumbers_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("decimalComma");
        QTest::addColumn<double>("value");
        QTest::newRow("nl thousands") << QByteArray("2.546") << true << 2546.0;
        QTest::newRow("en thousands") << QByteArray("2,533") << false << 2533.0;
        QTest::newRow("nl percent") << QByteArray("85,98%") << true << 85.98;
        QTest::newRow("en percent") << QByteArray("85.98%") << false << 85.98;
        QTest::newRow("nl decimal") << QByteArray("1,15") << true << 1.15;
        QTest::newRow("space thousands") << QByteArray("1 234 567") << true << 1234567.0;
        QTest::newRow("nbsp thousands") << QByteArray("7\xC2\xA0"
                                                      "374")
                                        << true << 7374.0;
    }
    void localisedNumbers()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, decimalComma);
        QFETCH(double, value);
        const auto got = TimeParsing::parseLocalisedNumber(text, decimalComma);
        QVERIFY(got.has_value());
        QCOMPARE(*got, value);
    }

    void integers()
    {
        QCOMPARE(TimeParsing::parseInt("\"1710975000\"").value_or(0), 1710975000);
        QCOMPARE(TimeParsing::parseInt(" 42 ").value_or(0), 42);
        QCOMPARE(TimeParsing::parseInt("12.0").value_or(0), 12);
        QVERIFY(!TimeParsing::parseInt("12.5"));
        QVERIFY(!TimeParsing::parseInt("99999999999999999999"));
        QVERIFY(!TimeParsing::parseInt("1e5"));
    }
};

QTEST_GUILESS_MAIN(TestTimeParsing)
#include "test_timeparsing.moc"
