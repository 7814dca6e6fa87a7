// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cookies/cookierecords.h"
#include "core/error.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <vector>

struct CookieScan
{
    qint64 id = 0;
    QString site;
    QDateTime scannedAt;
    QString source; // file name of the import
    int cookies = 0;
};

struct ScanObservation
{
    qint64 scanId = 0;
    QString source;
    ObservedCookie cookie;
};

class QSqlQuery;

// The storage side of the cookie area (all its SQL): the declared inventory, scans and observations, and the
// imported knowledge. The GUI edits the declaration through it; reads are cheap (hundreds of rows).
class CookieInventory
{
    Q_DECLARE_TR_FUNCTIONS(CookieInventory)

public:
    explicit CookieInventory(QSqlDatabase db)
        : m_db(std::move(db))
    { }

    Expected<std::vector<DeclaredCookie>> declared() const;
    // Every observation of every scan (or of one scan), oldest scan first.
    Expected<std::vector<ScanObservation>> observations(qint64 scanId = 0) const;
    Expected<std::vector<CookieScan>> scans() const; // oldest first
    Expected<std::vector<KnowledgeEntry>> importedKnowledge() const;

    // Adds a declared cookie and returns its id (cookie.id when non-zero, else a new one). A name+domain already
    // declared is refused.
    Expected<qint64> addDeclared(const DeclaredCookie &cookie);
    // Replaces the declared cookie with cookie.id.
    Status updateDeclared(const DeclaredCookie &cookie);
    Status removeDeclared(qint64 id);

    // Binds, in this order, name, domain, path, category, purpose_nb, purpose_en, supplier, tool, retention,
    // party and suggested: the columns every statement that writes a declared cookie starts with. The name is
    // trimmed and the domain trimmed and lower-cased, so edits and imports store the same form.
    static void bindDeclared(QSqlQuery &q, const DeclaredCookie &cookie);

private:
    static Error alreadyDeclared(const DeclaredCookie &cookie);

    QSqlDatabase m_db;
};
