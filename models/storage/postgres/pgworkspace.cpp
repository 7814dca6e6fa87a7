// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/postgres/pgworkspace.h"

#include "storage/lazyport.h"
#include "storage/postgres/pgaccess.h"
#include "storage/postgres/pgchatarchive.h"
#include "storage/postgres/pgconnection.h"
#include "storage/postgres/pgcookieregister.h"
#include "storage/postgres/pgimportledger.h"
#include "storage/postgres/pgreportarchive.h"
#include "storage/postgres/pgschema.h"
#include "storage/postgres/pgvisitorstore.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcPgWorkspace, "kapsel.postgres.workspace", QtInfoMsg)

namespace {

Error withLocation(Error e, const QString &uri)
{
    if (e.file.isEmpty())
        e.file = PgConnection::displayUri(uri);
    return e;
}

} // namespace

PgWorkspace::PgWorkspace(QString uri, std::unique_ptr<PgConnection> conn)
    : Workspace(std::move(uri))
    , m_conn(std::move(conn))
{ }

PgWorkspace::~PgWorkspace()
{
    // The ports refer to the connection: gone first.
    m_visitors.reset();
    m_cookies.reset();
    m_chats.reset();
    m_ledger.reset();
    m_settings.reset();
    m_reports.reset();
    m_access.reset();
}

Expected<std::shared_ptr<PgWorkspace>> PgWorkspace::open(const QString &uri)
{
    auto conn = PgConnection::open(uri);
    if (!conn)
        return withLocation(conn.error(), uri);
    if (Status s = PgSchema::migrate(**conn))
        return withLocation(*s, uri);
    // Chat text a member purged lingers in the table files until the owner compacts them: the owner's opening
    // of the workspace does.
    if (auto compacted = PgChatArchive(**conn).compactIfMarked(); !compacted)
        qCInfo(lcPgWorkspace) << "the chat tables were not compacted:" << compacted.error().reason;
    return std::shared_ptr<PgWorkspace>(new PgWorkspace(uri, std::move(*conn)));
}

Expected<std::unique_ptr<PgWorkspace>> PgWorkspace::connect(const QString &uri)
{
    auto conn = PgConnection::open(uri);
    if (!conn)
        return withLocation(conn.error(), uri);
    auto version = PgSchema::currentVersion(**conn);
    if (!version)
        return withLocation(version.error(), uri);
    if (*version != PgSchema::latestVersion())
        return withLocation(Error { {}, 0,
                                tr("this database holds no Kapsel workspace of this version; create or upgrade it with "
                                   "kapsel-cli --db URI workspace init") },
            uri);
    if (Status s = PgSchema::prepare(**conn))
        return withLocation(*s, uri);
    return std::unique_ptr<PgWorkspace>(new PgWorkspace(uri, std::move(*conn)));
}

QString PgWorkspace::displayName() const
{
    return PgConnection::displayUri(location());
}

VisitorStore &PgWorkspace::visitors() const
{
    return madeOnFirstUse(m_visitors, *m_conn);
}

CookieRegister &PgWorkspace::cookies() const
{
    return madeOnFirstUse(m_cookies, *m_conn);
}

ChatArchive &PgWorkspace::chats() const
{
    return madeOnFirstUse(m_chats, *m_conn);
}

ImportLedger &PgWorkspace::ledger() const
{
    return madeOnFirstUse(m_ledger, *m_conn);
}

WorkspaceSettings &PgWorkspace::settings() const
{
    return madeOnFirstUse(m_settings, *m_conn);
}

ReportArchive &PgWorkspace::reports() const
{
    return madeOnFirstUse(m_reports, *m_conn);
}

AreaRight PgWorkspace::rightTo(ImportKind area) const
{
    auto right = madeOnFirstUse(m_access, *m_conn).rightTo(area);
    return right ? *right : AreaRight::None;
}

WorkspaceAccess *PgWorkspace::access() const
{
    return &madeOnFirstUse(m_access, *m_conn);
}

Status PgWorkspace::beginWrite()
{
    if (Status s = m_conn->run("BEGIN"))
        return s;
    // A lock another import holds is waited for this long, then the import is refused as busy (55P03).
    if (Status s = m_conn->setLockWait(kWriteLockWaitSeconds)) {
        rollback();
        return s;
    }
    return {};
}

Status PgWorkspace::commit()
{
    return m_conn->run("COMMIT");
}

void PgWorkspace::rollback()
{
    m_conn->run("ROLLBACK");
}
