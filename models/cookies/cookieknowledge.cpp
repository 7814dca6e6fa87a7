// SPDX-License-Identifier: GPL-3.0-or-later
#include "cookies/cookieknowledge.h"

#include "cookies/cookieimportsupport.h"

#include <QRegularExpression>

#include <limits>

using namespace Qt::StringLiterals;

namespace {

KnowledgeEntry entry(const QString &name, bool prefix, const QString &category, const QString &supplier,
    const QString &platform, const QString &retention, const QString &en, const QString &nb)
{
    KnowledgeEntry e;
    e.name = name;
    e.isPrefix = prefix;
    e.category = category;
    e.supplier = supplier;
    e.platform = platform;
    e.retention = retention;
    e.purposeEn = en;
    e.purposeNb = nb;
    e.source = u"builtin"_s;
    return e;
}

// A built-in entry for a cookie only one vendor's own domain sets: a site's own cookie of that name is another.
KnowledgeEntry on(const QString &domain, KnowledgeEntry e)
{
    e.domain = domain;
    return e;
}

std::vector<KnowledgeEntry> makeBuiltIn()
{
    const QString ga = u"Google Analytics"_s, google = u"Google"_s, stat = u"statistics"_s, nec = u"necessary"_s,
                  mkt = u"marketing"_s, pref = u"preferences"_s, si = u"Siteimprove"_s;
    return {
        // Google Analytics classic (ga.js / urchin)
        entry(u"__utma"_s, false, stat, google, ga, u"2 years"_s,
            u"Counts how many times the user has visited, to tell first-time visitors from returning ones."_s,
            u"Teller hvor mange ganger brukeren har besøkt nettstedet, for å skille nye besøkende fra dem som kommer tilbake."_s),
        entry(u"__utmb"_s, false, stat, google, ga, u"30 minutes"_s,
            u"Marks the start of a visit, to measure how long the user stays on the site."_s,
            u"Markerer starten på et besøk, for å måle hvor lenge brukeren blir på nettstedet."_s),
        entry(u"__utmc"_s, false, stat, google, ga, u"session"_s,
            u"Marks the end of a visit, to measure how long the user stays on the site."_s,
            u"Markerer slutten på et besøk, for å måle hvor lenge brukeren blir på nettstedet."_s),
        entry(u"__utmt"_s, false, stat, google, ga, u"10 minutes"_s,
            u"Limits the rate of requests to Google Analytics."_s,
            u"Begrenser hvor ofte det sendes forespørsler til Google Analytics."_s),
        entry(u"__utmz"_s, false, stat, google, ga, u"6 months"_s,
            u"Records where the user came from (search engine, keyword, link, advert)."_s,
            u"Registrerer hvor brukeren kom fra (søkemotor, søkeord, lenke, annonse)."_s),
        entry(u"__utmv"_s, false, stat, google, ga, u"2 years"_s,
            u"Stores visitor-level custom variables for Google Analytics."_s,
            u"Lagrer egendefinerte variabler om den besøkende for Google Analytics."_s),
        // Google Analytics 4
        entry(u"_ga"_s, false, stat, google, ga, u"2 years"_s,
            u"Distinguishes users with a random identifier, to count visitors."_s,
            u"Skiller brukere fra hverandre med en tilfeldig identifikator, for å telle besøkende."_s),
        entry(u"_ga_"_s, true, stat, google, ga, u"2 years"_s,
            u"Keeps the state of the visit for one Google Analytics 4 property."_s,
            u"Holder rede på besøket for én Google Analytics 4-egenskap."_s),
        entry(u"_gid"_s, false, stat, google, ga, u"24 hours"_s,
            u"Distinguishes users for 24 hours, to count daily visitors."_s,
            u"Skiller brukere fra hverandre i 24 timer, for å telle daglige besøkende."_s),
        entry(u"_gat"_s, true, stat, google, ga, u"1 minute"_s, u"Limits the rate of requests to Google Analytics."_s,
            u"Begrenser hvor ofte det sendes forespørsler til Google Analytics."_s),
        // Siteimprove
        entry(u"nmstat"_s, false, stat, si, u"Siteimprove Analytics"_s, u"1000 days"_s,
            u"Records the user's visits to the site, for statistics such as the most recent visit."_s,
            u"Registrerer brukerens besøk på nettstedet, til statistikk som for eksempel siste besøk."_s),
        entry(u"siteimproveses"_s, false, stat, si, u"Siteimprove Analytics"_s, u"session"_s,
            u"Tracks the pages the user views during one visit."_s,
            u"Følger hvilke sider brukeren ser på i løpet av ett besøk."_s),
        entry(u"szcookiechoice"_s, false, nec, si, u"Siteimprove"_s, u"1 year"_s,
            u"Remembers whether the user accepted or declined cookies."_s,
            u"Husker om brukeren har godtatt eller avslått informasjonskapsler."_s),
        // Matomo
        entry(u"_pk_id"_s, true, stat, u"Matomo"_s, u"Matomo"_s, u"13 months"_s,
            u"Stores a unique visitor identifier for Matomo statistics."_s,
            u"Lagrer en unik identifikator for den besøkende til Matomo-statistikk."_s),
        entry(u"_pk_ses"_s, true, stat, u"Matomo"_s, u"Matomo"_s, u"30 minutes"_s,
            u"Holds the data of the current visit for Matomo statistics."_s,
            u"Holder dataene for det pågående besøket til Matomo-statistikk."_s),
        entry(u"_pk_ref"_s, true, stat, u"Matomo"_s, u"Matomo"_s, u"6 months"_s,
            u"Remembers the website the visitor came from."_s, u"Husker hvilket nettsted den besøkende kom fra."_s),
        entry(u"_pk_"_s, true, stat, u"Matomo"_s, u"Matomo"_s, u"30 minutes"_s,
            u"Short-lived Matomo statistics cookie."_s, u"Kortvarig informasjonskapsel for Matomo-statistikk."_s),
        // Sessions
        entry(u"PHPSESSID"_s, false, nec, u""_s, u"PHP"_s, u"session"_s,
            u"Keeps the user's session (one visit) on a PHP server."_s,
            u"Holder på brukerens økt (ett besøk) på en PHP-server."_s),
        entry(u"ASP.NET_SessionId"_s, false, nec, u""_s, u"ASP.NET"_s, u"session"_s,
            u"Keeps the user's session (one visit) on an ASP.NET server."_s,
            u"Holder på brukerens økt (ett besøk) på en ASP.NET-server."_s),
        entry(u"JSESSIONID"_s, false, nec, u""_s, u"Java"_s, u"session"_s,
            u"Keeps the user's session (one visit) on a Java server."_s,
            u"Holder på brukerens økt (ett besøk) på en Java-server."_s),
        // Load balancers
        entry(u"BIGipServer"_s, true, nec, u"F5"_s, u"F5 BIG-IP"_s, u"session"_s,
            u"Sends the user's requests to the same server behind the load balancer."_s,
            u"Sender brukerens forespørsler til samme server bak lastbalansereren."_s),
        entry(u"AWSELB"_s, false, nec, u"Amazon Web Services"_s, u"AWS Elastic Load Balancing"_s, u"session"_s,
            u"Sends the user's requests to the same server behind the load balancer."_s,
            u"Sender brukerens forespørsler til samme server bak lastbalansereren."_s),
        entry(u"AWSALB"_s, false, nec, u"Amazon Web Services"_s, u"AWS Elastic Load Balancing"_s, u"7 days"_s,
            u"Sends the user's requests to the same server behind the load balancer."_s,
            u"Sender brukerens forespørsler til samme server bak lastbalansereren."_s),
        // Facebook
        entry(u"_fbp"_s, false, mkt, u"Meta"_s, u"Facebook Pixel"_s, u"3 months"_s,
            u"Identifies the browser to deliver and measure Facebook advertising."_s,
            u"Kjenner igjen nettleseren for å vise og måle annonser på Facebook."_s),
        on(u"facebook.com"_s,
            entry(u"fr"_s, false, mkt, u"Meta"_s, u"Facebook"_s, u"3 months"_s,
                u"Delivers, measures and improves the relevance of Facebook advertising."_s,
                u"Viser, måler og gjør annonser på Facebook mer relevante."_s)),
        // Hotjar
        entry(u"_hjSessionUser_"_s, true, stat, u"Hotjar"_s, u"Hotjar"_s, u"1 year"_s,
            u"Recognises the user across visits for Hotjar behaviour analysis."_s,
            u"Kjenner igjen brukeren fra besøk til besøk for Hotjars atferdsanalyse."_s),
        entry(u"_hj"_s, true, stat, u"Hotjar"_s, u"Hotjar"_s, u"session"_s,
            u"Supports Hotjar behaviour analysis (heatmaps, recordings, surveys)."_s,
            u"Brukes til Hotjars atferdsanalyse (varmekart, opptak, spørreundersøkelser)."_s),
        // Microsoft Clarity
        entry(u"_clck"_s, false, stat, u"Microsoft"_s, u"Microsoft Clarity"_s, u"1 year"_s,
            u"Keeps a Clarity user identifier and preferences across visits."_s,
            u"Husker en Clarity-identifikator og innstillinger fra besøk til besøk."_s),
        entry(u"_clsk"_s, false, stat, u"Microsoft"_s, u"Microsoft Clarity"_s, u"1 day"_s,
            u"Joins the page views of one visit into one Clarity recording."_s,
            u"Samler sidevisningene i ett besøk til ett Clarity-opptak."_s),
        // Consent managers
        entry(u"CookieConsent"_s, false, nec, u"Cookiebot"_s, u"Cookiebot"_s, u"1 year"_s,
            u"Stores the user's cookie consent for this site."_s,
            u"Lagrer brukerens samtykke til informasjonskapsler for dette nettstedet."_s),
        entry(u"OptanonConsent"_s, false, nec, u"OneTrust"_s, u"OneTrust"_s, u"1 year"_s,
            u"Stores the user's cookie consent choices."_s,
            u"Lagrer brukerens valg om samtykke til informasjonskapsler."_s),
        entry(u"OptanonAlertBoxClosed"_s, false, nec, u"OneTrust"_s, u"OneTrust"_s, u"1 year"_s,
            u"Remembers that the user has closed the consent banner."_s,
            u"Husker at brukeren har lukket samtykkebanneret."_s),
        entry(u"CookieScriptConsent"_s, false, nec, u"Cookie-Script"_s, u"Cookie-Script"_s, u"1 month"_s,
            u"Stores the user's cookie consent choices."_s,
            u"Lagrer brukerens valg om samtykke til informasjonskapsler."_s),
        entry(u"cookieyes-consent"_s, false, nec, u"CookieYes"_s, u"CookieYes"_s, u"1 year"_s,
            u"Stores the user's cookie consent choices."_s,
            u"Lagrer brukerens valg om samtykke til informasjonskapsler."_s),
        entry(u"cookielawinfo-checkbox-"_s, true, nec, u"CookieYes"_s, u"GDPR Cookie Consent"_s, u"1 year"_s,
            u"Remembers the user's consent for one cookie category."_s,
            u"Husker brukerens samtykke for én kategori informasjonskapsler."_s),
        entry(u"cmplz_"_s, true, nec, u"Complianz"_s, u"Complianz"_s, u"1 year"_s,
            u"Stores the user's cookie consent choices."_s,
            u"Lagrer brukerens valg om samtykke til informasjonskapsler."_s),
        entry(u"euconsent-v2"_s, false, nec, u"IAB Europe"_s, u"IAB TCF"_s, u"1 year"_s,
            u"Stores the user's consent under the IAB Transparency and Consent Framework."_s,
            u"Lagrer brukerens samtykke etter IABs rammeverk for åpenhet og samtykke."_s),
        // YouTube embeds (seen in the EDPS sample)
        on(u"youtube.com"_s,
            entry(u"VISITOR_INFO1_LIVE"_s, false, mkt, google, u"YouTube"_s, u"6 months"_s,
                u"Estimates the user's bandwidth for embedded YouTube videos."_s,
                u"Anslår brukerens båndbredde for innebygde YouTube-videoer."_s)),
        on(u"youtube.com"_s,
            entry(u"YSC"_s, false, mkt, google, u"YouTube"_s, u"session"_s,
                u"Counts views of embedded YouTube videos."_s, u"Teller visninger av innebygde YouTube-videoer."_s)),
    };
}

QString bare(const QString &domain)
{
    return CookieImportSupport::bareDomain(domain);
}

bool domainMatches(const QString &entryDomain, const QString &cookieDomain)
{
    const QString e = bare(entryDomain).section(u' ', 0, 0); // OCD writes e.g. "cookiebot.com (3rd party)"
    const QString c = bare(cookieDomain);
    if (e.isEmpty() || c.isEmpty())
        return false;
    return c == e || c.endsWith(u'.' + e) || e.endsWith(u'.' + c);
}

} // namespace

