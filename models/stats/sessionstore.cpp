// SPDX-License-Identifier: GPL-3.0-or-later
#include "stats/sessionstore.h"

std::unique_ptr<SessionSink> openSessionStore(QSqlDatabase &db, ImportContext &ctx)
{
    Q_UNUSED(db);
    Q_UNUSED(ctx);
    return nullptr; // placeholder until the visitor storage lands
}
