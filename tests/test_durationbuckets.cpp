// SPDX-License-Identifier: GPL-3.0-or-later
#include "visitors/durationbuckets.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestDurationBuckets : public QObject
{
    Q_OBJECT

private slots:
    void edges_data()
    {
        QTest::addColumn<double>("seconds");
        QTest::addColumn<QString>("bucket");
        QTest::newRow("0") << 0.0 << u"0-10s"_s;
        QTest::newRow("negative") << -3.0 << u"0-10s"_s;
        QTest::newRow("10") << 10.0 << u"0-10s"_s;
        QTest::newRow("10.4 rounds down") << 10.4 << u"0-10s"_s;
        QTest::newRow("10.5 rounds half up") << 10.5 << u"11-30s"_s;
        QTest::newRow("11") << 11.0 << u"11-30s"_s;
        QTest::newRow("30") << 30.0 << u"11-30s"_s;
        QTest::newRow("60 only in 31-60 (Matomo counts it twice)") << 60.0 << u"31-60s"_s;
        QTest::newRow("60.4") << 60.4 << u"31-60s"_s;
        QTest::newRow("61") << 61.0 << u"1-2min"_s;
        QTest::newRow("120") << 120.0 << u"1-2min"_s;
        QTest::newRow("121") << 121.0 << u"2-4min"_s;
        QTest::newRow("420") << 420.0 << u"4-7min"_s;
        QTest::newRow("600") << 600.0 << u"7-10min"_s;
        QTest::newRow("900") << 900.0 << u"10-15min"_s;
        QTest::newRow("1800") << 1800.0 << u"15-30min"_s;
        QTest::newRow("1800.5") << 1800.5 << u"30+min"_s;
        QTest::newRow("a day") << 86400.0 << u"30+min"_s;
    }
    void edges()
    {
        QFETCH(double, seconds);
        QFETCH(QString, bucket);
        QCOMPARE(
            DurationBuckets::all().at(DurationBuckets::indexOf(DurationBuckets::roundSeconds(seconds))).key, bucket);
    }

    // Every whole second up to two hours lies in exactly one bucket's [lower, upper].
    void disjointAndComplete()
    {
        const auto &all = DurationBuckets::all();
        QCOMPARE(all.size(), 10);
        for (qint64 s = 0; s <= 7200; ++s) {
            int containing = 0, found = -1;
            for (int i = 0; i < all.size(); ++i) {
                if (s >= all[i].lowerS && (!all[i].upperS || s <= *all[i].upperS)) {
                    ++containing;
                    found = i;
                }
            }
            QCOMPARE(containing, 1);
            QCOMPARE(DurationBuckets::indexOf(s), found);
        }
    }
};

QTEST_GUILESS_MAIN(TestDurationBuckets)
#include "test_durationbuckets.moc"
