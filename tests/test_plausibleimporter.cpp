// SPDX-License-Identifier: GPL-3.0-or-later
#include "collectingsessionsink.h"
#include "shownimport.h"
#include "importers/plausibleimporter.h"
#include "testsupport.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// The independent reading: each line of a Plausible file split at `sep`, the date in the first field, the
// visits in the fourth and the duration in the seventh (a decimal comma read as a point).
struct PlausibleLine
{
    QDate date;
    double visits = 0;
    double duration = 0;
};
QList<PlausibleLine> splitLines(const QString &path, QChar sep)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    QList<PlausibleLine> out;
    const QStringList lines = QString::fromUtf8(f.readAll()).remove(QChar(0xFEFF)).remove(u'\r').split(u'\n');
    for (const QString &line : lines.mid(1)) {
        const QStringList p = line.split(sep);
        if (p.size() < 7)
            continue;
        out << PlausibleLine { QDate::fromString(p[0], u"yyyy-MM-dd"_s), p[3].toDouble(),
            QString(p[6]).replace(u',', u'.').toDouble() };
    }
    return out;
}

const QString kVisits = QString::fromUtf16(AggregateMetric::Visits);
const QString kMean = QString::fromUtf16(AggregateMetric::DurationMeanS);
const QString kSum = QString::fromUtf16(AggregateMetric::DurationSumS);
} // namespace

class TestPlausibleImporter : public QObject
{
    Q_OBJECT
private slots:
    // Dashboard export: visit_duration is the mean of the day.
    void dashboardVisitors()
    {
        ImportRun run(PlausibleImporter(), TestSupport::testData(u"visitors/visitors.csv"_s));
        QVERIFY2(run.ok(), qPrintable(run.errorText()));
        QCOMPARE(run.sink.m_source, u"Plausible"_s);
        QCOMPARE(run.sink.sum(kVisits), 240.0); // 150 + 90 + 0: visits, not unique visitors
        QCOMPARE(run.sink.sum(kMean), 156.5); // 95 + 61.5; a day without visits has no mean
        QCOMPARE(run.sink.sum(kSum), 0.0);
        QCOMPARE(run.ctx.rowsRead, 4);
        QCOMPARE(run.ctx.rowsAccepted, 3);
        QCOMPARE(run.ctx.rowsSkipped(), 1);
        QVERIFY(shownNotes(run.ctx.notes).join(u' ').contains(u"cookieless"_s));
    }

    // Site export: visit_duration is the SUM of seconds.
    void importedVisitors()
    {
        ImportRun run(
            PlausibleImporter(), TestSupport::testData(u"visitors/imported_visitors_20210101_20210103.csv"_s));
        QVERIFY2(run.ok(), qPrintable(run.errorText()));
        QCOMPARE(run.sink.sum(kVisits), 23.0);
        QCOMPARE(run.sink.sum(kSum), 696.0);
        QCOMPARE(run.sink.sum(kMean), 0.0);
        QCOMPARE(run.sink.aggregates.front().from, QDate(2021, 1, 1));
    }

