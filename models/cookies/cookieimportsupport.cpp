// SPDX-License-Identifier: GPL-3.0-or-later
#include "cookies/cookieimportsupport.h"

#include "importers/importcontext.h"
#include "importers/textlimits.h"

#include <QIODevice>
#include <QJsonParseError>
#include <QStringList>

#include <libpsl.h>

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

namespace {

// Dotted-quad IPv4 or any IPv6 literal: the public suffix list does not apply to addresses.
bool isIpAddress(const QString &host)
{
    if (host.contains(u':'))
        return true;
    const QStringList parts = host.split(u'.');
    if (parts.size() != 4)
        return false;
    for (const QString &p : parts) {
        bool ok = false;
        const int v = p.toInt(&ok);
        if (!ok || v < 0 || v > 255 || p.size() > 3)
            return false;
    }
    return true;
}

const psl_ctx_t *publicSuffixes()
{
    // The newer of libpsl's built-in list and the one the publicsuffix package keeps up to date.
    static const psl_ctx_t *const ctx = psl_latest(nullptr);
    return ctx;
}

} // namespace

QString registrableDomain(const QString &host)
{
    QString h = bareDomain(host);
    while (h.endsWith(u'.'))
        h.chop(1);
    if (h.isEmpty() || isIpAddress(h))
        return h;
    const QByteArray utf8 = h.toUtf8();
    const psl_ctx_t *psl = publicSuffixes();
    // Null when the host is itself a public suffix (github.io, co.uk, localhost): it is its own site.
    const char *site = psl ? psl_registrable_domain(psl, utf8.constData()) : nullptr;
    return site ? QString::fromUtf8(site) : h;
}

QString publicSuffixLibraryVersion()
{
    // "0.21.2 (+libidn2/2.3.3)": the version, without the libraries libpsl itself was built with.
    return QString::fromLatin1(psl_get_version()).section(u' ', 0, 0);
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
