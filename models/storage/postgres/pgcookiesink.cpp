// SPDX-License-Identifier: GPL-3.0-or-later
// The cookie area's import sink on a team workspace. What an import hands over is kept in memory (a site has
// hundreds of cookies, not millions) and written by finish() with COPY, under a savepoint: a failure leaves
// the import's transaction as it was. Same results as the SQLite sink (storage/sqlite/sqlitecookiesink.cpp).
#include "cookies/cookieinventory.h"
#include "cookies/cookiesink.h"
#include "importers/importcontext.h"
#include "storage/postgres/pgconnection.h"
#include "storage/postgres/pgcookieregister.h"
#include "storage/postgres/pgvalues.h"

#include <QHash>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

using PgValues::text;

// A time as the workspace keeps it: whole seconds (0 = none).
qint64 seconds(const QDateTime &t)
{
    return t.isValid() ? t.toSecsSinceEpoch() : 0;
}

QByteArray secondsValue(qint64 s)
{
    return s ? PgValues::time(QDateTime::fromSecsSinceEpoch(s, Qt::UTC)) : QByteArray();
}

// One observation of the scan, merged as the SQLite sink's upsert merges a cookie seen twice in one scan: the
// widest time span and whatever attributes a source could tell.
struct Observation
{
    ObservedCookie cookie;
    qint64 expiresAt = 0;
    qint64 firstSeen = 0;
    qint64 lastSeen = 0;

    void merge(const Observation &o)
    {
        const ObservedCookie &x = o.cookie;
        if (x.retentionSeconds)
            cookie.retentionSeconds
                = std::max(cookie.retentionSeconds.value_or(*x.retentionSeconds), *x.retentionSeconds);
        cookie.session = cookie.session && x.session;
        if (o.expiresAt)
            expiresAt = o.expiresAt;
        if (x.httpOnly)
            cookie.httpOnly = x.httpOnly;
        if (x.secure)
            cookie.secure = x.secure;
        if (!x.sameSite.isEmpty())
            cookie.sameSite = x.sameSite;
        if (cookie.via == u"request")
            cookie.via = x.via;
        firstSeen = !firstSeen ? o.firstSeen : !o.firstSeen ? firstSeen : std::min(firstSeen, o.firstSeen);
        lastSeen = std::max(lastSeen, o.lastSeen);
        // The first page, setter and initiator a phase saw it with are kept.
        for (auto [field, other] : { std::pair { &cookie.page, &x.page }, std::pair { &cookie.setBy, &x.setBy },
                 std::pair { &cookie.initiator, &x.initiator } })
            if (field->isEmpty())
                *field = *other;
        if (x.partitioned)
            cookie.partitioned = x.partitioned;
        if (x.valueLength)
            cookie.valueLength = x.valueLength;
        cookie.looksLikeId = cookie.looksLikeId || x.looksLikeId;
    }
};

class PgCookieSink final : public CookieSink
{
public:
    PgCookieSink(PgConnection &conn, ImportContext &ctx)
        : m_conn(conn)
        , m_ctx(ctx)
    { }

    void setScanInfo(const QString &site, const QDateTime &scannedAt) override { m_scan.take(site, scannedAt); }

    Status addObserved(const ObservedCookie &observed) override
    {
        openScan();
        Observation o;
        o.cookie = CookieInventory::clampLifetime(observed, m_scan.scannedAt);
        ObservedCookie &c = o.cookie;
        c.name = c.name.isNull() ? u""_s : c.name;
        c.domain = c.domain.isNull() ? u""_s : c.domain;
        if (c.path.isEmpty())
            c.path = u"/"_s;
        if (c.kind.isEmpty())
            c.kind = u"cookie"_s;
        o.expiresAt = seconds(c.expiresAt);
        o.firstSeen = seconds(c.firstSeen.isValid() ? c.firstSeen : m_scan.scannedAt);
        o.lastSeen = c.lastSeen.isValid() ? seconds(c.lastSeen) : o.firstSeen;
        const QString key = c.phase + QChar(0) + c.kind + QChar(0) + c.name + QChar(0) + c.domain + QChar(0) + c.path;
        if (const auto at = m_observationAt.constFind(key); at != m_observationAt.cend())
            m_observations[size_t(*at)].merge(o);
        else {
            m_observationAt.insert(key, qsizetype(m_observations.size()));
            m_observations.push_back(std::move(o));
        }
        ++m_ctx.rowsStored;
        return {};
    }

