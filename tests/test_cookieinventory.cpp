// SPDX-License-Identifier: GPL-3.0-or-later
// Reconciliation, scan diff, the demo's cookies, declaration export and the policy-text check.
#include "cookiescantestsupport.h"
#include "testsupport.h"

#include "cookies/cookiedeclaration.h"
#include "cookies/cookiereconciler.h"
#include "cookies/cookieregister.h"
#include "cookies/cookiescandiff.h"
#include "cookies/cookiesites.h"
#include "cookies/policycheck.h"
#include "core/language.h"
#include "demo/demodata.h"
#include "workspace/importservice.h"
#include "workspace/workspace.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>

using namespace Qt::StringLiterals;
using CookieText::Lang;
using CookieStatus = CookieText::Status;

namespace {

ScanObservation obs(const QString &name, const QString &domain, std::optional<qint64> retentionDays,
    const QString &party = u"first"_s, std::optional<bool> secure = std::nullopt)
{
    ScanObservation o;
    o.scanId = 1;
    o.source = u"scan.har"_s;
    o.cookie.name = name;
    o.cookie.domain = domain;
    o.cookie.session = !retentionDays;
    if (retentionDays)
        o.cookie.retentionSeconds = *retentionDays * 86400;
    o.cookie.party = party;
    o.cookie.secure = secure;
    return o;
}

DeclaredCookie decl(qint64 id, const QString &name, const QString &retention, const QString &category = u"statistics"_s,
    const QString &party = u"first"_s)
{
    DeclaredCookie d;
    d.id = id;
    d.name = name;
    d.domain = u"example.no"_s;
    d.category = category;
    d.retention = retention;
    d.party = party;
    d.purposeEn = u"Purpose of %1"_s.arg(name);
    d.supplier = u"Supplier"_s;
    return d;
}

const CookieRow *find(const std::vector<CookieRow> &rows, const QString &name)
{
    for (const CookieRow &r : rows)
        if (r.declared.name == name)
            return &r;
    return nullptr;
}

} // namespace

class TestCookieInventory : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    std::shared_ptr<Workspace> demo(QString *pathOut = nullptr)
    {
        static int n = 0;
        const QString path = m_dir.filePath(u"demo%1.kapsel"_s.arg(++n));
        auto ws = Workspace::open(path);
        if (!ws)
            qFatal("workspace");
        if (Status s = DemoData::writeCookies(**ws))
            qFatal("%s", qPrintable(s->toString()));
        if (pathOut)
            *pathOut = path;
        return *ws;
    }

