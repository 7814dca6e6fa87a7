// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cookies/cookieknowledge.h"
#include "cookies/cookiesites.h"
#include "cookies/cookietext.h"

// What a scan of a site shows against the law in force since 1 January 2025 (consent before any cookie that is
// not strictly necessary; refusing as easy as accepting) and against the declaration.
struct CookieFinding
{
    enum Kind {
        BeforeConsent, // a non-necessary item set before the visitor chose
        AfterReject, // a non-necessary item, or third-party storage, set although the visitor rejected
        NoRejectButton, // no reject button on the banner's first layer
        Undeclared, // observed but not in the declaration
        NeverSeen, // declared but seen in no phase of the scan
        LongerRetention, // kept longer than declared
    };
    // High: a rule is broken; Medium: the declaration is wrong; Low: something to check.
    enum Severity { High, Medium, Low };

    Kind kind = BeforeConsent;
    Severity severity = High;
    // The item (empty for NoRejectButton).
    QString name;
    QString domain;
    QString itemKind; // cookie | localStorage | sessionStorage
    QString category; // as the declaration or the knowledge base has it; unclassified when neither knows
    // The evidence.
    QString phase; // before | accept | reject ('' for the declaration's findings)
    QString page;
    QString request; // the response or script that set it (ObservedCookie::setBy)
    QString initiator; // what made that request
    QString message; // one sentence in the requested language
};

// A pure function of one scan's observations and events, the declaration and the knowledge: no SQL, no clock.
//
// An item's category is the declared one (the declared cookie that covers it), else the knowledge base's, else
// unclassified. Unclassified counts as not strictly necessary, because the officer has to show that it is;
// its findings before consent and after reject are of low severity ("check it"), those of an item known to be
// preferences, statistics or marketing high. Third-party web storage after reject is a finding of high severity
// whatever its category. Items seen in several phases give one finding per phase where a rule applies, and one
// "undeclared" or "longer retention" finding with the first phase that saw them.
class CookieFindings
{
public:
    static std::vector<CookieFinding> compute(const std::vector<ScanObservation> &scan,
        const std::vector<ScanEvent> &events, const std::vector<DeclaredCookie> &declared,
        const CookieKnowledge &knowledge, CookieText::Lang lang);
    // The findings of the latest scan of `site` (empty: the latest scan's site); none when the site has no
    // scan. `scope`, when given, receives the site's scope.
    static Expected<std::vector<CookieFinding>> load(const CookieRegister &cookies, CookieText::Lang lang,
        const QString &site = {}, CookieSiteScope *scope = nullptr);

    static QString kindId(CookieFinding::Kind kind); // before-consent | after-reject | no-reject-button | ...
    static QString kindLabel(CookieFinding::Kind kind, CookieText::Lang lang);
    static QString severityId(CookieFinding::Severity severity); // high | medium | low
    static QString severityLabel(CookieFinding::Severity severity, CookieText::Lang lang);
};
