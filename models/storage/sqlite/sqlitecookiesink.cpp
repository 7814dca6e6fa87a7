// SPDX-License-Identifier: GPL-3.0-or-later
// The cookie area's import sink on an SQLite workspace.
#include "cookies/cookieinventory.h"
#include "cookies/cookiesink.h"
#include "importers/importcontext.h"
#include "storage/sqlite/sql.h"
#include "storage/sqlite/sqlitecookieregister.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {

QVariant optionalBool(const std::optional<bool> &b)
{
    return b ? QVariant(int(*b)) : QVariant(QMetaType::fromType<int>());
}

// A null QString binds as SQL NULL; the text columns are NOT NULL with '' for "none".
QString text(const QString &s)
{
    return s.isNull() ? u""_s : s;
}

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

// Writes inside the import's transaction (ImportService began it and commits or rolls back).
class SqliteCookieSink final : public CookieSink
{
public:
    SqliteCookieSink(QSqlDatabase &db, ImportContext &ctx)
        : m_db(db)
        , m_ctx(ctx)
    { }

    void setScanInfo(const QString &site, const QDateTime &scannedAt) override { m_scan.take(site, scannedAt); }

    Status addObserved(const ObservedCookie &observed) override
    {
        if (Status s = ensureScan())
            return s;
        const ObservedCookie c = CookieInventory::clampLifetime(observed, m_scan.scannedAt);
        QSqlQuery q(m_db);
        // The same cookie seen twice in one scan is one observation: keep the widest time span and whatever
        // attributes a source could tell.
        q.prepare(
            u"INSERT INTO cookie_observations(scan_id, name, domain, path, retention_s, session, expires_at,"
            " http_only, secure, same_site, party, via, first_seen, last_seen, kind, phase, page, set_by, initiator,"
            " partitioned, value_length, looks_like_id) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
            " ON CONFLICT(scan_id, phase, kind, name, domain, path) DO UPDATE SET"
            " retention_s = COALESCE(MAX(retention_s, excluded.retention_s), retention_s, excluded.retention_s),"
            " session = MIN(session, excluded.session),"
            " expires_at = COALESCE(excluded.expires_at, expires_at),"
            " http_only = COALESCE(excluded.http_only, http_only),"
            " secure = COALESCE(excluded.secure, secure),"
            " same_site = CASE WHEN excluded.same_site <> '' THEN excluded.same_site ELSE same_site END,"
            " via = CASE WHEN via = 'request' THEN excluded.via ELSE via END,"
            " first_seen = MIN(COALESCE(first_seen, excluded.first_seen), COALESCE(excluded.first_seen, first_seen)),"
            " last_seen = MAX(COALESCE(last_seen, excluded.last_seen), COALESCE(excluded.last_seen, last_seen)),"
            " page = CASE WHEN page = '' THEN excluded.page ELSE page END,"
            " set_by = CASE WHEN set_by = '' THEN excluded.set_by ELSE set_by END,"
            " initiator = CASE WHEN initiator = '' THEN excluded.initiator ELSE initiator END,"
            " partitioned = COALESCE(excluded.partitioned, partitioned),"
            " value_length = COALESCE(excluded.value_length, value_length),"
            " looks_like_id = MAX(looks_like_id, excluded.looks_like_id)"_s);
        q.addBindValue(m_scanId);
        q.addBindValue(text(c.name));
        q.addBindValue(text(c.domain));
        q.addBindValue(c.path.isEmpty() ? u"/"_s : c.path);
        q.addBindValue(c.retentionSeconds ? QVariant(*c.retentionSeconds) : QVariant(QMetaType::fromType<qint64>()));
        q.addBindValue(int(c.session));
        q.addBindValue(c.expiresAt.isValid() ? QVariant(iso(c.expiresAt)) : QVariant(QMetaType::fromType<QString>()));
        q.addBindValue(optionalBool(c.httpOnly));
        q.addBindValue(optionalBool(c.secure));
        q.addBindValue(text(c.sameSite));
        q.addBindValue(text(c.party));
        q.addBindValue(text(c.via));
        const QDateTime first = c.firstSeen.isValid() ? c.firstSeen : m_scan.scannedAt;
        const QDateTime last = c.lastSeen.isValid() ? c.lastSeen : first;
        q.addBindValue(iso(first));
        q.addBindValue(iso(last));
        q.addBindValue(c.kind.isEmpty() ? u"cookie"_s : c.kind);
        q.addBindValue(text(c.phase));
        q.addBindValue(text(c.page));
        q.addBindValue(text(c.setBy));
        q.addBindValue(text(c.initiator));
        q.addBindValue(optionalBool(c.partitioned));
        q.addBindValue(c.valueLength ? QVariant(*c.valueLength) : QVariant(QMetaType::fromType<int>()));
        q.addBindValue(int(c.looksLikeId));
        if (!q.exec())
            return Sql::error(q, m_ctx.fileName);
        ++m_ctx.rowsStored;
        return {};
    }