    // Six months or more: one row per month. Each is stored as its whole month (never as its first day) and
    // the note says the figures are monthly.
    void monthlyRows_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QChar>("separator");
        QTest::newRow("as Plausible writes it") << u"plausible_12mo_visitors.csv"_s << QChar(u',');
        // Re-saved by a spreadsheet: BOM, CRLF, `;`, quoted header, decimal comma.
        QTest::newRow("re-saved with ;") << u"plausible_excel_semicolon.csv"_s << QChar(u';');
    }
    void monthlyRows()
    {
        QFETCH(QString, file);
        QFETCH(QChar, separator);
        const QString path = TestSupport::testData(u"visitors/"_s + file);
        const QList<PlausibleLine> truth = splitLines(path, separator);
        QCOMPARE(truth.size(), 12);
        ImportRun run(PlausibleImporter(), path);
        QVERIFY2(run.ok(), qPrintable(run.errorText()));
        QList<AggregateRecord> visits, means;
        for (const AggregateRecord &a : run.sink.aggregates)
            (a.metric == kVisits ? visits : means) << a;
        QCOMPARE(visits.size(), truth.size());
        QCOMPARE(means.size(), truth.size());
        for (qsizetype i = 0; i < truth.size(); ++i) {
            QCOMPARE(visits[i].from, truth[i].date);
            QCOMPARE(visits[i].to, QDate(truth[i].date.year(), truth[i].date.month(), truth[i].date.daysInMonth()));
            QCOMPARE(visits[i].value, truth[i].visits);
            QCOMPARE(means[i].metric, kMean);
            QCOMPARE(means[i].value, truth[i].duration);
            QCOMPARE(means[i].to, visits[i].to);
        }
        QCOMPARE(means[1].value, 66.5); // the decimal comma was read
        QCOMPARE(run.sink.sum(kVisits), 4465.0);
        QVERIFY2(shownNotes(run.ctx.notes).join(u' ').contains(u"Monthly visits"_s), qPrintable(shownNotes(run.ctx.notes).join(u' ')));
    }

    // Weekly rows (dated Mondays; the first row is the range's first day, a Wednesday): stored as weeks.
    void weeklyRows()
    {
        const QString path = TestSupport::testData(u"visitors/plausible_weekly_visitors.csv"_s);
        const QList<PlausibleLine> truth = splitLines(path, u',');
        ImportRun run(PlausibleImporter(), path);
        QVERIFY2(run.ok(), qPrintable(run.errorText()));
        QList<AggregateRecord> visits;
        for (const AggregateRecord &a : run.sink.aggregates)
            if (a.metric == kVisits)
                visits << a;
        QCOMPARE(visits.size(), truth.size());
        for (qsizetype i = 0; i < truth.size(); ++i) {
            QCOMPARE(visits[i].from, truth[i].date);
            QCOMPARE(visits[i].to.dayOfWeek(), 7); // the Sunday that ends the row's week
            QVERIFY(visits[i].from.daysTo(visits[i].to) < 7);
            QCOMPARE(visits[i].value, truth[i].visits);
        }
        QCOMPARE(visits.front().to, QDate(2024, 2, 25));
        QVERIFY(shownNotes(run.ctx.notes).join(u' ').contains(u"Weekly visits"_s));
    }

    // A daily export stays daily.
    void dailyRowsStayDays()
    {
        ImportRun run(PlausibleImporter(), TestSupport::testData(u"visitors/visitors.csv"_s));
        QVERIFY(run.ok());
        for (const AggregateRecord &a : run.sink.aggregates)
            QCOMPARE(a.from, a.to);
        QVERIFY(shownNotes(run.ctx.notes).join(u' ').contains(u"Daily visits"_s));
    }

    // The rows after the header count too: the same header over rows that are not Plausible's is less sure.
    void sniffReadsRows()
    {
        const QByteArray header = "date,visitors,pageviews,visits,views_per_visit,bounce_rate,visit_duration\n";
        const int good = PlausibleImporter().sniff(header + "2024-03-01,1,2,3,1.5,40,60\n", u"x.csv"_s);
        const int bad = PlausibleImporter().sniff(header + "yesterday,many,2,3,1.5,40,60\n", u"x.csv"_s);
        QVERIFY(good > bad);
        QVERIFY(bad > 0);
        QFile f(TestSupport::testData(u"visitors/plausible_excel_semicolon.csv"_s));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(PlausibleImporter().sniff(f.readAll(), u"visitors.csv"_s), 95);
    }

    void sniff()
    {
        QFile f(TestSupport::testData(u"visitors/visitors.csv"_s));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray head = f.readAll();
        QCOMPARE(PlausibleImporter().sniff(head, u"visitors.csv"_s), 95);
        QCOMPARE(PlausibleImporter().sniff(head, u"other.csv"_s), 85);
        QCOMPARE(PlausibleImporter().sniff("date,sessions\n", u"visitors.csv"_s), 0);
    }

    void hostile_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("header only") << QByteArray("date,visitors,visits,visit_duration\n");
        QTest::newRow("no visits column") << QByteArray("date,visitors,visit_duration\n2024-01-01,1,2\n");
        QTest::newRow("all rows bad") << QByteArray(
            "date,visitors,visits,visit_duration\nx,1,1,1\n2024-01-01,1,many,1\n");
        QTest::newRow("binary") << QByteArray("\x00\x9f\x92\x96", 4);
    }
    void hostile()
    {
        QFETCH(QByteArray, bytes);
        ImportRun run(PlausibleImporter(), bytes, u"p.csv"_s);
        QVERIFY(!run.ok());
        QVERIFY2(run.errorText().startsWith(u"p.csv:"_s), qPrintable(run.errorText()));
    }
};

QTEST_GUILESS_MAIN(TestPlausibleImporter)
#include "test_plausibleimporter.moc"
