// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cookies/cookierecords.h"
#include "core/error.h"

#include <memory>
#include <vector>

class CookieSink;
class ImportContext;
struct ImportFootprint;

// The cookie area's port: what the area keeps in a workspace and how it asks for it. The declaration (what
// the company says it sets, edited by the privacy officer), the scans and what each observed, and the imported
// knowledge. A workspace hands one out per connection (Workspace::cookies()); each storage backend implements
// it under models/storage/<backend>/. Reads are cheap: a site has hundreds of cookies, not millions.
class CookieRegister
{
public:
    virtual ~CookieRegister() = default;

    // The declared cookies, ordered by name (case-insensitive), then domain.
    virtual Expected<std::vector<DeclaredCookie>> declared() const = 0;
    // Adds a declared cookie and returns its id (cookie.id when non-zero, so an undo restores a removed row
    // under its old id; else a new one). A name+domain already declared is refused.
    virtual Expected<qint64> addDeclared(const DeclaredCookie &cookie) = 0;
    // Replaces the declared cookie with cookie.id; refused when that would declare a name+domain twice. An edited
    // row is the privacy officer's own from then on: it no longer belongs to the import that declared it, so
    // removing that import leaves it (removeImport).
    virtual Status updateDeclared(const DeclaredCookie &cookie) = 0;
    virtual Status removeDeclared(qint64 id) = 0;

    // Every scan, oldest first, with the number of cookies it observed.
    virtual Expected<std::vector<CookieScan>> scans() const = 0;
    // Every observation of every scan (scanId 0) or of one scan, oldest scan first, then by name, domain, path.
    virtual Expected<std::vector<ScanObservation>> observations(qint64 scanId = 0) const = 0;
    // The events of one live scan, in the order the scan reported them (none for a scan read from a file).
    virtual Expected<std::vector<ScanEvent>> scanEvents(qint64 scanId) const = 0;
    // The knowledge imported from the Open Cookie Database, in import order (the built-in knowledge is code).
    virtual Expected<std::vector<KnowledgeEntry>> importedKnowledge() const = 0;

    // Where an import of the cookie area writes, inside the transaction the import runs in (ctx.importId is
    // its history record). The sink must be gone before the register is.
    virtual std::unique_ptr<CookieSink> openSink(ImportContext &ctx) = 0;
    // Hands what one import stored to `sink` (a copy of the workspace): its scan, the scan's observations and
    // events with every field, the knowledge it brought, and the declared cookies it declared, as they are now (edits
    // included).
    virtual Status replay(qint64 importId, CookieSink &sink) const = 0;
    // What one import added (ImportRemoval): its scans with their observations and events, the knowledge it
    // brought, and the declared cookies it declared that nobody has edited since.
    virtual Status describeImport(qint64 importId, ImportFootprint &into) const = 0;
    // Removes exactly those, inside the caller's write transaction. Declared cookies edited since stay.
    virtual Status removeImport(qint64 importId) = 0;

protected:
    // The end of every backend's replay(), after the scan info: the observations, scan events, knowledge and
    // declared cookies of the import, in this order.
    static Status handOver(const std::vector<ScanObservation> &observations, const std::vector<ScanEvent> &events,
        const Expected<std::vector<KnowledgeEntry>> &knowledge, const Expected<std::vector<DeclaredCookie>> &declared,
        CookieSink &sink);
};