    // A name and domain declared again in the same file replaces the earlier row in place, as the upsert does.
    Status addDeclared(const DeclaredCookie &c) override
    {
        QByteArrayList values = PgCookieRegister::declaredValues(c);
        const auto key = std::make_pair(values[0], values[1]);
        if (const auto at = m_declaredAt.constFind(key); at != m_declaredAt.cend())
            m_declared[size_t(*at)] = std::move(values);
        else {
            m_declaredAt.insert(key, qsizetype(m_declared.size()));
            m_declared.push_back(std::move(values));
        }
        ++m_ctx.rowsStored;
        return {};
    }

    Status addKnowledge(const KnowledgeEntry &e) override
    {
        m_knowledge.push_back({ PgValues::integer(m_ctx.importId), text(e.extId), text(e.name),
            PgValues::boolean(e.isPrefix), text(e.domain), text(e.platform), text(e.category), text(e.supplier),
            text(e.retention), text(e.purposeEn), text(e.purposeNb) });
        ++m_ctx.rowsStored;
        return {};
    }

    Status addScanEvent(const ScanEvent &e) override
    {
        openScan();
        m_events.push_back({ text(e.phase), text(e.kind), text(e.page), text(e.subject), text(e.detail) });
        ++m_ctx.rowsStored;
        return {};
    }

    Status finish() override
    {
        if (m_finished)
            return {};
        // An import of observations is a scan even when it saw no cookie: the next diff shows them all as gone.
        if (m_scan.isScan)
            openScan();
        if (Status s = m_conn.run("SAVEPOINT kapsel_cookie_sink"))
            return located(*s);
        if (Status s = write()) {
            m_conn.run("ROLLBACK TO SAVEPOINT kapsel_cookie_sink");
            return located(*s);
        }
        m_finished = true;
        return located(m_conn.run("RELEASE SAVEPOINT kapsel_cookie_sink"));
    }

private:
    // The scan's site and time are fixed by its first observation (or by finish()), as the SQLite sink does.
    void openScan()
    {
        if (m_scanOpen)
            return;
        m_scanOpen = true;
        m_scan.dateIfUndated();
        m_scanSite = m_scan.site;
    }

    Status located(Status s) const
    {
        if (s)
            s->file = m_ctx.fileName;
        return s;
    }

    Status write()
    {
        if (m_scanOpen)
            if (Status s = writeScan())
                return s;
        if (Status s = writeDeclared())
            return s;
        if (m_knowledge.empty())
            return {};
        return PgValues::copyRows(m_conn,
            "COPY cookie_knowledge (import_id, ext_id, name, is_prefix, domain, platform, category, supplier,"
            " retention, purpose_en, purpose_nb) FROM STDIN",
            m_knowledge);
    }