    Status addScanEvent(const ScanEvent &e) override
    {
        if (Status s = ensureScan())
            return s;
        QSqlQuery q(m_db);
        q.prepare(u"INSERT INTO cookie_scan_events(scan_id, phase, kind, page, subject, detail) VALUES(?,?,?,?,?,?)"_s);
        q.addBindValue(m_scanId);
        for (const QString &v : { e.phase, e.kind, e.page, e.subject, e.detail })
            q.addBindValue(text(v));
        if (!q.exec())
            return Sql::error(q, m_ctx.fileName);
        ++m_ctx.rowsStored;
        return {};
    }

    Status addDeclared(const DeclaredCookie &c) override
    {
        QSqlQuery q(m_db);
        q.prepare(u"INSERT INTO cookie_inventory(name, domain, path, category, purpose_nb, purpose_en, supplier, tool,"
                  " retention, party, suggested, import_id) VALUES(?,?,?,?,?,?,?,?,?,?,?,?)"
                  " ON CONFLICT(name, domain) DO UPDATE SET path=excluded.path, category=excluded.category,"
                  " purpose_nb=excluded.purpose_nb, purpose_en=excluded.purpose_en, supplier=excluded.supplier,"
                  " tool=excluded.tool, retention=excluded.retention, party=excluded.party,"
                  " suggested=excluded.suggested, import_id=excluded.import_id"_s);
        SqliteCookieRegister::bindDeclared(q, c);
        q.addBindValue(m_ctx.importId ? QVariant(m_ctx.importId) : QVariant(QMetaType::fromType<qint64>()));
        if (!q.exec())
            return Sql::error(q, m_ctx.fileName);
        ++m_ctx.rowsStored;
        return {};
    }

    Status addKnowledge(const KnowledgeEntry &e) override
    {
        if (!m_knowledge) {
            m_knowledge = std::make_unique<QSqlQuery>(m_db);
            m_knowledge->prepare(
                u"INSERT INTO cookie_knowledge(import_id, ext_id, name, is_prefix, domain, platform,"
                " category, supplier, retention, purpose_en, purpose_nb) VALUES(?,?,?,?,?,?,?,?,?,?,?)"_s);
        }
        QSqlQuery &q = *m_knowledge;
        q.addBindValue(m_ctx.importId);
        q.addBindValue(text(e.extId));
        q.addBindValue(text(e.name));
        q.addBindValue(int(e.isPrefix));
        q.addBindValue(text(e.domain));
        q.addBindValue(text(e.platform));
        q.addBindValue(text(e.category));
        q.addBindValue(text(e.supplier));
        q.addBindValue(text(e.retention));
        q.addBindValue(text(e.purposeEn));
        q.addBindValue(text(e.purposeNb));
        if (!q.exec())
            return Sql::error(q, m_ctx.fileName);
        ++m_ctx.rowsStored;
        return {};
    }

    // An import of observations is a scan even when it saw no cookie: the next diff shows them all as gone.
    Status finish() override { return m_scan.isScan ? ensureScan() : Status {}; }

private:
    Status ensureScan()
    {
        if (m_scanId)
            return {};
        m_scan.dateIfUndated();
        QSqlQuery q(m_db);
        q.prepare(u"INSERT INTO cookie_scans(import_id, site, scanned_at, source) VALUES(?,?,?,?)"_s);
        q.addBindValue(m_ctx.importId);
        q.addBindValue(text(m_scan.site));
        q.addBindValue(iso(m_scan.scannedAt));
        q.addBindValue(text(m_ctx.fileName));
        if (!q.exec())
            return Sql::error(q, m_ctx.fileName);
        m_scanId = q.lastInsertId().toLongLong();
        return {};
    }

    QSqlDatabase &m_db;
    ImportContext &m_ctx;
    qint64 m_scanId = 0;
    CookieScanInfo m_scan;
    std::unique_ptr<QSqlQuery> m_knowledge;
};

} // namespace

std::unique_ptr<CookieSink> openSqliteCookieSink(QSqlDatabase &db, ImportContext &ctx)
{
    return std::make_unique<SqliteCookieSink>(db, ctx);
}
