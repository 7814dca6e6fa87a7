// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/postgres/pgcookieregister.h"

#include "cookies/cookieinventory.h"
#include "cookies/cookiesink.h"
#include "storage/postgres/pgconnection.h"
#include "storage/postgres/pgvalues.h"
#include "workspace/importfootprint.h"

using namespace Qt::StringLiterals;

// Orders compare bytes (COLLATE "C") as SQLite's BINARY does; lower() under "C" folds ASCII only, as NOCASE.
Expected<std::vector<DeclaredCookie>> PgCookieRegister::declared() const
{
    return declaredBy(0);
}

// All declared cookies (importId 0) or those one import declared.
Expected<std::vector<DeclaredCookie>> PgCookieRegister::declaredBy(qint64 importId) const
{
    auto r = m_conn.exec("SELECT id, name, domain, path, category, purpose_nb, purpose_en, supplier, tool, retention,"
                         " party, suggested FROM cookie_inventory WHERE ($1 = 0 OR import_id = $1)"
                         " ORDER BY lower(name COLLATE \"C\"), domain COLLATE \"C\"",
        { PgValues::integer(importId) });
    if (!r)
        return r.error();
    std::vector<DeclaredCookie> out;
    out.reserve(size_t(r->rows()));
    for (int i = 0; i < r->rows(); ++i) {
        DeclaredCookie c;
        c.id = r->integer(i, 0);
        c.name = r->text(i, 1);
        c.domain = r->text(i, 2);
        c.path = r->text(i, 3);
        c.category = r->text(i, 4);
        c.purposeNb = r->text(i, 5);
        c.purposeEn = r->text(i, 6);
        c.supplier = r->text(i, 7);
        c.tool = r->text(i, 8);
        c.retention = r->text(i, 9);
        c.party = r->text(i, 10);
        c.suggested = PgValues::booleanAt(*r, i, 11);
        out.push_back(std::move(c));
    }
    return out;
}

Expected<std::vector<ScanObservation>> PgCookieRegister::observations(qint64 scanId) const
{
    using PgValues::epochMs;
    auto r = m_conn.exec("SELECT o.scan_id, s.source, o.name, o.domain, o.path, o.retention_s, o.session, "
            + epochMs("o.expires_at") + ", o.http_only, o.secure, o.same_site, o.party, o.via, "
            + epochMs("o.first_seen") + ", " + epochMs("o.last_seen")
            + ", o.kind, o.phase, o.page, o.set_by, o.initiator, o.partitioned, o.value_length, o.looks_like_id"
              " FROM cookie_observations o JOIN cookie_scans s ON s.id = o.scan_id"
              " WHERE ($1 = 0 OR o.scan_id = $1)"
              " ORDER BY o.scan_id, o.name COLLATE \"C\", o.domain COLLATE \"C\", o.path COLLATE \"C\","
              " o.kind COLLATE \"C\", o.phase COLLATE \"C\"",
        { PgValues::integer(scanId) });
    if (!r)
        return r.error();
    std::vector<ScanObservation> out;
    out.reserve(size_t(r->rows()));
    for (int i = 0; i < r->rows(); ++i) {
        ScanObservation o;
        o.scanId = r->integer(i, 0);
        o.source = r->text(i, 1);
        ObservedCookie &c = o.cookie;
        c.name = r->text(i, 2);
        c.domain = r->text(i, 3);
        c.path = r->text(i, 4);
        if (!r->isNull(i, 5))
            c.retentionSeconds = r->integer(i, 5);
        c.session = PgValues::booleanAt(*r, i, 6);
        c.expiresAt = PgValues::timeAt(*r, i, 7);
        c.httpOnly = PgValues::optionalBooleanAt(*r, i, 8);
        c.secure = PgValues::optionalBooleanAt(*r, i, 9);
        c.sameSite = r->text(i, 10);
        c.party = r->text(i, 11);
        c.via = r->text(i, 12);
        c.firstSeen = PgValues::timeAt(*r, i, 13);
        c.lastSeen = PgValues::timeAt(*r, i, 14);
        c.kind = r->text(i, 15);
        c.phase = r->text(i, 16);
        c.page = r->text(i, 17);
        c.setBy = r->text(i, 18);
        c.initiator = r->text(i, 19);
        c.partitioned = PgValues::optionalBooleanAt(*r, i, 20);
        if (!r->isNull(i, 21))
            c.valueLength = int(r->integer(i, 21));
        c.looksLikeId = PgValues::booleanAt(*r, i, 22);
        out.push_back(std::move(o));
    }
    return out;
}

