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
