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
    QStringList details; // for Changed: one sentence per attribute, in the requested language
};

class CookieScanDiff
{
public:
    static std::vector<CookieChange> diff(
        const std::vector<ScanObservation> &before, const std::vector<ScanObservation> &after, CookieText::Lang lang);
    // The latest scan against the previous scan of the same site; empty (previous->id == 0) when there is none.
    static Expected<std::vector<CookieChange>> latest(const CookieRegister &cookies, CookieText::Lang lang,
        CookieScan *previous = nullptr, CookieScan *current = nullptr);
    static QString kindLabel(CookieChange::Kind kind, CookieText::Lang lang);
};
