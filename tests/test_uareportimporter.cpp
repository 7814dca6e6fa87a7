// SPDX-License-Identifier: GPL-3.0-or-later
#include "collectingsessionsink.h"
#include "importers/uareportimporter.h"
#include "testsupport.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// The independent count: the lines after the "Dagindex" header up to the totals line, each "dd-mm-yy,N"
// with '.' as thousands separator, summed by plain string splitting.
struct DaySection
{
    int days = 0;
    double sessions = 0;
    QString firstDay, lastDay;
};
DaySection countDaySection(const QString &path, const QString &header)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    DaySection d;
    bool in = false;
    for (const QByteArray &raw : f.readAll().split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line == header) {
            in = true;
            continue;
        }
        if (!in || line.isEmpty() || line.startsWith(u',')) // the totals line starts with an empty cell
            continue;
        const QStringList parts = line.split(u',');
        QString n = parts.value(1);
        d.sessions += n.remove(u'.').toDouble();
        if (d.firstDay.isEmpty())
            d.firstDay = parts[0];
        d.lastDay = parts[0];
        ++d.days;
    }
    return d;
}
} // namespace

class TestUaReportImporter : public QObject
{
    Q_OBJECT
private slots:
    // Dutch UI export: Browser table with totals row, then "Dagindex,Sessies" with dd-mm-yy dates.
    void dutchSample()
    {
        const QString rel = u"ua-csv-export-dgapitts/test_load_version.csv"_s;
        KAPSEL_REQUIRE_SHARED(rel);
        const QString path = TestSupport::sharedData(rel);
        const DaySection truth = countDaySection(path, u"Dagindex,Sessies"_s);
        QCOMPARE(truth.days, 367);
        QCOMPARE(truth.sessions, 7374.0); // = the report's own totals row ",7.374"

        ImportRun run(UaReportImporter(), path);
        QVERIFY2(run.ok(), qPrintable(run.errorText()));
        QCOMPARE(run.sink.m_source, u"Universal Analytics"_s);
        QVERIFY(run.sink.sessions.empty()); // a report gives aggregates only
        QCOMPARE(run.sink.sum(QString::fromUtf16(AggregateMetric::Visits)), truth.sessions);
        int daily = 0;
        QDate first, last;
        for (const AggregateRecord &a : run.sink.aggregates) {
            if (a.metric == QString::fromUtf16(AggregateMetric::Visits)) {
                QCOMPARE(a.from, a.to);
                ++daily;
                if (!first.isValid())
                    first = a.from;
                last = a.from;
            }
        }
        QCOMPARE(daily, truth.days);
        QCOMPARE(first, QDate(2014, 9, 17)); // "17-09-14"
        QCOMPARE(last, QDate(2015, 9, 18)); // "18-09-15"
        QCOMPARE(first.daysTo(last) + 1, qint64(truth.days));
        // Totals row: 7.374 sessions, 85,79 % new -> round(7374 * 0.8579) = 6326, which the report's own
        // "Nieuwe gebruikers" total (6.326) confirms; returning 7374 - 6326 = 1048; mean 00:01:06 = 66 s.
        QCOMPARE(run.sink.sum(QString::fromUtf16(AggregateMetric::FirstTime)), 6326.0);
        QCOMPARE(run.sink.sum(QString::fromUtf16(AggregateMetric::Returning)), 1048.0);
        QCOMPARE(run.sink.sum(QString::fromUtf16(AggregateMetric::DurationMeanS)), 66.0);
        for (const AggregateRecord &a : run.sink.aggregates) {
            if (a.metric != QString::fromUtf16(AggregateMetric::Visits)) {
                QCOMPARE(a.from, QDate(2014, 9, 17));
                QCOMPARE(a.to, QDate(2015, 9, 18));
            }
        }
    }

    // English export without a date range (redacted header) and without a day section: nothing can be
    // placed in time, so the file is refused with the reason.
    void englishSampleWithoutDatesIsRefused()
    {
        const QString rel = u"ua-csv-export-dgapitts/test_load_version_and_os.csv"_s;
        KAPSEL_REQUIRE_SHARED(rel);
        ImportRun run(UaReportImporter(), TestSupport::sharedData(rel));
        QVERIFY(!run.ok());
        QVERIFY2(run.errorText().startsWith(u"test_load_version_and_os.csv:7: "_s), qPrintable(run.errorText()));
        QVERIFY(run.errorText().contains(u"no dates"_s));
        QVERIFY(run.sink.aggregates.empty());
    }

