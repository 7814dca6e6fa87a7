// SPDX-License-Identifier: GPL-3.0-or-later
#include "cookiescan/registrabledomain.h"

#include "cookies/cookieimportsupport.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace RegistrableDomain {

QString of(const QString &host)
{
    return CookieImportSupport::registrableDomain(host);
}

QString ofUrl(const QUrl &url)
{
    return of(url.host());
}

bool sameSite(const QString &hostA, const QString &hostB)
{
    const QString a = of(hostA);
    return !a.isEmpty() && a == of(hostB);
}

QString party(const QString &host, const QString &siteHost)
{
    return sameSite(host, siteHost) ? u"first"_s : u"third"_s;
}

} // namespace RegistrableDomain
