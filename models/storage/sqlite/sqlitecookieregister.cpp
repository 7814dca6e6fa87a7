// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sqlite/sqlitecookieregister.h"

#include "cookies/cookieinventory.h"
#include "cookies/cookiesink.h"
#include "storage/sqlite/sql.h"
#include "workspace/importfootprint.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {

std::optional<bool> optionalBool(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toInt() != 0;
}

QDateTime fromIso(const QVariant &v)
{
    if (v.isNull() || v.toString().isEmpty())
        return {};
    return QDateTime::fromString(v.toString(), Qt::ISODate);
}

} // namespace

Expected<std::vector<DeclaredCookie>> SqliteCookieRegister::declared() const
{
    return declaredBy(0);
}

// All declared cookies (importId 0) or those one import declared.
Expected<std::vector<DeclaredCookie>> SqliteCookieRegister::declaredBy(qint64 importId) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT id, name, domain, path, category, purpose_nb, purpose_en, supplier, tool, retention, party,"
              " suggested FROM cookie_inventory WHERE (? = 0 OR import_id = ?)"
              " ORDER BY name COLLATE NOCASE, domain"_s);
    q.addBindValue(importId);
    q.addBindValue(importId);
    if (!q.exec())
        return Sql::error(q);
    std::vector<DeclaredCookie> out;
    while (q.next()) {
        DeclaredCookie c;
        c.id = q.value(0).toLongLong();
        c.name = q.value(1).toString();
        c.domain = q.value(2).toString();
        c.path = q.value(3).toString();
        c.category = q.value(4).toString();
        c.purposeNb = q.value(5).toString();
        c.purposeEn = q.value(6).toString();
        c.supplier = q.value(7).toString();
        c.tool = q.value(8).toString();
        c.retention = q.value(9).toString();
        c.party = q.value(10).toString();
        c.suggested = q.value(11).toInt() != 0;
        out.push_back(std::move(c));
    }
    return out;
}

Expected<std::vector<ScanObservation>> SqliteCookieRegister::observations(qint64 scanId) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT o.scan_id, s.source, o.name, o.domain, o.path, o.retention_s, o.session, o.expires_at,"
              " o.http_only, o.secure, o.same_site, o.party, o.via, o.first_seen, o.last_seen, o.kind, o.phase,"
              " o.page, o.set_by, o.initiator, o.partitioned, o.value_length, o.looks_like_id"
              " FROM cookie_observations o JOIN cookie_scans s ON s.id = o.scan_id"
              " WHERE (? = 0 OR o.scan_id = ?) ORDER BY o.scan_id, o.name, o.domain, o.path, o.kind, o.phase"_s);
    q.addBindValue(scanId);
    q.addBindValue(scanId);
    if (!q.exec())
        return Sql::error(q);
    std::vector<ScanObservation> out;
    while (q.next()) {
        ScanObservation o;
        o.scanId = q.value(0).toLongLong();
        o.source = q.value(1).toString();
        ObservedCookie &c = o.cookie;
        c.name = q.value(2).toString();
        c.domain = q.value(3).toString();
        c.path = q.value(4).toString();
        if (!q.value(5).isNull())
            c.retentionSeconds = q.value(5).toLongLong();
        c.session = q.value(6).toInt() != 0;
        c.expiresAt = fromIso(q.value(7));
        c.httpOnly = optionalBool(q.value(8));
        c.secure = optionalBool(q.value(9));
        c.sameSite = q.value(10).toString();
        c.party = q.value(11).toString();
        c.via = q.value(12).toString();
        c.firstSeen = fromIso(q.value(13));
        c.lastSeen = fromIso(q.value(14));
        c.kind = q.value(15).toString();
        c.phase = q.value(16).toString();
        c.page = q.value(17).toString();
        c.setBy = q.value(18).toString();
        c.initiator = q.value(19).toString();
        c.partitioned = optionalBool(q.value(20));
        if (!q.value(21).isNull())
            c.valueLength = q.value(21).toInt();
        c.looksLikeId = q.value(22).toInt() != 0;
        out.push_back(std::move(o));
    }
    return out;
}

Expected<std::vector<ScanEvent>> SqliteCookieRegister::scanEvents(qint64 scanId) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT phase, kind, page, subject, detail FROM cookie_scan_events WHERE scan_id = ? ORDER BY id"_s);
    q.addBindValue(scanId);
    if (!q.exec())
        return Sql::error(q);
    std::vector<ScanEvent> out;
    while (q.next())
        out.push_back({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
            q.value(4).toString() });
    return out;
}

Expected<std::vector<CookieScan>> SqliteCookieRegister::scans() const
{
    QSqlQuery q(m_db);
    if (!q.exec(u"SELECT s.id, s.site, s.scanned_at, s.source, (SELECT COUNT(*) FROM cookie_observations o"
                " WHERE o.scan_id = s.id) FROM cookie_scans s ORDER BY s.scanned_at, s.id"_s))
        return Sql::error(q);
    std::vector<CookieScan> out;
    while (q.next())
        out.push_back({ q.value(0).toLongLong(), q.value(1).toString(), fromIso(q.value(2)), q.value(3).toString(),
            q.value(4).toInt() });
    return out;
}

Expected<std::vector<KnowledgeEntry>> SqliteCookieRegister::importedKnowledge() const
{
    return knowledgeBy(0);
}

