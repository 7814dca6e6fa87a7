// SPDX-License-Identifier: GPL-3.0-or-later
// The findings of a live scan (cookies/cookiefindings.h), computed on a hand-built scan (cookiescantestsupport.h)
// against the list written out below, in both languages; and what an empty or file-only scan gives.
#include "cookiescantestsupport.h"
#include "testsupport.h"

#include "cookies/cookiefindings.h"
#include "core/language.h"

using namespace Qt::StringLiterals;
using CookieText::Lang;

namespace {

struct Want
{
    CookieFinding::Severity severity;
    CookieFinding::Kind kind;
    QString name, itemKind, phase, page, request;
    QString en, nb;
};

// Worked out by hand from CookieScanTest::observations(), events() and declaration(): ordered by severity,
// then kind (BeforeConsent, AfterReject, NoRejectButton, Undeclared, NeverSeen, LongerRetention), then item.
const QString kGtag = u"https://www.googletagmanager.com/gtag/js?id=G-1"_s;
std::vector<Want> expected()
{
    using F = CookieFinding;
    using namespace CookieScanTest;
    return {
        { F::High, F::BeforeConsent, u"_ga"_s, u"cookie"_s, u"before"_s, kHome, kGtag,
            u"_ga (example.no) is set before the visitor consents, but it is not strictly necessary (statistics)"_s,
            u"_ga (example.no) settes før den besøkende har samtykket, men er ikke strengt nødvendig (statistikk)"_s },
        { F::High, F::AfterReject, u"trk_uid"_s, u"cookie"_s, u"reject"_s, kHome, u"https://tracker.test/pixel.gif"_s,
            u"trk_uid (tracker.test) is set although the visitor rejected, but it is not strictly necessary "
            "(marketing)"_s,
            u"trk_uid (tracker.test) settes selv om den besøkende avviste, men er ikke strengt nødvendig "
            "(markedsføring)"_s },
        { F::High, F::AfterReject, u"ls_key"_s, u"localStorage"_s, u"reject"_s, kHome, {},
            u"ls_key (local storage on cdn.tracker.test) is stored by a third party although the visitor rejected"_s,
            u"ls_key (lokal lagring på cdn.tracker.test) lagres av en tredjepart selv om den besøkende avviste"_s },
        { F::High, F::NoRejectButton, {}, {}, u"reject"_s, kHome, {},
            u"No reject button on the first layer: refusal is not as easy as acceptance"_s,
            u"Ingen avvis-knapp på første nivå: det er ikke like lett å avslå som å godta"_s },
        { F::Medium, F::Undeclared, u"mystery"_s, u"cookie"_s, u"before"_s, kAbout, {},
            u"mystery (example.no) is observed but not in the declaration"_s,
            u"mystery (example.no) er observert, men står ikke i erklæringen"_s },
        { F::Medium, F::Undeclared, u"trk_uid"_s, u"cookie"_s, u"reject"_s, kHome, u"https://tracker.test/pixel.gif"_s,
            u"trk_uid (tracker.test) is observed but not in the declaration"_s,
            u"trk_uid (tracker.test) er observert, men står ikke i erklæringen"_s },
        { F::Medium, F::Undeclared, u"ls_key"_s, u"localStorage"_s, u"reject"_s, kHome, {},
            u"ls_key (local storage on cdn.tracker.test) is observed but not in the declaration"_s,
            u"ls_key (lokal lagring på cdn.tracker.test) er observert, men står ikke i erklæringen"_s },
        { F::Medium, F::Undeclared, u"cart"_s, u"sessionStorage"_s, u"accept"_s, kAbout, {},
            u"cart (session storage on www.example.no) is observed but not in the declaration"_s,
            u"cart (øktlagring på www.example.no) er observert, men står ikke i erklæringen"_s },
        { F::Medium, F::LongerRetention, u"_ga"_s, u"cookie"_s, u"before"_s, kHome, kGtag,
            u"_ga (example.no) is kept for 400 days, longer than the declared 1 year"_s,
            u"_ga (example.no) lagres i 400 dager, lenger enn erklærte 1 år"_s },
        { F::Low, F::BeforeConsent, u"mystery"_s, u"cookie"_s, u"before"_s, kAbout, {},
            u"mystery (example.no) is set before the visitor consents and is not classified: check whether it is "
            "strictly necessary"_s,
            u"mystery (example.no) settes før den besøkende har samtykket og er ikke klassifisert: sjekk om den er "
            "strengt nødvendig"_s },
        { F::Low, F::NeverSeen, u"consent"_s, {}, {}, {}, {},
            u"consent (example.no) is declared but was not seen in any phase of the scan"_s,
            u"consent (example.no) er erklært, men ble ikke sett i noen fase av skanningen"_s },
    };
}

std::vector<DeclaredCookie> declaredWithIds()
{
    auto d = CookieScanTest::declaration();
    for (size_t i = 0; i < d.size(); ++i)
        d[i].id = qint64(i) + 1;
    return d;
}

} // namespace

