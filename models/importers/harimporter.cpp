// SPDX-License-Identifier: GPL-3.0-or-later
#include "importers/harimporter.h"
#include "core/deferredtext.h"
#include "core/filequote.h"

#include "cookies/cookieimportsupport.h"
#include "cookies/cookiesink.h"
#include "importers/importcontext.h"
#include "importers/plausiblevalues.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace CookieImportSupport;

namespace {

constexpr qint64 kMaxHar = qint64(512) << 20;

QString key(const ObservedCookie &c)
{
    return c.name + u'\n' + c.domain + u'\n' + c.path;
}

QDateTime entryTime(const QJsonObject &entry)
{
    return QDateTime::fromString(entry.value(u"startedDateTime"_s).toString(), Qt::ISODateWithMs);
}

} // namespace

QString HarImporter::name() const
{
    return u"har"_s;
}

QString HarImporter::displayName() const
{
    return tr("HTTP Archive (HAR) recording of a page load");
}

int HarImporter::sniff(const QByteArray &head, const QString &fileName) const
{
    const QByteArray h = head.left(4096);
    if (!h.trimmed().startsWith('{'))
        return 0;
    if (head.contains("\"log\"") && head.contains("\"entries\"")
        && (head.contains("\"creator\"") || head.contains("\"version\"")))
        return 95;
    return fileName.endsWith(u".har"_s, Qt::CaseInsensitive) && head.contains("\"log\"") ? 60 : 0;
}

QDateTime HarImporter::parseCookieDate(const QString &text)
{
    static const QRegularExpression re(
        u"(\\d{1,2})[ -]([A-Za-z]{3})[A-Za-z]*+[ -](\\d{2,4})\\s++(\\d{1,2}):(\\d{2}):(\\d{2})"_s); // possessive:
                                                                                                    // linear
    const auto m = re.match(text);
    if (!m.hasMatch())
        return {};
    static const QStringList months { u"jan"_s, u"feb"_s, u"mar"_s, u"apr"_s, u"may"_s, u"jun"_s, u"jul"_s, u"aug"_s,
        u"sep"_s, u"oct"_s, u"nov"_s, u"dec"_s };
    const int month = int(months.indexOf(m.captured(2).toLower())) + 1;
    int year = m.captured(3).toInt();
    if (year < 100)
        year += year < 70 ? 2000 : 1900;
    const QDate d(year, month, m.captured(1).toInt());
    const QTime t(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
    if (!d.isValid() || !t.isValid())
        return {};
    return QDateTime(d, t, Qt::UTC);
}

bool HarImporter::parseSetCookie(
    const QString &line, const QString &requestHost, const QDateTime &at, ObservedCookie &out)
{
    const QStringList parts = line.split(u';');
    const QString first = parts.value(0);
    const qsizetype eq = first.indexOf(u'=');
    const QString name = (eq < 0 ? first : first.left(eq)).trimmed();
    if (name.isEmpty() || name.size() > 256)
        return false;
    out = ObservedCookie {};
    out.name = name; // the value after '=' is personal data and is not kept
    out.domain = bareDomain(requestHost);
    out.via = u"set-cookie"_s;
    out.firstSeen = out.lastSeen = at;
    out.httpOnly = false;
    out.secure = false;
    std::optional<qint64> maxAge;
    QDateTime expires;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QString attr = parts[i].trimmed();
        const qsizetype e = attr.indexOf(u'=');
        const QString k = (e < 0 ? attr : attr.left(e)).trimmed().toLower();
        const QString v = e < 0 ? QString() : attr.mid(e + 1).trimmed();
        if (k == u"domain" && !v.isEmpty())
            out.domain = bareDomain(v);
        else if (k == u"path" && !v.isEmpty())
            out.path = v;
        else if (k == u"secure")
            out.secure = true;
        else if (k == u"httponly")
            out.httpOnly = true;
        else if (k == u"samesite")
            out.sameSite = v.isEmpty() ? QString() : v.left(1).toUpper() + v.mid(1).toLower();
        else if (k == u"max-age") {
            // RFC 6265bis 5.5: digits, optionally '-'; a value too large for any integer is the maximum,
            // and no lifetime is longer than 400 days.
            const bool negative = v.startsWith(u'-');
            const QStringView digits = QStringView(v).mid(negative ? 1 : 0);
            if (!digits.isEmpty() && std::all_of(digits.begin(), digits.end(), [](QChar ch) { return ch.isDigit(); })) {
                bool ok = false;
                const qint64 s = digits.toLongLong(&ok);
                maxAge = negative
                    ? 0
                    : std::min(ok ? s : PlausibleValues::kMaxCookieLifetimeS, PlausibleValues::kMaxCookieLifetimeS);
            }
        } else if (k == u"expires")
            expires = parseCookieDate(v);
    }
    if (maxAge) {
        out.retentionSeconds = qMax<qint64>(0, *maxAge);
        if (at.isValid())
            out.expiresAt = at.addSecs(*maxAge);
    } else if (expires.isValid()) {
        out.expiresAt = expires;
        if (at.isValid())
            out.retentionSeconds = std::clamp<qint64>(at.secsTo(expires), 0, PlausibleValues::kMaxCookieLifetimeS);
    } else {
        out.session = true;
    }
    return true;
}

