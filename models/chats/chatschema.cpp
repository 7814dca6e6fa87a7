// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/migrations.h"
#include "storage/sql.h"

using namespace Qt::StringLiterals;

Status Migrations::createChatSchema(QSqlDatabase &db)
{
    // Placeholder: the chat storage defines its tables here.
    return Sql::execAll(db, {u"CREATE TABLE chat_placeholder (id INTEGER PRIMARY KEY)"_s});
}