Expected<std::vector<ScanEvent>> PgCookieRegister::scanEvents(qint64 scanId) const
{
    auto r = m_conn.exec("SELECT phase, kind, page, subject, detail FROM cookie_scan_events WHERE scan_id = $1"
                         " ORDER BY id",
        { PgValues::integer(scanId) });
    if (!r)
        return r.error();
    std::vector<ScanEvent> out;
    out.reserve(size_t(r->rows()));
    for (int i = 0; i < r->rows(); ++i)
        out.push_back({ r->text(i, 0), r->text(i, 1), r->text(i, 2), r->text(i, 3), r->text(i, 4) });
    return out;
}

Expected<std::vector<CookieScan>> PgCookieRegister::scans() const
{
    auto r = m_conn.exec("SELECT s.id, s.site, " + PgValues::epochMs("s.scanned_at")
        + ", s.source, (SELECT count(*) FROM cookie_observations o WHERE o.scan_id = s.id)"
          " FROM cookie_scans s ORDER BY s.scanned_at, s.id");
    if (!r)
        return r.error();
    std::vector<CookieScan> out;
    out.reserve(size_t(r->rows()));
    for (int i = 0; i < r->rows(); ++i)
        out.push_back(
            { r->integer(i, 0), r->text(i, 1), PgValues::timeAt(*r, i, 2), r->text(i, 3), int(r->integer(i, 4)) });
    return out;
}

Expected<std::vector<KnowledgeEntry>> PgCookieRegister::importedKnowledge() const
{
    return knowledgeBy(0);
}

// All imported knowledge (importId 0) or one import's.
Expected<std::vector<KnowledgeEntry>> PgCookieRegister::knowledgeBy(qint64 importId) const
{
    auto r = m_conn.exec("SELECT ext_id, name, is_prefix, domain, platform, category, supplier, retention, purpose_en,"
                         " purpose_nb FROM cookie_knowledge WHERE ($1 = 0 OR import_id = $1) ORDER BY id",
        { PgValues::integer(importId) });
    if (!r)
        return r.error();
    std::vector<KnowledgeEntry> out;
    out.reserve(size_t(r->rows()));
    for (int i = 0; i < r->rows(); ++i) {
        KnowledgeEntry e;
        e.extId = r->text(i, 0);
        e.name = r->text(i, 1);
        e.isPrefix = PgValues::booleanAt(*r, i, 2);
        e.domain = r->text(i, 3);
        e.platform = r->text(i, 4);
        e.category = r->text(i, 5);
        e.supplier = r->text(i, 6);
        e.retention = r->text(i, 7);
        e.purposeEn = r->text(i, 8);
        e.purposeNb = r->text(i, 9);
        e.source = u"ocd"_s;
        out.push_back(std::move(e));
    }
    return out;
}

Status PgCookieRegister::replay(qint64 importId, CookieSink &sink) const
{
    auto r = m_conn.exec(
        "SELECT id, site, " + PgValues::epochMs("scanned_at") + " FROM cookie_scans WHERE import_id = $1 ORDER BY id",
        { PgValues::integer(importId) });
    if (!r)
        return r.error();
    std::vector<ScanObservation> seen;
    std::vector<ScanEvent> events;
    for (int i = 0; i < r->rows(); ++i) {
        sink.setScanInfo(r->text(i, 1), PgValues::timeAt(*r, i, 2));
        auto some = observations(r->integer(i, 0));
        if (!some)
            return some.error();
        seen.insert(seen.end(), some->begin(), some->end());
        auto happened = scanEvents(r->integer(i, 0));
        if (!happened)
            return happened.error();
        events.insert(events.end(), happened->begin(), happened->end());
    }
    return handOver(seen, events, knowledgeBy(importId), declaredBy(importId), sink);
}

