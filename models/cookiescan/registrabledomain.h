// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QUrl;

// Which site a host belongs to, as a browser decides first and third party: by registrable domain from the
// public suffix list (libpsl, through CookieImportSupport::registrableDomain, which the importers use too).
// www.example.no and cdn.example.no are one site; x.github.io and y.github.io are two (github.io is a public
// suffix); an IP address is its own site, so 127.0.0.1 and 127.0.0.2 are two.
namespace RegistrableDomain {

QString of(const QString &host); // lower case, no leading dot, no port
QString ofUrl(const QUrl &url);
bool sameSite(const QString &hostA, const QString &hostB); // false when either is empty
QString party(const QString &host, const QString &siteHost); // first | third

} // namespace RegistrableDomain
