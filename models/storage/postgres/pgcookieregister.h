// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cookies/cookieregister.h"

#include <QByteArrayList>

class PgConnection;

// The cookie area's port on a team workspace (PostgreSQL): the tables cookie_inventory, cookie_scans,
// cookie_observations and cookie_knowledge (schema/1/20-cookies.sql), with the same results as the SQLite
// backend for the same calls. Uses one connection, so it lives on that connection's thread.
class PgCookieRegister final : public CookieRegister
{
public:
    explicit PgCookieRegister(PgConnection &conn)
        : m_conn(conn)
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

    // name, domain, path, category, purpose_nb, purpose_en, supplier, tool, retention, party and suggested of
    // a declared cookie in CookieInventory::normalized form: the columns every write of one starts with.
    static QByteArrayList declaredValues(const DeclaredCookie &cookie);

private:
    Expected<std::vector<DeclaredCookie>> declaredBy(qint64 importId) const;
    Expected<std::vector<KnowledgeEntry>> knowledgeBy(qint64 importId) const;

    PgConnection &m_conn;
};

// The import sink of a team workspace's cookie area (pgcookiesink.cpp).
std::unique_ptr<CookieSink> openPgCookieSink(PgConnection &conn, ImportContext &ctx);
