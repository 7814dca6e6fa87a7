// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cookies/cookieregister.h"

#include <QStringList>

// The inventory is per site: scans (live scans, HAR files, inspections, ...) of different sites are never
// merged. A site is the registrable domain of a scan's site (www.example.no and cdn.example.no are one site);
// scans that name no site form the site "".
struct CookieSiteScope
{
    QString site;
    std::vector<CookieScan> scans; // the site's scans, oldest first
    qint64 latestScanId = 0; // the site's latest scan (0 = none)
    qint64 phaseScanId = 0; // the site's latest scan with consent phases (a live scan; 0 = none)
    QStringList otherSites; // the workspace's other sites

    bool contains(qint64 scanId) const;
    // The site's observations among `all` (of every scan).
    std::vector<ScanObservation> observationsOf(const std::vector<ScanObservation> &all) const;
    // The declared cookies that belong to this site's inventory: all but those whose domain is one of the
    // other sites (the declaration is the workspace's, for whatever site it names).
    std::vector<DeclaredCookie> declaredOf(const std::vector<DeclaredCookie> &all) const;
};

namespace CookieSites {
// The site a scan belongs to.
QString siteOf(const CookieScan &scan);
// The sites the workspace has scans of, the latest scanned first.
QStringList sites(const std::vector<CookieScan> &scans);
// The scope of `site`; an empty `site` means the latest scan's site. A site without scans has an empty scope.
CookieSiteScope scope(const std::vector<CookieScan> &scans, const QString &site = {});
Expected<CookieSiteScope> scope(const CookieRegister &cookies, const QString &site = {});
// Whether `site` (as given by a user: a host or a URL) names one of the workspace's sites; the site as stored.
std::optional<QString> find(const std::vector<CookieScan> &scans, const QString &site);
} // namespace CookieSites