class TestCookieFindings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Language::apply(u"en"_s); }

    void everyKindWithItsEvidence_data()
    {
        QTest::addColumn<int>("lang");
        QTest::newRow("en") << int(Lang::En);
        QTest::newRow("nb") << int(Lang::Nb);
    }
    void everyKindWithItsEvidence()
    {
        QFETCH(int, lang);
        const CookieKnowledge knowledge({ CookieScanTest::trackerKnowledge() });
        const auto found = CookieFindings::compute(CookieScanTest::asScan(CookieScanTest::observations()),
            CookieScanTest::events(), declaredWithIds(), knowledge, Lang(lang));
        const auto want = expected();
        QStringList got;
        for (const CookieFinding &f : found)
            got << CookieFindings::kindId(f.kind) + u' ' + f.name;
        QCOMPARE(found.size(), want.size());
        for (size_t i = 0; i < want.size(); ++i) {
            const CookieFinding &f = found[i];
            const Want &w = want[i];
            const QString where = got.value(int(i));
            QVERIFY2(f.severity == w.severity, qPrintable(where));
            QVERIFY2(f.kind == w.kind, qPrintable(where));
            QCOMPARE(f.name, w.name);
            QCOMPARE(f.itemKind, w.itemKind);
            QCOMPARE(f.phase, w.phase);
            QCOMPARE(f.page, w.page);
            QCOMPARE(f.request, w.request);
            QCOMPARE(f.message, Lang(lang) == Lang::Nb ? w.nb : w.en);
        }
    }

    // Every kind has a label in both languages, and a stable id for scripts.
    void labelsInBothLanguages()
    {
        const QStringList ids { u"before-consent"_s, u"after-reject"_s, u"no-reject-button"_s, u"undeclared"_s,
            u"never-seen"_s, u"longer-retention"_s };
        for (int k = CookieFinding::BeforeConsent; k <= CookieFinding::LongerRetention; ++k) {
            const auto kind = CookieFinding::Kind(k);
            QCOMPARE(CookieFindings::kindId(kind), ids[k]);
            QVERIFY(!CookieFindings::kindLabel(kind, Lang::En).isEmpty());
            QVERIFY2(CookieFindings::kindLabel(kind, Lang::Nb) != CookieFindings::kindLabel(kind, Lang::En),
                qPrintable(ids[k]));
        }
        QCOMPARE(CookieFindings::severityLabel(CookieFinding::High, Lang::Nb), u"høy"_s);
        QCOMPARE(CookieFindings::severityLabel(CookieFinding::Low, Lang::En), u"low"_s);
    }

    // The evidence names what started a request in words, not in the browser's own terms; a script's URL stays.
    void initiatorsInWords()
    {
        QCOMPARE(CookieText::initiatorLabel(u"parser"_s, Lang::En), u"the page's HTML"_s);
        QCOMPARE(CookieText::initiatorLabel(u"parser"_s, Lang::Nb), u"sidens HTML"_s);
        QCOMPARE(CookieText::initiatorLabel(u"other"_s, Lang::Nb), u"nettleseren"_s);
        QCOMPARE(CookieText::initiatorLabel(u"script"_s, Lang::En), u"a script"_s);
        const QString url = u"https://cdn.example.no/tag.js"_s;
        QCOMPARE(CookieText::initiatorLabel(url, Lang::Nb), url);
    }

    // A necessary cookie in every phase, declared: nothing to say. Without a scan's phases (a HAR file), only
    // the declaration's findings can follow.
    void quietWhenAllIsWell()
    {
        auto items = CookieScanTest::observations();
        items.resize(3); // sid in the three phases
        auto declared = declaredWithIds();
        declared.erase(declared.begin() + 1, declared.end()); // sid only
        QVERIFY(
            CookieFindings::compute(CookieScanTest::asScan(items), {}, declared, CookieKnowledge(), Lang::En).empty());

        auto fromFile = CookieScanTest::observations();
        for (ObservedCookie &c : fromFile)
            c.phase.clear();
        const auto found = CookieFindings::compute(
            CookieScanTest::asScan(fromFile), {}, declaredWithIds(), CookieKnowledge(), Lang::En);
        for (const CookieFinding &f : found)
            QVERIFY2(f.kind == CookieFinding::Undeclared || f.kind == CookieFinding::NeverSeen
                    || f.kind == CookieFinding::LongerRetention,
                qPrintable(CookieFindings::kindId(f.kind)));
    }
};

QTEST_GUILESS_MAIN(TestCookieFindings)
#include "test_cookiefindings.moc"
