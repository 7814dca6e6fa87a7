// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cookies/cookieregister.h"
#include "cookies/cookietext.h"

#include <QStringList>

// What changed between two scans: cookies new in the later one, gone from it, or with changed attributes.
struct CookieChange
{
    enum Kind { New, Changed, Gone }; // sorted in this order
    Kind kind = New;
    QString name;
    QString domain;
    QString path;
    QString itemKind = QStringLiteral("cookie"); // cookie | localStorage | sessionStorage
    QStringList details; // for Changed: one sentence per attribute, in the requested language
};

// An item is its kind, name, domain and path; a live scan's observations of it in several consent phases are
// one item whose "set before consent / after reject / after accept" can change. Those are compared only when
// both scans are live scans (a HAR file has no phases).
class CookieScanDiff
{
public:
    static std::vector<CookieChange> diff(
        const std::vector<ScanObservation> &before, const std::vector<ScanObservation> &after, CookieText::Lang lang);
    // The latest scan of `site` (empty: the latest scan's site) against the previous scan of the same site;
    // empty (previous->id == 0) when there is none.
    static Expected<std::vector<CookieChange>> latest(const CookieRegister &cookies, CookieText::Lang lang,
        CookieScan *previous = nullptr, CookieScan *current = nullptr, const QString &site = {});
    static QString kindLabel(CookieChange::Kind kind, CookieText::Lang lang);
};
