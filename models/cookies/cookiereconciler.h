// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cookies/cookieknowledge.h"
#include "cookies/cookieregister.h"
#include "cookies/cookietext.h"

#include <QStringList>

// One line of the inventory: a declared cookie, an observed one, or both, with the verdict.
struct CookieRow
{
    CookieText::Status status = CookieText::Status::NotObserved;
    DeclaredCookie declared; // declared.id == 0 when the cookie is not in the declaration
    bool suggested = false; // the texts come from the knowledge base and are not accepted yet
    QString knowledgeSource; // builtin | ocd | '' (where a suggestion came from)
    bool observed = false;
    std::optional<qint64> observedRetention; // the longest seen
    bool observedSession = false;
    std::optional<bool> httpOnly, secure; // as last seen
    QString sameSite;
    QString observedParty;
    QStringList observedDomains;
    QDateTime firstSeen, lastSeen;
    QStringList sources; // file names of the scans that saw it
    QStringList differences; // why the status is Differs, in the requested language

    bool isDeclared() const { return declared.id != 0; }
};

// Compares the declaration with what the scans observed. Pure: no SQL, no clock.
class CookieReconciler
{
public:
    static std::vector<CookieRow> reconcile(const std::vector<DeclaredCookie> &declared,
        const std::vector<ScanObservation> &observations, const CookieKnowledge &knowledge, CookieText::Lang lang);
    // Loads everything from the register and reconciles: the inventory the GUI, the CLI and the declaration
    // show.
    static Expected<std::vector<CookieRow>> load(const CookieRegister &cookies, CookieText::Lang lang);

    // Does a declared name (possibly ending in '*') and domain cover an observed cookie?
    static bool covers(const DeclaredCookie &declared, const ObservedCookie &observed);
};