    void userTypeFixture()
    {
        ImportRun run(UaReportImporter(), TestSupport::testData(u"visitors/ua_report_user_type_en.csv"_s));
        QVERIFY2(run.ok(), qPrintable(run.errorText()));
        QCOMPARE(run.sink.sum(QString::fromUtf16(AggregateMetric::FirstTime)), 2533.0);
        QCOMPARE(run.sink.sum(QString::fromUtf16(AggregateMetric::Returning)), 1204.0);
        // Daily sessions from the Day Index section (US dates), 3 days: 1,234 + 1,250 + 1,253.
        QCOMPARE(run.sink.sum(QString::fromUtf16(AggregateMetric::Visits)), 3737.0);
        QCOMPARE(run.sink.aggregates.front().from, QDate(2016, 12, 30));
        for (const AggregateRecord &a : run.sink.aggregates) {
            if (a.metric == QString::fromUtf16(AggregateMetric::FirstTime)) {
                QCOMPARE(a.from, QDate(2016, 12, 30)); // the header block's 20161230-20170101
                QCOMPARE(a.to, QDate(2017, 1, 1));
            }
        }
    }

    void monthNameFixture()
    {
        ImportRun run(UaReportImporter(), TestSupport::testData(u"visitors/ua_report_month_names_en.csv"_s));
        QVERIFY2(run.ok(), qPrintable(run.errorText()));
        // Three days, as written in the file; the totals row is not a fourth day.
        QCOMPARE(run.sink.sum(QString::fromUtf16(AggregateMetric::Visits)), 812.0 + 1046.0 + 977.0);
        QList<QDate> days;
        for (const AggregateRecord &a : run.sink.aggregates)
            if (a.metric == QString::fromUtf16(AggregateMetric::Visits))
                days << a.from;
        QCOMPARE(days, (QList<QDate> { QDate(2014, 9, 17), QDate(2014, 9, 18), QDate(2014, 9, 19) }));
    }

