// SPDX-License-Identifier: GPL-3.0-or-later
// The cookie importers on the real samples, on our fixtures and on hostile input, through ImportService
// (sniffing, one transaction, FILE:LINE errors).
#include "testsupport.h"

#include "cookies/cookieknowledge.h"
#include "cookies/cookieregister.h"
#include "core/language.h"
#include "workspace/importservice.h"
#include "workspace/workspace.h"

#include <QFile>
#include <QSet>

using namespace Qt::StringLiterals;

class TestCookieImporters : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;

    std::shared_ptr<Workspace> freshWorkspace(QString *path = nullptr)
    {
        const QString p = m_dir.filePath(u"ws%1.kapsel"_s.arg(++m_n));
        auto ws = Workspace::open(p);
        if (!ws)
            qFatal("cannot open workspace");
        if (path)
            *path = p;
        return *ws;
    }

    static QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
    {
        const QString p = dir.filePath(name);
        QFile f(p);
        f.open(QIODevice::WriteOnly);
        f.write(bytes);
        return p;
    }

    static QSet<QString> names(const std::vector<ScanObservation> &obs)
    {
        QSet<QString> s;
        for (const auto &o : obs)
            s.insert(o.cookie.name);
        return s;
    }

private slots:
    void initTestCase()
    {
        Language::apply(u"en"_s);
        QVERIFY(m_dir.isValid());
    }

    void har_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("cookies");
        QTest::addColumn<QStringList>("mustHave");
        // Counts computed independently with Python (json module): distinct (name, Set-Cookie Domain or
        // request host, Path) over response Set-Cookie header lines split on '\n' plus response.cookies
        // not already in a header, plus request Cookie-header / request.cookies names whose registrable
        // domain (last two labels) no response set; see the cookie helper's report for the script.
        QTest::newRow("mousel (Set-Cookie with two cookies in one value)")
            << u"har-pagexray/mousel.lu.har"_s << 8
            << QStringList { u"PHPSESSID"_s, u"JSESSIONID"_s, u"__utma"_s, u"__utmz"_s,
                   u"BIGipServerPOOL-www.brasseriedeluxembourg.lu"_s };
        QTest::newRow("aftonbladet (response.cookies empty)")
            << u"har-pagexray/aftonbladet.se.har"_s << 36 << QStringList { u"__utma"_s, u"_ga"_s, u"s_vi"_s };
        QTest::newRow("arcelormittal") << u"har-pagexray/arcelormittal.com.har"_s << 14
                                       << QStringList { u"ASP.NET_SessionId"_s, u"AWSELB"_s };
        QTest::newRow("spdy-firefox (cookies with name and value only)")
            << u"har-pagexray/spdy-firefox.har"_s << 5 << QStringList { u"GeoIP"_s, u"WMF-Last-Access"_s };
    }

    void har()
    {
        QFETCH(QString, file);
        QFETCH(int, cookies);
        QFETCH(QStringList, mustHave);
        KAPSEL_REQUIRE_SHARED(file);
        QString path;
        auto ws = freshWorkspace(&path);
        auto r = ImportService::importFile(path, TestSupport::sharedData(file), {});
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QCOMPARE(r->format, u"har"_s);
        CookieRegister &inv = ws->cookies();
        auto obs = inv.observations();
        QVERIFY(obs.ok());
        QCOMPARE(int(obs->size()), cookies);
        const QSet<QString> seen = names(*obs);
        for (const QString &n : mustHave)
            QVERIFY2(seen.contains(n), qPrintable(n));
        auto scans = inv.scans();
        QCOMPARE(int(scans->size()), 1);
    }

    void harDetailsAndNoValues()
    {
        KAPSEL_REQUIRE_SHARED(u"har-pagexray/mousel.lu.har"_s);
        QString path;
        auto ws = freshWorkspace(&path);
        QVERIFY(ImportService::importFile(path, TestSupport::sharedData(u"har-pagexray/mousel.lu.har"_s), {}).ok());
        auto obs = ws->cookies().observations();
        bool sawUtma = false, sawJsession = false;
        for (const auto &o : *obs) {
            if (o.cookie.name == u"__utma") {
                sawUtma = true;
                QCOMPARE(o.cookie.via, u"script"_s); // only in request Cookie headers
                QCOMPARE(o.cookie.party, u"first"_s);
            }
            if (o.cookie.name == u"JSESSIONID") {
                sawJsession = true;
                QCOMPARE(o.cookie.via, u"set-cookie"_s);
            }
        }
        QVERIFY(sawUtma && sawJsession);
        // The PHPSESSID value in the sample must not reach the workspace file.
        ws.reset();
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray all = f.readAll();
        QFile wal(path + u"-wal"_s);
        if (wal.open(QIODevice::ReadOnly))
            all += wal.readAll();
        QVERIFY(!all.contains("0sq90dqt0uonnasahl67ikosd0"));
    }

    void setCookieParsing()
    {
        KAPSEL_REQUIRE_SHARED(u"har-pagexray/aftonbladet.se.har"_s);
        QString path;
        auto ws = freshWorkspace(&path);
        QVERIFY(
            ImportService::importFile(path, TestSupport::sharedData(u"har-pagexray/aftonbladet.se.har"_s), {}).ok());
        auto obs = ws->cookies().observations();
        int withExpiry = 0;
        for (const auto &o : *obs)
            if (o.cookie.retentionSeconds && *o.cookie.retentionSeconds > 0)
                ++withExpiry;
        QVERIFY(withExpiry > 0); // Expires parsed from raw Set-Cookie headers
    }

    // An expiry beyond any calendar is unknown, not a number converted with undefined behaviour (the fuzz
    // dictionary's 1e300; tests/fuzz/importer-wec-inspection/reproducers).
    void wecInspectionExpiryBeyondAnyCalendar()
    {
        QString path;
        auto ws = freshWorkspace(&path);
        QTemporaryDir dir;
        const QString file = dir.filePath(u"inspection.json"_s);
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"uri_ins\": \"https://a.no/\", \"start_time\": \"2024-03-20T10:15:00.000Z\", \"cookies\": ["
                "{\"name\": \"x\", \"domain\": \"a.no\", \"expires\": 1e300},"
                "{\"name\": \"y\", \"domain\": \"a.no\", \"expires\": 1742465700}]}");
        f.close();
        auto r = ImportService::importFile(path, file, {});
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        auto obs = ws->cookies().observations();
        QCOMPARE(int(obs->size()), 2);
        for (const auto &o : *obs) {
            if (o.cookie.name == u"x")
                QVERIFY(!o.cookie.retentionSeconds);
            else // 2024-03-20T10:15:00Z to 2025-03-20T10:15:00Z (`date -u -d @1742465700`)
                QCOMPARE(o.cookie.retentionSeconds, std::optional<qint64>(365 * 86400));
        }
    }

    void wecInspection()
    {
        KAPSEL_REQUIRE_SHARED(u"edps-website-evidence-collector/inspection.json"_s);
        QString path;
        auto ws = freshWorkspace(&path);
        auto r = ImportService::importFile(
            path, TestSupport::sharedData(u"edps-website-evidence-collector/inspection.json"_s), {});
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QCOMPARE(r->format, u"wec-inspection"_s);
        auto obs = ws->cookies().observations();
        // python: len(json.load(f)['cookies']) == 6; names below from the same list.
        QCOMPARE(int(obs->size()), 6);
        QCOMPARE(names(*obs),
            (QSet<QString> {
                u"VISITOR_PRIVACY_METADATA"_s, u"VISITOR_INFO1_LIVE"_s, u"foo"_s, u"foo2"_s, u"YSC"_s, u"PREF"_s }));
        for (const auto &o : *obs) {
            if (o.cookie.name == u"foo")
                QCOMPARE(o.cookie.via, u"script"_s);
            if (o.cookie.name == u"VISITOR_PRIVACY_METADATA") {
                QCOMPARE(o.cookie.party, u"third"_s);
                QVERIFY(o.cookie.retentionSeconds);
                QVERIFY(qAbs(*o.cookie.retentionSeconds - 180 * 86400) < 86400); // expiresDays: 180
                QCOMPARE(o.cookie.httpOnly, std::optional<bool>(true));
                // python: 'partitionKey' in cookie; log.location; log.stack[0].fileName
                QCOMPARE(o.cookie.partitioned, std::optional<bool>(true));
                QCOMPARE(o.cookie.page, u"http://localhost:8000/testpage.html"_s);
                QCOMPARE(o.cookie.setBy, u"https://www.youtube.com/embed/doEqUhFiQS4"_s);
            }
            if (o.cookie.name == u"PREF")
                QCOMPARE(o.cookie.partitioned, std::optional<bool>(false));
            QCOMPARE(o.cookie.kind, u"cookie"_s);
            QCOMPARE(o.cookie.phase, u""_s); // a file, not a live scan
        }
    }

    void openCookieDatabase()
    {
        KAPSEL_REQUIRE_SHARED(u"open-cookie-database/open-cookie-database.csv"_s);
        QString path;
        auto ws = freshWorkspace(&path);
        auto r = ImportService::importFile(
            path, TestSupport::sharedData(u"open-cookie-database/open-cookie-database.csv"_s), {});
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QCOMPARE(r->format, u"open-cookie-database"_s);
        auto kb = ws->cookies().importedKnowledge();
        // python csv module: 2264 records, 260 with Wildcard match == '1'.
        QCOMPARE(int(kb->size()), 2264);
        QCOMPARE(int(std::count_if(kb->begin(), kb->end(), [](const KnowledgeEntry &e) { return e.isPrefix; })), 260);
        const CookieKnowledge knowledge(std::move(*kb));
        // A name only the database knows.
        const KnowledgeEntry *td = knowledge.lookup(u"CookieConsentBulkTicket"_s, u"cookiebot.com"_s);
        QVERIFY(td);
        QCOMPARE(td->source, u"ocd"_s);
        QCOMPARE(td->supplier, u"Cookiebot"_s);
        // A wildcard row matches by prefix.
        const KnowledgeEntry *bulk = knowledge.lookup(u"CookieConsentBulkSetting-42"_s);
        QVERIFY(bulk);
        QVERIFY(bulk->isPrefix);
        // Built-in entries (with Bokmål) win over the database for the same name.
        QCOMPARE(knowledge.lookup(u"_ga"_s)->source, u"builtin"_s);
    }

    void declarationCsv()
    {
        QString path;
        auto ws = freshWorkspace(&path);
        auto r = ImportService::importFile(path, TestSupport::testData(u"cookies/declaration.csv"_s), {});
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QCOMPARE(r->format, u"cookie-csv"_s);
        auto declared = ws->cookies().declared();
        QCOMPARE(int(declared->size()), 8); // 9 lines minus the header
        for (const DeclaredCookie &d : *declared) {
            QVERIFY(!d.purposeEn.isEmpty());
            QVERIFY2(d.category == u"statistics" || d.category == u"necessary", qPrintable(d.category));
            QCOMPARE(d.party, u"first"_s);
        }
        QVERIFY(ws->cookies().observations()->empty());
    }

    void observedCsv()
    {
        QString path;
        auto ws = freshWorkspace(&path);
        auto r = ImportService::importFile(path, TestSupport::testData(u"cookies/observed.csv"_s), {});
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        auto obs = ws->cookies().observations();
        QCOMPARE(int(obs->size()), 4);
        for (const auto &o : *obs) {
            if (o.cookie.name == u"__utma") {
                QCOMPARE(o.cookie.domain, u"kredinor.no"_s); // leading dot dropped
                // Expires two years on; browsers keep a cookie 400 days at most (RFC 6265bis), so does Kapsel.
                QCOMPARE(*o.cookie.retentionSeconds, qint64(400) * 86400);
            }
            if (o.cookie.name == u"PHPSESSID")
                QVERIFY(o.cookie.session);
        }
    }

    // Item 9: expiry and retention texts are parsed with regular expressions; 60,000 digits, blanks, '='
    // or '-' (fields stay under 64 KiB) are read in linear time and give no lifetime.
    void pathologicalExpiries()
    {
        constexpr int n = 60000;
        const QList<QByteArray> expiries { QByteArray(n, '7'), "1 Jan 2024" + QByteArray(n, ' ') + "x",
            "12" + QByteArray(n, ' ') + "x", QByteArray(n, '='), QByteArray(n, '-') };
        QByteArray csv = "name,domain,path,expires,httponly,secure,samesite,first_seen\n";
        for (int i = 0; i < expiries.size(); ++i)
            csv += "c" + QByteArray::number(i) + ",example.no,/," + expiries[i]
                + ",false,false,,2025-04-01T10:00:00Z\n";
        QString path;
        auto ws = freshWorkspace(&path);
        auto r = ImportService::importFile(path, write(m_dir, u"long-expiries.csv"_s, csv), {});
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        auto obs = ws->cookies().observations();
        QCOMPARE(int(obs->size()), int(expiries.size()));
        for (const auto &o : *obs)
            QVERIFY2(!o.cookie.retentionSeconds && !o.cookie.session, qPrintable(o.cookie.name));
    }

    void firefox()
    {
        QString path;
        auto ws = freshWorkspace(&path);
        const QString fixture = TestSupport::testData(u"cookies/cookies.sqlite"_s);
        const QByteArray before = [&] {
            QFile f(fixture);
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }();
        ImportOptions opt;
        opt.sourceName = u"www.kredinor.no"_s;
        auto r = ImportService::importFile(path, fixture, opt);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QCOMPARE(r->format, u"firefox-cookies"_s);
        auto obs = ws->cookies().observations();
        QCOMPARE(int(obs->size()), 4); // the fixture's four rows (tests/data/cookies, written with python sqlite3)
        for (const auto &o : *obs) {
            if (o.cookie.name == u"nmstat") // expiry stored in milliseconds by newer Firefox
                QCOMPARE(*o.cookie.retentionSeconds, qint64(400) * 86400); // 1000 days, clamped as browsers do
            if (o.cookie.name == u"fr")
                QCOMPARE(o.cookie.party, u"third"_s);
            if (o.cookie.name == u"PHPSESSID") {
                QVERIFY(o.cookie.session);
                QCOMPARE(o.cookie.sameSite, u"Lax"_s);
            }
        }
        // Read-only: the browser's file is untouched; its values are not in the workspace.
        QFile f(fixture);
        f.open(QIODevice::ReadOnly);
        QCOMPARE(f.readAll(), before);
        ws.reset();
        QFile w(path);
        w.open(QIODevice::ReadOnly);
        QByteArray all = w.readAll();
        QFile wal(path + u"-wal"_s);
        if (wal.open(QIODevice::ReadOnly))
            all += wal.readAll();
        QVERIFY(!all.contains("SECRETVALUE"));
    }

    void emptyScanIsAScan()
    {
        // A page load that sets no cookie is still a scan (the next comparison shows every cookie as gone).
        QTemporaryDir dir;
        const QString file = write(dir, u"nocookies.har"_s,
            "{\"log\": {\"version\": \"1.2\", \"creator\": {\"name\": \"t\"}, \"entries\": ["
            "{\"startedDateTime\": \"2025-01-01T10:00:00.000Z\", \"request\": {\"url\": \"https://a.no/\"},"
            " \"response\": {\"status\": 200, \"headers\": []}}]}}");
        QString path;
        auto ws = freshWorkspace(&path);
        auto r = ImportService::importFile(path, file, {});
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        auto scans = ws->cookies().scans();
        QCOMPARE(int(scans->size()), 1);
        QCOMPARE(scans->front().site, u"a.no"_s);
        QCOMPARE(scans->front().cookies, 0);
    }

    void partiesByPublicSuffix()
    {
        // foo.github.io and bar.github.io are two sites (github.io is on the public suffix list); a host under
        // foo.github.io is the same site.
        QTemporaryDir dir;
        const QString file = write(dir, u"github.har"_s,
            "{\"log\": {\"version\": \"1.2\", \"creator\": {\"name\": \"t\"}, \"entries\": ["
            "{\"startedDateTime\": \"2025-01-01T10:00:00.000Z\", \"request\": {\"url\": \"https://foo.github.io/\"},"
            " \"response\": {\"status\": 200, \"content\": {\"mimeType\": \"text/html\"},"
            " \"headers\": [{\"name\": \"Set-Cookie\", \"value\": \"own=1\"}]}},"
            "{\"startedDateTime\": \"2025-01-01T10:00:01.000Z\", \"request\": {\"url\": "
            "\"https://cdn.foo.github.io/a.js\"},"
            " \"response\": {\"status\": 200, \"headers\": [{\"name\": \"Set-Cookie\", \"value\": \"cdn=1\"}]}},"
            "{\"startedDateTime\": \"2025-01-01T10:00:02.000Z\", \"request\": {\"url\": "
            "\"https://bar.github.io/t.gif\"},"
            " \"response\": {\"status\": 200, \"headers\": [{\"name\": \"Set-Cookie\", \"value\": \"other=1\"}]}}"
            "]}}");
        QString path;
        auto ws = freshWorkspace(&path);
        auto r = ImportService::importFile(path, file, {});
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        const auto obs = ws->cookies().observations();
        QVERIFY(obs.ok());
        QHash<QString, QString> parties;
        for (const auto &o : *obs)
            parties.insert(o.cookie.name, o.cookie.party);
        QCOMPARE(parties,
            (QHash<QString, QString> {
                { u"own"_s, u"first"_s }, { u"cdn"_s, u"first"_s }, { u"other"_s, u"third"_s } }));
    }

    void sameContentTwice()
    {
        QString path;
        auto ws = freshWorkspace(&path);
        QVERIFY(ImportService::importFile(path, TestSupport::testData(u"cookies/observed.csv"_s), {}).ok());
        auto again = ImportService::importFile(path, TestSupport::testData(u"cookies/observed.csv"_s), {});
        QVERIFY(!again.ok());
        QCOMPARE(int(ws->cookies().scans()->size()), 1);
    }

    void hostile_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("format");
        QTest::addColumn<int>("line"); // expected line of the error; -1 = any
        QByteArray garbage;
        for (int i = 0; i < 4096; ++i)
            garbage += char((i * 7919 + 13) % 256);
        const QByteArray har = "{\n \"log\": {\n  \"version\": \"1.2\",\n  \"creator\": {},\n  \"entries\": [\n   "
                               "{\"request\": {\"url\": \"http://a.example/\"";
        QTest::newRow("binary as HAR") << garbage << u"har"_s << -1;
        QTest::newRow("binary as CSV") << garbage << u"cookie-csv"_s << -1;
        QTest::newRow("binary as OCD") << garbage << u"open-cookie-database"_s << 1;
        QTest::newRow("binary as inspection") << garbage << u"wec-inspection"_s << -1;
        QTest::newRow("binary as cookies.sqlite") << garbage << u"firefox-cookies"_s << 0;
        QTest::newRow("truncated HAR") << har << u""_s << 6;
        QTest::newRow("HAR without entries")
            << QByteArray("{\"log\": {\"version\": \"1.2\", \"creator\": {}, \"entries\": 3}}") << u"har"_s << 1;
        QByteArray utf16;
        for (char ch : QByteArray("{\"log\": {\"version\": \"1.2\", \"creator\": {}, \"entries\": []}}"))
            utf16 += QByteArray(1, ch) + QByteArray(1, '\0');
        QTest::newRow("HAR in UTF-16") << utf16 << u"har"_s << 1;
        QTest::newRow("inspection truncated")
            << QByteArray("{\n\"uri_ins\": \"http://a.no/\",\n\"cookies\": [\n{\"name\": \"x\"") << u""_s << 4;
        QTest::newRow("CSV in Latin-1") << QByteArray(
            "name,domain,category,purpose\nx,a.no,statistics,ok\ny,a.no,statistics,for\xe5l\n")
                                        << u""_s << 3;
        QTest::newRow("CSV unterminated quote")
            << QByteArray("name,domain,category,purpose\nx,a.no,statistics,\"never closed\n") << u""_s << 2;
        QTest::newRow("CSV huge line") << (QByteArray("name,domain,category,purpose\nx,a.no,statistics,")
            + QByteArray(3 << 20, 'a')) << u""_s
                                       << 2;
        QTest::newRow("OCD wrong column count") << QByteArray(
            "ID,Platform,Category,Cookie / Data Key name,Domain,Description,Retention period,Data Controller,"
            "User Privacy & GDPR Rights Portals,Wildcard match\n1,a,Analytics,x,,d,1 year,c,u,0\n2,a,Analytics\n")
                                                << u""_s << 3;
    }

    void hostile()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, format);
        QFETCH(int, line);
        QTemporaryDir dir;
        const QString file = write(dir, u"hostile.dat"_s, bytes);
        QString path;
        auto ws = freshWorkspace(&path);
        ImportOptions opt;
        opt.forcedFormat = format;
        auto r = ImportService::importFile(path, file, opt);
        QVERIFY(!r.ok());
        const Error e = r.error();
        QVERIFY2(e.toString().startsWith(u"hostile.dat"_s), qPrintable(e.toString()));
        if (line >= 0)
            QVERIFY2(e.line == line, qPrintable(e.toString()));
        // Nothing stored.
        CookieRegister &inv = ws->cookies();
        QVERIFY(inv.declared()->empty());
        QVERIFY(inv.observations()->empty());
        QVERIFY(inv.scans()->empty());
        QVERIFY(inv.importedKnowledge()->empty());
    }

    void emptyFile()
    {
        QTemporaryDir dir;
        QString path;
        auto ws = freshWorkspace(&path);
        auto r = ImportService::importFile(path, write(dir, u"empty.har"_s, {}), {});
        QVERIFY(!r.ok());
        QVERIFY(ws->cookies().scans()->empty());
    }
};

QTEST_GUILESS_MAIN(TestCookieImporters)
#include "test_cookieimporters.moc"
