// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cookies/cookierecords.h"
#include "importers/importsink.h"

#include <QDateTime>
#include <QString>

// The scan an import's observations belong to, kept the same way by every backend's sink: the first site and
// time setScanInfo gives win; a scan without a time is dated when the sink opens it (its first observation, or
// the end of the import).
struct CookieScanInfo
{
    bool isScan = false; // setScanInfo was called: the import is a scan even if it observed nothing
    QString site;
    QDateTime scannedAt;

    void take(const QString &scanSite, const QDateTime &at)
    {
        isScan = true;
        if (site.isEmpty())
            site = scanSite;
        if (!scannedAt.isValid())
            scannedAt = at;
    }
    void dateIfUndated()
    {
        if (!scannedAt.isValid())
            scannedAt = QDateTime::currentDateTimeUtc();
    }
};

// Where cookie importers (HAR, inspection.json, cookies.sqlite, declaration CSV, Open Cookie Database) put
// what they read. Cookie values are personal data: the sink takes names and attributes only. Opened through
// the area's port (CookieRegister::openSink).
class CookieSink : public ImportSink
{
public:
    // Observations belong to one scan per import; the site and time describe it (first call wins).
    virtual void setScanInfo(const QString &site, const QDateTime &scannedAt) = 0;
    // One observation per consent phase, kind, name, domain and path in a scan: the same item given again in
    // the same phase is merged (the widest time span, whatever attributes a source could tell, the first page).
    virtual Status addObserved(const ObservedCookie &cookie) = 0;
    // What a live scan saw besides the jar (pages, clicks, missing buttons, ...), kept in the order given.
    virtual Status addScanEvent(const ScanEvent &event) = 0;
    // A declared cookie; an existing row with the same name and domain is replaced.
    virtual Status addDeclared(const DeclaredCookie &cookie) = 0;
    virtual Status addKnowledge(const KnowledgeEntry &entry) = 0;
};
