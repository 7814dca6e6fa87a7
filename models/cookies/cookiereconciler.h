// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cookies/cookieknowledge.h"
#include "cookies/cookieregister.h"
#include "cookies/cookiesites.h"
#include "cookies/cookietext.h"

#include <QStringList>

#include <functional>

// One line of the inventory: a declared cookie, an observed one, or both, with the verdict.
struct CookieRow
{
    CookieText::Status status = CookieText::Status::NotObserved;
    DeclaredCookie declared; // declared.id == 0 when the cookie is not in the declaration
    bool suggested = false; // the texts come from the knowledge base and are not accepted yet
    QString knowledgeSource; // builtin | ocd | '' (where a suggestion came from)
    CookieText::Confidence confidence = CookieText::Confidence::None; // how sure the suggestion is
    QString knowledgeDomain; // the domain the suggestion's entry names ('' = any)
    bool observed = false; // by any scan of the site
    bool inLatestScan = false; // observed by the site's latest scan
    CookieScan missedBy; // when observed but not by the latest scan: the first later scan that missed it
    std::optional<qint64> observedRetention; // the longest seen
    bool observedSession = false;
    std::optional<bool> httpOnly, secure; // as last seen
    QString sameSite;
    QString observedParty;
    QStringList observedDomains;
    QDateTime firstSeen, lastSeen;
    QStringList sources; // file names of the scans that saw it
    QStringList differences; // why the status is Differs, in the requested language
    QStringList kinds; // cookie | localStorage | sessionStorage, as observed (empty: not observed)

    // From the site's latest live scan (its consent phases); empty when the site has no live scan.
    std::optional<bool> beforeConsent; // in the jar before the visitor chose
    std::optional<bool> afterReject; // in the jar after a click on reject-all (or the attempt)
    std::optional<bool> afterAccept; // in the jar after a click on accept-all
    QString firstPhase; // before | accept | reject: the first phase of that scan that saw it ('' = none)
    QString firstPage; // the page on which that phase first saw it

    // What a declared entry still lacks (CookieInventory::missingFields); empty for a complete entry and for an
    // undeclared row.
    QStringList missing;

    bool isDeclared() const { return declared.id != 0; }
    // A declared entry that is not complete: kept, marked, and left out of the published declaration.
    bool isDraft() const { return isDeclared() && !missing.isEmpty(); }
};

// Compares the declaration with what the scans observed. Pure: no SQL, no clock.
class CookieReconciler
{
public:
    // `observations` are one site's; the phase flags come from those of the scan `phaseScanId` (0 = none).
    // `scans` are the site's scans, oldest first: a cookie's status is per the latest of them (none given: every
    // observation counts as the latest).
    static std::vector<CookieRow> reconcile(const std::vector<DeclaredCookie> &declared,
        const std::vector<ScanObservation> &observations, const CookieKnowledge &knowledge, CookieText::Lang lang,
        qint64 phaseScanId = 0, const std::vector<CookieScan> &scans = {});
    // Whether the site's latest scan saw the row: "observed in the latest scan", "no longer observed since
    // DATE (the scan FILE)", "never observed". `showDate` writes the scan's time as DATE; by default its day in
    // the computer's time zone, short, in `lang`'s locale ("10.03.2025"). A document with its own language and
    // zone passes its own (the compliance report: "10. mars 2025", in the workspace's zone).
    static QString presenceText(
        const CookieRow &row, CookieText::Lang lang, const std::function<QString(const QDateTime &)> &showDate = {});
    // Loads one site's scans (CookieSites::scope: empty = the latest scan's site), the declaration and the
    // knowledge from the register and reconciles: the inventory the GUI, the CLI and the declaration show.
    // `scope`, when given, receives the site's scope.
    static Expected<std::vector<CookieRow>> load(const CookieRegister &cookies, CookieText::Lang lang,
        const QString &site = {}, CookieSiteScope *scope = nullptr);
    // The knowledge the reconciliation uses: the built-in one and what the register imported.
    static Expected<CookieKnowledge> knowledge(const CookieRegister &cookies);

    // Does a declared name (possibly ending in '*') and domain cover an observed cookie (or storage key)?
    static bool covers(const DeclaredCookie &declared, const ObservedCookie &observed);
    // Whether an observed retention exceeds a declared one (parsed with CookieText::parseRetention), with the
    // slack browsers and tools need for rounding expiry times.
    static bool longerThanDeclared(qint64 observedSeconds, qint64 declaredSeconds);
    // Why a suggestion has its confidence, in words.
    static QString confidenceReason(const CookieRow &row, CookieText::Lang lang);
    // The declared rows among `rows` and the drafts among them, for the warning before an export.
    static int declaredCount(const std::vector<CookieRow> &rows);
    static std::vector<const CookieRow *> drafts(const std::vector<CookieRow> &rows);
    // What a draft lacks, in words: "purpose in Bokmål, supplier".
    static QString missingText(const CookieRow &row, CookieText::Lang lang);
    // "name (missing purpose in Bokmål, supplier)" for each draft, one per line.
    static QStringList draftLines(const std::vector<CookieRow> &rows, CookieText::Lang lang);
    // The order of the consent phases in a scan: before, accept, reject (0, 1, 2; -1 for none).
    static int phaseRank(const QString &phase);
};
