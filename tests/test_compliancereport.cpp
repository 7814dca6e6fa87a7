// SPDX-License-Identifier: GPL-3.0-or-later
// The compliance report's content (issue #16): the demo workspace's report in Bokmål and English, each section's
// figures compared with what kapsel-cli's own commands print (visitors, cookies, cookies findings, chats, history,
// policy-check: run as a user runs them, parsed here); the JSON writer's schema and the Markdown's headings; an empty
// workspace's short report; no leak (ReportDocument::leaks over the document's text, the JSON and the Markdown is
// empty), also with a million visits a month and chats that held identity numbers before redaction; the report
// command's stored records, --list and --verify.
#include "testsupport.h"

#include "compliance/compliancereport.h"
#include "compliance/reportjson.h"
#include "compliance/reportmaker.h"
#include "compliance/reportmarkdown.h"
#include "compliance/reporttext.h"
#include "core/language.h"
#include "workspace/reportarchive.h"
#include "workspace/workspace.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace TestSupport;
using ReportDocument::Block;
using ReportDocument::Document;
using ReportDocument::Section;

namespace {

const QDate kFrom(2025, 1, 1), kTo(2025, 12, 31);

// The digits of a figure as the report prints it ("5,454", "5 454", "0"); -1 for none ("–").
qint64 figure(const QString &shown)
{
    QString digits = shown;
    digits.remove(QRegularExpression(u"[^0-9]"_s));
    return digits.isEmpty() ? -1 : digits.toLongLong();
}

const Section *sectionOf(const Document &d, const QString &id)
{
    for (const Section &s : d.sections)
        if (s.id == id)
            return &s;
    return nullptr;
}

QList<QPair<QString, QString>> factsOf(const Section &s)
{
    QList<QPair<QString, QString>> out;
    for (const Block &b : s.blocks)
        if (b.kind == Block::Kind::Facts)
            out << b.facts;
    return out;
}

QList<const ReportDocument::Table *> tablesOf(const Section &s)
{
    QList<const ReportDocument::Table *> out;
    for (const Block &b : s.blocks)
        if (b.kind == Block::Kind::Table)
            out << &b.table;
    return out;
}

QList<const Block *> chartsOf(const Section &s)
{
    QList<const Block *> out;
    for (const Block &b : s.blocks)
        if (b.kind == Block::Kind::Chart && b.chart)
            out << &b;
    return out;
}

// Every cell of every table in `s`, in order.
QStringList cellsOf(const Section &s)
{
    QStringList out;
    for (const ReportDocument::Table *t : tablesOf(s))
        for (const QStringList &row : t->rows)
            out << row;
    return out;
}

QStringList paragraphsOf(const Section &s)
{
    QStringList out;
    for (const Block &b : s.blocks)
        if (b.kind == Block::Kind::Paragraph)
            out << b.text;
    return out;
}

QJsonDocument cliJson(const QStringList &args)
{
    const CliRun r = runCli(args);
    if (r.code != 0 && r.code != 3)
        qWarning("%s", r.err.constData());
    return QJsonDocument::fromJson(r.out);
}

Document build(const QString &db, const QString &lang, QDate from = kFrom, QDate to = kTo)
{
    auto ws = Workspace::open(db);
    if (!ws)
        qFatal("%s", qPrintable(ws.error().toString()));
    ComplianceReport::Options o;
    o.from = from;
    o.to = to;
    o.language = lang;
    auto doc = ComplianceReport::build(**ws, o);
    if (!doc)
        qFatal("%s", qPrintable(doc.error().toString()));
    return *doc;
}

// Everything the report would show, in the three forms the tests scan.
void verifyNoLeak(const Document &d)
{
    for (const QString &text : { ReportDocument::allText(d), QString::fromUtf8(ReportJson::write(d)),
             QString::fromUtf8(ReportMarkdown::write(d)) }) {
        const QList<RedactionSpan> spans = ReportDocument::leaks(text);
        for (const RedactionSpan &s : spans)
            qWarning("leak (%s): %s", qPrintable(s.rule), qPrintable(text.mid(s.start - 20, s.end - s.start + 40)));
        QVERIFY(spans.isEmpty());
    }
}

} // namespace

class TestComplianceReport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_demo;

