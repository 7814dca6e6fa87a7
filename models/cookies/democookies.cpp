// SPDX-License-Identifier: GPL-3.0-or-later
#include "cookies/cookiesink.h"
#include "demo/demodata.h"
#include "importers/importcontext.h"

using namespace Qt::StringLiterals;

namespace {

// The company's declaration, as its privacy page words it (English), with our Bokmål. The page gives no
// retention; these are the tools' documented defaults, which is what the officer would write.
std::vector<DeclaredCookie> companyDeclaration()
{
    auto d = [](const char *name, const char *cat, const QString &en, const QString &nb, const char *supplier,
                 const char *tool, const char *retention) {
        DeclaredCookie c;
        c.name = QString::fromUtf8(name);
        c.domain = u"kredinor.no"_s;
        c.category = QString::fromUtf8(cat);
        c.purposeEn = en;
        c.purposeNb = nb;
        c.supplier = QString::fromUtf8(supplier);
        c.tool = QString::fromUtf8(tool);
        c.retention = QString::fromUtf8(retention);
        c.party = u"first"_s;
        return c;
    };
    return {
        d("siteimproves", "statistics", u"Collects data on which pages the user visits on the website."_s,
            u"Samler inn data om hvilke sider brukeren besøker på nettstedet."_s, "Siteimprove Analytics",
            "Siteimprove Analytics", "session"),
        d("nmstat", "statistics",
            u"Tracks the user's visits to the website, e.g. statistics on the user's most recent visit to the site."_s,
            u"Følger brukerens besøk på nettstedet, for eksempel statistikk over brukerens siste besøk."_s,
            "Siteimprove Analytics", "Siteimprove Analytics", "1 year"),
        d("szcookiechoice", "necessary",
            u"Is used to determine whether the user has accepted the use of cookies or turned them off."_s,
            u"Brukes til å avgjøre om brukeren har godtatt informasjonskapsler eller slått dem av."_s, "Siteimprove",
            "Siteimprove", "1 year"),
        d("__utmz", "statistics",
            u"Identifies where the user comes from (search engine, keyword, link, advert, etc.)."_s,
            u"Identifiserer hvor brukeren kommer fra (søkemotor, søkeord, lenke, annonse osv.)."_s, "Google Analytics",
            "Google Analytics", "6 months"),
        d("__utma", "statistics",
            u"Notes how many times the user has visited, to determine the number of first-time users and return visitors."_s,
            u"Registrerer hvor mange ganger brukeren har vært innom, for å finne antall førstegangsbesøkende og gjengangere."_s,
            "Google Analytics", "Google Analytics", "2 years"),
        d("__utmb", "statistics", u"Tracks the time spent by the user on the site."_s,
            u"Måler hvor lang tid brukeren tilbringer på nettstedet."_s, "Google Analytics", "Google Analytics",
            "30 minutes"),
        d("__utmc", "statistics", u"Tracks the time spent by the user on the site."_s,
            u"Måler hvor lang tid brukeren tilbringer på nettstedet."_s, "Google Analytics", "Google Analytics",
            "session"),
        d("PHPSESSID", "necessary", u"Stores information about a session - one single visit."_s,
            u"Lagrer informasjon om en økt – ett enkelt besøk."_s, "PHP", "PHP", "session"),
    };
}

ObservedCookie seen(const char *name, const char *domain, std::optional<qint64> retentionDays, bool httpOnly,
    bool secure, const char *sameSite, const char *party, const QDateTime &at)
{
    ObservedCookie c;
    c.name = QString::fromUtf8(name);
    c.domain = QString::fromUtf8(domain);
    c.session = !retentionDays;
    if (retentionDays) {
        c.retentionSeconds = *retentionDays * 86400;
        c.expiresAt = at.addDays(*retentionDays);
    }
    c.httpOnly = httpOnly;
    c.secure = secure;
    c.sameSite = QString::fromUtf8(sameSite);
    c.party = QString::fromUtf8(party);
    c.via = u"set-cookie"_s;
    c.firstSeen = at;
    c.lastSeen = at.addSecs(95);
    return c;
}

// Two scans of the site a month apart, chosen so the demo shows every status and every kind of change:
// nmstat lives longer than declared (differs), szcookiechoice and siteimproves never appear (declared, not
// observed), _ga/_gid/siteimproveses are undeclared, the second scan adds _ga_* and _clck, loses __utmb and
// PHPSESSID becomes Secure.
std::vector<ObservedCookie> scan(int which, const QDateTime &at)
{
    std::vector<ObservedCookie> v {
        seen("__utma", "kredinor.no", 730, false, false, "", "first", at),
        seen("__utmz", "kredinor.no", 182, false, false, "", "first", at),
        seen("__utmc", "kredinor.no", std::nullopt, false, false, "", "first", at),
        seen("nmstat", "www.kredinor.no", 1000, false, false, "Lax", "first", at),
        seen("siteimproveses", "www.kredinor.no", std::nullopt, false, false, "Lax", "first", at),
        seen("_ga", "kredinor.no", 730, false, false, "", "first", at),
        seen("_gid", "kredinor.no", 1, false, false, "", "first", at),
        seen("PHPSESSID", "www.kredinor.no", std::nullopt, true, which == 2, "Lax", "first", at),
    };
    if (which == 1)
        v.push_back(seen("__utmb", "kredinor.no", std::nullopt, false, false, "", "first", at));
    else {
        v.push_back(seen("_ga_7QK2M4X9ZP", "kredinor.no", 730, false, false, "", "first", at));
        v.push_back(seen("_clck", "kredinor.no", 365, false, true, "None", "first", at));
        v.push_back(seen("MUID", "c.clarity.ms", 390, false, true, "None", "third", at));
    }
    return v;
}

// One demo import in the history (format "demo", by "demo", all at the same fixed time), written through the
// area's sink like a real one.
Status writeImport(Workspace &ws, const QString &fileName, const QString &sha,
    const std::function<Status(CookieSink &, ImportContext &)> &fill)
{
    const QDateTime at(QDate(2025, 3, 10), QTime(9, 0), Qt::UTC);
    return DemoData::recordImport(ws, ImportKind::Cookies, fileName, sha, at, [&](ImportContext &ctx) -> Status {
        if (Status s = fill(*ctx.cookies, ctx))
            return s;
        ctx.rowsRead = ctx.rowsStored; // every row handed over is stored
        return {};
    });
}

} // namespace

Status DemoData::writeCookies(Workspace &ws)
{
    if (Status s = writeImport(
            ws, u"demo-cookie-declaration.csv"_s, u"demo-cookies"_s, [](CookieSink &sink, ImportContext &) -> Status {
                for (const DeclaredCookie &c : companyDeclaration())
                    if (Status s = sink.addDeclared(c))
                        return s;
                return {};
            }))
        return s;
    for (int which : { 1, 2 }) {
        const QDateTime at = which == 1 ? QDateTime(QDate(2025, 2, 10), QTime(9, 0), Qt::UTC)
                                        : QDateTime(QDate(2025, 3, 10), QTime(9, 0), Qt::UTC);
        const QString name = u"demo-scan-%1.har"_s.arg(at.date().toString(Qt::ISODate));
        if (Status s = writeImport(
                ws, name, u"demo-cookies-scan-%1"_s.arg(which), [&](CookieSink &sink, ImportContext &) -> Status {
                    sink.setScanInfo(u"www.kredinor.no"_s, at);
                    for (const ObservedCookie &c : scan(which, at))
                        if (Status s = sink.addObserved(c))
                            return s;
                    return {};
                }))
            return s;
    }
    return {};
}
