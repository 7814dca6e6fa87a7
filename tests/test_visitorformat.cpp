// SPDX-License-Identifier: GPL-3.0-or-later
#include "visitors/visitorformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

class TestVisitorFormat : public QObject
{
    Q_OBJECT

private slots:
    void csvLeavesUnknownFiguresEmpty()
    {
        SeriesRow known;
        known.period = { u"2024-W12"_s, QDate(2024, 3, 18), QDate(2024, 3, 24) };
        known.visits = 4;
        known.firstTime = 1;
        known.returning = 3;
        known.meanDurationS = 60.5;
        known.medianDurationS = 45;
        SeriesRow plausible;
        plausible.period = { u"2024-W13"_s, QDate(2024, 3, 25), QDate(2024, 3, 31) };
        plausible.visits = 7;
        plausible.meanDurationS = 10.0 / 3.0;
        QCOMPARE(VisitorFormat::seriesCsv({ known, plausible }),
            u"period,visits,first_time,returning,mean_duration_s,median_duration_s\n"
            "2024-W12,4,1,3,60.5,45\n"
            "2024-W13,7,,,3.333,\n"_s);
        const QJsonObject o = QJsonDocument::fromJson(
            VisitorFormat::seriesJson({ plausible }, { QDate(2024, 3, 25), QDate(2024, 3, 31), Granularity::Week, {} })
                .toUtf8())
                                  .object();
        const QJsonObject p = o.value(u"periods"_s).toArray().first().toObject();
        QVERIFY(p.value(u"first_time"_s).isNull());
        QVERIFY(p.value(u"median_duration_s"_s).isNull());
        QCOMPARE(p.value(u"visits"_s).toInt(), 7);
        QCOMPARE(o.value(u"by"_s).toString(), u"week"_s);
    }

    void bucketsCsvHasOpenLastBucket()
    {
        QList<BucketRow> rows;
        for (int i = 0; i < 10; ++i)
            rows.append({ i, i * 2 });
        const QStringList lines = VisitorFormat::bucketsCsv(rows).trimmed().split(u'\n');
        QCOMPARE(lines.first(), u"bucket,lower_s,upper_s,visits"_s);
        QCOMPARE(lines.at(1), u"0-10s,0,10,0"_s);
        QCOMPARE(lines.at(4), u"1-2min,61,120,6"_s);
        QCOMPARE(lines.last(), u"30+min,1801,,18"_s);
    }

    void durationText_data()
    {
        QTest::addColumn<double>("seconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("0") << 0.0 << u"0:00"_s;
        QTest::newRow("59.6 rounds") << 59.6 << u"1:00"_s;
        QTest::newRow("125") << 125.0 << u"2:05"_s;
        QTest::newRow("hour") << 3725.0 << u"1:02:05"_s;
    }
    void durationText()
    {
        QFETCH(double, seconds);
        QFETCH(QString, text);
        QCOMPARE(VisitorFormat::duration(seconds), text);
        QVERIFY(VisitorFormat::duration(std::nullopt).isEmpty());
    }

    void deltas()
    {
        QCOMPARE(*Comparison::deltaPct(110, 100), 10.0);
        QVERIFY(!Comparison::deltaPct(5, 0)); // no base to compare with
        QVERIFY(!Comparison::deltaPct(5, std::nullopt));
    }
};

QTEST_GUILESS_MAIN(TestVisitorFormat)
#include "test_visitorformat.moc"