    // UI languages and number formats: each fixture holds a User Type table (totals 2,337 sessions: 1,234
    // new, 1,103 returning) and a Day Index of three days, 812 + 1,046 + 479, written in the language's way.
    void languages_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("de: thousands dot, decimal comma before ' %'") << u"ua_report_de_mixed_separators.csv"_s;
        QTest::newRow("ru: no-break space thousands, decimal comma") << u"ua_report_ru.csv"_s;
        QTest::newRow("ja: thousands comma, decimal point, yyyy/mm/dd") << u"ua_report_ja.csv"_s;
        QTest::newRow("fi: space thousands, decimal comma, d.m.yyyy") << u"ua_report_fi.csv"_s;
    }
    void languages()
    {
        QFETCH(QString, file);
        ImportRun run(UaReportImporter(), TestSupport::testData(u"visitors/"_s + file));
        QVERIFY2(run.ok(), qPrintable(run.errorText()));
        QMap<QDate, double> days;
        for (const AggregateRecord &a : run.sink.aggregates)
            if (a.metric == QString::fromUtf16(AggregateMetric::Visits)) {
                QCOMPARE(a.from, a.to);
                days[a.from] += a.value;
            }
        const QMap<QDate, double> expected { { QDate(2017, 1, 1), 812 }, { QDate(2017, 1, 2), 1046 },
            { QDate(2017, 1, 3), 479 } };
        QCOMPARE(days, expected);
        QCOMPARE(run.sink.sum(QString::fromUtf16(AggregateMetric::FirstTime)), 1234.0);
        QCOMPARE(run.sink.sum(QString::fromUtf16(AggregateMetric::Returning)), 1103.0);
    }

    // When no cell tells the decimal separator and the header's language does not either, or when cells
    // contradict each other, the report is refused at the line that left it open.
    void undecidableNumbers_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("prefix");
        const QByteArray head = "# ----------------------------------------\n# Todos los datos del sitio web\n"
                                "# 20170101-20170102\n# ----------------------------------------\n\n";
        QTest::newRow("only 1.234 and a language of either") << head
                + "\u00cdndice de d\u00edas,Sesiones\n"
                  "01/01/2017,1.234\n02/01/2017,1.250\n,2.484\n"
                                                             << u"u.csv:7: "_s;
        QTest::newRow("point and comma both decimal") << head
                + "Tipo de usuario,Sesiones,% de nuevas sesiones\n"
                  "New Visitor,12,\"55,12%\"\nReturning Visitor,10,2.50%\n,22,\"30,00%\"\n"
                                                      << u"u.csv:8: "_s;
    }
    void undecidableNumbers()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, prefix);
        ImportRun run(UaReportImporter(), bytes, u"u.csv"_s);
        QVERIFY(!run.ok());
        QVERIFY2(run.errorText().startsWith(prefix), qPrintable(run.errorText()));
        QVERIFY(run.sink.aggregates.empty());
    }

    void dateColumn_data()
    {
        QTest::addColumn<QStringList>("values");
        QTest::addColumn<QDate>("first");
        QTest::newRow("nl") << QStringList { u"17-09-14"_s, u"18-09-14"_s } << QDate(2014, 9, 17);
        QTest::newRow("us") << QStringList { u"9/17/14"_s, u"9/18/14"_s } << QDate(2014, 9, 17);
        QTest::newRow("gb") << QStringList { u"30/12/16"_s, u"31/12/16"_s } << QDate(2016, 12, 30);
        QTest::newRow("de") << QStringList { u"31.12.2016"_s, u"01.01.2017"_s } << QDate(2016, 12, 31);
        // Both 01-02 and 02-01 are valid; only day-first makes consecutive days.
        QTest::newRow("ambiguous") << QStringList { u"01/02/17"_s, u"02/02/17"_s } << QDate(2017, 2, 1);
        QTest::newRow("compact") << QStringList { u"20170101"_s, u"20170102"_s } << QDate(2017, 1, 1);
        QTest::newRow("ja") << QStringList { u"2017年1月1日"_s, u"2017年1月2日"_s } << QDate(2017, 1, 1);
        QTest::newRow("ja full-width") << QStringList { u"２０１７/０１/０１"_s } << QDate(2017, 1, 1);
        QTest::newRow("ru month names") << QStringList { u"1 января 2017 г."_s } << QDate(2017, 1, 1);
        QTest::newRow("not dates") << QStringList { u"Chrome"_s, u"Safari"_s } << QDate();
        QTest::newRow("en month names") << QStringList { u"Sep 17, 2014"_s, u"Sep 18, 2014"_s } << QDate(2014, 9, 17);
        QTest::newRow("en long, weekday") << QStringList { u"Wednesday, September 17, 2014"_s } << QDate(2014, 9, 17);
        QTest::newRow("nb") << QStringList { u"17. sep. 2014"_s, u"18. sep. 2014"_s } << QDate(2014, 9, 17);
        QTest::newRow("nl") << QStringList { u"31 dec. 2016"_s, u"1 jan. 2017"_s } << QDate(2016, 12, 31);
        QTest::newRow("de long") << QStringList { u"1. März 2017"_s } << QDate(2017, 3, 1);
        QTest::newRow("fr") << QStringList { u"1 févr. 2017"_s } << QDate(2017, 2, 1);
        QTest::newRow("year first") << QStringList { u"2014 Sep 17"_s } << QDate(2014, 9, 17);
        QTest::newRow("two-digit year") << QStringList { u"Sep 17, 14"_s } << QDate(2014, 9, 17);
        QTest::newRow("impossible day") << QStringList { u"Feb 30, 2017"_s } << QDate();
        QTest::newRow("one bad value refuses all") << QStringList { u"Sep 17, 2014"_s, u"Chrome 40"_s } << QDate();
    }
    void dateColumn()
    {
        QFETCH(QStringList, values);
        QFETCH(QDate, first);
        const QList<QDate> d = UaReportImporter::parseDateColumn(values);
        QCOMPARE(d.value(0), first);
    }

    void hostile_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("header only") << QByteArray("# ----\n# All Web Site Data\n# ----\n");
        QTest::newRow("binary") << QByteArray("# ----\n\x00\x01\x02\xff", 11);
        QTest::newRow("no table numbers") << QByteArray("# ----\n# 20170101-20170102\n# ----\n\nA,B\nx,y\n");
        QTest::newRow("unclosed quote") << QByteArray("# ----\n\nDay Index,Sessions\n1/1/17,\"12\n");
    }
    void hostile()
    {
        QFETCH(QByteArray, bytes);
        ImportRun run(UaReportImporter(), bytes, u"r.csv"_s);
        QVERIFY(!run.ok());
        QVERIFY2(run.errorText().startsWith(u"r.csv:"_s), qPrintable(run.errorText()));
    }
};

QTEST_GUILESS_MAIN(TestUaReportImporter)
#include "test_uareportimporter.moc"
