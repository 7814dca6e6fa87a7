// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

// The plain records of the cookie area. None of them has a field for a cookie's value: values are personal
// data and are dropped by the importers.

// A cookie seen in one scan.
struct ObservedCookie
{
    QString name;
    QString domain; // lower case, without a leading dot
    QString path = QStringLiteral("/");
    std::optional<qint64> retentionSeconds; // expiry minus the time it was set; empty = session or unknown
    bool session = false;
    QDateTime expiresAt;
    std::optional<bool> httpOnly; // empty = this source cannot tell
    std::optional<bool> secure;
    QString sameSite; // Strict | Lax | None | ''
    QString party; // first | third | ''
    QString via; // set-cookie | request | script | browser | csv
    QDateTime firstSeen;
    QDateTime lastSeen;

    // What a live scan of the site (cookiescan/) adds; files leave these empty. One observation per consent
    // phase the item was in the jar at the end of: the inventory derives "set before consent", "set after
    // reject" and "after accept" from the phases of a scan.
    QString kind = QStringLiteral("cookie"); // cookie | localStorage | sessionStorage (name = the key, domain =
                                             // the origin's host; never the value)
    QString phase; // before | accept | reject; '' = not from a live scan
    QString page; // the URL of the page on which this phase first saw it
    QString setBy; // the URL of the response whose Set-Cookie header set it, or of the script that set it
    QString initiator; // what made that request: a script's URL, "parser" (the page's HTML), "other"
    std::optional<bool> partitioned; // CHIPS; empty = this source cannot tell
    std::optional<int> valueLength; // the value's length in bytes: the value itself is never kept
    bool looksLikeId = false; // the value looks like an identifier (long enough and random-looking)
};

// The consent phases of a live scan, in their order, as stored.
namespace ConsentPhase {
inline const QString Before = QStringLiteral("before"); // the banner untouched
inline const QString Accept = QStringLiteral("accept"); // after a click on accept-all
inline const QString Reject = QStringLiteral("reject"); // after a click on reject-all (or the attempt)
} // namespace ConsentPhase

// Something a live scan saw besides the items in the jar: the evidence behind its findings.
struct ScanEvent
{
    QString phase; // before | accept | reject
    // page (visited; detail = HTTP status) | timeout (the page did not settle in time) | redirect (detail =
    // target) | consent-click (subject = the rule that found the button, detail = the button's text) |
    // consent-missing (no such button on the first layer; subject = accept | reject) | third-party-host
    // (subject = the host) | blocked-cookie (subject = "name; domain", detail = the browser's reason) | error
    QString kind;
    QString page; // the page it happened on
    QString subject;
    QString detail;
};

// A cookie the company declares.
struct DeclaredCookie
{
    qint64 id = 0;
    QString name;
    QString domain;
    QString path = QStringLiteral("/");
    QString category = QStringLiteral("unclassified");
    QString purposeNb;
    QString purposeEn;
    QString supplier;
    QString tool;
    QString retention;
    QString party;
    bool suggested = false;

    QString purpose(bool norwegian) const { return norwegian ? purposeNb : purposeEn; }
};

// What is generally known about a cookie name (built in or from the Open Cookie Database).
struct KnowledgeEntry
{
    QString name;
    bool isPrefix = false; // the name is a prefix (_ga_*, BIGipServer*)
    QString domain; // empty = any
    QString platform;
    QString category = QStringLiteral("unclassified");
    QString supplier;
    QString retention;
    QString purposeEn;
    QString purposeNb;
    QString source; // builtin | ocd
    QString extId;

    bool matches(const QString &cookieName) const
    {
        return isPrefix ? cookieName.startsWith(name) : cookieName == name;
    }
};

// One import of observations (HAR, inspection.json, cookies.sqlite, observed-cookies CSV).
struct CookieScan
{
    qint64 id = 0;
    QString site;
    QDateTime scannedAt;
    QString source; // file name of the import
    int cookies = 0;
};

// A cookie seen in one scan, with the scan it belongs to.
struct ScanObservation
{
    qint64 scanId = 0;
    QString source;
    ObservedCookie cookie;
};
