// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cookies/cookieknowledge.h"
#include "cookies/cookietext.h"

#include <QStringList>

// A finding in a cookie-policy text.
struct PolicyFinding
{
    enum Kind {
        ImpliedConsent, // consent inferred from use of the site or from browser settings
        RepealedSection, // refers to the repealed § 2-7b
        NotInInventory, // names a cookie the inventory does not have
        NotInText, // an inventory cookie the text never names
    };
    Kind kind;
    int line = 0; // 1-based line in the text; 0 for NotInText
    qsizetype start = -1; // where the passage starts in the text (-1 for NotInText), for selecting it
    qsizetype length = 0; // its length in the text
    QString excerpt; // the words found
    QString message; // explanation in the requested language
};

// Reads the site's cookie-policy text against the Electronic Communications Act in force since 1 January
// 2025 (consent to the GDPR standard) and against the inventory.
class PolicyChecker
{
public:
    struct Result
    {
        std::vector<PolicyFinding> findings;
        QStringList namedInventoryCookies; // inventory cookies the text names
    };
    // `inventoryNames` are the declared names (a cookie the text must name); `observedNames` the names the site's
    // scans saw besides: a text that names them names a cookie of the inventory too.
    static Result check(const QString &text, const QStringList &inventoryNames, const CookieKnowledge &knowledge,
        CookieText::Lang lang, const QStringList &observedNames = {});
    // Where `name` occurs as a cookie name in `text`, or -1. Cookie tables pasted from web pages glue names
    // to the next word ("PHPSESSIDStores"), so a name may be followed by a capital letter.
    static qsizetype findName(const QString &text, const QString &name, qsizetype from = 0);
    static QString kindLabel(PolicyFinding::Kind kind, CookieText::Lang lang);
    static QString kindId(PolicyFinding::Kind kind); // implied-consent | repealed-section | not-in-inventory | ...
    // Whether the inventory's names cover a name as a text writes it: exactly, by a declared wildcard ("_ga_*"),
    // or, for a family the text names by its stem ("_ga_<container-id>", "_ga_XXXXXXXX", "_ga_*"), by any name
    // of the family.
    static bool covered(const QString &name, const QStringList &inventory);
};