CookieKnowledge::CookieKnowledge() = default;

CookieKnowledge::CookieKnowledge(std::vector<KnowledgeEntry> imported)
    : m_imported(std::move(imported))
{ }

const std::vector<KnowledgeEntry> &CookieKnowledge::builtIn()
{
    static const std::vector<KnowledgeEntry> list = makeBuiltIn();
    return list;
}

// The supplier's or the tool's name in the cookie's domain: "Hotjar" in "script.hotjar.com".
bool supplierInDomain(const KnowledgeEntry &e, const QString &cookieDomain)
{
    const QString c = bare(cookieDomain);
    for (QString who : { e.supplier, e.platform }) {
        who = who.toLower().remove(u' ');
        if (who.size() >= 4 && c.contains(who))
            return true;
    }
    return false;
}

CookieText::Confidence CookieKnowledge::confidence(const KnowledgeEntry &e, const QString &name, const QString &domain)
{
    using CookieText::Confidence;
    const bool entryNamesDomain = !bare(e.domain).isEmpty();
    if (domainMatches(e.domain, domain) || supplierInDomain(e, domain))
        return Confidence::High;
    if (entryNamesDomain && !bare(domain).isEmpty())
        return Confidence::Low; // another site's cookie of the same name
    static const QRegularExpression plainWord(u"^[A-Za-z]{1,3}$"_s);
    if (plainWord.match(name).hasMatch())
        return Confidence::Low; // "id", "fr", "sid": too common to tell by the name
    if (e.source == u"builtin")
        return Confidence::High; // the built-in list holds only names of one tool's own cookies
    return Confidence::Medium;
}

CookieKnowledge::Match CookieKnowledge::match(const QString &name, const QString &domain) const
{
    // Scores: a higher confidence first, then exact name before prefix, built-in before imported (it has
    // Bokmål), a longer prefix before a shorter one.
    Match best;
    int bestScore = std::numeric_limits<int>::min();
    auto consider = [&](const KnowledgeEntry &e, int base) {
        if (!e.matches(name))
            return;
        const CookieText::Confidence c = confidence(e, name, domain);
        const int score = int(c) * 10000 + base + (e.isPrefix ? int(e.name.size()) : 1000);
        if (score > bestScore) {
            bestScore = score;
            best = { &e, c };
        }
    };
    for (const KnowledgeEntry &e : builtIn())
        consider(e, 100);
    for (const KnowledgeEntry &e : m_imported)
        consider(e, 0);
    return best;
}

const KnowledgeEntry *CookieKnowledge::lookup(const QString &name, const QString &domain) const
{
    return match(name, domain).entry;
}
