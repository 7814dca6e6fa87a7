// SPDX-License-Identifier: GPL-3.0-or-later
#include "cookies/cookiedeclaring.h"

#include "cookies/cookieinventorymodel.h"

using namespace Qt::StringLiterals;

std::optional<DeclaredCookie> CookieDeclaring::acceptance(const CookieRow &row)
{
    DeclaredCookie c = row.declared;
    if (row.isDeclared()) {
        if (!row.suggested)
            return std::nullopt;
        c.suggested = false;
        return c;
    }
    c.id = 0;
    c.suggested = false;
    if (c.category.isEmpty())
        c.category = u"unclassified"_s;
    return c;
}

std::vector<DeclaredCookie> CookieDeclaring::confidentSuggestions(const std::vector<CookieRow> &rows)
{
    std::vector<DeclaredCookie> out;
    for (const CookieRow &r : rows)
        if (!r.isDeclared() && r.suggested && r.confidence == CookieText::Confidence::High)
            out.push_back(*acceptance(r));
    return out;
}

Expected<qint64> CookieDeclaring::write(CookieRegister &cookies, const DeclaredCookie &cookie)
{
    if (const QString problem = CookieInventoryModel::validate(cookie); !problem.isEmpty())
        return Error { cookie.name, 0, problem };
    if (cookie.id == 0)
        return cookies.addDeclared(cookie);
    if (Status s = cookies.updateDeclared(cookie))
        return *s;
    return cookie.id;
}