private slots:
    void initTestCase() { Language::apply(u"en"_s); }

    void retention_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("seconds"); // -1 = not understood
        QTest::newRow("2 years") << u"2 years"_s << qint64(2 * 365 * 86400);
        QTest::newRow("session") << u"Session"_s << qint64(0);
        QTest::newRow("økt") << u"økt"_s << qint64(0);
        QTest::newRow("30 minutes") << u"30 minutes"_s << qint64(1800);
        QTest::newRow("13 måneder") << u"13 måneder"_s << qint64(13 * 30 * 86400);
        QTest::newRow("24 timer") << u"24 timer"_s << qint64(86400);
        QTest::newRow("1000 days") << u"1000 days"_s << qint64(1000 * 86400);
        QTest::newRow("nonsense") << u"forever-ish"_s << qint64(-1);
    }
    void retention()
    {
        QFETCH(QString, text);
        QFETCH(qint64, seconds);
        const auto r = CookieText::parseRetention(text);
        QCOMPARE(r.value_or(-1), seconds);
    }

    void formatRetention()
    {
        QCOMPARE(CookieText::formatRetention(qint64(730) * 86400, false, Lang::En), u"2 years"_s);
        QCOMPARE(CookieText::formatRetention(qint64(1800), false, Lang::En), u"30 minutes"_s);
        QCOMPARE(CookieText::formatRetention(std::nullopt, true, Lang::En), u"session"_s);
        QCOMPARE(CookieText::formatRetention(qint64(86400), false, Lang::En), u"1 day"_s);
        // Expiry set a moment after the page load still reads as the round period.
        QCOMPARE(CookieText::formatRetention(qint64(180) * 86400 - 2, false, Lang::En), u"6 months"_s);
        QCOMPARE(CookieText::formatRetention(qint64(1000) * 86400, false, Lang::En), u"1000 days"_s);
        QCOMPARE(CookieText::formatRetention(qint64(390) * 86400, false, Lang::Nb), u"13 måneder"_s);
    }

    void reconcileStatuses()
    {
        const std::vector<DeclaredCookie> declared {
            decl(1, u"__utma"_s, u"2 years"_s), // observed as declared
            decl(2, u"nmstat"_s, u"1 year"_s), // observed 1000 days: differs
            decl(3, u"szcookiechoice"_s, u"1 year"_s), // never observed
            decl(4, u"_ga_*"_s, u"2 years"_s), // wildcard declaration
            decl(5, u"sess"_s, u"session"_s, u"necessary"_s, u"first"_s), // set by a third party: differs
        };
        const std::vector<ScanObservation> observed {
            obs(u"__utma"_s, u"www.example.no"_s, 730),
            obs(u"nmstat"_s, u"example.no"_s, 1000),
            obs(u"_ga_ABC123"_s, u"example.no"_s, 730),
            obs(u"_gid"_s, u"example.no"_s, 1),
            obs(u"sess"_s, u"cdn.example.no"_s, std::nullopt, u"third"_s),
            obs(u"mystery"_s, u"tracker.example"_s, 10, u"third"_s),
        };
        const auto rows = CookieReconciler::reconcile(declared, observed, CookieKnowledge(), Lang::En);
        QCOMPARE(int(rows.size()), 7); // 5 declared + _gid + mystery
        QCOMPARE(find(rows, u"__utma"_s)->status, CookieStatus::Ok);
        QCOMPARE(find(rows, u"nmstat"_s)->status, CookieStatus::Differs);
        QVERIFY(find(rows, u"nmstat"_s)->differences.first().contains(u"longer than declared"_s));
        QCOMPARE(find(rows, u"szcookiechoice"_s)->status, CookieStatus::NotObserved);
        QCOMPARE(find(rows, u"_ga_*"_s)->status, CookieStatus::Ok);
        QCOMPARE(find(rows, u"sess"_s)->status, CookieStatus::Differs);
        const CookieRow *gid = find(rows, u"_gid"_s);
        QCOMPARE(gid->status, CookieStatus::Undeclared);
        // The knowledge base suggests texts for an undeclared cookie, marked as a suggestion.
        QVERIFY(gid->suggested);
        QCOMPARE(gid->declared.category, u"statistics"_s);
        QVERIFY(!gid->declared.purposeNb.isEmpty());
        const CookieRow *mystery = find(rows, u"mystery"_s);
        QCOMPARE(mystery->status, CookieStatus::Undeclared);
        QVERIFY(!mystery->suggested);
    }

    // An entry is complete only with a purpose in Bokmål and in English, a supplier, a retention and a category;
    // the others are drafts: marked, with what they lack, and never published. The Open Cookie Database's
    // English never fills the Bokmål field; the built-in Bokmål of the same tool does.
    void draftsAreNeverPublished()
    {
        DeclaredCookie complete = decl(1, u"nmstat"_s, u"1 year"_s);
        complete.purposeNb = u"Formål med nmstat"_s;
        DeclaredCookie english = decl(2, u"lang"_s, u"session"_s); // accepted from an OCD suggestion: English only
        english.purposeEn = u"Used to remember a user's language setting"_s;
        DeclaredCookie blank; // declared without a suggestion
        blank.id = 3;
        blank.name = u"mystery"_s;
        blank.category = u"unclassified"_s;
        const auto rows = CookieReconciler::reconcile({ complete, english, blank }, {}, CookieKnowledge(), Lang::En);
        QVERIFY(!find(rows, u"nmstat"_s)->isDraft());
        QCOMPARE(find(rows, u"lang"_s)->missing, QStringList { u"purpose_nb"_s });
        QCOMPARE(find(rows, u"mystery"_s)->missing,
            (QStringList { u"purpose_nb"_s, u"purpose_en"_s, u"supplier"_s, u"retention"_s, u"category"_s }));
        QCOMPARE(CookieReconciler::draftLines(rows, Lang::En),
            (QStringList { u"lang (missing purpose in Bokmål)"_s,
                u"mystery (missing purpose in Bokmål, purpose in English, supplier, retention, category)"_s }));
        QCOMPARE(CookieReconciler::draftLines(rows, Lang::Nb).first(), u"lang (mangler formål på bokmål)"_s);
        for (Lang lang : { Lang::Nb, Lang::En }) {
            const QString html = CookieDeclaration::html(rows, lang, QDate(2025, 3, 10));
            const QString md = CookieDeclaration::markdown(rows, lang, QDate(2025, 3, 10));
            QCOMPARE(int(html.count(u"<th scope=\"row\">"_s)), 1);
            for (const QString &out : { html, md }) {
                QVERIFY(out.contains(u"nmstat"_s));
                QVERIFY2(
                    !out.contains(u"lang"_s.prepend(u'>')) && !out.contains(u"remember a user"_s), qPrintable(out));
                QVERIFY(!out.contains(u"mystery"_s));
            }
            QVERIFY(!CookieDeclaration::pdf(rows, lang, QDate(2025, 3, 10)).contains("remember a user"));
        }
        // The Bokmål declaration shows the Bokmål text, never the English one in its place.
        QVERIFY(!CookieDeclaration::html(rows, Lang::Nb, QDate(2025, 3, 10)).contains(u"Purpose of nmstat"_s));
        // CSV and JSON carry every row, the drafts marked with what they lack.
        const QString csv = CookieDeclaration::csv(rows, Lang::Nb);
        QVERIFY2(csv.contains(u",true,purpose_nb,never-observed,\r\n"_s), qPrintable(csv));
        QVERIFY(!csv.contains(u"lang,example.no,statistics,Used to remember"_s)); // no English in "purpose" (nb)

        // Suggestions: the Open Cookie Database's English goes into the English field only; the Bokmål one is
        // left empty, unless the built-in knowledge has the same tool's cookie in Bokmål.
        KnowledgeEntry lang;
        lang.name = u"lang"_s;
        lang.domain = u"linkedin.com"_s;
        lang.platform = u"LinkedIn"_s;
        lang.supplier = u"LinkedIn"_s;
        lang.category = u"preferences"_s;
        lang.retention = u"session"_s;
        lang.purposeEn = u"Used to remember a user's language setting"_s;
        lang.source = u"ocd"_s;
        // YouTube's cookie, from the database without a domain: off youtube.com it beats the built-in entry, whose
        // Bokmål (the same tool's) fills the Bokmål field.
        KnowledgeEntry yt = lang;
        yt.name = u"VISITOR_INFO1_LIVE"_s;
        yt.domain.clear();
        yt.platform = u"Youtube"_s;
        yt.supplier = u"Google"_s;
        yt.purposeEn = u"Tries to estimate the users' bandwidth on pages with integrated YouTube videos."_s;
        const CookieKnowledge known({ lang, yt });
        const auto suggested = CookieReconciler::reconcile({},
            { obs(u"lang"_s, u"www.linkedin.com"_s, std::nullopt, u"third"_s),
                obs(u"VISITOR_INFO1_LIVE"_s, u"www.example.no"_s, 180) },
            known, Lang::En);
        QCOMPARE(find(suggested, u"lang"_s)->declared.purposeEn, lang.purposeEn);
        QCOMPARE(find(suggested, u"lang"_s)->declared.purposeNb, u""_s);
        QCOMPARE(find(suggested, u"VISITOR_INFO1_LIVE"_s)->declared.purposeEn, yt.purposeEn);
        QCOMPARE(find(suggested, u"VISITOR_INFO1_LIVE"_s)->declared.purposeNb,
            u"Anslår brukerens båndbredde for innebygde YouTube-videoer."_s);
    }

    // A suggestion matches on the name and the domain or supplier and says how sure it is: "lang" is LinkedIn's
    // only on LinkedIn's domain; elsewhere it is a low-confidence guess, never accepted in bulk.
    void suggestionConfidence()
    {
        using CookieText::Confidence;
        KnowledgeEntry lang;
        lang.name = u"lang"_s;
        lang.domain = u"linkedin.com"_s;
        lang.supplier = u"LinkedIn"_s;
        lang.category = u"preferences"_s;
        lang.purposeEn = u"Used to remember a user's language setting"_s;
        lang.source = u"ocd"_s;
        KnowledgeEntry anyDomain = lang; // an entry without a domain to compare with
        anyDomain.name = u"trk_uid"_s;
        anyDomain.domain.clear();
        anyDomain.supplier = u"Tracker Ltd"_s;
        KnowledgeEntry hotjar = anyDomain; // the supplier's name in the cookie's domain
        hotjar.name = u"_hjAbc"_s;
        hotjar.supplier = u"Hotjar"_s;
        const CookieKnowledge known({ lang, anyDomain, hotjar });
        const auto rows = CookieReconciler::reconcile({},
            { obs(u"lang"_s, u"www.example.no"_s, std::nullopt), obs(u"_ga"_s, u"example.no"_s, 730),
                obs(u"_ga_ABC123"_s, u"example.no"_s, 730), obs(u"trk_uid"_s, u"tracker.test"_s, 30, u"third"_s),
                obs(u"fr"_s, u"example.no"_s, 90), obs(u"_hjAbc"_s, u"script.hotjar.com"_s, 1, u"third"_s) },
            known, Lang::En);
        const auto other = CookieReconciler::reconcile({},
            { obs(u"lang"_s, u"www.linkedin.com"_s, std::nullopt, u"third"_s),
                obs(u"fr"_s, u".facebook.com"_s, 90, u"third"_s) },
            known, Lang::En);
        QCOMPARE(find(rows, u"lang"_s)->confidence, Confidence::Low);
        QCOMPARE(CookieReconciler::confidenceReason(*find(rows, u"lang"_s), Lang::En),
            u"Only the name matches: the source describes the cookie of linkedin.com."_s);
        QCOMPARE(find(other, u"lang"_s)->confidence, Confidence::High);
        QCOMPARE(find(rows, u"_ga"_s)->confidence, Confidence::High); // a built-in tool's own name
        QCOMPARE(find(rows, u"_ga_ABC123"_s)->confidence, Confidence::High);
        QCOMPARE(find(rows, u"trk_uid"_s)->confidence, Confidence::Medium);
        QCOMPARE(find(rows, u"_hjAbc"_s)->confidence, Confidence::High);
        QCOMPARE(find(rows, u"fr"_s)->confidence, Confidence::Low); // Facebook's "fr" lives on facebook.com
        QCOMPARE(find(other, u"fr"_s)->confidence, Confidence::High);
        QCOMPARE(CookieText::confidenceLabel(Confidence::Low, Lang::Nb), u"lav"_s);

        // Of two entries of one name, the one that does not contradict the cookie's domain wins.
        KnowledgeEntry generic = lang;
        generic.domain.clear();
        generic.supplier = u"Anyone"_s;
        generic.purposeEn = u"Language"_s;
        const CookieKnowledge both({ lang, generic });
        const auto m = both.match(u"lang"_s, u"example.no"_s);
        QCOMPARE(m.entry->purposeEn, u"Language"_s);
        QCOMPARE(m.confidence, Confidence::Medium);
        QCOMPARE(both.match(u"lang"_s, u"linkedin.com"_s).entry->purposeEn, lang.purposeEn);
        QVERIFY(!both.match(u"nothing"_s).entry);
    }

    // A cookie's status is per the site's latest scan: observed in it, no longer observed (since the first later
    // scan that missed it), or never observed; "Declared and observed" only when the latest scan found it.
    void statusPerLatestScan()
    {
        std::vector<CookieScan> scans;
        for (int i = 1; i <= 3; ++i)
            scans.push_back(
                { i, u"example.no"_s, QDateTime(QDate(2025, i, 1), QTime(12, 0), Qt::UTC), u"scan%1.har"_s.arg(i), 0 });
        auto in = [](qint64 scan, const QString &name) {
            ScanObservation o = obs(name, u"example.no"_s, 30);
            o.scanId = scan;
            o.source = u"scan%1.har"_s.arg(scan);
            return o;
        };
        const std::vector<DeclaredCookie> declared { decl(1, u"stays"_s, u"1 month"_s),
            decl(2, u"left"_s, u"1 month"_s), decl(3, u"early"_s, u"1 month"_s), decl(4, u"never"_s, u"1 month"_s) };
        const std::vector<ScanObservation> observed { in(1, u"stays"_s), in(1, u"left"_s), in(1, u"early"_s),
            in(1, u"stray"_s), in(2, u"stays"_s), in(2, u"left"_s), in(3, u"stays"_s) };
        const auto rows = CookieReconciler::reconcile(declared, observed, CookieKnowledge(), Lang::En, 0, scans);
        QCOMPARE(find(rows, u"stays"_s)->status, CookieStatus::Ok);
        QCOMPARE(CookieReconciler::presenceText(*find(rows, u"stays"_s), Lang::En), u"observed in the latest scan"_s);
        QCOMPARE(find(rows, u"left"_s)->status, CookieStatus::NoLongerObserved);
        QCOMPARE(find(rows, u"left"_s)->missedBy.id, 3);
        QCOMPARE(CookieReconciler::presenceText(*find(rows, u"left"_s), Lang::En),
            u"no longer observed since 01/03/2025 (scan3.har)"_s);
        QCOMPARE(find(rows, u"early"_s)->missedBy.id, 2); // the first later scan that missed it
        QCOMPARE(find(rows, u"never"_s)->status, CookieStatus::NotObserved);
        QCOMPARE(CookieReconciler::presenceText(*find(rows, u"never"_s), Lang::En), u"never observed"_s);
        const CookieRow *stray = find(rows, u"stray"_s); // undeclared, gone since scan 2
        QCOMPARE(stray->status, CookieStatus::Undeclared);
        QVERIFY(!stray->inLatestScan);
        QCOMPARE(stray->missedBy.id, 2);
        QCOMPARE(
            CookieText::statusLabel(CookieStatus::NoLongerObserved, Lang::Nb), u"Erklært, ikke lenger observert"_s);
        QCOMPARE(CookieText::statusFromId(u"no-longer-observed"_s), CookieStatus::NoLongerObserved);
        // CSV and JSON say it for scripts.
        const QString csv = CookieDeclaration::csv(rows, Lang::En);
        QVERIFY2(csv.contains(u",no-longer-observed,2025-03-01T12:00:00Z\r\n"_s), qPrintable(csv));
    }

    void scanDiff()
    {
        const std::vector<ScanObservation> before { obs(u"a"_s, u"x.no"_s, 30), obs(u"b"_s, u"x.no"_s, 30),
            obs(u"c"_s, u"x.no"_s, 30, u"first"_s, false) };
        const std::vector<ScanObservation> after { obs(u"a"_s, u"x.no"_s, 30),
            obs(u"c"_s, u"x.no"_s, 400, u"first"_s, true), obs(u"d"_s, u"x.no"_s, std::nullopt) };
        const auto d = CookieScanDiff::diff(before, after, Lang::En);
        QCOMPARE(int(d.size()), 3);
        QCOMPARE(d[0].kind, CookieChange::New);
        QCOMPARE(d[0].name, u"d"_s);
        QCOMPARE(d[1].kind, CookieChange::Changed);
        QCOMPARE(d[1].name, u"c"_s);
        QCOMPARE(d[1].details.size(), 2); // expiry and Secure
        QCOMPARE(d[2].kind, CookieChange::Gone);
        QCOMPARE(d[2].name, u"b"_s);
    }

    // The consent phases of each row come from the site's latest live scan only; a storage key is a row of its
    // own kind, even with the name of a cookie.
    void consentPhasesOfTheLatestLiveScan()
    {
        using namespace CookieScanTest;
        std::vector<ScanObservation> observed = asScan(observations(), 7);
        observed.push_back(
            { 7, u"scan"_s, item(u"mystery"_s, u"www.example.no"_s, ConsentPhase::Accept, kHome, u"localStorage"_s) });
        // An older live scan (3) in which mystery was set only after accept and sid never: not what the rows say.
        observed.insert(
            observed.begin(), { 3, u"old"_s, item(u"mystery"_s, u"example.no"_s, ConsentPhase::Accept, kHome) });
        std::vector<DeclaredCookie> declared = declaration();
        for (size_t i = 0; i < declared.size(); ++i)
            declared[i].id = qint64(i) + 1;
        const auto rows = CookieReconciler::reconcile(declared, observed, CookieKnowledge(), Lang::En, 7);
        struct Truth
        {
            QString name, kind;
            std::optional<bool> before, reject, accept;
            QString firstPhase, firstPage;
        };
        const Truth truths[] = {
            { u"sid"_s, u"cookie"_s, true, true, true, u"before"_s, kHome },
            { u"_ga"_s, u"cookie"_s, true, false, true, u"before"_s, kHome },
            { u"consent"_s, QString(), false, false, false, QString(), QString() },
            { u"mystery"_s, u"cookie"_s, true, false, false, u"before"_s, kAbout },
            { u"mystery"_s, u"localStorage"_s, false, false, true, u"accept"_s, kHome },
            { u"trk_uid"_s, u"cookie"_s, false, true, false, u"reject"_s, kHome },
            { u"ls_key"_s, u"localStorage"_s, false, true, false, u"reject"_s, kHome },
            { u"cart"_s, u"sessionStorage"_s, false, false, true, u"accept"_s, kAbout },
        };
        QCOMPARE(rows.size(), std::size(truths));
        for (const Truth &t : truths) {
            const auto row = std::find_if(rows.begin(), rows.end(),
                [&](const CookieRow &r) { return r.declared.name == t.name && r.kinds.value(0) == t.kind; });
            QVERIFY2(row != rows.end(), qPrintable(t.name + u' ' + t.kind));
            QCOMPARE(row->beforeConsent, t.before);
            QCOMPARE(row->afterReject, t.reject);
            QCOMPARE(row->afterAccept, t.accept);
            QCOMPARE(row->firstPhase, t.firstPhase);
            QCOMPARE(row->firstPage, t.firstPage);
        }
        // The mystery cookie's row still counts the older scan's sighting as observed; without a live scan no
        // row answers the consent questions.
        for (const CookieRow &r : CookieReconciler::reconcile(declared, observed, CookieKnowledge(), Lang::En, 0)) {
            QCOMPARE(r.beforeConsent, std::optional<bool>());
            QCOMPARE(r.afterAccept, std::optional<bool>());
            QVERIFY(r.firstPhase.isEmpty());
        }
    }

    // Two sites' HAR files are never merged: each site's inventory lists the cookies its own scan observed
    // (read back per scan from the register) and none that only the other site's scan saw. A cookie declared
    // for one of the sites is not listed in the other's; one declared for neither is listed in both.
    void inventoryIsPerSite()
    {
        KAPSEL_REQUIRE_SHARED(u"har-pagexray/aftonbladet.se.har"_s);
        KAPSEL_REQUIRE_SHARED(u"har-pagexray/mousel.lu.har"_s);
        const QString path = m_dir.filePath(u"sites.kapsel"_s);
        for (const char *har : { "har-pagexray/aftonbladet.se.har", "har-pagexray/mousel.lu.har" }) {
            auto r = ImportService::importFile(path, TestSupport::sharedData(QString::fromLatin1(har)), {});
            QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        }
        auto opened = Workspace::open(path);
        QVERIFY(opened);
        auto ws = *opened;
        DeclaredCookie own = decl(0, u"afton_only"_s, u"1 year"_s);
        own.domain = u"www.aftonbladet.se"_s;
        DeclaredCookie shared = decl(0, u"everywhere"_s, u"1 year"_s);
        QVERIFY(ws->cookies().addDeclared(own));
        QVERIFY(ws->cookies().addDeclared(shared));

        const auto scans = *ws->cookies().scans();
        QCOMPARE(scans.size(), size_t(2));
        // The mousel.lu capture (2018, it redirects to brasseriedeluxembourg.lu) is newer than aftonbladet's (2015).
        QCOMPARE(CookieSites::sites(scans), (QStringList { u"brasseriedeluxembourg.lu"_s, u"aftonbladet.se"_s }));
        QMap<QString, QSet<QString>> seenBy; // site -> names its scan observed
        for (const CookieScan &scan : scans) {
            const auto observed = ws->cookies().observations(scan.id);
            QVERIFY(observed);
            for (const ScanObservation &o : *observed)
                seenBy[CookieSites::siteOf(scan)].insert(o.cookie.name);
        }
        QVERIFY(!seenBy[u"aftonbladet.se"_s].isEmpty());
        QVERIFY(!seenBy[u"brasseriedeluxembourg.lu"_s].isEmpty());
        for (const QString &site : seenBy.keys()) {
            CookieSiteScope scope;
            const auto rows = *CookieReconciler::load(ws->cookies(), Lang::En, site, &scope);
            QCOMPARE(scope.site, site);
            QSet<QString> observedNames, declaredNames;
            for (const CookieRow &r : rows)
                (r.observed ? observedNames : declaredNames).insert(r.declared.name);
            QCOMPARE(observedNames, seenBy[site]);
            QCOMPARE(declaredNames.contains(u"everywhere"_s), true);
            QCOMPARE(declaredNames.contains(u"afton_only"_s), site == u"aftonbladet.se");
        }
        // Without a site: the latest scan's.
        CookieSiteScope latest;
        QVERIFY(CookieReconciler::load(ws->cookies(), Lang::En, {}, &latest));
        QCOMPARE(latest.site, u"brasseriedeluxembourg.lu"_s);
        QCOMPARE(*CookieSites::find(scans, u"https://www.aftonbladet.se/nyheter"_s), u"aftonbladet.se"_s);
        QVERIFY(!CookieSites::find(scans, u"example.no"_s));
    }

    // The diff is per site and follows the consent phases of two live scans: a scan of another site in between
    // changes nothing, a cookie no longer set before consent is "changed", and so is its partitioning.
    void diffPerSiteWithConsentPhases()
    {
        using namespace CookieScanTest;
        const QString path = m_dir.filePath(u"diff.kapsel"_s);
        auto ws = *Workspace::open(path);
        const QDateTime t1(QDate(2025, 3, 1), QTime(8, 0), Qt::UTC);
        auto first = observations();
        first[0].partitioned = false; // sid before consent
        QVERIFY(!storeScan(*ws, u"scan-1"_s, kSite, t1, first, events()));
        QVERIFY(!storeScan(*ws, u"scan-other"_s, u"other.test"_s, t1.addDays(1),
            { item(u"x"_s, u"other.test"_s, ConsentPhase::Before, u"https://other.test/"_s) }, {}));
        auto second = observations();
        second[0].partitioned = true;
        std::erase_if(second, [](const ObservedCookie &c) {
            return c.name == u"trk_uid" || (c.name == u"_ga" && c.phase == ConsentPhase::Before);
        });
        second.push_back(item(u"newbie"_s, u"example.no"_s, ConsentPhase::Before, kHome));
        QVERIFY(!storeScan(*ws, u"scan-2"_s, kSite, t1.addDays(2), second, events()));
        QVERIFY(!storeScan(*ws, u"scan-other-2"_s, u"other.test"_s, t1.addDays(3), {}, {}));

        CookieScan prev, cur;
        const auto diff = CookieScanDiff::latest(ws->cookies(), Lang::En, &prev, &cur, u"example.no"_s);
        QVERIFY(diff);
        QCOMPARE(prev.source, u"scan-1"_s);
        QCOMPARE(cur.source, u"scan-2"_s);
        QStringList summary;
        for (const CookieChange &c : *diff)
            summary << CookieScanDiff::kindLabel(c.kind, Lang::En) + u' ' + c.name + u": "_s + c.details.join(u"; "_s);
        QCOMPARE(summary,
            (QStringList { u"new newbie: "_s, u"changed _ga: set before consent yes → no"_s,
                u"changed sid: partitioned no → yes"_s, u"gone trk_uid: "_s }));
        const auto nb = CookieScanDiff::latest(ws->cookies(), Lang::Nb, nullptr, nullptr, u"example.no"_s);
        QCOMPARE(nb->at(1).details, QStringList { u"satt før samtykke ja → nei"_s });
        // The latest scan's site (other.test) has an empty scan after a scan with x: x is gone.
        const auto other = CookieScanDiff::latest(ws->cookies(), Lang::En);
        QCOMPARE(other->size(), size_t(1));
        QCOMPARE(other->front().name, u"x"_s);
        QCOMPARE(other->front().kind, CookieChange::Gone);
        // A file's scan has no phases: against a live scan, the phases are no change.
        auto fromFile = observations();
        for (ObservedCookie &c : fromFile)
            c.phase.clear();
        QVERIFY(CookieScanDiff::diff(asScan(fromFile), asScan(observations()), Lang::En).empty());
    }

    void demoShowsEveryStatus()
    {
        auto ws = demo();
        auto declared = ws->cookies().declared();
        QCOMPARE(int(declared->size()), 8);
        const QStringList eight { u"siteimproves"_s, u"nmstat"_s, u"szcookiechoice"_s, u"__utmz"_s, u"__utma"_s,
            u"__utmb"_s, u"__utmc"_s, u"PHPSESSID"_s };
        for (const DeclaredCookie &d : *declared) {
            QVERIFY2(eight.contains(d.name), qPrintable(d.name));
            QVERIFY(!d.purposeEn.isEmpty());
            QVERIFY(!d.purposeNb.isEmpty());
            QVERIFY(!d.supplier.isEmpty());
        }
        auto rows = CookieReconciler::load(ws->cookies(), Lang::En);
        QVERIFY(rows.ok());
        QSet<CookieStatus> seen;
        for (const CookieRow &r : *rows)
            seen.insert(r.status);
        QCOMPARE(seen,
            (QSet<CookieStatus> { CookieStatus::Ok, CookieStatus::NotObserved, CookieStatus::Undeclared,
                CookieStatus::Differs, CookieStatus::NoLongerObserved }));
        // __utmb was in the first scan only: the second, the latest, no longer finds it.
        QCOMPARE(find(*rows, u"__utmb"_s)->status, CookieStatus::NoLongerObserved);
        QCOMPARE(CookieReconciler::presenceText(*find(*rows, u"__utmb"_s), Lang::Nb),
            u"ikke lenger observert siden 10.03.2025 (demo-scan-2025-03-10.har)"_s);
        QCOMPARE(find(*rows, u"nmstat"_s)->status, CookieStatus::Differs);
        QCOMPARE(find(*rows, u"szcookiechoice"_s)->status, CookieStatus::NotObserved);

        CookieScan prev, cur;
        auto diff = CookieScanDiff::latest(ws->cookies(), Lang::En, &prev, &cur);
        QVERIFY(diff.ok());
        QVERIFY(prev.scannedAt < cur.scannedAt);
        QStringList summary;
        for (const CookieChange &c : *diff)
            summary << CookieScanDiff::kindLabel(c.kind, Lang::En) + u' ' + c.name;
        QCOMPARE(summary,
            (QStringList {
                u"new MUID"_s, u"new _clck"_s, u"new _ga_7QK2M4X9ZP"_s, u"changed PHPSESSID"_s, u"gone __utmb"_s }));
    }

    void demoIsDeterministic()
    {
        auto a = demo();
        auto b = demo();
        const auto ra = CookieDeclaration::csv(*CookieReconciler::load(a->cookies(), Lang::En), Lang::En);
        const auto rb = CookieDeclaration::csv(*CookieReconciler::load(b->cookies(), Lang::En), Lang::En);
        QCOMPARE(ra, rb);
    }

    void htmlDeclaration()
    {
        auto ws = demo();
        const auto rows = *CookieReconciler::load(ws->cookies(), Lang::En);
        const QString en = CookieDeclaration::html(rows, Lang::En, QDate(2025, 3, 10));
        QVERIFY(en.contains(u"<html lang=\"en\">"_s));
        QVERIFY(en.contains(u"<th scope=\"col\">Purpose</th>"_s));
        QVERIFY(en.contains(u"<th scope=\"row\">__utma</th>"_s));
        QVERIFY(en.contains(u"<caption>"_s));
        QVERIFY(!en.contains(u"http"_s)); // self-contained: nothing fetched
        // Only declared cookies, grouped: 2 categories among the eight.
        QCOMPARE(int(en.count(u"<h2>"_s)), 2);
        QCOMPARE(int(en.count(u"<th scope=\"row\">"_s)), 8);
        QVERIFY(!en.contains(u"_gid"_s));
        const QString nb = CookieDeclaration::html(rows, Lang::Nb, QDate(2025, 3, 10));
        QVERIFY(nb.contains(u"<html lang=\"nb\">"_s));
        QVERIFY(nb.contains(u"Måler hvor lang tid brukeren tilbringer på nettstedet."_s));
        QVERIFY2(nb.contains(u"Formål"_s), "column headers in Bokmål");
        QVERIFY(nb.contains(u"Strengt nødvendig"_s));
    }

    void markdownAndPdf()
    {
        auto ws = demo();
        const auto rows = *CookieReconciler::load(ws->cookies(), Lang::En);
        const QString md = CookieDeclaration::markdown(rows, Lang::En, QDate(2025, 3, 10));
        QVERIFY(md.startsWith(u"# Cookie declaration"_s));
        QVERIFY(md.contains(u"| PHPSESSID |"_s));
        const QByteArray pdf = CookieDeclaration::pdf(rows, Lang::Nb, QDate(2025, 3, 10));
        QVERIFY(pdf.startsWith("%PDF-1.4"));
        QVERIFY(pdf.trimmed().endsWith("%%EOF"));
        QVERIFY(pdf.contains("/WinAnsiEncoding"));
        // "Måler" in WinAnsi: å = 0xE5.
        QVERIFY(pdf.contains("M\xE5ler"));
        // The xref offsets point at the objects.
        const qsizetype xref = pdf.lastIndexOf("startxref\n");
        const qsizetype at = pdf.mid(xref + 10).split('\n').first().toLongLong();
        QVERIFY(pdf.mid(at).startsWith("xref"));
    }

    void csvNeutralisesFormulas()
    {
        DeclaredCookie d = decl(1, u"=cmd|' /C calc'!A0"_s, u"1 year"_s);
        d.purposeEn = u"+SUM(A1:A9)"_s;
        d.supplier = u"@evil"_s;
        CookieRow r;
        r.declared = d;
        const QString csv = CookieDeclaration::csv({ r }, Lang::En);
        const QStringList lines = csv.split(u"\r\n"_s);
        QVERIFY(lines[0].startsWith(u"name,domain,category,purpose,supplier,retention,party,status"_s));
        QVERIFY2(lines[1].startsWith(u"'=cmd|' /C calc'!A0,example.no,statistics,'+SUM(A1:A9),'@evil,"_s),
            qPrintable(lines[1]));
    }

    void csvRoundTrip()
    {
        // The CSV export of the demo is importable as a declaration: the eight declared cookies come back,
        // the undeclared rows are left out.
        auto ws = demo();
        const QString csv = CookieDeclaration::csv(*CookieReconciler::load(ws->cookies(), Lang::Nb), Lang::Nb);
        const QString file = m_dir.filePath(u"export.csv"_s);
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(csv.toUtf8());
        f.close();
        const QString path = m_dir.filePath(u"roundtrip.kapsel"_s);
        auto fresh = Workspace::open(path);
        auto r = ImportService::importFile(path, file, {});
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        auto back = (*fresh)->cookies().declared();
        auto orig = ws->cookies().declared();
        QCOMPARE(back->size(), orig->size());
        for (size_t i = 0; i < orig->size(); ++i) {
            QCOMPARE((*back)[i].name, (*orig)[i].name);
            QCOMPARE((*back)[i].purposeNb, (*orig)[i].purposeNb);
            QCOMPARE((*back)[i].purposeEn, (*orig)[i].purposeEn);
            QCOMPARE((*back)[i].category, (*orig)[i].category);
        }
    }

    void policyCheckCompanyPage()
    {
        KAPSEL_REQUIRE_SHARED(u"company-cookie-page/cookies-and-privacy.txt"_s);
        QFile f(TestSupport::sharedData(u"company-cookie-page/cookies-and-privacy.txt"_s));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        const QStringList eight { u"siteimproves"_s, u"nmstat"_s, u"szcookiechoice"_s, u"__utmz"_s, u"__utma"_s,
            u"__utmb"_s, u"__utmc"_s, u"PHPSESSID"_s };
        const auto result = PolicyChecker::check(text, eight, CookieKnowledge(), Lang::En);
        QStringList implied, repealed, other;
        for (const PolicyFinding &p : result.findings) {
            if (p.kind == PolicyFinding::ImpliedConsent)
                implied << p.excerpt;
            else if (p.kind == PolicyFinding::RepealedSection)
                repealed << p.excerpt;
            else
                other << p.excerpt;
        }
        QVERIFY2(implied.contains(u"By using, you consent"_s), qPrintable(implied.join(u" | "_s)));
        QVERIFY(implied.contains(u"When visiting, you consent"_s));
        QVERIFY(implied.contains(u"browsers are set up to automatically accept cookies"_s));
        QCOMPARE(repealed, QStringList { u"Section 2-7b"_s });
        // All eight named although glued to the next word ("siteimprovesCollects", "PHPSESSIDStores").
        QCOMPARE(result.namedInventoryCookies.size(), 8);
        QVERIFY2(other.isEmpty(), qPrintable(other.join(u", "_s)));

        // Against an inventory missing __utmb and with an extra cookie.
        QStringList seven = eight;
        seven.removeAll(u"__utmb"_s);
        seven << u"_ga"_s;
        const auto r2 = PolicyChecker::check(text, seven, CookieKnowledge(), Lang::En);
        bool missingFromInventory = false, missingFromText = false;
        for (const PolicyFinding &p : r2.findings) {
            if (p.kind == PolicyFinding::NotInInventory && p.excerpt == u"__utmb")
                missingFromInventory = true;
            if (p.kind == PolicyFinding::NotInText && p.excerpt == u"_ga")
                missingFromText = true;
        }
        QVERIFY(missingFromInventory);
        QVERIFY(missingFromText);
    }

    void policyCheckOnTheWorkspace()
    {
        // The one policy check the GUI and the CLI run: the workspace's declared names (each once, in the
        // inventory's order: by name ignoring case) and its knowledge, against the checker given the same.
        KAPSEL_REQUIRE_SHARED(u"company-cookie-page/cookies-and-privacy.txt"_s);
        QFile f(TestSupport::sharedData(u"company-cookie-page/cookies-and-privacy.txt"_s));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = PolicyCheck::decode(f.readAll());
        auto ws = demo();
        QStringList names { u"siteimproves"_s, u"nmstat"_s, u"szcookiechoice"_s, u"__utmz"_s, u"__utma"_s, u"__utmb"_s,
            u"__utmc"_s, u"PHPSESSID"_s };
        std::sort(names.begin(), names.end(),
            [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
        auto outcome = PolicyCheck::run(ws->cookies(), text, Lang::En);
        QVERIFY(outcome);
        QCOMPARE(outcome->declaredNames, names);
        const auto direct = PolicyChecker::check(text, names, CookieKnowledge(), Lang::En);
        QCOMPARE(outcome->result.namedInventoryCookies, direct.namedInventoryCookies);
        QCOMPARE(outcome->result.findings.size(), direct.findings.size());
        for (size_t i = 0; i < direct.findings.size(); ++i) {
            QCOMPARE(outcome->result.findings[i].kind, direct.findings[i].kind);
            QCOMPARE(outcome->result.findings[i].line, direct.findings[i].line);
            QCOMPARE(outcome->result.findings[i].excerpt, direct.findings[i].excerpt);
        }
        // Without a workspace: no inventory, so no cookie is missing from the text.
        const auto alone = PolicyCheck::run(text, Lang::En);
        QVERIFY(alone.declaredNames.isEmpty());
        QVERIFY(std::none_of(alone.result.findings.begin(), alone.result.findings.end(),
            [](const PolicyFinding &p) { return p.kind == PolicyFinding::NotInText; }));
    }

    void policyTextDecoding()
    {
        QCOMPARE(PolicyCheck::decode("K\xc3\xb8ye"), u"Køye"_s); // UTF-8
        QCOMPARE(PolicyCheck::decode("K\xf8ye"), u"Køye"_s); // Latin-1, as older pages were saved
    }

    void policyCheckBokmaal()
    {
        const QString text
            = u"Ved å bruke nettstedet samtykker du i bruk av informasjonskapsler, jf. ekomloven § 2-7 b.\n"
              "Vi bruker _ga og _pk_id.1.abcd."_s;
        const auto r = PolicyChecker::check(text, { u"_ga"_s }, CookieKnowledge(), Lang::Nb);
        int implied = 0, repealed = 0;
        QStringList notInInventory;
        for (const PolicyFinding &p : r.findings) {
            implied += p.kind == PolicyFinding::ImpliedConsent;
            repealed += p.kind == PolicyFinding::RepealedSection;
            if (p.kind == PolicyFinding::NotInInventory)
                notInInventory << p.excerpt;
        }
        QCOMPARE(implied, 1);
        QCOMPARE(repealed, 1);
        QVERIFY2(notInInventory.size() == 1 && notInInventory.first().startsWith(u"_pk_id"_s),
            qPrintable(notInInventory.join(u',')));
    }

    // The Bokmål ways of inferring consent from use, as Norwegian sites write them; one finding per sentence, its
    // passage exactly where the text has it. Sentences that ask for consent are no finding.
    void policyCheckBokmaalPhrasings_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("findings");
        QTest::newRow("videre bruk") << u"Ved videre bruk av nettstedet godtar du at vi bruker informasjonskapsler."_s
                                     << 1;
        QTest::newRow("fortsatt bruk") << u"Ved fortsatt bruk av nettsiden samtykker du til dette."_s << 1;
        QTest::newRow("dersom du fortsetter")
            << u"Dersom du fortsetter å bruke nettstedet, godtar du bruken av informasjonskapsler."_s << 1;
        QTest::newRow("dersom du fortsetter, alone") << u"Dersom du fortsetter å bruke siden vår."_s << 1;
        QTest::newRow("hvis du fortsetter")
            << u"Hvis du fortsetter å surfe på siden, går vi ut fra at du er enig."_s << 1;
        QTest::newRow("våre tjenester")
            << u"Ved å bruke våre tjenester samtykker du i at vi lagrer informasjonskapsler."_s << 1;
        QTest::newRow("benytte deg av")
            << u"Ved å benytte deg av nettstedet aksepterer du vår bruk av informasjonskapsler."_s << 1;
        QTest::newRow("når du bruker") << u"Når du bruker nettstedet vårt, samtykker du til dette."_s << 1;
        QTest::newRow("two sentences")
            << u"Ved videre bruk av nettstedet godtar du dette.\nDersom du fortsetter å bruke tjenesten, godtar du vilkårene."_s
            << 2;
        QTest::newRow("asks first") << u"Vi ber om ditt samtykke før vi setter informasjonskapsler for statistikk."_s
                                    << 0;
        QTest::newRow("withdraw") << u"Du kan når som helst trekke tilbake samtykket ditt under Innstillinger."_s << 0;
        QTest::newRow("use of the page")
            << u"Når du bruker nettstedet, lagres ingen informasjonskapsler før du velger."_s << 0;
    }
    void policyCheckBokmaalPhrasings()
    {
        QFETCH(QString, text);
        QFETCH(int, findings);
        const auto r = PolicyChecker::check(text, {}, CookieKnowledge(), Lang::Nb);
        int implied = 0;
        for (const PolicyFinding &p : r.findings) {
            if (p.kind != PolicyFinding::ImpliedConsent)
                continue;
            ++implied;
            QCOMPARE(text.mid(p.start, p.length), p.excerpt);
            QCOMPARE(p.line, int(QStringView(text).left(p.start).count(u'\n')) + 1);
        }
        QCOMPARE(implied, findings);
    }

    // The inventory a text is checked against is the one the Cookies area shows for the site: declared and
    // observed. The demo observes _ga, _gid and _ga_7QK2M4X9ZP without declaring them: a text that names them,
    // or the family "_ga_<container-id>", names cookies of the inventory; _fbp is in neither.
    void policyCheckKnowsObservedCookies()
    {
        auto ws = demo();
        const QString text = u"Vi bruker _ga, _gid og _ga_<container-id> fra Google, og _fbp fra Meta."_s;
        auto outcome = PolicyCheck::run(ws->cookies(), text, Lang::Nb);
        QVERIFY(outcome);
        QVERIFY(outcome->observedNames.contains(u"_ga"_s));
        QStringList notInInventory;
        for (const PolicyFinding &p : outcome->result.findings)
            if (p.kind == PolicyFinding::NotInInventory)
                notInInventory << p.excerpt;
        QCOMPARE(notInInventory, QStringList { u"_fbp"_s });
        QVERIFY(PolicyChecker::covered(u"_ga_XXXXXXXX"_s, { u"_ga_7QK2M4X9ZP"_s }));
        QVERIFY(PolicyChecker::covered(u"_ga_*"_s, { u"_ga_7QK2M4X9ZP"_s }));
        QVERIFY(PolicyChecker::covered(u"_ga_ABC"_s, { u"_ga_*"_s }));
        QVERIFY(!PolicyChecker::covered(u"_gac_ABC"_s, { u"_ga_*"_s, u"_ga"_s }));
        QVERIFY(!PolicyChecker::covered(u"_ga"_s, { u"_gat"_s }));
    }

    // The findings as CSV (one row per finding, ids and words) and as a self-contained HTML page.
    void policyFindingsExport()
    {
        const QString text
            = u"Ved videre bruk av nettstedet godtar du <b>dette</b>, jf. § 2-7 b.\nVi bruker =cmd og _pk_id.1.x."_s;
        PolicyCheck::Outcome outcome = PolicyCheck::run(text, Lang::En);
        QCOMPARE(int(outcome.result.findings.size()), 3);
        const QString csv
            = QString::fromUtf8(PolicyCheck::write(PolicyCheck::Format::Csv, outcome, u"p.txt"_s, Lang::En));
        const QStringList lines = csv.split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.first(), u"kind,kind_label,line,excerpt,message"_s);
        QCOMPARE(lines.size(), 4);
        QVERIFY2(lines[1].startsWith(u"implied-consent,Implied consent,1,Ved videre bruk av nettstedet godtar,"_s),
            qPrintable(lines[1]));
        QVERIFY(lines[2].startsWith(u"repealed-section,Repealed section,1,§ 2-7 b,"_s));
        QVERIFY(lines[3].startsWith(u"not-in-inventory,Not in the inventory,2,_pk_id.1.x,"_s));
        const QString html
            = QString::fromUtf8(PolicyCheck::write(PolicyCheck::Format::Html, outcome, u"<p>.txt"_s, Lang::Nb));
        QVERIFY(html.startsWith(u"<!DOCTYPE html>\n<html lang=\"nb\">"_s));
        QCOMPARE(int(html.count(u"<tr><th scope=\"row\">"_s)), 3);
        QVERIFY(html.contains(u"<th scope=\"row\">Underforstått samtykke</th>"_s));
        QVERIFY(html.contains(u"&lt;p&gt;.txt"_s));
        QVERIFY(!html.contains(u"<p>.txt"_s));
        QCOMPARE(PolicyCheck::formatFromName(u"HTM"_s), PolicyCheck::Format::Html);
        QVERIFY(!PolicyCheck::formatFromName(u"pdf"_s));
    }

    void cliCookies()
    {
        QString path;
        auto ws = demo(&path);
        ws.reset();
        QProcess p;
        p.start(QStringLiteral(KAPSEL_CLI_PATH),
            { u"--db"_s, path, u"cookies"_s, u"--format"_s, u"csv"_s, u"--status"_s, u"differs"_s });
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        const QStringList lines = QString::fromUtf8(p.readAllStandardOutput()).split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2); // header + nmstat
        QVERIFY(lines[0].startsWith(u"name,domain,category,purpose,supplier,retention,party,status"_s));
        QVERIFY(lines[1].startsWith(u"nmstat,"_s));

        QProcess t;
        t.start(QStringLiteral(KAPSEL_CLI_PATH), { u"--db"_s, path, u"--lang"_s, u"nb"_s, u"cookies"_s });
        QVERIFY(t.waitForFinished(30000));
        QCOMPARE(t.exitCode(), 0);
        const QString table = QString::fromUtf8(t.readAllStandardOutput());
        QVERIFY2(table.contains(u"Erklært og observert"_s), qPrintable(table));

        QProcess bad;
        bad.start(QStringLiteral(KAPSEL_CLI_PATH), { u"--db"_s, path, u"cookies"_s, u"--status"_s, u"bogus"_s });
        QVERIFY(bad.waitForFinished(30000));
        QCOMPARE(bad.exitCode(), 2);
    }
};

QTEST_GUILESS_MAIN(TestCookieInventory)
#include "test_cookieinventory.moc"