private slots:
    void initTestCase()
    {
        Language::apply(u"en"_s);
        m_demo = m_dir.filePath(u"demo.kapsel"_s);
        const CliRun r = runCli({ u"--db"_s, m_demo, u"demo"_s });
        QVERIFY2(r.code == 0, r.err.constData());
    }

    void demoFiguresAgreeWithTheCli_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("nb") << u"nb"_s;
        QTest::newRow("en") << u"en"_s;
    }

    void demoFiguresAgreeWithTheCli()
    {
        QFETCH(QString, lang);
        const Document d = build(m_demo, lang);
        QCOMPARE(d.language, lang);
        QCOMPARE(d.title, lang == u"nb" ? u"Personvernrapport"_s : u"Compliance report"_s);
        const QStringList db { u"--db"_s, m_demo };

        // Visitors: per source and month, as `visitors --source S --by month --format json` gives them.
        const Section *gaps = sectionOf(d, u"visitors/unattributed"_s);
        QVERIFY(gaps);
        int sources = 0;
        for (const ReportDocument::Table *t : tablesOf(*gaps)) {
            ++sources;
            const QJsonArray periods = cliJson(db
                + QStringList { u"visitors"_s, u"--from"_s, kFrom.toString(Qt::ISODate), u"--to"_s,
                    kTo.toString(Qt::ISODate), u"--by"_s, u"month"_s, u"--source"_s, t->caption, u"--format"_s,
                    u"json"_s })
                                           .object()
                                           .value(u"periods"_s)
                                           .toArray();
            QList<QJsonObject> withVisits;
            for (const QJsonValue &p : periods)
                if (p[u"visits"_s].toInteger() > 0)
                    withVisits << p.toObject();
            QCOMPARE(t->rows.size(), withVisits.size());
            for (int i = 0; i < withVisits.size(); ++i) {
                const QJsonObject &p = withVisits[i];
                const QStringList &row = t->rows[i];
                const qint64 visits = p[u"visits"_s].toInteger(), first = p[u"first_time"_s].toInteger(),
                             returning = p[u"returning"_s].toInteger();
                QCOMPARE(figure(row[1]), visits);
                QCOMPARE(figure(row[2]), first);
                QCOMPARE(figure(row[3]), returning);
                QCOMPARE(figure(row[4]), visits - first - returning);
            }
        }
        QCOMPARE(sources, 3); // GA4, Matomo, Siteimprove

        // Cookies: the inventory as `cookies --format json` lists it.
        qint64 declared = 0, undeclared = 0, never = 0;
        for (const QJsonValue &c : cliJson(db + QStringList { u"cookies"_s, u"--format"_s, u"json"_s })
                                       .object()
                                       .value(u"cookies"_s)
                                       .toArray()) {
            const QString status = c[u"status"_s].toString();
            declared += c[u"declared"_s].toBool();
            undeclared += status == u"undeclared";
            never += c[u"declared"_s].toBool() && (status == u"not-observed" || status == u"no-longer-observed");
        }
        const auto cookieFacts = factsOf(*sectionOf(d, u"cookies"_s));
        QCOMPARE(figure(cookieFacts[2].second), declared);
        QCOMPARE(figure(cookieFacts[3].second), undeclared);
        QCOMPARE(figure(cookieFacts[4].second), never);
        QCOMPARE(tablesOf(*sectionOf(d, u"cookies/undeclared"_s)).first()->rows.size(), undeclared);
        QCOMPARE(tablesOf(*sectionOf(d, u"cookies/never-observed"_s)).first()->rows.size(), never);

        // Findings by severity, as `cookies findings --format json` gives them.
        QMap<QString, qint64> bySeverity;
        const QJsonDocument findings
            = cliJson(db + QStringList { u"cookies"_s, u"findings"_s, u"--format"_s, u"json"_s });
        const QJsonArray list
            = findings.isArray() ? findings.array() : findings.object().value(u"findings"_s).toArray();
        for (const QJsonValue &f : list)
            ++bySeverity[f[u"severity"_s].toString()];
        QVERIFY(!list.isEmpty());
        const ReportDocument::Table *severity = tablesOf(*sectionOf(d, u"summary"_s)).first();
        QCOMPARE(figure(severity->rows[0][1]), bySeverity.value(u"high"_s));
        QCOMPARE(figure(severity->rows[1][1]), bySeverity.value(u"medium"_s));
        QCOMPARE(figure(severity->rows[2][1]), bySeverity.value(u"low"_s));
        QCOMPARE(tablesOf(*sectionOf(d, u"cookies/findings"_s)).first()->rows.size(), list.size());

        // Chats: the verification scanned every stored message `chats --format json` prints.
        const qint64 messages = cliJson(db + QStringList { u"chats"_s, u"--format"_s, u"json"_s })
                                    .object()
                                    .value(u"messages"_s)
                                    .toArray()
                                    .size();
        QVERIFY(messages > 0);
        const auto verified = factsOf(*sectionOf(d, u"chats/verification"_s));
        QCOMPARE(figure(verified[0].second), messages);
        QCOMPARE(figure(verified[1].second), 0);

        // Annex: one row per import `history` lists.
        const CliRun history = runCli(db + QStringList { u"history"_s });
        QCOMPARE(history.code, 0);
        const qsizetype imports
            = history.outText().count(QRegularExpression(u"^#\\d+ "_s, QRegularExpression::MultilineOption));
        QVERIFY(imports > 0);
        QCOMPARE(tablesOf(*sectionOf(d, u"annex"_s)).first()->rows.size(), imports);

        // The JSON carries the schema id and every section; the Markdown has every heading.
        const QJsonObject json = QJsonDocument::fromJson(ReportJson::write(d)).object();
        QCOMPARE(json[u"schema"_s].toString(), u"kapsel/report/1"_s);
        QCOMPARE(json[u"documentId"_s].toString(), d.documentId);
        QCOMPARE(json[u"sections"_s].toArray().size(), d.sections.size());
        const QString md = QString::fromUtf8(ReportMarkdown::write(d));
        int chapter = 0, sub = 0;
        QStringList chapters;
        for (const Section &s : d.sections) {
            const QString title = s.title.toHtmlEscaped(); // nothing to escape in the titles
            const QString heading = s.level == 1 ? u"## %1. %2\n"_s.arg(++chapter).arg(title)
                                                 : u"### %1.%2 %3\n"_s.arg(chapter).arg(++sub).arg(title);
            if (s.level == 1) {
                sub = 0;
                chapters << s.id;
            }
            QVERIFY2(md.contains(heading), qPrintable(heading));
        }
        QCOMPARE(chapters,
            (QStringList {
                u"summary"_s, u"cookies"_s, u"policy"_s, u"visitors"_s, u"chats"_s, u"ropa"_s, u"annex"_s }));
        verifyNoLeak(d);
    }

    // Section 4's charts: visits by month (all sources) and visits by duration, their figures as the CLI's own
    // commands give them, as their tables print them, and (by month) as the per-source tables add up to.
    void chartsAgreeWithTheCliAndTheTables()
    {
        const Document d = build(m_demo, u"en"_s);
        const QStringList db { u"--db"_s, m_demo };
        const QStringList period { u"--from"_s, kFrom.toString(Qt::ISODate), u"--to"_s, kTo.toString(Qt::ISODate) };
        const Section *visitors = sectionOf(d, u"visitors"_s);
        QVERIFY(visitors);
        const QList<const Block *> charts = chartsOf(*visitors);
        QCOMPARE(charts.size(), 2);

        // Visits by month: `visitors --by month --format json`, all sources.
        const VisitorChart &visits = *charts[0]->chart;
        QCOMPARE(visits.kind, VisitorChart::Kind::Visits);
        QCOMPARE(visits.language, u"en"_s);
        const QJsonArray periods
            = cliJson(db + QStringList { u"visitors"_s, u"--by"_s, u"month"_s, u"--format"_s, u"json"_s } + period)
                  .object()
                  .value(u"periods"_s)
                  .toArray();
        QCOMPARE(visits.series.size(), periods.size());
        QMap<QString, qint64> byMonth; // the per-source tables added up, by month as the tables name it
        for (const ReportDocument::Table *t : tablesOf(*sectionOf(d, u"visitors/unattributed"_s)))
            for (const QStringList &row : t->rows)
                byMonth[row[0]] += figure(row[1]);
        const ReportDocument::Table &table = charts[0]->table;
        QCOMPARE(table.header.size(), 5);
        int shown = 0;
        for (int i = 0; i < periods.size(); ++i) {
            const SeriesRow &r = visits.series[i];
            const QJsonObject p = periods[i].toObject();
            QCOMPARE(r.period.key, p[u"period"_s].toString());
            QCOMPARE(r.visits, p[u"visits"_s].toInteger());
            QCOMPARE(r.firstTime.value_or(-1), p[u"first_time"_s].toInteger(-1));
            QCOMPARE(r.returning.value_or(-1), p[u"returning"_s].toInteger(-1));
            if (r.visits == 0)
                continue;
            const QStringList &row = table.rows.value(shown++);
            QCOMPARE(row.value(0), ReportText(u"en"_s).month(r.period.first));
            QCOMPARE(figure(row[1]), r.visits);
            QCOMPARE(figure(row[2]), r.firstTime.value_or(-1));
            QCOMPARE(figure(row[3]), r.returning.value_or(-1));
            QCOMPARE(figure(row[4]), r.visits - r.firstTime.value_or(0) - r.returning.value_or(0));
            QCOMPARE(byMonth.value(row[0]), r.visits);
        }
        QCOMPARE(table.rows.size(), shown);
        QVERIFY(shown >= 10);

        // Visits by duration: `durations --format json`, all sources.
        const VisitorChart &durations = *charts[1]->chart;
        QCOMPARE(durations.kind, VisitorChart::Kind::Durations);
        const QJsonArray buckets = cliJson(db + QStringList { u"durations"_s, u"--format"_s, u"json"_s } + period)
                                       .object()
                                       .value(u"buckets"_s)
                                       .toArray();
        QCOMPARE(durations.buckets.size(), buckets.size());
        QCOMPARE(charts[1]->table.rows.size(), buckets.size());
        qint64 total = 0;
        for (int i = 0; i < buckets.size(); ++i) {
            QCOMPARE(durations.buckets[i].visits, buckets[i][u"visits"_s].toInteger());
            QCOMPARE(figure(charts[1]->table.rows[i][1]), buckets[i][u"visits"_s].toInteger());
            QCOMPARE(charts[1]->table.rows[i][0], durations.categoryLabels()[i]);
            total += buckets[i][u"visits"_s].toInteger();
        }
        QVERIFY(total > 0);
        QVERIFY2(charts[1]->text.contains(ReportText(u"en"_s).number(total)), qPrintable(charts[1]->text));

        // The text-only formats carry the same: the JSON's chart blocks with their words and tables (no CSV), the
        // Markdown's tables.
        for (const QJsonValue &section :
            QJsonDocument::fromJson(ReportJson::write(d)).object()[u"sections"_s].toArray())
            if (section[u"id"_s].toString() == u"visitors"_s) {
                QList<QJsonObject> blocks;
                for (const QJsonValue &b : section[u"blocks"_s].toArray())
                    if (b[u"kind"_s].toString() == u"chart"_s)
                        blocks << b.toObject();
                QCOMPARE(blocks.size(), 2);
                QCOMPARE(blocks[0][u"title"_s].toString(), u"First-time and returning visits"_s);
                QCOMPARE(blocks[0][u"legend"_s].toArray().size(), visits.legend().size());
                QCOMPARE(blocks[0][u"table"_s][u"rows"_s].toArray().size(), shown);
                QCOMPARE(blocks[1][u"table"_s][u"rows"_s].toArray().size(), buckets.size());
                QVERIFY(!blocks[0].contains(u"csv"_s));
            }
        const QString md = QString::fromUtf8(ReportMarkdown::write(d));
        QVERIFY(md.contains(u"*First-time and returning visits (1 January 2025 to 31 December 2025, by month)*"_s));
        QVERIFY(md.contains(u"**Visits by duration, all sources**"_s));
        verifyNoLeak(d);
    }

    // The report speaks its own language whatever the program's: chart words, and the date in "no longer observed
    // since DATE" (CookieReconciler::presenceText, given the report's own way of writing a date).
    void reportLanguageIsNotTheProgramsLanguage_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("chartTitle");
        QTest::addColumn<QString>("presence");
        QTest::newRow("nb report, en program")
            << u"en"_s << u"nb"_s << u"Førstegangs- og gjentakende besøk"_s
            << u"ikke lenger observert siden 10. mars 2025 (demo-scan-2025-03-10.har)"_s;
        QTest::newRow("en report, nb program")
            << u"nb"_s << u"en"_s << u"First-time and returning visits"_s
            << u"no longer observed since 10 March 2025 (demo-scan-2025-03-10.har)"_s;
    }

    void reportLanguageIsNotTheProgramsLanguage()
    {
        QFETCH(QString, program);
        QFETCH(QString, lang);
        QFETCH(QString, chartTitle);
        QFETCH(QString, presence);
        Language::apply(program);
        const Document d = build(m_demo, lang);
        Language::apply(u"en"_s);
        const QList<const Block *> charts = chartsOf(*sectionOf(d, u"visitors"_s));
        QCOMPARE(charts.size(), 2);
        QCOMPARE(charts[0]->chart->title(), chartTitle);
        QCOMPARE(charts[0]->chart->period(),
            lang == u"nb" ? u"1. januar 2025 til 31. desember 2025, per måned"_s
                          : u"1 January 2025 to 31 December 2025, by month"_s);
        QCOMPARE(charts[0]->table.header.value(0), lang == u"nb" ? u"Måned"_s : u"Month"_s);
        QVERIFY2(cellsOf(*sectionOf(d, u"cookies/never-observed"_s)).contains(presence),
            qPrintable(cellsOf(*sectionOf(d, u"cookies/never-observed"_s)).join(u" | "_s)));
    }

    void policyFindingsAgreeWithPolicyCheck()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"w.kapsel"_s);
        QCOMPARE(runCli({ u"--db"_s, db, u"demo"_s }).code, 0);
        const QString policy = writeFile(dir.filePath(u"policy.txt"_s),
            "We use cookies. By continuing to use the site you accept cookies.\n"
            "We use _ga and _gid from Google Analytics to count visitors.\n");
        const CliRun check = runCli({ u"--db"_s, db, u"--lang"_s, u"en"_s, u"policy-check"_s, policy });
        QCOMPARE(check.code, 3);
        const auto count
            = QRegularExpression(u"^(\\d+) findings?$"_s, QRegularExpression::MultilineOption).match(check.outText());
        QVERIFY2(count.hasMatch(), check.out.constData());
        // The report quotes the text policy-check kept.
        const Document d = build(db, u"en"_s);
        const Section *s = sectionOf(d, u"policy"_s);
        QVERIFY(s);
        QCOMPARE(figure(factsOf(*s)[2].second), count.captured(1).toLongLong());
        QCOMPARE(factsOf(*s)[0].second, u"policy.txt"_s);
        bool quoted = false;
        for (const Block &b : s->blocks)
            quoted = quoted || (b.kind == Block::Kind::Quote && b.text.contains(u"continuing to use"_s));
        QVERIFY(quoted);
        verifyNoLeak(d);
    }

    void emptyWorkspaceIsShortAndHonest_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("noAnalytics");
        QTest::newRow("en") << u"en"_s << u"No analytics data was imported in this period."_s;
        QTest::newRow("nb") << u"nb"_s << u"Ingen analysedata ble importert i denne perioden."_s;
    }

    void emptyWorkspaceIsShortAndHonest()
    {
        QFETCH(QString, lang);
        QFETCH(QString, noAnalytics);
        QTemporaryDir dir;
        const Document d = build(dir.filePath(u"empty.kapsel"_s), lang);
        const Section *visitors = sectionOf(d, u"visitors"_s);
        QVERIFY(visitors);
        QVERIFY(paragraphsOf(*visitors).contains(noAnalytics));
        QVERIFY(tablesOf(*visitors).isEmpty());
        QVERIFY(!sectionOf(d, u"visitors/unattributed"_s)); // no empty tables per source
        for (const Section &s : d.sections)
            for (const ReportDocument::Table *t : tablesOf(s))
                QVERIFY2(!t->rows.isEmpty() || s.id == u"summary"_s, qPrintable(s.id));
        QVERIFY(tablesOf(*sectionOf(d, u"annex"_s)).isEmpty());
        QVERIFY(tablesOf(*sectionOf(d, u"chats/audit"_s)).isEmpty());
        QVERIFY(paragraphsOf(*sectionOf(d, u"summary/changes"_s)).size() == 1);
        verifyNoLeak(d);
    }

    // A million visits a month (a Plausible export) and chats whose text held identity numbers before it was
    // redacted: the report rounds the one and counts the other, and shows neither as digits.
    void noLeakWithMillionsAndIdentityNumbers()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"big.kapsel"_s);
        QByteArray csv = "date,visitors,pageviews,visits,views_per_visit,bounce_rate,visit_duration\n";
        const qint64 visits[] = { 1204567, 2345678, 3456789 };
        for (int m = 0; m < 3; ++m)
            csv += QStringLiteral("2025-%1-01,%2,%3,%4,2.5,45,71\n")
                       .arg(m + 1, 2, 10, QLatin1Char('0'))
                       .arg(visits[m] - 1000)
                       .arg(visits[m] * 2)
                       .arg(visits[m])
                       .toUtf8();
        const QString plausible = writeFile(dir.filePath(u"plausible.csv"_s), csv);
        const QString fnr = identityNumber(u"140744"_s);
        const QString chats = writeFile(dir.filePath(u"chats.csv"_s),
            QString(u"conversation_id,timestamp,sender,text\nc-1,2025-05-02 08:01,Kunde,\"Hei, fnr er "_s + fnr
                + u"\"\nc-1,2025-05-02 08:02,Bot,Takk. Kontonummer 1234 56 78903?\n"_s)
                .toUtf8());
        const CliRun imported = runCli({ u"--db"_s, db, u"import"_s, plausible, chats });
        QVERIFY2(imported.code == 0, imported.err.constData());
        const QDate today = QDate::currentDate();
        for (const QString &lang : { u"nb"_s, u"en"_s }) {
            const Document d = build(db, lang, kFrom, today.addDays(1));
            const auto visitorFacts = factsOf(*sectionOf(d, u"visitors"_s));
            QCOMPARE(visitorFacts[2].second, lang == u"nb" ? u"7,0 millioner"_s : u"7.0 million"_s);
            const auto chatFacts = factsOf(*sectionOf(d, u"chats"_s));
            QVERIFY(figure(chatFacts[3].second) >= 1); // identity numbers removed on import
            QCOMPARE(figure(factsOf(*sectionOf(d, u"chats/verification"_s))[1].second), 0);
            // The chart of visits by month has a million and more on its axis, written as the report writes it.
            const QList<const Block *> charts = chartsOf(*sectionOf(d, u"visitors"_s));
            QCOMPARE(charts.size(), 1); // no durations from a report of monthly figures
            QVERIFY2(charts[0]->chart->valueLabels().contains(lang == u"nb" ? u"3,0 millioner"_s : u"3.0 million"_s),
                qPrintable(charts[0]->chart->valueLabels().join(u" | "_s)));
            const QString all = ReportDocument::allText(d);
            QVERIFY(all.contains(charts[0]->chart->valueLabels().last()));
            QVERIFY(!all.contains(fnr));
            QVERIFY(!all.contains(u"1204567"_s));
            verifyNoLeak(d);
        }
    }

    void reportCommandStoresListsAndVerifies()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"w.kapsel"_s);
        QCOMPARE(runCli({ u"--db"_s, db, u"demo"_s }).code, 0);
        const QString out = dir.filePath(u"report.md"_s);
        const QStringList base { u"--db"_s, db, u"report"_s };
        CliRun r = runCli(base
            + QStringList {
                u"--from"_s, u"2025-01-01"_s, u"--to"_s, u"2025-12-31"_s, u"--lang"_s, u"en"_s, u"--output"_s, out });
        QVERIFY2(r.code == 0, r.err.constData());
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        f.close();
        QVERIFY(bytes.startsWith("# Compliance report\n"));
        const QString sha = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());

        r = runCli(base + QStringList { u"--list"_s, u"--format"_s, u"json"_s });
        QCOMPARE(r.code, 0);
        const QJsonArray list = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list[0][u"sha256"_s].toString(), sha);
        QCOMPARE(list[0][u"format"_s].toString(), u"md"_s);
        QCOMPARE(list[0][u"language"_s].toString(), u"en"_s);
        QCOMPARE(list[0][u"from"_s].toString(), u"2025-01-01"_s);
        const QString id = list[0][u"document_id"_s].toString();
        QVERIFY(bytes.contains(id.toUtf8()));

        r = runCli(base + QStringList { u"--verify"_s, out });
        QCOMPARE(r.code, 0);
        QVERIFY(r.outText().contains(id));
        QByteArray changed = bytes;
        changed[changed.size() / 2] = changed[changed.size() / 2] == 'x' ? 'y' : 'x';
        const QString copy = writeFile(dir.filePath(u"changed.md"_s), changed);
        r = runCli(base + QStringList { u"--verify"_s, copy });
        QCOMPARE(r.code, 1);
        QVERIFY(!r.outText().contains(id));

        // The second report compares with the first.
        const QString second = dir.filePath(u"second.json"_s);
        r = runCli(base
            + QStringList { u"--from"_s, u"2025-01-01"_s, u"--to"_s, u"2025-12-31"_s, u"--format"_s, u"json"_s,
                u"--output"_s, second });
        QCOMPARE(r.code, 0);
        QFile s(second);
        QVERIFY(s.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(s.readAll()).object();
        QCOMPARE(json[u"language"_s].toString(), u"nb"_s); // Bokmål by default
        bool compared = false;
        for (const QJsonValue &section : json[u"sections"_s].toArray())
            if (section[u"id"_s].toString() == u"summary/changes"_s)
                compared = section[u"blocks"_s][0][u"text"_s].toString().contains(id);
        QVERIFY(compared);
        r = runCli(base + QStringList { u"--list"_s, u"--format"_s, u"csv"_s });
        QCOMPARE(r.outText().count(u'\n'), 3); // header and two reports

        // PDF and HTML by the extension of --output; each is kept with its checksum and verifies.
        for (const QString &name : { u"r.pdf"_s, u"r.html"_s }) {
            const QString path = dir.filePath(name);
            r = runCli(base + QStringList { u"--lang"_s, u"en"_s, u"--output"_s, path });
            QVERIFY2(r.code == 0, r.err.constData());
            QFile written(path);
            QVERIFY(written.open(QIODevice::ReadOnly));
            const QByteArray content = written.readAll();
            QVERIFY(name.endsWith(u"pdf"_s) ? content.startsWith("%PDF-") : content.contains("<html"));
            r = runCli(base + QStringList { u"--verify"_s, path });
            QCOMPARE(r.code, 0);
            const QString sha
                = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
            QVERIFY2(
                r.outText().contains(name.endsWith(u"pdf"_s) ? u", pdf,"_s : u", html,"_s), qPrintable(r.outText()));
            r = runCli(base + QStringList { u"--list"_s, u"--format"_s, u"json"_s });
            QCOMPARE(QJsonDocument::fromJson(r.out).array().first()[u"sha256"_s].toString(), sha);
        }

        // An unknown format is refused before anything is read or written.
        r = runCli(base + QStringList { u"--format"_s, u"docx"_s, u"--output"_s, dir.filePath(u"r.docx"_s) });
        QCOMPARE(r.code, 2);
        QVERIFY(!QFile::exists(dir.filePath(u"r.docx"_s)));
        r = runCli(base + QStringList { u"--list"_s, u"--format"_s, u"csv"_s });
        QCOMPARE(r.outText().count(u'\n'), 5);
    }

    // Stopped at any step (as Cancel in the window does), nothing is written and nothing kept; let run, the file and
    // its record are there, and the steps counted up to the end.
    void stoppedAtAnyStepLeavesNothing()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"w.kapsel"_s);
        QCOMPARE(runCli({ u"--db"_s, db, u"demo"_s }).code, 0);
        auto ws = Workspace::open(db);
        QVERIFY(ws);
        ReportMaker::Request request;
        request.options.language = u"en"_s;
        request.format = ReportMaker::Format::Html;
        request.output = dir.filePath(u"r.html"_s);
        QList<int> steps;
        int total = 0;
        auto made = ReportMaker::make(**ws, request, [&](int done, int all, const QString &) {
            steps << done;
            total = all;
            return true;
        });
        QVERIFY(made);
        QVERIFY(total > 3);
        QCOMPARE(steps.first(), 0);
        QCOMPARE(steps.last(), total);
        QVERIFY(std::is_sorted(steps.begin(), steps.end()));
        QVERIFY(QFile::exists(request.output));
        QCOMPARE((*ws)->reports().list()->size(), 1);
        steps.removeLast(); // "done": said after the record is kept, too late to stop
        for (int stopAt : std::as_const(steps)) {
            request.output = dir.filePath(u"stopped-%1.html"_s.arg(stopAt));
            auto stopped
                = ReportMaker::make(**ws, request, [&](int done, int, const QString &) { return done < stopAt; });
            QVERIFY(!stopped);
            QVERIFY2(ReportMaker::isCancelled(stopped.error()), qPrintable(stopped.error().toString()));
            QVERIFY(!QFile::exists(request.output));
            QCOMPARE((*ws)->reports().list()->size(), 1);
        }
    }

    // The forms the report prints numbers, checksums and document ids in never hold a run the rules remove, and the
    // plain digits they replace would (so the test could fail).
    void printedFormsPassTheRedactor()
    {
        for (const QString &lang : { u"nb"_s, u"en"_s }) {
            const ReportText tx(lang, QTimeZone("Europe/Oslo"));
            for (qint64 n : { 0LL, 7LL, 999999LL, 1000000LL, 1204567LL, 99999999LL, 1234567890LL, 9999999999999LL }) {
                QVERIFY2(ReportDocument::leaks(tx.number(n)).isEmpty(), qPrintable(tx.number(n)));
                if (n >= 1000000)
                    QVERIFY(!ReportDocument::leaks(QString::number(n)).isEmpty());
            }
            QCOMPARE(tx.number(999999), lang == u"nb" ? u"999\u00a0999"_s : u"999,999"_s);
            QCOMPARE(tx.number(1204567), lang == u"nb" ? u"1,2 millioner"_s : u"1.2 million"_s);
            const QString at = tx.dateTime(QDateTime(QDate(2026, 12, 3), QTime(13, 2), Qt::UTC));
            QCOMPARE(at, lang == u"nb" ? u"3. desember 2026 kl. 14.02"_s : u"3 December 2026 at 14:02"_s);
            QVERIFY(ReportDocument::leaks(at).isEmpty());
        }
        const QString id = ComplianceReport::newDocumentId(QDateTime(QDate(2026, 12, 3), QTime(14, 2), Qt::UTC));
        QVERIFY(QRegularExpression(u"^KAPSEL-2026-12-03-[A-Z]{6}$"_s).match(id).hasMatch());
        QVERIFY(ReportDocument::leaks(id).isEmpty());
        QVERIFY(!ReportDocument::leaks(u"KAPSEL-20261203-7F3A9C"_s).isEmpty()); // the form it avoids
        int digitRuns = 0;
        for (int i = 0; i < 2000; ++i) {
            const QString hex = QString::fromLatin1(
                QCryptographicHash::hash(QByteArray::number(i), QCryptographicHash::Sha256).toHex());
            digitRuns += ReportDocument::leaks(hex).isEmpty() ? 0 : 1;
            QVERIFY2(ReportDocument::leaks(ComplianceReport::showChecksum(hex)).isEmpty(), qPrintable(hex));
        }
        QVERIFY(digitRuns > 100); // shown plain, many checksums would lose a run of digits
    }

    void recordFieldsAreKeptInTheWorkspace()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"w.kapsel"_s);
        QCOMPARE(runCli({ u"--db"_s, db, u"demo"_s }).code, 0);
        CliRun r = runCli({ u"--db"_s, db, u"report"_s, u"--set-field"_s, u"ropa/controller=Eksempel AS, Oslo"_s,
            u"--set-field"_s, u"ropa/chat/legal-basis=GDPR art. 6(1)(b)"_s });
        QVERIFY2(r.code == 0, r.err.constData());
        r = runCli({ u"--db"_s, db, u"report"_s, u"--set-field"_s, u"controller=x"_s });
        QCOMPARE(r.code, 1);
        const Document d = build(db, u"en"_s);
        QMap<QString, QString> blanks;
        for (const Section &s : d.sections)
            for (const Block &b : s.blocks)
                if (b.kind == Block::Kind::Blank)
                    blanks.insert(b.key, b.note);
        QCOMPARE(blanks.value(u"ropa/controller"_s), u"Eksempel AS, Oslo"_s);
        QCOMPARE(blanks.value(u"ropa/chat/legal-basis"_s), u"GDPR art. 6(1)(b)"_s);
        QVERIFY(blanks.contains(u"ropa/dpo"_s));
        QCOMPARE(blanks.value(u"ropa/dpo"_s), QString()); // still to fill in
        // Google is a US company: its transfer is known, not left blank.
        QVERIFY(ReportDocument::allText(d).contains(u"yes, to US"_s));
    }
};

QTEST_GUILESS_MAIN(TestComplianceReport)
#include "test_compliancereport.moc"
