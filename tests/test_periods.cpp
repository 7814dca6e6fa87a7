// SPDX-License-Identifier: GPL-3.0-or-later
#include "visitors/periods.h"

#include <QTest>

using Spans = std::vector<std::pair<qint64, qint64>>;
Q_DECLARE_METATYPE(Spans)

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

    // The spacing of a report's dates tells the period of its rows.
    void spacingOf_data()
    {
        QTest::addColumn<QList<QDate>>("days");
        QTest::addColumn<int>("expected");
        auto run = [](QDate first, int n, int step, bool months) {
            QList<QDate> out;
            for (int i = 0; i < n; ++i)
                out << (months ? first.addMonths(i) : first.addDays(qint64(i) * step));
            return out;
        };
        QTest::newRow("days") << run(QDate(2024, 3, 1), 30, 1, false) << int(Granularity::Day);
        QTest::newRow("one row") << QList<QDate> { QDate(2024, 3, 1) } << int(Granularity::Day);
        QTest::newRow("months") << run(QDate(2023, 4, 1), 12, 0, true) << int(Granularity::Month);
        QTest::newRow("two months") << run(QDate(2024, 1, 1), 2, 0, true) << int(Granularity::Month);
        QTest::newRow("weeks from a monday") << run(QDate(2024, 3, 4), 5, 7, false) << int(Granularity::Week);
        // A range that began inside a week or month: the first row is its first day.
        QTest::newRow("weeks, first cut")
            << (QList<QDate> { QDate(2024, 2, 21) } + run(QDate(2024, 2, 26), 4, 7, false)) << int(Granularity::Week);
        QTest::newRow("months, first cut")
            << (QList<QDate> { QDate(2023, 9, 15) } + run(QDate(2023, 10, 1), 3, 0, true)) << int(Granularity::Month);
        // Two consecutive days around a month's or week's start are days, not a cut month or week.
        QTest::newRow("last and first of a month")
            << QList<QDate> { QDate(2024, 3, 31), QDate(2024, 4, 1) } << int(Granularity::Day);
        QTest::newRow("sunday and monday")
            << QList<QDate> { QDate(2024, 3, 3), QDate(2024, 3, 4) } << int(Granularity::Day);
        QTest::newRow("daily from a sunday") << run(QDate(2024, 3, 3), 10, 1, false) << int(Granularity::Day);
        QTest::newRow("months with a gap")
            << QList<QDate> { QDate(2024, 1, 1), QDate(2024, 2, 1), QDate(2024, 4, 1) } << int(Granularity::Day);
        QTest::newRow("firsts of months, one extra day")
            << QList<QDate> { QDate(2024, 1, 1), QDate(2024, 2, 1), QDate(2024, 2, 2) } << int(Granularity::Day);
        QTest::newRow("mondays two weeks apart") << run(QDate(2024, 3, 4), 3, 14, false) << int(Granularity::Day);
    }
    void spacingOf()
    {
        QFETCH(QList<QDate>, days);
        QFETCH(int, expected);
        QCOMPARE(int(Periods::spacingOf(days)), expected);
    }

    // Days of a period with data, counted by hand on a calendar. Julian day numbers from QDate so the rows
    // read as dates; spans are inclusive.
    void daysCovered_data()
    {
        QTest::addColumn<Spans>("spans");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<qint64>("expected");
        const auto d = [](int y, int m, int day) { return QDate(y, m, day).toJulianDay(); };
        QTest::newRow("none") << Spans {} << QDate(2024, 4, 1) << QDate(2024, 4, 30) << qint64(0);
        // The case: a previous period of 30 days with data on 2 of them.
        QTest::newRow("two single days of April")
            << Spans { { d(2024, 4, 1), d(2024, 4, 1) }, { d(2024, 4, 2), d(2024, 4, 2) } } << QDate(2024, 4, 1)
            << QDate(2024, 4, 30) << qint64(2);
        QTest::newRow("the same day twice (two sources)")
            << Spans { { d(2024, 4, 5), d(2024, 4, 5) }, { d(2024, 4, 5), d(2024, 4, 5) } } << QDate(2024, 4, 1)
            << QDate(2024, 4, 30) << qint64(1);
        // A month's report (1-31 March) and daily rows inside it: 31 days, not 31 + 3.
        QTest::newRow("month report with days inside") << Spans { { d(2024, 3, 10), d(2024, 3, 10) },
            { d(2024, 3, 1), d(2024, 3, 31) }, { d(2024, 3, 11), d(2024, 3, 12) } }
                                                       << QDate(2024, 3, 1) << QDate(2024, 3, 31) << qint64(31);
        // A week 25.03-31.03 seen from April: no day inside; from March 28-31: 4 days.
        QTest::newRow("week before the range")
            << Spans { { d(2024, 3, 25), d(2024, 3, 31) } } << QDate(2024, 4, 1) << QDate(2024, 4, 30) << qint64(0);
        QTest::newRow("week reaching into the range")
            << Spans { { d(2024, 3, 25), d(2024, 3, 31) } } << QDate(2024, 3, 28) << QDate(2024, 4, 3) << qint64(4);
        // Overlapping spans 1-10 and 5-15 February, and 20-29 February (leap year): 15 + 10 = 25 of 29.
        QTest::newRow("overlaps in a leap February") << Spans { { d(2024, 2, 5), d(2024, 2, 15) },
            { d(2024, 2, 20), d(2024, 3, 2) }, { d(2024, 2, 1), d(2024, 2, 10) } }
                                                     << QDate(2024, 2, 1) << QDate(2024, 2, 29) << qint64(25);
        QTest::newRow("a year of days, every other day") << [&] {
            Spans s;
            for (qint64 j = d(2023, 1, 1); j <= d(2023, 12, 31); j += 2)
                s.emplace_back(j, j);
            return s;
        }() << QDate(2023, 1, 1) << QDate(2023, 12, 31) << qint64(183); // 1, 3, ... 365 of 365 days
    }
    void daysCovered()
    {
        QFETCH(Spans, spans);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(qint64, expected);
        QCOMPARE(Periods::daysCovered(spans, from.toJulianDay(), to.toJulianDay()), expected);
    }

    // "Last 30 days" counted from today (1 March 2026) on data that ends on 25 November 2025: the 30 days ending
    // then, 27 October to 25 November (5 + 25 days). Data only later: the 30 days from its first day.
    void nearestWithData()
    {
        const QDate from(2026, 1, 31), to(2026, 3, 1);
        QCOMPARE(from.daysTo(to) + 1, 30);
        QCOMPARE(Periods::nearestWithData(from, to, QDate(2025, 11, 25), {}),
            std::pair(QDate(2025, 10, 27), QDate(2025, 11, 25)));
        QCOMPARE(Periods::nearestWithData(from, to, {}, QDate(2026, 5, 2)),
            std::pair(QDate(2026, 5, 2), QDate(2026, 5, 31)));
        QCOMPARE(
            Periods::nearestWithData(from, to, QDate(2025, 11, 25), QDate(2026, 5, 2)).second, QDate(2025, 11, 25));
        QCOMPARE(Periods::nearestWithData(from, to, {}, {}), std::pair(QDate(), QDate()));
    }
};

QTEST_GUILESS_MAIN(TestPeriods)
#include "test_periods.moc"
