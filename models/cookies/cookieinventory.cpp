// SPDX-License-Identifier: GPL-3.0-or-later
#include "cookies/cookieinventory.h"

#include "core/filequote.h"
#include "importers/plausiblevalues.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QString text(const QString &s)
{
    return s.isNull() ? u""_s : s;
}

} // namespace

DeclaredCookie CookieInventory::normalized(const DeclaredCookie &c)
{
    DeclaredCookie n = c;
    n.name = text(c.name.trimmed());
    n.domain = text(c.domain.trimmed().toLower());
    n.path = c.path.isEmpty() ? u"/"_s : c.path;
    n.category = text(c.category);
    n.purposeNb = text(c.purposeNb);
    n.purposeEn = text(c.purposeEn);
    n.supplier = text(c.supplier);
    n.tool = text(c.tool);
    n.retention = text(c.retention);
    n.party = text(c.party);
    return n;
}

Status CookieInventory::checkDeclarable(const DeclaredCookie &c)
{
    if (c.name.trimmed().isEmpty())
        return Error { {}, 0, tr("a cookie needs a name") };
    return {};
}

QStringList CookieInventory::missingFields(const DeclaredCookie &c)
{
    QStringList missing;
    const std::pair<const QString *, QString> fields[] = { { &c.purposeNb, u"purpose_nb"_s },
        { &c.purposeEn, u"purpose_en"_s }, { &c.supplier, u"supplier"_s }, { &c.retention, u"retention"_s } };
    for (const auto &[value, id] : fields)
        if (value->trimmed().isEmpty())
            missing << id;
    if (c.category.isEmpty() || c.category == u"unclassified")
        missing << u"category"_s;
    return missing;
}

Error CookieInventory::alreadyDeclared(const DeclaredCookie &c)
{
    // The name and domain may come from a file: quoted, so an escape sequence in a name reaches no terminal.
    return Error { {}, 0,
        tr("the cookie %1 on %2 is already declared")
            .arg(FileQuote::quote(c.name), c.domain.isEmpty() ? u"*"_s : FileQuote::quote(c.domain)) };
}

ObservedCookie CookieInventory::clampLifetime(const ObservedCookie &in, const QDateTime &scannedAt)
{
    ObservedCookie c = in;
    if (c.retentionSeconds)
        c.retentionSeconds = std::clamp<qint64>(*c.retentionSeconds, 0, PlausibleValues::kMaxCookieLifetimeS);
    const QDateTime setAt = c.firstSeen.isValid() ? c.firstSeen : scannedAt;
    if (c.expiresAt.isValid() && setAt.isValid()) {
        const QDateTime latest = setAt.addSecs(PlausibleValues::kMaxCookieLifetimeS);
        if (c.expiresAt > latest)
            c.expiresAt = latest;
    } else if (c.expiresAt.isValid() && c.expiresAt.date().year() > 9999) {
        c.expiresAt = {}; // no time to clamp against, and no ISO date to write
    }
    return c;
}