QByteArrayList PgCookieRegister::declaredValues(const DeclaredCookie &cookie)
{
    using PgValues::text;
    const DeclaredCookie c = CookieInventory::normalized(cookie);
    return { text(c.name), text(c.domain), text(c.path), text(c.category), text(c.purposeNb), text(c.purposeEn),
        text(c.supplier), text(c.tool), text(c.retention), text(c.party), PgValues::boolean(c.suggested) };
}

Expected<qint64> PgCookieRegister::addDeclared(const DeclaredCookie &c)
{
    if (Status s = CookieInventory::checkDeclarable(c))
        return *s;
    // A clash is no error on the server (which would abort a surrounding transaction): no row comes back.
    // An explicit id restores a removed row under its old id (undo), so later undo steps still find it.
    QByteArrayList values = declaredValues(c);
    values << (c.id > 0 ? PgValues::integer(c.id) : QByteArray());
    auto r = m_conn.exec("INSERT INTO cookie_inventory (name, domain, path, category, purpose_nb, purpose_en, supplier,"
                         " tool, retention, party, suggested, id)"
                         " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11,"
                         " coalesce($12::bigint, nextval(pg_get_serial_sequence('cookie_inventory', 'id'))))"
                         " ON CONFLICT DO NOTHING RETURNING id",
        values);
    if (!r)
        return r.error();
    if (r->rows() == 0)
        return CookieInventory::alreadyDeclared(c);
    return r->integer(0, 0);
}

Status PgCookieRegister::updateDeclared(const DeclaredCookie &c)
{
    if (Status s = CookieInventory::checkDeclarable(c))
        return s;
    QByteArrayList values = declaredValues(c);
    values << PgValues::integer(c.id);
    // Checked before writing, so that a clash does not abort a surrounding transaction.
    auto clash
        = m_conn.exec("SELECT EXISTS (SELECT FROM cookie_inventory WHERE name = $1 AND domain = $2 AND id <> $3)",
            { values[0], values[1], values.last() });
    if (!clash)
        return clash.error();
    if (PgValues::booleanAt(*clash, 0, 0))
        return CookieInventory::alreadyDeclared(c);
    if (Status s
        = m_conn.run("UPDATE cookie_inventory SET name = $1, domain = $2, path = $3, category = $4,"
                     " purpose_nb = $5, purpose_en = $6, supplier = $7, tool = $8, retention = $9, party = $10,"
                     " suggested = $11, import_id = NULL WHERE id = $12",
            values))
        return m_conn.lastSqlState() == "23505" ? Status { CookieInventory::alreadyDeclared(c) } : s;
    return {};
}

Status PgCookieRegister::removeDeclared(qint64 id)
{
    return m_conn.run("DELETE FROM cookie_inventory WHERE id = $1", { PgValues::integer(id) });
}

Status PgCookieRegister::describeImport(qint64 importId, ImportFootprint &into) const
{
    auto r = m_conn.exec("SELECT (SELECT count(*) FROM cookie_scans WHERE import_id = $1),"
                         " (SELECT count(*) FROM cookie_observations o JOIN cookie_scans s ON s.id = o.scan_id"
                         "  WHERE s.import_id = $1),"
                         " (SELECT count(*) FROM cookie_scan_events e JOIN cookie_scans s ON s.id = e.scan_id"
                         "  WHERE s.import_id = $1),"
                         " (SELECT count(*) FROM cookie_knowledge WHERE import_id = $1),"
                         " (SELECT count(*) FROM cookie_inventory WHERE import_id = $1)",
        { PgValues::integer(importId) });
    if (!r)
        return r.error();
    into.scans = r->integer(0, 0);
    into.observations = r->integer(0, 1);
    into.scanEvents = r->integer(0, 2);
    into.knowledgeEntries = r->integer(0, 3);
    into.declaredCookies = r->integer(0, 4);
    return {};
}

// A scan's observations and events go with it (ON DELETE CASCADE).
Status PgCookieRegister::removeImport(qint64 importId)
{
    for (const QByteArray table : { "cookie_inventory", "cookie_scans", "cookie_knowledge" })
        if (Status s = m_conn.run("DELETE FROM " + table + " WHERE import_id = $1", { PgValues::integer(importId) }))
            return s;
    return {};
}

std::unique_ptr<CookieSink> PgCookieRegister::openSink(ImportContext &ctx)
{
    return openPgCookieSink(m_conn, ctx);
}
