// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cookies/cookieregister.h"

#include <QSqlDatabase>

class QSqlQuery;

// The cookie area's port on an SQLite workspace: the tables cookie_inventory, cookie_scans,
// cookie_observations, cookie_scan_events and cookie_knowledge (schema in cookieschema.cpp). Uses one connection, so it
// lives on that connection's thread and must be gone before the connection is closed.
class SqliteCookieRegister final : public CookieRegister
{
public:
    explicit SqliteCookieRegister(QSqlDatabase db)
        : m_db(std::move(db))
    { }

    Expected<std::vector<DeclaredCookie>> declared() const override;
    Expected<qint64> addDeclared(const DeclaredCookie &cookie) override;
    Status updateDeclared(const DeclaredCookie &cookie) override;
    Status removeDeclared(qint64 id) override;

    Expected<std::vector<CookieScan>> scans() const override;
    Expected<std::vector<ScanObservation>> observations(qint64 scanId = 0) const override;
    Expected<std::vector<ScanEvent>> scanEvents(qint64 scanId) const override;
    Expected<std::vector<KnowledgeEntry>> importedKnowledge() const override;
    Status replay(qint64 importId, CookieSink &sink) const override;
    Status describeImport(qint64 importId, ImportFootprint &into) const override;
    Status removeImport(qint64 importId) override;

    std::unique_ptr<CookieSink> openSink(ImportContext &ctx) override;

    // Binds, in this order, name, domain, path, category, purpose_nb, purpose_en, supplier, tool, retention,
    // party and suggested (in CookieInventory::normalized form): the columns every statement that writes a
    // declared cookie starts with.
    static void bindDeclared(QSqlQuery &q, const DeclaredCookie &cookie);

private:
    Expected<std::vector<DeclaredCookie>> declaredBy(qint64 importId) const;
    Expected<std::vector<KnowledgeEntry>> knowledgeBy(qint64 importId) const;

    QSqlDatabase m_db;
};

// The import sink of an SQLite workspace's cookie area (sqlitecookiesink.cpp).
std::unique_ptr<CookieSink> openSqliteCookieSink(QSqlDatabase &db, ImportContext &ctx);
