// SPDX-License-Identifier: GPL-3.0-or-later
#include "cookies/cookiesites.h"

#include "cookies/cookieimportsupport.h"

#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

bool CookieSiteScope::contains(qint64 scanId) const
{
    return std::any_of(scans.begin(), scans.end(), [&](const CookieScan &s) { return s.id == scanId; });
}

std::vector<ScanObservation> CookieSiteScope::observationsOf(const std::vector<ScanObservation> &all) const
{
    std::vector<ScanObservation> out;
    std::copy_if(
        all.begin(), all.end(), std::back_inserter(out), [&](const ScanObservation &o) { return contains(o.scanId); });
    return out;
}

std::vector<DeclaredCookie> CookieSiteScope::declaredOf(const std::vector<DeclaredCookie> &all) const
{
    std::vector<DeclaredCookie> out;
    std::copy_if(all.begin(), all.end(), std::back_inserter(out), [&](const DeclaredCookie &d) {
        const QString domain = CookieImportSupport::registrableDomain(CookieImportSupport::bareDomain(d.domain));
        return domain.isEmpty() || domain == site || !otherSites.contains(domain);
    });
    return out;
}

namespace CookieSites {

QString siteOf(const CookieScan &scan)
{
    return CookieImportSupport::registrableDomain(scan.site);
}

QStringList sites(const std::vector<CookieScan> &scans)
{
    std::vector<const CookieScan *> latestFirst;
    for (const CookieScan &s : scans)
        latestFirst.push_back(&s);
    std::stable_sort(latestFirst.begin(), latestFirst.end(),
        [](const CookieScan *a, const CookieScan *b) { return a->scannedAt > b->scannedAt; });
    QStringList out;
    for (const CookieScan *s : latestFirst)
        if (const QString site = siteOf(*s); !out.contains(site))
            out << site;
    return out;
}

CookieSiteScope scope(const std::vector<CookieScan> &scans, const QString &site)
{
    CookieSiteScope out;
    const QStringList all = sites(scans);
    out.site = site.isEmpty() && !all.isEmpty() ? all.first() : site;
    out.otherSites = all;
    out.otherSites.removeAll(out.site);
    const CookieScan *latest = nullptr;
    for (const CookieScan &s : scans) {
        if (siteOf(s) != out.site)
            continue;
        out.scans.push_back(s);
        if (!latest || s.scannedAt >= latest->scannedAt)
            latest = &s;
    }
    std::stable_sort(out.scans.begin(), out.scans.end(),
        [](const CookieScan &a, const CookieScan &b) { return a.scannedAt < b.scannedAt; });
    if (latest)
        out.latestScanId = latest->id;
    return out;
}

Expected<CookieSiteScope> scope(const CookieRegister &cookies, const QString &site)
{
    auto scans = cookies.scans();
    if (!scans)
        return scans.error();
    CookieSiteScope out = scope(*scans, site);
    // The latest scan with consent phases: the newest scan of the site that has an observation or an event
    // with a phase.
    for (auto it = out.scans.rbegin(); it != out.scans.rend() && !out.phaseScanId; ++it) {
        auto obs = cookies.observations(it->id);
        if (!obs)
            return obs.error();
        auto events = cookies.scanEvents(it->id);
        if (!events)
            return events.error();
        const bool phased
            = std::any_of(obs->begin(), obs->end(), [](const ScanObservation &o) { return !o.cookie.phase.isEmpty(); })
            || std::any_of(events->begin(), events->end(), [](const ScanEvent &e) { return !e.phase.isEmpty(); });
        if (phased)
            out.phaseScanId = it->id;
    }
    return out;
}

std::optional<QString> find(const std::vector<CookieScan> &scans, const QString &site)
{
    QString host = site.trimmed().toLower();
    if (host.contains(u"://"_s))
        host = QUrl(host).host();
    host = CookieImportSupport::registrableDomain(CookieImportSupport::bareDomain(host));
    if (sites(scans).contains(host))
        return host;
    return std::nullopt;
}

} // namespace CookieSites
