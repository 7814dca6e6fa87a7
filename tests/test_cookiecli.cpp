// SPDX-License-Identifier: GPL-3.0-or-later
// kapsel-cli cookies per site and cookies findings, end to end (the binary), on a file and on the test server's
// team workspace: a live scan of a made-up site (cookiescantestsupport.h) and one of another site are stored
// through the core, then the CLI must show each site's inventory apart, the consent-phase columns, and the
// findings with exit code 3.
#include "clitestlists.h"
#include "cookiescantestsupport.h"
#include "pgtestsupport.h"
#include "testsupport.h"

#include "core/csvwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;
using CliTestLists::cli;

namespace {

const QDateTime kAt(QDate(2025, 3, 1), QTime(8, 0), Qt::UTC);

// The CSV rows of `text` as maps from the header's names (fields never hold commas or quotes here).
QList<QMap<QString, QString>> csvRows(const QString &text)
{
    QStringList lines = text.split(u"\r\n"_s, Qt::SkipEmptyParts);
    const QStringList header = lines.takeFirst().split(u',');
    QList<QMap<QString, QString>> out;
    for (const QString &line : lines) {
        const QStringList cells = line.split(u',');
        QMap<QString, QString> row;
        for (int i = 0; i < header.size(); ++i)
            row.insert(header[i], cells.value(i));
        out << row;
    }
    return out;
}

} // namespace

class TestCookieCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<PgTestDatabase> m_pg;

    // A workspace with the example site's live scan (the latest) and an older scan of other.test read from a
    // file (no consent phases), whose only cookie x is declared necessary there.
    QString workspace()
    {
        QFETCH_GLOBAL(QString, backend);
        static int n = 0;
        QString db;
        if (backend == u"postgresql") {
            m_pg = std::make_unique<PgTestDatabase>(); // empties the server's workspace
            db = u"postgresql://"_s;
        } else {
            db = m_dir.filePath(u"cli%1.kapsel"_s.arg(++n));
        }
        auto ws = Workspace::open(db);
        if (!ws)
            qFatal("%s", qPrintable(ws.error().toString()));
        using namespace CookieScanTest;
        if (Status s = storeScan(**ws, u"scan-other"_s, u"other.test"_s, kAt.addDays(-1),
                { item(u"x"_s, u"other.test"_s, QString(), u"https://other.test/"_s) }, {}))
            qFatal("%s", qPrintable(s->toString()));
        DeclaredCookie x;
        x.name = u"x"_s;
        x.domain = u"other.test"_s;
        x.category = u"necessary"_s;
        if (!(*ws)->cookies().addDeclared(x))
            qFatal("declare x");
        if (Status s = storeExample(**ws, kAt))
            qFatal("%s", qPrintable(s->toString()));
        return db;
    }

    // An empty workspace on the case's backend: the file `name` (removed first) or the test server's.
    QString freshDatabase(const QString &name)
    {
        QFETCH_GLOBAL(QString, backend);
        if (backend == u"postgresql") {
            m_pg = std::make_unique<PgTestDatabase>(); // empties the server's workspace
            return u"postgresql://"_s;
        }
        const QString db = m_dir.filePath(name);
        QFile::remove(db);
        return db;
    }

    // A workspace with a scan of other.test and nothing declared.
    QString emptyDeclaration()
    {
        const QString db = freshDatabase(u"empty.kapsel"_s);
        auto ws = Workspace::open(db);
        if (!ws)
            qFatal("%s", qPrintable(ws.error().toString()));
        using namespace CookieScanTest;
        if (Status s = storeScan(**ws, u"scan-other"_s, u"other.test"_s, kAt,
                { item(u"x"_s, u"other.test"_s, QString(), u"https://other.test/"_s) }, {}))
            qFatal("%s", qPrintable(s->toString()));
        return db;
    }

