// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cookies/cookierecords.h"
#include "cookies/cookietext.h"

#include <vector>

// What is known about cookie names in general: a built-in list the project wrote (with purposes in Bokmål
// and English) plus rows imported from the Open Cookie Database. Names repeat across vendors ("lang" is
// LinkedIn's and many a site's own), so a lookup matches on the name and the domain or supplier, and says how
// sure it is:
// - high: the name and the cookie's domain (or the supplier's name in it) match the entry's; or the name is one
//   the built-in list knows as one tool's own, set on any site, and no other domain is named;
// - medium: the name matches and the entry names no domain to compare with;
// - low: only the name matches: the entry names another domain, or the name is a short word ("id", "fr").
// Only high suggestions are accepted in bulk; a low one never is.
class CookieKnowledge
{
public:
    CookieKnowledge(); // built-in entries only
    explicit CookieKnowledge(std::vector<KnowledgeEntry> imported);

    static const std::vector<KnowledgeEntry> &builtIn();

    struct Match
    {
        const KnowledgeEntry *entry = nullptr;
        CookieText::Confidence confidence = CookieText::Confidence::None;
    };
    // The best entry for a cookie and how sure it is; entry nullptr when no name matches.
    Match match(const QString &name, const QString &domain = {}) const;
    // The best entry for a cookie, or nullptr.
    const KnowledgeEntry *lookup(const QString &name, const QString &domain = {}) const;
    // How sure `entry` (whose name matches) is to describe the cookie `name` on `domain`.
    static CookieText::Confidence confidence(const KnowledgeEntry &entry, const QString &name, const QString &domain);
    const std::vector<KnowledgeEntry> &imported() const { return m_imported; }

private:
    std::vector<KnowledgeEntry> m_imported;
};
