// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cookies/cookiecsv.h"
#include "core/error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QString>

class QIODevice;
class ImportContext;

// What the cookie importers share: domains and parties, reading a whole file with a size limit, and JSON
// errors turned into FILE:LINE.
namespace CookieImportSupport {

QString bareDomain(const QString &domain); // lower case, no leading dot, no port
// The site a host belongs to, by the public suffix list (libpsl): "www.bbc.co.uk" -> "bbc.co.uk",
// "foo.github.io" -> "foo.github.io". An IP address, or a host that is itself a public suffix, is its own site.
QString registrableDomain(const QString &host);
QString party(const QString &cookieDomain, const QString &siteHost); // first | third | '' when unknown
QString publicSuffixLibraryVersion(); // libpsl's, for the About box

// Reads everything (up to `limit` bytes), reporting progress; an Error when larger or unreadable.
Expected<QByteArray> readAll(QIODevice &in, ImportContext &ctx, qint64 limit);
// Reads a CSV file whole (up to `limit` bytes) and parses it; a NUL byte, a line over 1 MiB or a field over
// 64 KiB refuses it (TextLimits).
Expected<std::vector<CookieCsv::Row>> readCsv(QIODevice &in, ImportContext &ctx, qint64 limit);
// Parses JSON; a syntax error becomes FILE:LINE: reason, the line computed from the error offset.
Expected<QJsonDocument> parseJson(const QByteArray &bytes, const ImportContext &ctx);

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(CookieImport)
};

} // namespace CookieImportSupport