private slots:
    void initTestCase_data() { addBackendRows(); }

    // The example site's three declared cookies have an English purpose only: drafts. The published declaration
    // leaves them out and says so on stderr; --strict refuses with exit code 3 and writes nothing; an empty
    // declaration is never exported without a word either.
    void draftsAndStrict()
    {
        const QString db = workspace();
        const QString html = m_dir.filePath(u"declaration.html"_s);
        QFile::remove(html);
        const auto strict
            = cli(db, { u"cookies"_s, u"--format"_s, u"html"_s, u"--strict"_s, u"--output"_s, html }, m_dir.path());
        QCOMPARE(strict.code, 3);
        QVERIFY2(strict.errText().contains(u"refused (--strict): 3 declared cookies are drafts"_s),
            qPrintable(strict.errText()));
        for (const char *line : { "_ga (missing purpose in Bokmål)", "consent (missing purpose in Bokmål)",
                 "sid (missing purpose in Bokmål)" })
            QVERIFY2(strict.errText().contains(QString::fromUtf8(line)), line);
        QVERIFY(!QFile::exists(html));
        QVERIFY(strict.out.isEmpty());

        const auto lenient = cli(db, { u"cookies"_s, u"--format"_s, u"html"_s, u"--lang"_s, u"nb"_s }, m_dir.path());
        QCOMPARE(lenient.code, 0);
        QVERIFY2(lenient.errText().startsWith(u"advarsel: 3 erklærte informasjonskapsler er utkast"_s),
            qPrintable(lenient.errText()));
        QVERIFY(!lenient.outText().contains(u">_ga<"_s));
        QVERIFY(!lenient.outText().contains(u"Purpose"_s)); // the English text is not in the Bokmål declaration

        const auto table = cli(db, { u"cookies"_s }, m_dir.path());
        QCOMPARE(table.code, 0);
        QVERIFY2(table.outText().contains(u"_ga (draft)"_s), qPrintable(table.outText()));
        QVERIFY(table.outText().contains(u"Drafts, left out of the published declaration until complete:\n  "
                                         "_ga (missing purpose in Bokmål)"_s));
        const auto csv = cli(db, { u"cookies"_s, u"--format"_s, u"csv"_s }, m_dir.path());
        for (const auto &row : csvRows(csv.outText()))
            if (row.value(u"name"_s) == u"_ga")
                QCOMPARE(row.value(u"missing"_s), u"purpose_nb"_s);

        const QString empty = emptyDeclaration();
        const auto refused = cli(empty, { u"cookies"_s, u"--format"_s, u"md"_s, u"--strict"_s }, m_dir.path());
        QCOMPARE(refused.code, 3);
        QVERIFY2(refused.errText().contains(u"the declaration is empty"_s), qPrintable(refused.errText()));
        const auto warned = cli(empty, { u"cookies"_s, u"--format"_s, u"md"_s }, m_dir.path());
        QCOMPARE(warned.code, 0);
        QVERIFY2(warned.errText().contains(u"warning: the declaration is empty"_s), qPrintable(warned.errText()));
        QVERIFY(cli(empty, { u"cookies"_s, u"--help"_s }, m_dir.path()).outText().contains(u"--strict"_s));
    }

    // The demo with the real Open Cookie Database imported: each suggestion says how sure it is; MUID seen on
    // c.clarity.ms matches the database's MUID of bing.com by name only, so it is low and says why.
    void suggestionConfidence()
    {
        KAPSEL_REQUIRE_SHARED(u"open-cookie-database/open-cookie-database.csv"_s);
        const QString db = freshDatabase(u"ocd.kapsel"_s);
        QCOMPARE(cli(db, { u"demo"_s }, m_dir.path()).code, 0);
        const auto imported = cli(db,
            { u"import"_s, TestSupport::sharedData(u"open-cookie-database/open-cookie-database.csv"_s) }, m_dir.path());
        QVERIFY2(imported.code == 0, qPrintable(imported.errText()));
        const auto run = cli(db, { u"cookies"_s }, m_dir.path());
        QCOMPARE(run.code, 0);
        const QStringList lines = run.outText().split(u'\n');
        auto lineOf = [&](const QString &start) {
            for (const QString &l : lines)
                if (l.startsWith(start))
                    return l;
            return QString();
        };
        QVERIFY(lineOf(u"Name "_s).contains(u"Suggestion"_s));
        QVERIFY2(lineOf(u"MUID *"_s).contains(u"  low  "_s), qPrintable(run.outText()));
        QVERIFY2(lineOf(u"_gid *"_s).contains(u"  high  "_s), qPrintable(run.outText()));
        QVERIFY(
            run.outText().contains(u"  MUID: Only the name matches: the source describes the cookie of bing.com.\n"_s));
        QVERIFY(run.outText().contains(u"low = only the name matches, never accepted in bulk."_s));
    }

    // A declared cookie the latest scan no longer finds says so, and since when (the demo's __utmb).
    void statusPerLatestScan()
    {
        const QString db = freshDatabase(u"latest.kapsel"_s);
        QCOMPARE(cli(db, { u"demo"_s }, m_dir.path()).code, 0);
        const auto run = cli(db, { u"cookies"_s }, m_dir.path());
        QCOMPARE(run.code, 0);
        const QString text = run.outText();
        QVERIFY2(text.contains(QRegularExpression(u"\n__utmb .*Declared, no longer observed\n"_s)), qPrintable(text));
        QVERIFY(text.contains(u"\n  __utmb: no longer observed since 10/03/2025 (demo-scan-2025-03-10.har)\n"_s));
        QVERIFY(text.contains(u"4 declared and observed, 1 declared but no longer observed, 2 declared but never "
                              "observed"_s));
        const auto gone
            = cli(db, { u"cookies"_s, u"--status"_s, u"no-longer-observed"_s, u"--format"_s, u"csv"_s }, m_dir.path());
        QCOMPARE(gone.code, 0);
        const auto rows = csvRows(gone.outText());
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0].value(u"name"_s), u"__utmb"_s);
        QCOMPARE(rows[0].value(u"latest_scan"_s), u"no-longer-observed"_s);
        QCOMPARE(rows[0].value(u"missed_since"_s), u"2025-03-10T09:00:00Z"_s);
    }

    // policy-check: exit code 3 with findings, 0 without; the Bokmål implied-consent phrasings; a cookie the site's
    // scans observed is in the inventory though not declared; findings written as CSV or HTML (by the extension
    // or --format); the real company page.
    void policyCheck()
    {
        const QString db = workspace();
        const QString nb = TestSupport::writeFile(m_dir.filePath(u"policy-nb.txt"_s),
            "Informasjonskapsler\n"
            "Ved videre bruk av nettstedet godtar du at vi bruker informasjonskapsler.\n"
            "Dersom du fortsetter \xc3\xa5 bruke nettstedet, lagrer vi sid, _ga, consent og trk_uid.\n"
            "Ved \xc3\xa5 bruke v\xc3\xa5re tjenester samtykker du i dette.\n");
        const auto run = cli(db, { u"policy-check"_s, nb }, m_dir.path());
        QCOMPARE(run.code, 3);
        const QString text = run.outText();
        QVERIFY2(text.contains(u"policy-nb.txt:2: Implied consent: \u201cVed videre bruk av nettstedet godtar\u201d"_s),
            qPrintable(text));
        QVERIFY(text.contains(u"policy-nb.txt:3: Implied consent: \u201cDersom du fortsetter å bruke\u201d"_s));
        QVERIFY(text.contains(u"policy-nb.txt:4: Implied consent: \u201cVed å bruke våre tjenester samtykker\u201d"_s));
        QVERIFY2(!text.contains(u"Not in the inventory"_s), qPrintable(text)); // trk_uid is observed there
        QVERIFY(text.contains(u"3 of 3 inventory cookies are named in the text"_s));
        QVERIFY(text.contains(u"3 findings"_s));

        const QString csvPath = m_dir.filePath(u"findings.csv"_s);
        const auto csv = cli(db, { u"policy-check"_s, nb, u"--output"_s, csvPath }, m_dir.path());
        QCOMPARE(csv.code, 3);
        QFile csvFile(csvPath);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const auto rows = csvRows(QString::fromUtf8(csvFile.readAll()));
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[0].value(u"kind"_s), u"implied-consent"_s);
        QCOMPARE(rows[0].value(u"line"_s), u"2"_s);
        const QString htmlPath = m_dir.filePath(u"findings.report"_s);
        const auto html
            = cli(db, { u"policy-check"_s, nb, u"--output"_s, htmlPath, u"--format"_s, u"html"_s }, m_dir.path());
        QCOMPARE(html.code, 3);
        QFile htmlFile(htmlPath);
        QVERIFY(htmlFile.open(QIODevice::ReadOnly));
        QCOMPARE(int(htmlFile.readAll().count("<tr><th scope=\"row\">")), 3);
        const auto stdoutCsv = cli(db, { u"policy-check"_s, nb, u"--format"_s, u"csv"_s }, m_dir.path());
        QVERIFY(stdoutCsv.outText().startsWith(u"kind,kind_label,line,excerpt,message\r\n"_s));
        QCOMPARE(cli(db, { u"policy-check"_s, nb, u"--output"_s, m_dir.filePath(u"x.pdf"_s) }, m_dir.path()).code, 2);

        const QString clean = TestSupport::writeFile(
            m_dir.filePath(u"policy-clean.txt"_s), "Vi bruker sid, _ga og consent. Du velger selv.\n");
        const auto none = cli(db, { u"policy-check"_s, clean }, m_dir.path());
        QVERIFY2(none.code == 0, qPrintable(none.outText()));
        QVERIFY(none.outText().contains(u"0 findings"_s));
        QVERIFY(cli(db, { u"policy-check"_s, u"--help"_s }, m_dir.path())
                    .outText()
                    .contains(u"Exit code 3 when there are findings"_s));

        KAPSEL_REQUIRE_SHARED(u"company-cookie-page/cookies-and-privacy.txt"_s);
        const auto page
            = cli(db, { u"policy-check"_s, TestSupport::sharedData(u"company-cookie-page/cookies-and-privacy.txt"_s) },
                m_dir.path());
        QCOMPARE(page.code, 3);
        QVERIFY(page.outText().contains(u"Repealed section"_s));
    }

    void inventoryPerSite()
    {
        const QString db = workspace();
        const auto latest = cli(db, { u"cookies"_s }, m_dir.path());
        QCOMPARE(latest.code, 0);
        const QString text = latest.outText();
        QVERIFY2(text.startsWith(u"Site example.no: 1 scan,"_s), qPrintable(text));
        QVERIFY2(text.contains(u"Other sites in this workspace (--site): other.test"_s), qPrintable(text));
        QVERIFY(text.contains(u"Before consent"_s));
        QVERIFY(text.contains(u"Local storage"_s));
        QVERIFY2(text.contains(u"_ga first seen before consent on https://www.example.no/"_s), qPrintable(text));
        QVERIFY(!text.contains(u"\nx "_s));

        const auto other = cli(db, { u"cookies"_s, u"--site"_s, u"https://www.other.test/"_s }, m_dir.path());
        QCOMPARE(other.code, 0);
        QVERIFY2(other.outText().startsWith(u"Site other.test: 1 scan,"_s), qPrintable(other.outText()));
        QVERIFY(other.outText().contains(u"\nx "_s));
        for (const char *name : { "_ga", "sid", "consent", "trk_uid", "ls_key" })
            QVERIFY2(!other.outText().contains(u'\n' + QString::fromLatin1(name) + u' '), name);
        QVERIFY(!other.outText().contains(u"Before consent"_s)); // no live scan of other.test

        const auto unknown = cli(db, { u"cookies"_s, u"--site"_s, u"nowhere.test"_s }, m_dir.path());
        QCOMPARE(unknown.code, 2);
        QVERIFY2(unknown.errText().contains(u"its sites are: example.no, other.test"_s), qPrintable(unknown.errText()));
    }

    void csvAndJsonCarryTheConsentPhases()
    {
        const QString db = workspace();
        const auto csv = cli(db, { u"cookies"_s, u"--format"_s, u"csv"_s }, m_dir.path());
        QCOMPARE(csv.code, 0);
        const auto rows = csvRows(csv.outText());
        // Written out from CookieScanTest::observations(): name/kind -> before, reject, accept, phase, page.
        const QMap<QString, QStringList> truth {
            { u"sid/cookie"_s, { u"true"_s, u"true"_s, u"true"_s, u"before"_s, CookieScanTest::kHome } },
            { u"_ga/cookie"_s, { u"true"_s, u"false"_s, u"true"_s, u"before"_s, CookieScanTest::kHome } },
            { u"consent/"_s, { u"false"_s, u"false"_s, u"false"_s, u""_s, u""_s } },
            { u"mystery/cookie"_s, { u"true"_s, u"false"_s, u"false"_s, u"before"_s, CookieScanTest::kAbout } },
            { u"trk_uid/cookie"_s, { u"false"_s, u"true"_s, u"false"_s, u"reject"_s, CookieScanTest::kHome } },
            { u"ls_key/localStorage"_s, { u"false"_s, u"true"_s, u"false"_s, u"reject"_s, CookieScanTest::kHome } },
            { u"cart/sessionStorage"_s, { u"false"_s, u"false"_s, u"true"_s, u"accept"_s, CookieScanTest::kAbout } },
        };
        QCOMPARE(rows.size(), truth.size());
        for (const auto &row : rows) {
            const QString key = row.value(u"name"_s) + u'/' + row.value(u"kind"_s);
            QVERIFY2(truth.contains(key), qPrintable(key));
            QCOMPARE((QStringList { row.value(u"before_consent"_s), row.value(u"after_reject"_s),
                         row.value(u"after_accept"_s), row.value(u"first_phase"_s), row.value(u"first_page"_s) }),
                truth[key]);
        }
        const auto json = cli(db, { u"cookies"_s, u"--format"_s, u"json"_s }, m_dir.path());
        QCOMPARE(json.code, 0);
        bool sawGa = false;
        for (const QJsonValue &v : QJsonDocument::fromJson(json.out).object().value(u"cookies"_s).toArray()) {
            const QJsonObject o = v.toObject();
            if (o.value(u"name"_s).toString() != u"_ga")
                continue;
            sawGa = true;
            QCOMPARE(o.value(u"before_consent"_s), QJsonValue(true));
            QCOMPARE(o.value(u"after_reject"_s), QJsonValue(false));
            QCOMPARE(o.value(u"after_accept"_s), QJsonValue(true));
            QCOMPARE(o.value(u"first_page"_s).toString(), CookieScanTest::kHome);
        }
        QVERIFY(sawGa);
        // A site without a live scan: the columns are empty, not "false".
        const auto other
            = cli(db, { u"cookies"_s, u"--format"_s, u"csv"_s, u"--site"_s, u"other.test"_s }, m_dir.path());
        const auto otherRows = csvRows(other.outText());
        QCOMPARE(otherRows.size(), 1);
        QCOMPARE(otherRows[0].value(u"before_consent"_s), u""_s);
    }

    void findingsAndTheirExitCode()
    {
        const QString db = workspace();
        const auto table = cli(db, { u"cookies"_s, u"findings"_s }, m_dir.path());
        QCOMPARE(table.code, 3);
        const QString text = table.outText();
        QVERIFY2(text.contains(u"11 findings"_s), qPrintable(text));
        QVERIFY2(text.contains(u"[high] No reject button: No reject button on the first layer: refusal is not as "
                               "easy as acceptance"_s),
            qPrintable(text));
        QVERIFY2(text.contains(u"evidence: before consent; page https://www.example.no/; set by "
                               "https://www.googletagmanager.com/gtag/js?id=G-1 (initiator https://www.example.no/)"_s),
            qPrintable(text));

        const auto csv = cli(db, { u"cookies"_s, u"findings"_s, u"--format"_s, u"csv"_s }, m_dir.path());
        QCOMPARE(csv.code, 3);
        const auto rows = csvRows(csv.outText());
        QCOMPARE(rows.size(), 11);
        QCOMPARE(rows[0].value(u"severity"_s), u"high"_s);
        QCOMPARE(rows[0].value(u"kind"_s), u"before-consent"_s);
        QCOMPARE(rows[0].value(u"name"_s), u"_ga"_s);
        QCOMPARE(rows[0].value(u"phase"_s), u"before"_s);

        const auto json = cli(db, { u"cookies"_s, u"findings"_s, u"--format"_s, u"json"_s }, m_dir.path());
        QCOMPARE(json.code, 3);
        const QJsonObject root = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(root.value(u"site"_s).toString(), u"example.no"_s);
        QCOMPARE(root.value(u"findings"_s).toArray().size(), 11);

        const auto nb = cli(db, { u"cookies"_s, u"findings"_s, u"--lang"_s, u"nb"_s }, m_dir.path());
        QCOMPARE(nb.code, 3);
        QVERIFY2(nb.outText().contains(u"Ingen avvis-knapp på første nivå"_s), qPrintable(nb.outText()));

        // other.test: its one cookie is declared necessary there; the example site's declaration is not its.
        const auto quiet = cli(db, { u"cookies"_s, u"findings"_s, u"--site"_s, u"other.test"_s }, m_dir.path());
        QVERIFY2(quiet.code == 0, qPrintable(quiet.outText()));
        QVERIFY(quiet.outText().contains(u"0 findings"_s));

        const auto help = cli(db, { u"cookies"_s, u"findings"_s, u"--help"_s }, m_dir.path());
        QCOMPARE(help.code, 0);
        QVERIFY(help.outText().contains(u"Exit code 3 when there are findings"_s));
        QVERIFY(cli(db, { u"cookies"_s, u"--help"_s }, m_dir.path()).outText().contains(u"--site"_s));
    }
};

QTEST_GUILESS_MAIN(TestCookieCli)
#include "test_cookiecli.moc"