// All imported knowledge (importId 0) or one import's.
Expected<std::vector<KnowledgeEntry>> SqliteCookieRegister::knowledgeBy(qint64 importId) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT ext_id, name, is_prefix, domain, platform, category, supplier, retention, purpose_en,"
              " purpose_nb FROM cookie_knowledge WHERE (? = 0 OR import_id = ?) ORDER BY id"_s);
    q.addBindValue(importId);
    q.addBindValue(importId);
    if (!q.exec())
        return Sql::error(q);
    std::vector<KnowledgeEntry> out;
    while (q.next()) {
        KnowledgeEntry e;
        e.extId = q.value(0).toString();
        e.name = q.value(1).toString();
        e.isPrefix = q.value(2).toInt() != 0;
        e.domain = q.value(3).toString();
        e.platform = q.value(4).toString();
        e.category = q.value(5).toString();
        e.supplier = q.value(6).toString();
        e.retention = q.value(7).toString();
        e.purposeEn = q.value(8).toString();
        e.purposeNb = q.value(9).toString();
        e.source = u"ocd"_s;
        out.push_back(std::move(e));
    }
    return out;
}

void SqliteCookieRegister::bindDeclared(QSqlQuery &q, const DeclaredCookie &cookie)
{
    const DeclaredCookie c = CookieInventory::normalized(cookie);
    q.addBindValue(c.name);
    q.addBindValue(c.domain);
    q.addBindValue(c.path);
    q.addBindValue(c.category);
    q.addBindValue(c.purposeNb);
    q.addBindValue(c.purposeEn);
    q.addBindValue(c.supplier);
    q.addBindValue(c.tool);
    q.addBindValue(c.retention);
    q.addBindValue(c.party);
    q.addBindValue(int(c.suggested));
}

Expected<qint64> SqliteCookieRegister::addDeclared(const DeclaredCookie &c)
{
    if (Status s = CookieInventory::checkDeclarable(c))
        return *s;
    QSqlQuery q(m_db);
    // An explicit id restores a removed row under its old id (undo), so later undo steps still find it.
    q.prepare(u"INSERT INTO cookie_inventory(name, domain, path, category, purpose_nb, purpose_en, supplier, tool,"
              " retention, party, suggested, id) VALUES(?,?,?,?,?,?,?,?,?,?,?,?)"_s);
    bindDeclared(q, c);
    q.addBindValue(c.id > 0 ? QVariant(c.id) : QVariant(QMetaType::fromType<qint64>()));
    if (!q.exec())
        return CookieInventory::alreadyDeclared(c);
    return q.lastInsertId().toLongLong();
}

Status SqliteCookieRegister::updateDeclared(const DeclaredCookie &c)
{
    if (Status s = CookieInventory::checkDeclarable(c))
        return s;
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE cookie_inventory SET name=?, domain=?, path=?, category=?, purpose_nb=?, purpose_en=?,"
              " supplier=?, tool=?, retention=?, party=?, suggested=?, import_id=NULL WHERE id=?"_s);
    bindDeclared(q, c);
    q.addBindValue(c.id);
    if (!q.exec())
        return CookieInventory::alreadyDeclared(c);
    return {};
}

Status SqliteCookieRegister::removeDeclared(qint64 id)
{
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM cookie_inventory WHERE id=?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return Sql::error(q);
    return {};
}

Status SqliteCookieRegister::replay(qint64 importId, CookieSink &sink) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT id, site, scanned_at FROM cookie_scans WHERE import_id = ? ORDER BY id"_s);
    q.addBindValue(importId);
    if (!q.exec())
        return Sql::error(q);
    std::vector<qint64> scanIds;
    while (q.next()) {
        scanIds.push_back(q.value(0).toLongLong());
        sink.setScanInfo(q.value(1).toString(), fromIso(q.value(2)));
    }
    std::vector<ScanObservation> seen;
    std::vector<ScanEvent> events;
    for (const qint64 scan : scanIds) {
        auto some = observations(scan);
        if (!some)
            return some.error();
        seen.insert(seen.end(), some->begin(), some->end());
        auto happened = scanEvents(scan);
        if (!happened)
            return happened.error();
        events.insert(events.end(), happened->begin(), happened->end());
    }
    return handOver(seen, events, knowledgeBy(importId), declaredBy(importId), sink);
}

Status SqliteCookieRegister::describeImport(qint64 importId, ImportFootprint &into) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT (SELECT count(*) FROM cookie_scans WHERE import_id = ?),"
              " (SELECT count(*) FROM cookie_observations o JOIN cookie_scans s ON s.id = o.scan_id"
              "  WHERE s.import_id = ?),"
              " (SELECT count(*) FROM cookie_scan_events e JOIN cookie_scans s ON s.id = e.scan_id"
              "  WHERE s.import_id = ?),"
              " (SELECT count(*) FROM cookie_knowledge WHERE import_id = ?),"
              " (SELECT count(*) FROM cookie_inventory WHERE import_id = ?)"_s);
    for (int i = 0; i < 5; ++i)
        q.addBindValue(importId);
    if (!q.exec() || !q.next())
        return Sql::error(q);
    into.scans = q.value(0).toLongLong();
    into.observations = q.value(1).toLongLong();
    into.scanEvents = q.value(2).toLongLong();
    into.knowledgeEntries = q.value(3).toLongLong();
    into.declaredCookies = q.value(4).toLongLong();
    return {};
}

// A scan's observations and events go with it (ON DELETE CASCADE).
Status SqliteCookieRegister::removeImport(qint64 importId)
{
    for (const QString &table : { u"cookie_inventory"_s, u"cookie_scans"_s, u"cookie_knowledge"_s }) {
        QSqlQuery q(m_db);
        q.prepare(u"DELETE FROM %1 WHERE import_id = ?"_s.arg(table));
        q.addBindValue(importId);
        if (!q.exec())
            return Sql::error(q);
    }
    return {};
}

std::unique_ptr<CookieSink> SqliteCookieRegister::openSink(ImportContext &ctx)
{
    return openSqliteCookieSink(m_db, ctx);
}