    Status writeScan()
    {
        auto id = m_conn.exec("INSERT INTO cookie_scans (import_id, site, scanned_at, source) VALUES ($1, $2, $3, $4)"
                              " RETURNING id",
            { PgValues::integer(m_ctx.importId), text(m_scanSite), PgValues::time(m_scan.scannedAt),
                text(m_ctx.fileName) });
        if (!id)
            return id.error();
        const QByteArray scanId = id->value(0, 0);
        std::vector<QByteArrayList> rows;
        rows.reserve(m_observations.size());
        for (const Observation &o : m_observations) {
            const ObservedCookie &c = o.cookie;
            rows.push_back({ scanId, text(c.name), text(c.domain), text(c.path),
                c.retentionSeconds ? PgValues::integer(*c.retentionSeconds) : QByteArray(),
                PgValues::boolean(c.session), secondsValue(o.expiresAt), PgValues::optionalBoolean(c.httpOnly),
                PgValues::optionalBoolean(c.secure), text(c.sameSite), text(c.party), text(c.via),
                secondsValue(o.firstSeen), secondsValue(o.lastSeen), text(c.kind), text(c.phase), text(c.page),
                text(c.setBy), text(c.initiator), PgValues::optionalBoolean(c.partitioned),
                c.valueLength ? PgValues::integer(*c.valueLength) : QByteArray(), PgValues::boolean(c.looksLikeId) });
        }
        if (!rows.empty())
            if (Status s = PgValues::copyRows(m_conn,
                    "COPY cookie_observations (scan_id, name, domain, path, retention_s, session, expires_at,"
                    " http_only, secure, same_site, party, via, first_seen, last_seen, kind, phase, page, set_by,"
                    " initiator, partitioned, value_length, looks_like_id) FROM STDIN",
                    rows))
                return s;
        if (m_events.empty())
            return {};
        std::vector<QByteArrayList> events;
        events.reserve(m_events.size());
        for (const QByteArrayList &e : m_events)
            events.push_back(QByteArrayList { scanId } + e);
        return PgValues::copyRows(
            m_conn, "COPY cookie_scan_events (scan_id, phase, kind, page, subject, detail) FROM STDIN", events);
    }

    // Through a staging table, so that a name and domain another import declares at the same time waits for it
    // and is then replaced, never declared twice. Written in name order, so that two imports lock rows in the
    // same order and cannot deadlock.
    Status writeDeclared()
    {
        if (m_declared.empty())
            return {};
        if (Status s = m_conn.run("CREATE TEMP TABLE IF NOT EXISTS cookie_declared_staging (name text,"
                                  " domain text, path text, category text, purpose_nb text, purpose_en text,"
                                  " supplier text, tool text, retention text, party text, suggested boolean)"
                                  " ON COMMIT DROP"))
            return s;
        if (Status s = m_conn.run("TRUNCATE cookie_declared_staging"))
            return s;
        if (Status s = PgValues::copyRows(m_conn,
                "COPY cookie_declared_staging (name, domain, path, category, purpose_nb, purpose_en,"
                " supplier, tool, retention, party, suggested) FROM STDIN",
                m_declared))
            return s;
        return m_conn.run(
            "INSERT INTO cookie_inventory (name, domain, path, category, purpose_nb, purpose_en, supplier,"
            " tool, retention, party, suggested, import_id)"
            " SELECT name, domain, path, category, purpose_nb, purpose_en, supplier, tool, retention, party,"
            " suggested, $1 FROM cookie_declared_staging"
            " ORDER BY name COLLATE \"C\", domain COLLATE \"C\""
            " ON CONFLICT (name, domain) DO UPDATE SET path = excluded.path, category = excluded.category,"
            " purpose_nb = excluded.purpose_nb, purpose_en = excluded.purpose_en,"
            " supplier = excluded.supplier, tool = excluded.tool, retention = excluded.retention,"
            " party = excluded.party, suggested = excluded.suggested, import_id = excluded.import_id",
            { m_ctx.importId ? PgValues::integer(m_ctx.importId) : QByteArray() });
    }

    PgConnection &m_conn;
    ImportContext &m_ctx;
    QString m_scanSite;
    CookieScanInfo m_scan;
    bool m_scanOpen = false;
    bool m_finished = false;
    std::vector<Observation> m_observations;
    QHash<QString, qsizetype> m_observationAt; // phase, kind, name, domain and path, NUL-separated
    std::vector<QByteArrayList> m_events; // phase, kind, page, subject, detail

    std::vector<QByteArrayList> m_declared;
    QHash<std::pair<QByteArray, QByteArray>, qsizetype> m_declaredAt;
    std::vector<QByteArrayList> m_knowledge;
};

} // namespace

std::unique_ptr<CookieSink> openPgCookieSink(PgConnection &conn, ImportContext &ctx)
{
    return std::make_unique<PgCookieSink>(conn, ctx);
}
