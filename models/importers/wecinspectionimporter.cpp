// SPDX-License-Identifier: GPL-3.0-or-later
#include "importers/wecinspectionimporter.h"
#include "core/deferredtext.h"
#include "core/filequote.h"

#include "cookies/cookieimportsupport.h"
#include "cookies/cookiesink.h"
#include "importers/importcontext.h"
#include "importers/plausiblevalues.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace CookieImportSupport;

QString WecInspectionImporter::name() const
{
    return u"wec-inspection"_s;
}

QString WecInspectionImporter::displayName() const
{
    return tr("EDPS Website Evidence Collector inspection (inspection.json)");
}

int WecInspectionImporter::sniff(const QByteArray &head, const QString &fileName) const
{
    if (!head.trimmed().startsWith('{'))
        return 0;
    int score = 0;
    if (head.contains("\"uri_ins\""))
        score += 50;
    if (head.contains("\"uri_refs\"") || head.contains("\"secure_connection\""))
        score += 30;
    if (head.contains("website-evidence-collector") || head.contains("\"cookies\""))
        score += 15;
    if (fileName.compare(u"inspection.json"_s, Qt::CaseInsensitive) == 0)
        score += 5;
    return score >= 50 ? qMin(score, 98) : 0;
}

Status WecInspectionImporter::read(QIODevice &in, ImportContext &ctx) const
{
    auto bytes = readAll(in, ctx, qint64(256) << 20);
    if (!bytes)
        return bytes.error();
    auto doc = parseJson(*bytes, ctx);
    if (!doc)
        return doc.error();
    const QJsonObject root = doc->object();
    if (!doc->isObject() || !root.value(u"cookies"_s).isArray())
        return ctx.error(1, tr("this is not a Website Evidence Collector inspection: it has no cookies list"));
    const QString site = bareDomain(QUrl(root.value(u"uri_ins"_s).toString()).host());
    const QDateTime started = QDateTime::fromString(root.value(u"start_time"_s).toString(), Qt::ISODateWithMs);
    if (ctx.cookies)
        ctx.cookies->setScanInfo(site, started);
    int index = 0;
    for (const QJsonValue &v : root.value(u"cookies"_s).toArray()) {
        ++index;
        ++ctx.rowsRead;
        const QJsonObject o = v.toObject();
        ObservedCookie c;
        c.name = o.value(u"name"_s).toString().trimmed();
        if (c.name.isEmpty()) {
            ctx.skip(DeferredText::marked(
                         "WecInspectionImporter", QT_TRANSLATE_NOOP("WecInspectionImporter", "cookie without a name"))
                         .toStored(),
                index);
            continue;
        }
        c.domain = bareDomain(o.value(u"domain"_s).toString());
        c.path = o.value(u"path"_s).toString(u"/"_s);
        c.httpOnly = o.value(u"httpOnly"_s).toBool();
        c.secure = o.value(u"secure"_s).toBool();
        c.sameSite = o.value(u"sameSite"_s).toString();
        const QJsonObject log = o.value(u"log"_s).toObject();
        const QDateTime at = QDateTime::fromString(log.value(u"timestamp"_s).toString(), Qt::ISODateWithMs);
        c.firstSeen = c.lastSeen = at.isValid() ? at : started;
        c.via = log.value(u"type"_s).toString() == u"Cookie.JS" ? u"script"_s : u"set-cookie"_s;
        // The collector runs Chromium, which tells a partitioned (CHIPS) cookie by its partition key, and logs
        // the page it was on and the response or script that set it.
        c.partitioned = o.contains(u"partitionKey"_s);
        c.page = log.value(u"location"_s).toString();
        c.setBy = log.value(u"stack"_s).toArray().first().toObject().value(u"fileName"_s).toString();
        c.session = o.value(u"session"_s).toBool();
        const double expires = o.value(u"expires"_s).toDouble(-1);
        if (!c.session && expires > 0) {
            // Far-future expiries are common (and clamped to 400 days); beyond int64 they are no time.
            if (const auto secs = PlausibleValues::toInt64(expires); secs && *secs < 253402300800) { // < year 10000
                c.expiresAt = QDateTime::fromSecsSinceEpoch(*secs, Qt::UTC);
                if (c.firstSeen.isValid())
                    c.retentionSeconds
                        = std::clamp<qint64>(c.firstSeen.secsTo(c.expiresAt), 0, PlausibleValues::kMaxCookieLifetimeS);
            }
        }
        // The inspected page's domain decides; the collector's own flag only when the page is unknown.
        if (!site.isEmpty())
            c.party = party(c.domain, site);
        else if (o.contains(u"firstPartyStorage"_s))
            c.party = o.value(u"firstPartyStorage"_s).toBool() ? u"first"_s : u"third"_s;
        if (ctx.cookies)
            if (Status s = ctx.cookies->addObserved(c))
                return s;
    }
    ctx.notes << DeferredText::marked(
        "WecInspectionImporter", QT_TRANSLATE_N_NOOP("WecInspectionImporter", "%n cookie(s) observed on %1"), index)
                     .arg(FileQuote::quote(site))
                     .toStored();
    return {};
}
