// SPDX-License-Identifier: GPL-3.0-or-later
#include "importers/cookiecsvimporter.h"

#include "cookies/cookiecsv.h"
#include "cookies/cookieimportsupport.h"
#include "cookies/cookiesink.h"
#include "cookies/cookietext.h"
#include "core/deferredtext.h"
#include "importers/harimporter.h"
#include "importers/importcontext.h"

#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;
using namespace CookieImportSupport;

namespace {

// Header aliases -> field.
QString field(const QString &header)
{
    static const QHash<QString, QString> aliases {
        { u"name"_s, u"name"_s },
        { u"navn"_s, u"name"_s },
        { u"cookie"_s, u"name"_s },
        { u"cookie name"_s, u"name"_s },
        { u"domain"_s, u"domain"_s },
        { u"domene"_s, u"domain"_s },
        { u"host"_s, u"domain"_s },
        { u"path"_s, u"path"_s },
        { u"sti"_s, u"path"_s },
        { u"category"_s, u"category"_s },
        { u"kategori"_s, u"category"_s },
        { u"purpose"_s, u"purpose"_s },
        { u"formål"_s, u"purpose"_s },
        { u"description"_s, u"purpose"_s },
        { u"purpose_nb"_s, u"purpose_nb"_s },
        { u"purpose_en"_s, u"purpose_en"_s },
        { u"supplier"_s, u"supplier"_s },
        { u"leverandør"_s, u"supplier"_s },
        { u"vendor"_s, u"supplier"_s },
        { u"tool"_s, u"tool"_s },
        { u"analysis tool"_s, u"tool"_s },
        { u"verktøy"_s, u"tool"_s },
        { u"retention"_s, u"retention"_s },
        { u"lagringstid"_s, u"retention"_s },
        { u"duration"_s, u"retention"_s },
        { u"party"_s, u"party"_s },
        { u"part"_s, u"party"_s },
        { u"status"_s, u"status"_s },
        { u"expires"_s, u"expires"_s },
        { u"expiry"_s, u"expires"_s },
        { u"utløper"_s, u"expires"_s },
        { u"httponly"_s, u"httponly"_s },
        { u"http_only"_s, u"httponly"_s },
        { u"secure"_s, u"secure"_s },
        { u"samesite"_s, u"samesite"_s },
        { u"same_site"_s, u"samesite"_s },
        { u"first_seen"_s, u"first_seen"_s },
        { u"last_seen"_s, u"last_seen"_s },
        { u"seen"_s, u"first_seen"_s },
    };
    return aliases.value(header.trimmed().toLower());
}

std::optional<bool> flag(const QString &v)
{
    const QString t = v.trimmed().toLower();
    if (t == u"true" || t == u"1" || t == u"yes" || t == u"ja" || t == u"x")
        return true;
    if (t == u"false" || t == u"0" || t == u"no" || t == u"nei")
        return false;
    return std::nullopt;
}

QString partyId(const QString &v)
{
    const QString t = v.trimmed().toLower();
    if (t.startsWith(u"first") || t.startsWith(u"1st") || t.startsWith(u"førstepart") || t.startsWith(u"egen"))
        return u"first"_s;
    if (t.startsWith(u"third") || t.startsWith(u"3rd") || t.startsWith(u"tredjepart"))
        return u"third"_s;
    return {};
}

bool looksNorwegian(const QString &t)
{
    static const QRegularExpression re(u"[æøåÆØÅ]|\\b(og|brukes|som|til|ikke|hvor|besøk)\\b"_s);
    return re.match(t).hasMatch();
}

} // namespace

QString CookieCsvImporter::name() const
{
    return u"cookie-csv"_s;
}

QString CookieCsvImporter::displayName() const
{
    return tr("Cookie list or declaration (CSV)");
}

int CookieCsvImporter::sniff(const QByteArray &head, const QString &fileName) const
{
    Q_UNUSED(fileName);
    if (head.contains('\0'))
        return 0;
    QByteArray first = head.left(head.indexOf('\n') < 0 ? head.size() : head.indexOf('\n')).trimmed();
    if (first.startsWith("\xEF\xBB\xBF"))
        first = first.mid(3);
    QSet<QString> fields;
    for (const QString &h : QString::fromUtf8(first).split(u','))
        fields.insert(field(QString(h).remove(u'"')));
    if (!fields.contains(u"name"_s) || !fields.contains(u"domain"_s))
        return 0;
    if (fields.contains(u"purpose"_s) || fields.contains(u"category"_s) || fields.contains(u"supplier"_s)
        || fields.contains(u"expires"_s) || fields.contains(u"httponly"_s) || fields.contains(u"retention"_s))
        return 80;
    return 40;
}

