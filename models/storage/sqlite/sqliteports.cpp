// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sqlite/sqliteports.h"

#include "storage/lazyport.h"
#include "storage/sqlite/sqlitechatarchive.h"
#include "storage/sqlite/sqlitecookieregister.h"
#include "storage/sqlite/sqliteimportledger.h"
#include "storage/sqlite/sqlitereportarchive.h"
#include "storage/sqlite/sqlitevisitorstore.h"

SqlitePorts::SqlitePorts() = default;
SqlitePorts::~SqlitePorts() = default;

VisitorStore &SqlitePorts::visitors(const QSqlDatabase &db)
{
    return madeOnFirstUse(m_visitors, db);
}

CookieRegister &SqlitePorts::cookies(const QSqlDatabase &db)
{
    return madeOnFirstUse(m_cookies, db);
}

ChatArchive &SqlitePorts::chats(const QSqlDatabase &db)
{
    return madeOnFirstUse(m_chats, db);
}

ImportLedger &SqlitePorts::ledger(const QSqlDatabase &db)
{
    return madeOnFirstUse(m_ledger, db);
}

WorkspaceSettings &SqlitePorts::settings(const QSqlDatabase &db)
{
    return madeOnFirstUse(m_settings, db);
}

ReportArchive &SqlitePorts::reports(const QSqlDatabase &db)
{
    return madeOnFirstUse(m_reports, db);
}

void SqlitePorts::release()
{
    m_reports.reset();
    m_visitors.reset();
    m_cookies.reset();
    m_chats.reset();
    m_ledger.reset();
    m_settings.reset();
}
