// SPDX-License-Identifier: GPL-3.0-or-later
// kapsel-cli visitors / durations end to end, on the demo and on a generic sessions CSV import.
#include "charttestsupport.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace Qt::StringLiterals;

class TestVisitorCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_demo;

    static QString run(const QStringList &args, int *exitCode = nullptr, QString *err = nullptr)
    {
        const TestSupport::CliRun r = TestSupport::runCli(args);
        if (exitCode)
            *exitCode = r.code;
        if (err)
            *err = r.errText();
        return r.outText();
    }

private slots:
    void initTestCase()
    {
        m_demo = m_dir.filePath(u"demo.kapsel"_s);
        int rc = -1;
        run({ u"--db"_s, m_demo, u"demo"_s }, &rc);
        QCOMPARE(rc, 0);
    }

    void csvColumnsAndSums()
    {
        int rc = -1;
        const QString csv = run({ u"--db"_s, m_demo, u"visitors"_s, u"--by"_s, u"week"_s, u"--from"_s, u"2024-12-23"_s,
                                    u"--to"_s, u"2025-01-12"_s, u"--format"_s, u"csv"_s },
            &rc);
        QCOMPARE(rc, 0);
        const QStringList lines = csv.trimmed().split(u'\n');
        QCOMPARE(lines.first(), u"period,visits,first_time,returning,mean_duration_s,median_duration_s"_s);
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines[1].startsWith(u"2024-W52,"_s));
        QVERIFY(lines[2].startsWith(u"2025-W01,"_s)); // 2024-12-30 belongs to ISO week-year 2025
        for (int i = 1; i < lines.size(); ++i) {
            const QStringList c = lines[i].split(u',');
            QCOMPARE(c.size(), 6);
            QCOMPARE(c[1].toLongLong(), c[2].toLongLong() + c[3].toLongLong()); // demo knows every type
        }
        // Durations over the same range sum to the same visits.
        const QString d = run({ u"--db"_s, m_demo, u"durations"_s, u"--from"_s, u"2024-12-23"_s, u"--to"_s,
                                  u"2025-01-12"_s, u"--format"_s, u"json"_s },
            &rc);
        QCOMPARE(rc, 0);
        qint64 visits = 0, bucketVisits = 0;
        for (int i = 1; i < lines.size(); ++i)
            visits += lines[i].split(u',')[1].toLongLong();
        const QJsonArray buckets = QJsonDocument::fromJson(d.toUtf8()).object().value(u"buckets"_s).toArray();
        QCOMPARE(buckets.size(), 10);
        for (const QJsonValue &b : buckets)
            bucketVisits += b.toObject().value(u"visits"_s).toInteger();
        QCOMPARE(bucketVisits, visits);
    }

    void tableIsLocalised()
    {
        const QString en = run({ u"--db"_s, m_demo, u"--lang"_s, u"en"_s, u"visitors"_s, u"--by"_s, u"month"_s,
            u"--format"_s, u"table"_s });
        QVERIFY(en.contains(u"January 2025"_s));
        QVERIFY(en.contains(u"129,700"_s) || en.contains(u"Total"_s));
        const QString nb = run({ u"--db"_s, m_demo, u"--lang"_s, u"nb"_s, u"visitors"_s, u"--by"_s, u"month"_s,
            u"--format"_s, u"table"_s });
        QVERIFY(nb.contains(u"januar 2025"_s));
        QVERIFY(nb.contains(u"Totalt"_s));
    }

    void badArguments_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("by year") << QStringList { u"visitors"_s, u"--by"_s, u"year"_s };
        QTest::newRow("bad date") << QStringList { u"visitors"_s, u"--from"_s, u"20.03.2024"_s };
        QTest::newRow("unknown source") << QStringList { u"visitors"_s, u"--source"_s, u"Nope"_s };
        QTest::newRow("format xml") << QStringList { u"durations"_s, u"--format"_s, u"xml"_s };
    }
    void badArguments()
    {
        QFETCH(QStringList, args);
        int rc = -1;
        run(QStringList { u"--db"_s, m_demo } + args, &rc);
        QCOMPARE(rc, 2);
    }

    // Runs once the generic sessions CSV importer is merged; counted by hand from the fixture:
    // Oslo days 30.03 (a), 31.03 (a, b at 23:30 local), 01.04 (c), 02.04 (c; its duplicate skipped).
    void genericCsvImportEndToEnd()
    {
        const QString db = m_dir.filePath(u"csv.kapsel"_s);
        int rc = -1;
        QString err;
        const QString out
            = run({ u"--db"_s, db, u"import"_s, TestSupport::testData(u"visitors/generic-sessions.csv"_s) }, &rc, &err);
        QVERIFY2(rc == 0, qPrintable(err));
        const QString csv = run({ u"--db"_s, db, u"visitors"_s, u"--by"_s, u"day"_s, u"--from"_s, u"2024-03-30"_s,
                                    u"--to"_s, u"2024-04-02"_s, u"--format"_s, u"csv"_s },
            &rc);
        QCOMPARE(rc, 0);
        QCOMPARE(csv,
            u"period,visits,first_time,returning,mean_duration_s,median_duration_s\n"
            "2024-03-30,1,1,0,5,5\n"
            "2024-03-31,2,1,1,60.5,60.5\n"
            "2024-04-01,1,1,0,10.5,11\n"
            "2024-04-02,1,0,1,1800,1800\n"_s);
        const QString d = run({ u"--db"_s, db, u"durations"_s, u"--format"_s, u"csv"_s }, &rc);
        QVERIFY(d.contains(u"0-10s,0,10,1\n"_s));
        QVERIFY(d.contains(u"11-30s,11,30,1\n"_s)); // 10.5 s rounds half up to 11
        QVERIFY(d.contains(u"31-60s,31,60,1\n"_s));
        QVERIFY(d.contains(u"1-2min,61,120,1\n"_s));
        QVERIFY(d.contains(u"15-30min,901,1800,1\n"_s));
    }

    // Days with data per period, and a change only where both periods have data on every day. Counted by hand:
    // generic-sessions.csv has visits on 30 and 31 March and 1 and 2 April 2024 (Oslo days).
    void coverageAndComparison()
    {
        const QString db = m_dir.filePath(u"coverage.kapsel"_s);
        int rc = -1;
        QString err;
        run({ u"--db"_s, db, u"import"_s, TestSupport::testData(u"visitors/generic-sessions.csv"_s) }, &rc, &err);
        QVERIFY2(rc == 0, qPrintable(err));
        const QString april = run({ u"--db"_s, db, u"--lang"_s, u"en"_s, u"visitors"_s, u"--by"_s, u"month"_s,
                                      u"--from"_s, u"2024-04-01"_s, u"--to"_s, u"2024-04-30"_s },
            &rc);
        QCOMPARE(rc, 0);
        QVERIFY2(april.contains(u"Days with data"_s), qPrintable(april));
        QVERIFY2(april.contains(u"2/30"_s), qPrintable(april));
        QVERIFY2(april.contains(u"this period: data on 2 of 30 days; previous period: data on 2 of 30 days"_s),
            qPrintable(april));
        QVERIFY2(!april.contains(u"Compared with"_s), qPrintable(april));
        const QString json = run({ u"--db"_s, db, u"visitors"_s, u"--by"_s, u"month"_s, u"--from"_s, u"2024-03-01"_s,
                                     u"--to"_s, u"2024-04-30"_s, u"--format"_s, u"json"_s },
            &rc);
        const QJsonArray periods = QJsonDocument::fromJson(json.toUtf8()).object().value(u"periods"_s).toArray();
        QCOMPARE(periods.size(), 2);
        QCOMPARE(periods[0].toObject().value(u"days_with_data"_s).toInteger(), 2);
        QCOMPARE(periods[0].toObject().value(u"days"_s).toInteger(), 31);
        QCOMPARE(periods[1].toObject().value(u"days_with_data"_s).toInteger(), 2);
        QCOMPARE(periods[1].toObject().value(u"days"_s).toInteger(), 30);
        // The demo has data on every day: the last 30 days are compared with the 30 before.
        const QString demo = run({ u"--db"_s, m_demo, u"--lang"_s, u"en"_s, u"visitors"_s, u"--from"_s, u"2025-10-27"_s,
                                     u"--to"_s, u"2025-11-25"_s },
            &rc);
        QVERIFY2(demo.contains(u"Compared with"_s), qPrintable(demo));
        QVERIFY2(demo.contains(u"30/30"_s), qPrintable(demo));
        const QString nb = run({ u"--db"_s, db, u"--lang"_s, u"nb"_s, u"visitors"_s, u"--from"_s, u"2024-04-01"_s,
                                   u"--to"_s, u"2024-04-30"_s },
            &rc);
        QVERIFY2(nb.contains(u"forrige periode: data for 2 av 30 dager"_s), qPrintable(nb));
    }

    // Each source names the cookie its first-time/returning split relies on (the demo: GA4, Matomo, Siteimprove).
    void splitNamesItsConsent()
    {
        int rc = -1;
        const QString out = run({ u"--db"_s, m_demo, u"--lang"_s, u"en"_s, u"visitors"_s }, &rc);
        QCOMPARE(rc, 0);
        QVERIFY2(out.contains(u"First-time and returning rely on:"_s), qPrintable(out));
        QVERIFY2(out.contains(u"GA4: cookie _ga (analytics consent"_s), qPrintable(out));
        QVERIFY2(out.contains(u"Matomo: cookie _pk_id (analytics consent"_s), qPrintable(out));
        QVERIFY2(out.contains(u"Siteimprove: cookie nmstat (analytics consent"_s), qPrintable(out));
        const QString matomo = run({ u"--db"_s, m_demo, u"visitors"_s, u"--source"_s, u"matomo"_s }, &rc);
        QVERIFY2(matomo.contains(u"Matomo: cookie _pk_id"_s) && !matomo.contains(u"_ga"_s), qPrintable(matomo));
    }

    // visitors --chart FILE draws the chart as the GUI exports it: PNG at twice the size asked for, SVG and PDF
    // with title, period, sources, legend (all series) and the workspace's name, FILE.csv beside with the numbers
    // `visitors --format csv` prints for the same filter.
    void chartFiles_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QStringList>("texts");
        for (const QString &lang : { u"en"_s, u"nb"_s })
            QTest::newRow(qPrintable(lang)) << lang << ChartTestSupport::demoVisitsChartTexts(lang);
    }
    void chartFiles()
    {
        QFETCH(QString, lang);
        QFETCH(QStringList, texts);
        QTemporaryDir out;
        int rc = -1;
        QString err;
        const QString csv = run({ u"--db"_s, m_demo, u"visitors"_s, u"--format"_s, u"csv"_s }, &rc);
        QCOMPARE(rc, 0);
        for (const QString &ext : { u"png"_s, u"svg"_s, u"pdf"_s }) {
            const QString file = out.filePath(u"visits."_s + ext);
            const QString said
                = run({ u"--db"_s, m_demo, u"--lang"_s, lang, u"visitors"_s, u"--chart"_s, file }, &rc, &err);
            QVERIFY2(rc == 0, qPrintable(err));
            QVERIFY2(said.contains(file), qPrintable(said));
            QCOMPARE(ChartTestSupport::fileText(out.filePath(u"visits.csv"_s)), csv);
        }
        QCOMPARE(ChartTestSupport::pngSize(out.filePath(u"visits.png"_s)), QSize(1600, 900));
        const QString svg = ChartTestSupport::fileText(out.filePath(u"visits.svg"_s));
        for (const QString &t : texts)
            QVERIFY2(svg.contains(t.toHtmlEscaped()), qPrintable(t));
        const QString pdf = ChartTestSupport::pdfText(out.filePath(u"visits.pdf"_s));
        if (pdf.isNull())
            QSKIP("pdftotext (poppler-utils) is not installed");
        for (const QString &t : texts)
            QVERIFY2(pdf.contains(t), qPrintable(t + u" not in:\n"_s + pdf));

        // durations --chart, another size.
        const QString d = out.filePath(u"durations.png"_s);
        run({ u"--db"_s, m_demo, u"durations"_s, u"--chart"_s, d, u"--chart-size"_s, u"600x400"_s }, &rc, &err);
        QVERIFY2(rc == 0, qPrintable(err));
        QCOMPARE(ChartTestSupport::pngSize(d), QSize(1200, 800));
        QCOMPARE(ChartTestSupport::fileText(out.filePath(u"durations.csv"_s)),
            run({ u"--db"_s, m_demo, u"durations"_s, u"--format"_s, u"csv"_s }));
    }

    // The mean/median chart from the CLI (issue #14): visitors --chart FILE --chart-kind mean-median draws what the
    // GUI's export of that chart draws (title, period, sources, workspace, legend "Mean" and "Median"), with the same
    // numbers beside it as `visitors --format csv`. Run where XDG_RUNTIME_DIR is unset (cron, ssh, containers):
    // nothing on stderr, no Qt warning about it.
    void meanMedianChartWithoutNoise()
    {
        QTemporaryDir out;
        const QString svg = out.filePath(u"durations-over-time.svg"_s);
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"XDG_RUNTIME_DIR"_s);
        env.remove(u"QT_QPA_PLATFORM"_s);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(KAPSEL_CLI_PATH),
            { u"--db"_s, m_demo, u"--lang"_s, u"en"_s, u"visitors"_s, u"--chart"_s, svg, u"--chart-kind"_s,
                u"mean-median"_s });
        QVERIFY(p.waitForFinished(60000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QCOMPARE(p.exitCode(), 0);
        QCOMPARE(err, QString());
        QVERIFY(QString::fromUtf8(p.readAllStandardOutput()).contains(svg));
        const QString drawn = ChartTestSupport::fileText(svg);
        QStringList texts = ChartTestSupport::demoVisitsChartTexts(u"en"_s).mid(1, 3);
        texts << u"Mean and median duration (minutes)"_s << u"Mean"_s << u"Median"_s;
        for (const QString &t : std::as_const(texts))
            QVERIFY2(drawn.contains(t.toHtmlEscaped()), qPrintable(t));
        QVERIFY(!drawn.contains(u"First-time and returning visits"_s));
        QCOMPARE(ChartTestSupport::fileText(out.filePath(u"durations-over-time.csv"_s)),
            run({ u"--db"_s, m_demo, u"visitors"_s, u"--format"_s, u"csv"_s }));

        int rc = -1;
        QString said;
        run({ u"--db"_s, m_demo, u"visitors"_s, u"--chart"_s, svg, u"--chart-kind"_s, u"pie"_s }, &rc, &said);
        QCOMPARE(rc, 2);
        QVERIFY2(said.contains(u"visits or mean-median"_s), qPrintable(said));
        run({ u"--db"_s, m_demo, u"visitors"_s, u"--chart-kind"_s, u"mean-median"_s }, &rc, &said);
        QCOMPARE(rc, 2);
        QVERIFY2(said.contains(u"--chart-kind goes with --chart FILE"_s), qPrintable(said));
        const QString help = run({ u"--lang"_s, u"en"_s, u"visitors"_s, u"--help"_s });
        QVERIFY2(help.contains(u"--chart-kind <visits|mean-median>"_s), qPrintable(help));
    }

    void chartRefusesOtherFormats()
    {
        int rc = -1;
        QString err;
        run({ u"--db"_s, m_demo, u"visitors"_s, u"--chart"_s, u"visits.gif"_s }, &rc, &err);
        QCOMPARE(rc, 2);
        QVERIFY2(err.contains(u".png, .svg or .pdf"_s), qPrintable(err));
        run({ u"--db"_s, m_demo, u"visitors"_s, u"--chart"_s, u"v.png"_s, u"--chart-size"_s, u"10x10"_s }, &rc);
        QCOMPARE(rc, 2);
    }

    // A Plausible export of twelve months (one row per month) re-saved with `;`: detected as Plausible, and
    // its months appear by month only; a day or week view says they are not available there, never 0 and
    // never a spike on the 1st.
    void monthlyPlausibleEndToEnd()
    {
        const QString db = m_dir.filePath(u"plausible.kapsel"_s);
        int rc = -1;
        QString err;
        const QString out
            = run({ u"--db"_s, db, u"import"_s, TestSupport::testData(u"visitors/plausible_excel_semicolon.csv"_s) },
                &rc, &err);
        QVERIFY2(rc == 0, qPrintable(err));
        QVERIFY2(out.contains(u"Plausible"_s), qPrintable(out));
        QVERIFY2(out.contains(u"Monthly visits"_s), qPrintable(out));
        const QString months = run({ u"--db"_s, db, u"visitors"_s, u"--by"_s, u"month"_s, u"--from"_s, u"2023-04-01"_s,
                                       u"--to"_s, u"2024-03-31"_s, u"--format"_s, u"csv"_s },
            &rc);
        QCOMPARE(rc, 0);
        const QStringList lines = months.trimmed().split(u'\n');
        QCOMPARE(lines.size(), 13);
        QVERIFY2(lines[1].startsWith(u"2023-04,402,"_s), qPrintable(lines[1]));
        QVERIFY2(lines[2].startsWith(u"2023-05,380,"_s), qPrintable(lines[2]));
        QVERIFY2(lines[12].startsWith(u"2024-03,151,"_s), qPrintable(lines[12]));

        const QString days = run({ u"--db"_s, db, u"visitors"_s, u"--by"_s, u"day"_s, u"--from"_s, u"2024-03-01"_s,
                                     u"--to"_s, u"2024-03-03"_s, u"--format"_s, u"json"_s },
            &rc);
        QCOMPARE(rc, 0);
        const QJsonArray periods = QJsonDocument::fromJson(days.toUtf8()).object().value(u"periods"_s).toArray();
        QCOMPARE(periods.size(), 3);
        for (const QJsonValue &p : periods) {
            QVERIFY(p.toObject().value(u"visits"_s).isNull()); // not 0, and not 151 on the 1st
            QCOMPARE(p.toObject().value(u"visits_available"_s).toString(), u"no"_s);
        }
        const QString table
            = run({ u"--db"_s, db, u"--lang"_s, u"en"_s, u"visitors"_s, u"--by"_s, u"week"_s, u"--from"_s,
                      u"2024-03-04"_s, u"--to"_s, u"2024-03-17"_s, u"--format"_s, u"table"_s },
                &rc);
        QCOMPARE(rc, 0);
        QVERIFY2(table.contains(u"n/a"_s), qPrintable(table));
        QVERIFY2(table.contains(u"not available at this granularity"_s), qPrintable(table));
    }

    // One site imported twice: a six-month Plausible export (one row per month) and a daily export. February has
    // a daily row on every day: the month view counts the days (29 x 11) and not the monthly figure on top; March
    // has daily rows for ten days only: the monthly figure counts and the ten days inside it do not. The output
    // says which was used. Before, both were added (609 and 150).
    void dailyAndMonthlyOfOneSourceCountOnce()
    {
        const QByteArray header = "date,visitors,pageviews,visits,views_per_visit,bounce_rate,visit_duration\n";
        QByteArray monthly = header
            + "2024-01,200,600,310,2,40,60\n2024-02,190,580,290,2,40,60\n"
              "2024-03,80,200,100,2,40,60\n";
        QByteArray daily = header;
        for (QDate d(2024, 2, 1); d <= QDate(2024, 3, 10); d = d.addDays(1))
            daily += d.toString(Qt::ISODate).toLatin1() + (d.month() == 2 ? ",8,20,11,2,40,60\n" : ",4,10,5,2,40,60\n");
        QDir(m_dir.path()).mkpath(u"months"_s);
        QDir(m_dir.path()).mkpath(u"days"_s);
        const QString monthlyFile = TestSupport::writeFile(m_dir.filePath(u"months/visitors.csv"_s), monthly);
        const QString dailyFile = TestSupport::writeFile(m_dir.filePath(u"days/visitors.csv"_s), daily);
        const QString db = m_dir.filePath(u"twice.kapsel"_s);
        int rc = -1;
        QString err;
        for (const QString &file : { monthlyFile, dailyFile }) {
            run({ u"--db"_s, db, u"import"_s, u"--format"_s, u"plausible"_s, file }, &rc, &err);
            QVERIFY2(rc == 0, qPrintable(err));
        }
        const QString json = run({ u"--db"_s, db, u"visitors"_s, u"--by"_s, u"month"_s, u"--from"_s, u"2024-01-01"_s,
                                     u"--to"_s, u"2024-03-31"_s, u"--format"_s, u"json"_s },
            &rc, &err);
        QVERIFY2(rc == 0, qPrintable(err));
        const QJsonArray periods = QJsonDocument::fromJson(json.toUtf8()).object().value(u"periods"_s).toArray();
        QCOMPARE(periods.size(), 3);
        QCOMPARE(periods[0].toObject().value(u"visits"_s).toInteger(), 310);
        QVERIFY(periods[0].toObject().value(u"overlapping_reports"_s).isNull());
        QCOMPARE(periods[1].toObject().value(u"visits"_s).toInteger(), 29 * 11);
        QCOMPARE(periods[1].toObject().value(u"overlapping_reports"_s).toString(), u"finer_used"_s);
        QCOMPARE(periods[2].toObject().value(u"visits"_s).toInteger(), 100);
        QCOMPARE(periods[2].toObject().value(u"overlapping_reports"_s).toString(), u"longer_used"_s);

        const QString table = run({ u"--db"_s, db, u"--lang"_s, u"en"_s, u"visitors"_s, u"--by"_s, u"month"_s,
                                      u"--from"_s, u"2024-01-01"_s, u"--to"_s, u"2024-03-31"_s },
            &rc);
        QCOMPARE(rc, 0);
        QVERIFY2(table.contains(u"finer figures cover every day of it and are counted"_s), qPrintable(table));
        QVERIFY2(table.contains(u"the longer figure is counted"_s), qPrintable(table));
        QVERIFY2(table.contains(QString::number(310 + 29 * 11 + 100)), qPrintable(table)); // the total
        // The day view is unchanged: February's days, and March's ten days as they were imported.
        const QString days = run({ u"--db"_s, db, u"visitors"_s, u"--by"_s, u"day"_s, u"--from"_s, u"2024-03-01"_s,
                                     u"--to"_s, u"2024-03-01"_s, u"--format"_s, u"csv"_s },
            &rc);
        QVERIFY2(days.contains(u"2024-03-01,5,"_s), qPrintable(days));
    }

    // A Plausible export taken during a month holds that month only up to the day it was taken: the running month
    // is stored as covering its first day to the import day, so a range ending today holds it whole (before, it was
    // stored as the whole month and shown as not available in that range), and the import says so.
    void runningMonthIsPartial()
    {
        // "Today" is the workspace's: in UTC here, whatever the machine's zone (an hour before midnight in UTC,
        // Oslo's default zone is a day ahead).
        const QDate today = QDateTime::currentDateTimeUtc().date();
        if (today.day() == today.daysInMonth())
            QSKIP("the running month ends today: nothing partial to store");
        QByteArray csv = "date,visitors,pageviews,visits,views_per_visit,bounce_rate,visit_duration\n";
        for (int back = 2; back >= 0; --back)
            csv += today.addMonths(-back).toString(u"yyyy-MM"_s).toLatin1() + "," + QByteArray::number(10 * (back + 1))
                + ",50," + QByteArray::number(30 * (back + 1)) + ",2,40,60\n";
        QDir(m_dir.path()).mkpath(u"running"_s);
        const QString file = TestSupport::writeFile(m_dir.filePath(u"running/visitors.csv"_s), csv);
        const QString db = m_dir.filePath(u"running.kapsel"_s);
        int rc = -1;
        QString err;
        run({ u"--db"_s, db, u"time-zone"_s, u"UTC"_s }, &rc, &err);
        QVERIFY2(rc == 0, qPrintable(err));
        const QString out = run({ u"--db"_s, db, u"--lang"_s, u"en"_s, u"import"_s, file }, &rc, &err);
        QVERIFY2(rc == 0, qPrintable(err));
        QVERIFY2(out.contains(u"was still running when the export was taken"_s), qPrintable(out));
        const QDate first(today.year(), today.month(), 1);
        const QString json
            = run({ u"--db"_s, db, u"visitors"_s, u"--by"_s, u"month"_s, u"--from"_s, first.toString(Qt::ISODate),
                      u"--to"_s, today.toString(Qt::ISODate), u"--format"_s, u"json"_s },
                &rc, &err);
        QVERIFY2(rc == 0, qPrintable(err));
        const QJsonArray periods = QJsonDocument::fromJson(json.toUtf8()).object().value(u"periods"_s).toArray();
        QCOMPARE(periods.size(), 1);
        QCOMPARE(periods[0].toObject().value(u"visits"_s).toInteger(), 30);
        QCOMPARE(periods[0].toObject().value(u"visits_available"_s).toString(), u"yes"_s);
    }

    // The workspace's zone decides the local day of a time given in UTC: 23:30Z on 1 March is 00:30 on
    // 2 March in Oslo (UTC+1 in winter), still 1 March in UTC and in New York.
    void timeZoneDecidesTheDay_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("day");
        QTest::newRow("default Europe/Oslo") << QString() << u"2024-03-02"_s;
        QTest::newRow("UTC") << u"UTC"_s << u"2024-03-01"_s;
        QTest::newRow("America/New_York") << u"America/New_York"_s << u"2024-03-01"_s;
    }

    void timeZoneDecidesTheDay()
    {
        QFETCH(QString, zone);
        QFETCH(QString, day);
        const QString db = m_dir.filePath(u"tz-%1.kapsel"_s.arg(QString(zone).replace(u'/', u'-')));
        const QString csv = m_dir.filePath(u"late.csv"_s);
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("visitor_id,session_id,started_at,duration_s\nv1,s1,2024-03-01T23:30:00Z,10\n");
        f.close();
        int rc = -1;
        QString err;
        if (!zone.isEmpty()) {
            QCOMPARE(run({ u"--db"_s, db, u"time-zone"_s, zone }, &rc, &err).trimmed(), zone);
            QVERIFY2(rc == 0, qPrintable(err));
        }
        if (!zone.isEmpty())
            QCOMPARE(run({ u"--db"_s, db, u"time-zone"_s }, &rc).trimmed(), zone);
        run({ u"--db"_s, db, u"import"_s, csv }, &rc, &err);
        QVERIFY2(rc == 0, qPrintable(err));
        QCOMPARE(run({ u"--db"_s, db, u"time-zone"_s }, &rc).trimmed(), zone.isEmpty() ? u"Europe/Oslo"_s : zone);
        const QString out = run({ u"--db"_s, db, u"visitors"_s, u"--by"_s, u"day"_s, u"--format"_s, u"csv"_s }, &rc);
        QCOMPARE(rc, 0);
        QCOMPARE(out.split(u'\n').value(1).section(u',', 0, 1), day + u",1"_s);
    }

    void unknownTimeZoneIsRefused()
    {
        int rc = -1;
        QString err;
        const QString db = m_dir.filePath(u"tz-bad.kapsel"_s);
        run({ u"--db"_s, db, u"time-zone"_s, u"Mars/Olympus"_s }, &rc, &err);
        QCOMPARE(rc, 2);
        QVERIFY2(err.contains(u"Mars/Olympus"_s), qPrintable(err));
        QCOMPARE(run({ u"--db"_s, db, u"time-zone"_s }, &rc).trimmed(), u"Europe/Oslo"_s); // unchanged
    }
};

QTEST_GUILESS_MAIN(TestVisitorCli)
#include "test_visitorcli.moc"
