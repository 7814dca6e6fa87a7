// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspace/importledger.h"
#include "workspace/workspacesettings.h"

class PgConnection;

// The import history of a team workspace (tables imports and import_skips; times timestamptz, and db_user the
// server role that imported, set by the server).
class PgImportLedger final : public ImportLedger
{
    Q_DECLARE_TR_FUNCTIONS(PgImportLedger)

public:
    explicit PgImportLedger(PgConnection &conn)
        : m_conn(conn)
    { }

    Expected<QList<ImportReport>> list() override;
    Expected<std::optional<PriorImport>> findContent(const QString &sha256) override;
    Status begin(ImportReport &report) override;
    Status beginCopy(const ImportReport &report) override;
    Status finish(const ImportReport &report) override;
    Status remove(const ImportReport &import, const QString &byUser) override;

private:
    PgConnection &m_conn;
};

// A team workspace's settings (table meta).
class PgSettings final : public WorkspaceSettings
{
public:
    explicit PgSettings(PgConnection &conn)
        : m_conn(conn)
    { }

    using WorkspaceSettings::value;
    Expected<std::optional<QString>> value(const QString &key) override;
    Expected<QMap<QString, QString>> all() override;
    Status setValue(const QString &key, const QString &value) override;

private:
    PgConnection &m_conn;
};
