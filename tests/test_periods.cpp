// SPDX-License-Identifier: GPL-3.0-or-later
#include "stats/periods.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestPeriods : public QObject
{
    Q_OBJECT

private slots:
    void key_data()
    {
        QTest::addColumn<QDate>("day");
        QTest::addColumn<QString>("week");
        QTest::addColumn<QString>("month");
        // ISO weeks around New Year, counted on a calendar by hand.
        QTest::newRow("2020-12-31 Thu, week 53") << QDate(2020, 12, 31) << u"2020-W53"_s << u"2020-12"_s;
        QTest::newRow("2021-01-03 Sun, still 2020-W53") << QDate(2021, 1, 3) << u"2020-W53"_s << u"2021-01"_s;
        QTest::newRow("2021-01-04 Mon, 2021-W01") << QDate(2021, 1, 4) << u"2021-W01"_s << u"2021-01"_s;
        QTest::newRow("2024-12-30 Mon, 2025-W01") << QDate(2024, 12, 30) << u"2025-W01"_s << u"2024-12"_s;
        QTest::newRow("2026-12-31 Thu, 2026-W53") << QDate(2026, 12, 31) << u"2026-W53"_s << u"2026-12"_s;
        QTest::newRow("2024-03-20") << QDate(2024, 3, 20) << u"2024-W12"_s << u"2024-03"_s;
        QTest::newRow("DST start 2024-03-31") << QDate(2024, 3, 31) << u"2024-W13"_s << u"2024-03"_s;
    }
    void key()
    {
        QFETCH(QDate, day);
        QFETCH(QString, week);
        QFETCH(QString, month);
        QCOMPARE(Periods::key(day, Granularity::Day), day.toString(u"yyyy-MM-dd"_s));
        QCOMPARE(Periods::key(day, Granularity::Week), week);
        QCOMPARE(Periods::key(day, Granularity::Month), month);
    }

    void splitCoversEachDayOnce_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<int>("g");
        QTest::addColumn<int>("count");
        QTest::newRow("year by month") << QDate(2024, 1, 1) << QDate(2024, 12, 31) << int(Granularity::Month) << 12;
        QTest::newRow("mid-month clipped") << QDate(2024, 1, 15) << QDate(2024, 3, 2) << int(Granularity::Month) << 3;
        QTest::newRow("2020 by week (53 weeks + 2020-W01 from 2019-12-30)")
            << QDate(2020, 1, 1) << QDate(2020, 12, 31) << int(Granularity::Week) << 53;
        QTest::newRow("leap year by day") << QDate(2024, 1, 1) << QDate(2024, 12, 31) << int(Granularity::Day) << 366;
        QTest::newRow("one day") << QDate(2024, 3, 31) << QDate(2024, 3, 31) << int(Granularity::Week) << 1;
        QTest::newRow("reversed") << QDate(2024, 3, 31) << QDate(2024, 3, 1) << int(Granularity::Day) << 0;
    }
    void splitCoversEachDayOnce()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(int, g);
        QFETCH(int, count);
        const auto periods = Periods::split(from, to, Granularity(g));
        QCOMPARE(periods.size(), count);
        if (count == 0)
            return;
        QCOMPARE(periods.first().first, from);
        QCOMPARE(periods.last().last, to);
        for (int i = 1; i < periods.size(); ++i)
            QCOMPARE(periods[i].first, periods[i - 1].last.addDays(1));
        for (const Period &p : periods) {
            QCOMPARE(Periods::key(p.first, Granularity(g)), p.key);
            QCOMPARE(Periods::key(p.last, Granularity(g)), p.key);
        }
    }

    void previous()
    {
        const auto [f, t] = Periods::previous(QDate(2024, 3, 1), QDate(2024, 3, 31));
        QCOMPARE(f, QDate(2024, 1, 30));
        QCOMPARE(t, QDate(2024, 2, 29));
    }

    void parse()
    {
        QCOMPARE(Periods::parse(u"Week"_s), Granularity::Week);
        QVERIFY(!Periods::parse(u"year"_s));
    }
};

QTEST_GUILESS_MAIN(TestPeriods)
#include "test_periods.moc"
