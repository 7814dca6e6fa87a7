// SPDX-License-Identifier: GPL-3.0-or-later
#include "cookies/cookiesink.h"

std::unique_ptr<CookieSink> openCookieStore(QSqlDatabase &db, ImportContext &ctx)
{
    Q_UNUSED(db);
    Q_UNUSED(ctx);
    return nullptr; // placeholder until the cookie storage lands
}
