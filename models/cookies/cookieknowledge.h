// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cookies/cookierecords.h"

#include <vector>

// What is known about cookie names in general: a built-in list the project wrote (with purposes in Bokmål
// and English) plus rows imported from the Open Cookie Database. Names repeat across vendors, so a lookup
// prefers an entry whose domain matches the cookie's.
class CookieKnowledge
{
public:
    CookieKnowledge(); // built-in entries only
    explicit CookieKnowledge(std::vector<KnowledgeEntry> imported);

    static const std::vector<KnowledgeEntry> &builtIn();

    // The best entry for a cookie, or nullptr.
    const KnowledgeEntry *lookup(const QString &name, const QString &domain = {}) const;
    const std::vector<KnowledgeEntry> &imported() const { return m_imported; }

private:
    std::vector<KnowledgeEntry> m_imported;
};
