// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A live scan of a made-up site, as the scan engine (cookiescan/) hands it to the cookie area, for the tests of
// the per-site inventory, the findings, the diff, the CLI and the GUI. What each item is and where it was seen
// is written here; the tests write down what must follow from it.

#include "cookies/cookierecords.h"
#include "cookies/cookieregister.h"
#include "cookies/cookiesink.h"
#include "workspace/importservice.h"
#include "workspace/workspace.h"

#include <QDateTime>

#include <vector>

namespace CookieScanTest {

inline const QString kSite = QStringLiteral("www.example.no");
inline const QString kHome = QStringLiteral("https://www.example.no/");
inline const QString kAbout = QStringLiteral("https://www.example.no/om-oss");

inline ObservedCookie item(const QString &name, const QString &domain, const QString &phase, const QString &page,
    const QString &kind = QStringLiteral("cookie"), const QString &party = QStringLiteral("first"))
{
    ObservedCookie c;
    c.name = name;
    c.domain = domain;
    c.phase = phase;
    c.page = page;
    c.kind = kind;
    c.party = party;
    c.session = true;
    c.via = kind == QStringLiteral("cookie") ? QStringLiteral("set-cookie") : QStringLiteral("script");
    return c;
}

// The declaration that goes with the scan: sid (necessary, session), _ga (statistics, 1 year) and consent
// (necessary, 6 months; never set by the site).
inline std::vector<DeclaredCookie> declaration()
{
    auto d = [](const QString &name, const QString &category, const QString &retention) {
        DeclaredCookie c;
        c.name = name;
        c.domain = QStringLiteral("example.no");
        c.category = category;
        c.retention = retention;
        c.party = QStringLiteral("first");
        c.purposeEn = QStringLiteral("Purpose");
        c.supplier = QStringLiteral("Supplier");
        return c;
    };
    return { d(QStringLiteral("sid"), QStringLiteral("necessary"), QStringLiteral("session")),
        d(QStringLiteral("_ga"), QStringLiteral("statistics"), QStringLiteral("1 year")),
        d(QStringLiteral("consent"), QStringLiteral("necessary"), QStringLiteral("6 months")) };
}

// The imported knowledge the scan is judged with: trk_uid is marketing.
inline KnowledgeEntry trackerKnowledge()
{
    KnowledgeEntry k;
    k.name = QStringLiteral("trk_uid");
    k.category = QStringLiteral("marketing");
    k.supplier = QStringLiteral("Tracker Ltd");
    k.source = QStringLiteral("ocd");
    return k;
}

// - sid (necessary): in every phase.
// - _ga (statistics, declared 1 year): set by a script before consent, kept 400 days, and after accept.
// - mystery (nowhere classified): set before consent on the second page.
// - trk_uid (marketing by the knowledge base, third party): set after reject by a tracker.
// - ls_key: localStorage of the third party cdn.tracker.test after reject.
// - cart: sessionStorage of the site after accept.
// Events: the accept button was clicked; there was no reject button on the first layer.
inline std::vector<ObservedCookie> observations()
{
    using namespace ConsentPhase;
    std::vector<ObservedCookie> out;
    for (const QString &phase : { Before, Accept, Reject })
        out.push_back(item(QStringLiteral("sid"), QStringLiteral("example.no"), phase, kHome));
    ObservedCookie ga = item(QStringLiteral("_ga"), QStringLiteral("example.no"), Before, kHome);
    ga.session = false;
    ga.retentionSeconds = qint64(400) * 86400;
    ga.via = QStringLiteral("script");
    ga.setBy = QStringLiteral("https://www.googletagmanager.com/gtag/js?id=G-1");
    ga.initiator = kHome;
    ga.valueLength = 26;
    ga.looksLikeId = true;
    out.push_back(ga);
    ga.phase = Accept;
    out.push_back(ga);
    out.push_back(item(QStringLiteral("mystery"), QStringLiteral("example.no"), Before, kAbout));
    ObservedCookie trk = item(QStringLiteral("trk_uid"), QStringLiteral("tracker.test"), Reject, kHome,
        QStringLiteral("cookie"), QStringLiteral("third"));
    trk.setBy = QStringLiteral("https://tracker.test/pixel.gif");
    trk.initiator = QStringLiteral("parser");
    out.push_back(trk);
    out.push_back(item(QStringLiteral("ls_key"), QStringLiteral("cdn.tracker.test"), Reject, kHome,
        QStringLiteral("localStorage"), QStringLiteral("third")));
    out.push_back(item(
        QStringLiteral("cart"), QStringLiteral("www.example.no"), Accept, kAbout, QStringLiteral("sessionStorage")));
    return out;
}

inline std::vector<ScanEvent> events()
{
    using namespace ConsentPhase;
    return { { Before, QStringLiteral("page"), kHome, {}, QStringLiteral("200") },
        { Accept, QStringLiteral("consent-click"), kHome, QStringLiteral("text"), QStringLiteral("Godta alle") },
        { Reject, QStringLiteral("consent-missing"), kHome, QStringLiteral("reject"), {} } };
}

inline std::vector<ScanObservation> asScan(const std::vector<ObservedCookie> &items, qint64 scanId = 7)
{
    std::vector<ScanObservation> out;
    for (const ObservedCookie &c : items)
        out.push_back({ scanId, QStringLiteral("scan"), c });
    return out;
}

// Stores a live scan (site, time, items, events) as one import named `fileName`, as the scan command will.
inline Status storeScan(Workspace &ws, const QString &fileName, const QString &site, const QDateTime &at,
    const std::vector<ObservedCookie> &items, const std::vector<ScanEvent> &happened)
{
    ImportReport report;
    report.fileName = fileName;
    report.sha256 = fileName + at.toString(Qt::ISODate);
    report.format = QStringLiteral("live-scan");
    report.startedAt = at;
    report.osUser = QStringLiteral("test");
    auto done = ImportService::recordImport(ws, ImportKind::Cookies, report, [&](ImportContext &ctx) -> Status {
        ctx.cookies->setScanInfo(site, at);
        for (const ObservedCookie &c : items)
            if (Status s = ctx.cookies->addObserved(c))
                return s;
        for (const ScanEvent &e : happened)
            if (Status s = ctx.cookies->addScanEvent(e))
                return s;
        return {};
    });
    if (!done)
        return done.error();
    return {};
}

// The whole made-up site: the declaration, the knowledge and the scan, in `ws`.
inline Status storeExample(Workspace &ws, const QDateTime &at)
{
    for (const DeclaredCookie &d : declaration())
        if (auto added = ws.cookies().addDeclared(d); !added)
            return added.error();
    ImportReport report;
    report.fileName = QStringLiteral("knowledge.csv");
    report.sha256 = QStringLiteral("knowledge");
    report.format = QStringLiteral("open-cookie-database");
    report.startedAt = at;
    report.osUser = QStringLiteral("test");
    auto known = ImportService::recordImport(ws, ImportKind::Cookies, report,
        [](ImportContext &ctx) { return ctx.cookies->addKnowledge(trackerKnowledge()); });
    if (!known)
        return known.error();
    return storeScan(ws, QStringLiteral("scan-example.no"), kSite, at, observations(), events());
}

} // namespace CookieScanTest
