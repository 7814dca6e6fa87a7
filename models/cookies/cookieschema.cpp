// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/migrations.h"
#include "storage/sql.h"

using namespace Qt::StringLiterals;

Status Migrations::createCookieSchema(QSqlDatabase &db)
{
    // Placeholder: the cookie inventory defines its tables here.
    return Sql::execAll(db, {u"CREATE TABLE cookie_placeholder (id INTEGER PRIMARY KEY)"_s});
}