Status CookieCsvImporter::read(QIODevice &in, ImportContext &ctx) const
{
    auto rows = readCsv(in, ctx, qint64(64) << 20);
    if (!rows)
        return rows.error();
    if (rows->empty())
        return ctx.error(1, tr("the file has no header row"));
    QHash<QString, int> col;
    const QStringList header = rows->front().fields;
    for (int i = 0; i < header.size(); ++i)
        if (const QString f = field(header[i]); !f.isEmpty() && !col.contains(f))
            col.insert(f, i);
    if (!col.contains(u"name"_s))
        return ctx.error(
            rows->front().line, tr("the header has no name column; expected name,domain,category,purpose,..."));
    const bool declaration = col.contains(u"category"_s) || col.contains(u"purpose"_s) || col.contains(u"supplier"_s)
        || col.contains(u"purpose_en"_s) || col.contains(u"purpose_nb"_s);
    QDateTime scanTime;
    for (size_t r = 1; r < rows->size(); ++r) {
        const CookieCsv::Row &row = (*rows)[r];
        ++ctx.rowsRead;
        auto get = [&](const char *f) { return row.fields.value(col.value(QString::fromLatin1(f), -1)).trimmed(); };
        if (row.fields.size() > header.size() + 1)
            return ctx.error(
                row.line, tr("this row has %1 fields but the header has %2").arg(row.fields.size()).arg(header.size()));
        const QString name = get("name");
        if (name.isEmpty()) {
            ctx.skip(DeferredText::marked(
                         "CookieCsvImporter", QT_TRANSLATE_NOOP("CookieCsvImporter", "row without a cookie name"))
                         .toStored(),
                row.line);
            continue;
        }
        if (declaration) {
            // A Kapsel export also lists cookies that were observed but never declared: they are not part of
            // the declaration.
            if (get("status") == u"undeclared") {
                ctx.skip(DeferredText::marked("CookieCsvImporter",
                             QT_TRANSLATE_NOOP("CookieCsvImporter", "observed but not declared (status undeclared)"))
                             .toStored(),
                    row.line);
                continue;
            }
            DeclaredCookie d;
            d.name = name;
            d.domain = bareDomain(get("domain"));
            d.path = get("path").isEmpty() ? u"/"_s : get("path");
            const QString cat = get("category");
            d.category = CookieText::categoryFromText(cat);
            if (d.category.isEmpty()) {
                if (!cat.isEmpty())
                    ctx.skip(DeferredText::marked("CookieCsvImporter",
                                 QT_TRANSLATE_NOOP("CookieCsvImporter", "unknown category, stored as unclassified"))
                                 .toStored(),
                        row.line);
                d.category = u"unclassified"_s;
            }
            d.purposeEn = get("purpose_en");
            d.purposeNb = get("purpose_nb");
            const QString purpose = get("purpose");
            if (!purpose.isEmpty() && d.purposeEn.isEmpty() && d.purposeNb.isEmpty())
                (looksNorwegian(purpose) ? d.purposeNb : d.purposeEn) = purpose;
            d.supplier = get("supplier");
            d.tool = get("tool");
            d.retention = get("retention");
            d.party = partyId(get("party"));
            if (ctx.cookies)
                if (Status s = ctx.cookies->addDeclared(d))
                    return s;
        } else {
            ObservedCookie c;
            c.name = name;
            c.domain = bareDomain(get("domain"));
            c.path = get("path").isEmpty() ? u"/"_s : get("path");
            c.httpOnly = flag(get("httponly"));
            c.secure = flag(get("secure"));
            c.sameSite = get("samesite");
            c.party = partyId(get("party"));
            c.via = u"csv"_s;
            c.firstSeen = QDateTime::fromString(get("first_seen"), Qt::ISODate);
            c.lastSeen = QDateTime::fromString(get("last_seen"), Qt::ISODate);
            const QString exp = get("expires");
            QDateTime expires = QDateTime::fromString(exp, Qt::ISODate);
            if (!expires.isValid())
                expires = HarImporter::parseCookieDate(exp);
            if (exp.compare(u"session"_s, Qt::CaseInsensitive) == 0 || exp == u"-1")
                c.session = true;
            else if (expires.isValid() && c.firstSeen.isValid()) {
                c.expiresAt = expires;
                c.retentionSeconds = qMax<qint64>(0, c.firstSeen.secsTo(expires));
            } else if (const auto r = CookieText::parseRetention(get("retention").isEmpty() ? exp : get("retention"))) {
                c.retentionSeconds = *r;
                c.session = *r == 0;
            }
            if (c.firstSeen.isValid() && (!scanTime.isValid() || c.firstSeen < scanTime))
                scanTime = c.firstSeen;
            if (ctx.cookies) {
                ctx.cookies->setScanInfo(ctx.options.sourceName, scanTime);
                if (Status s = ctx.cookies->addObserved(c))
                    return s;
            }
        }
    }
    ctx.notes << (declaration ? DeferredText::marked(
                      "CookieCsvImporter", QT_TRANSLATE_NOOP("CookieCsvImporter", "read as a cookie declaration"))
                              : DeferredText::marked("CookieCsvImporter",
                                  QT_TRANSLATE_NOOP("CookieCsvImporter", "read as a list of observed cookies")))
                     .toStored();
    return {};
}
