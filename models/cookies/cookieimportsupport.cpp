// SPDX-License-Identifier: GPL-3.0-or-later
#include "cookies/cookieimportsupport.h"

#include "importers/importcontext.h"
#include "importers/textlimits.h"

#include <QIODevice>
#include <QJsonParseError>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace CookieImportSupport {

QString bareDomain(const QString &domain)
{
    QString d = domain.trimmed().toLower();
    while (d.startsWith(u'.'))
        d.remove(0, 1);
    if (const qsizetype colon = d.indexOf(u':'); colon >= 0 && !d.contains(u']'))
        d.truncate(colon);
    return d;
}

QString registrableDomain(const QString &host)
{
    const QStringList labels = bareDomain(host).split(u'.', Qt::SkipEmptyParts);
    if (labels.size() <= 2)
        return labels.join(u'.');
    static const QStringList secondLevel { u"co"_s, u"com"_s, u"org"_s, u"net"_s, u"gov"_s, u"ac"_s, u"edu"_s,
        u"priv"_s };
    const bool twoPart = labels.last().size() == 2 && secondLevel.contains(labels.at(labels.size() - 2));
    return labels.mid(labels.size() - (twoPart ? 3 : 2)).join(u'.');
}

QString party(const QString &cookieDomain, const QString &siteHost)
{
    if (cookieDomain.isEmpty() || siteHost.isEmpty())
        return {};
    return registrableDomain(cookieDomain) == registrableDomain(siteHost) ? u"first"_s : u"third"_s;
}

Expected<QByteArray> readAll(QIODevice &in, ImportContext &ctx, qint64 limit)
{
    QByteArray data;
    while (!in.atEnd()) {
        const QByteArray chunk = in.read(1 << 20);
        if (chunk.isEmpty() && !in.atEnd())
            return ctx.error(0, Tr::tr("cannot read the file: %1").arg(in.errorString()));
        data += chunk;
        if (data.size() > limit)
            return ctx.error(0,
                Tr::tr("the file is larger than %1 MB; Kapsel does not read cookie files this large").arg(limit >> 20));
        ctx.progress(data.size());
        if (ctx.cancelled())
            return ctx.error(0, Tr::tr("the import was cancelled"));
    }
    return data;
}

Expected<std::vector<CookieCsv::Row>> readCsv(QIODevice &in, ImportContext &ctx, qint64 limit)
{
    auto bytes = readAll(in, ctx, limit);
    if (!bytes)
        return bytes.error();
    if (Status s = TextLimits::checkLines(*bytes, ctx))
        return *s;
    auto rows = CookieCsv::parse(*bytes, ctx.fileName);
    if (!rows)
        return rows.error();
    for (const CookieCsv::Row &row : *rows) {
        for (const QString &field : row.fields) {
            if (field.size() > TextLimits::kMaxFieldBytes) // UTF-16 units: at least as many bytes
                return ctx.error(row.line, TextLimits::fieldTooLong());
        }
    }
    return rows;
}

Expected<QJsonDocument> parseJson(const QByteArray &bytes, const ImportContext &ctx)
{
    QJsonParseError err;
    QJsonDocument doc = QJsonDocument::fromJson(bytes, &err);
    if (err.error != QJsonParseError::NoError) {
        const int line = int(bytes.left(err.offset).count('\n')) + 1;
        return ctx.error(line, Tr::tr("this is not valid JSON: %1").arg(err.errorString()));
    }
    return doc;
}

} // namespace CookieImportSupport
