// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspace/workspace.h"

#include <memory>

class PgAccess;
class PgChatArchive;
class PgConnection;
class PgCookieRegister;
class PgImportLedger;
class PgReportArchive;
class PgSettings;
class PgVisitorStore;

// A team workspace on PostgreSQL: one libpq connection (TimeZone UTC, search path `kapsel`), the schema of
// storage/postgres/pgschema.h, the ports on that connection. The server enforces who may read and write which
// area (storage/postgres/pgaccess.h).
class PgWorkspace final : public Workspace
{
    Q_DECLARE_TR_FUNCTIONS(PgWorkspace)

public:
    // How long a write transaction waits for a lock another one holds (an import of the same area), then is
    // refused as busy (PgConnection::lockWaitSeconds).
    static constexpr int kWriteLockWaitSeconds = 15;

    ~PgWorkspace() override;

    // Connects and creates or upgrades the schema (workspace init does only this).
    static Expected<std::shared_ptr<PgWorkspace>> open(const QString &uri);
    // Connects to a workspace whose schema is current (a worker thread's connection); an older or missing
    // schema is refused with a sentence that says how to create it.
    static Expected<std::unique_ptr<PgWorkspace>> connect(const QString &uri);

    QString displayName() const override;

    VisitorStore &visitors() const override;
    CookieRegister &cookies() const override;
    ChatArchive &chats() const override;
    ImportLedger &ledger() const override;
    WorkspaceSettings &settings() const override;
    ReportArchive &reports() const override;
    AreaRight rightTo(ImportKind area) const override;
    WorkspaceAccess *access() const override;

    // BEGIN, waiting at most 15 s for a lock another import holds, then "busy, try again".
    Status beginWrite() override;
    Status commit() override;
    void rollback() override;

    PgConnection &connection() const { return *m_conn; }

private:
    PgWorkspace(QString uri, std::unique_ptr<PgConnection> conn);

    std::unique_ptr<PgConnection> m_conn;
    mutable std::unique_ptr<PgVisitorStore> m_visitors;
    mutable std::unique_ptr<PgCookieRegister> m_cookies;
    mutable std::unique_ptr<PgChatArchive> m_chats;
    mutable std::unique_ptr<PgImportLedger> m_ledger;
    mutable std::unique_ptr<PgSettings> m_settings;
    mutable std::unique_ptr<PgReportArchive> m_reports;
    mutable std::unique_ptr<PgAccess> m_access;
};