Status HarImporter::read(QIODevice &in, ImportContext &ctx) const
{
    auto bytes = readAll(in, ctx, kMaxHar);
    if (!bytes)
        return bytes.error();
    auto doc = parseJson(*bytes, ctx);
    if (!doc)
        return doc.error();
    const QJsonObject log = doc->object().value(u"log"_s).toObject();
    if (!doc->isObject() || !log.value(u"entries"_s).isArray())
        return ctx.error(1, tr("this is not a HAR file: it has no log.entries list"));
    const QJsonArray entries = log.value(u"entries"_s).toArray();

    QString site;
    QDateTime scanned;
    bool sitePinned = false;
    QMap<QString, ObservedCookie> set; // from Set-Cookie / response.cookies
    QMap<QString, ObservedCookie> request; // from Cookie headers / request.cookies
    int index = 0;
    for (const QJsonValue &ev : entries) {
        ++index;
        if (ctx.cancelled())
            return ctx.error(0, tr("the import was cancelled"));
        const QJsonObject entry = ev.toObject();
        const QJsonObject req = entry.value(u"request"_s).toObject();
        const QJsonObject resp = entry.value(u"response"_s).toObject();
        const QUrl url(req.value(u"url"_s).toString());
        const QString host = bareDomain(url.host());
        if (host.isEmpty()) {
            ctx.skip(DeferredText::marked("HarImporter", QT_TRANSLATE_NOOP("HarImporter", "request without a URL"))
                         .toStored(),
                index);
            continue;
        }
        ++ctx.rowsRead;
        const QDateTime at = entryTime(entry);
        // The site is the first page actually shown: a redirect (mousel.lu -> brasseriedeluxembourg.lu)
        // does not count.
        const int status = resp.value(u"status"_s).toInt();
        const bool page = status >= 200 && status < 300
            && resp.value(u"content"_s).toObject().value(u"mimeType"_s).toString().contains(u"html"_s);
        if (site.isEmpty() || (!sitePinned && page)) {
            site = host;
            scanned = at;
            sitePinned = page;
        }
        QStringList headerNames;
        for (const QJsonValue &hv : resp.value(u"headers"_s).toArray()) {
            const QJsonObject h = hv.toObject();
            if (h.value(u"name"_s).toString().compare(u"set-cookie"_s, Qt::CaseInsensitive) != 0)
                continue;
            for (const QString &line : h.value(u"value"_s).toString().split(u'\n', Qt::SkipEmptyParts)) {
                ObservedCookie c;
                if (!parseSetCookie(line, host, at, c))
                    continue;
                headerNames << c.name;
                set.insert(key(c), c);
            }
        }
        // Some tools fill response.cookies without a Set-Cookie header (Firefox exports, older tools).
        for (const QJsonValue &cv : resp.value(u"cookies"_s).toArray()) {
            const QJsonObject o = cv.toObject();
            const QString name = o.value(u"name"_s).toString().trimmed();
            if (name.isEmpty() || headerNames.contains(name))
                continue;
            ObservedCookie c;
            c.name = name;
            c.domain = o.value(u"domain"_s).toString().isEmpty() ? host : bareDomain(o.value(u"domain"_s).toString());
            c.path = o.value(u"path"_s).toString(u"/"_s);
            c.via = u"set-cookie"_s;
            c.firstSeen = c.lastSeen = at;
            if (o.contains(u"httpOnly"_s))
                c.httpOnly = o.value(u"httpOnly"_s).toBool();
            if (o.contains(u"secure"_s))
                c.secure = o.value(u"secure"_s).toBool();
            const QDateTime exp = QDateTime::fromString(o.value(u"expires"_s).toString(), Qt::ISODateWithMs);
            if (exp.isValid() && at.isValid() && exp.date().year() > 1970) {
                c.expiresAt = exp;
                c.retentionSeconds = std::clamp<qint64>(at.secsTo(exp), 0, PlausibleValues::kMaxCookieLifetimeS);
            } else if (!o.contains(u"expires"_s) || o.value(u"expires"_s).isNull()) {
                c.session = o.contains(u"expires"_s);
            }
            set.insert(key(c), c);
        }
        auto addRequestCookie = [&](const QString &name) {
            if (name.isEmpty())
                return;
            // A request does not say which domain set the cookie: the site's registrable domain is the
            // narrowest claim that is always true for a first-party cookie.
            ObservedCookie c;
            c.name = name;
            c.domain = registrableDomain(host);
            c.via = u"request"_s;
            c.firstSeen = c.lastSeen = at;
            const QString k = key(c);
            auto it = request.find(k);
            if (it == request.end())
                request.insert(k, c);
            else
                it->lastSeen = at.isValid() && at > it->lastSeen ? at : it->lastSeen;
        };
        for (const QJsonValue &hv : req.value(u"headers"_s).toArray()) {
            const QJsonObject h = hv.toObject();
            if (h.value(u"name"_s).toString().compare(u"cookie"_s, Qt::CaseInsensitive) != 0)
                continue;
            for (const QString &pair : h.value(u"value"_s).toString().split(u';', Qt::SkipEmptyParts))
                addRequestCookie(pair.section(u'=', 0, 0).trimmed());
        }
        for (const QJsonValue &cv : req.value(u"cookies"_s).toArray())
            addRequestCookie(cv.toObject().value(u"name"_s).toString().trimmed());
    }
    if (ctx.rowsRead == 0 && !entries.isEmpty())
        return ctx.error(1, tr("no entry in this HAR file has a request URL"));

    // A cookie sent in a request is the one a response set for a covering domain, if any: only cookies no
    // response set (written by scripts) are added from the request side.
    for (auto it = request.begin(); it != request.end(); ++it) {
        bool covered = false;
        for (const ObservedCookie &s : std::as_const(set)) {
            if (s.name == it->name && registrableDomain(s.domain) == it->domain) {
                covered = true;
                break;
            }
        }
        if (!covered) {
            it->via = u"script"_s;
            set.insert(it.key(), *it);
        }
    }
    if (ctx.cookies) {
        ctx.cookies->setScanInfo(site, scanned);
        for (ObservedCookie c : std::as_const(set)) {
            c.party = party(c.domain, site);
            if (Status s = ctx.cookies->addObserved(c))
                return s;
        }
    }
    ctx.notes << DeferredText::marked(
        "HarImporter", QT_TRANSLATE_N_NOOP("HarImporter", "%n cookie(s) observed on %1"), int(set.size()))
                     .arg(FileQuote::quote(site))
                     .toStored();
    return {};
}
