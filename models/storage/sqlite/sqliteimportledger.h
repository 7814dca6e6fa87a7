// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspace/importledger.h"
#include "workspace/workspacesettings.h"

#include <QSqlDatabase>

// The import history in the tables imports and import_skips (times as ISO 8601 UTC text).
class SqliteImportLedger final : public ImportLedger
{
    Q_DECLARE_TR_FUNCTIONS(SqliteImportLedger)

public:
    explicit SqliteImportLedger(QSqlDatabase db)
        : m_db(std::move(db))
    { }

    Expected<QList<ImportReport>> list() override;
    Expected<std::optional<PriorImport>> findContent(const QString &sha256) override;
    Status begin(ImportReport &report) override;
    Status beginCopy(const ImportReport &report) override;
    Status finish(const ImportReport &report) override;
    Status remove(const ImportReport &import, const QString &byUser) override;

private:
    QSqlDatabase m_db;
};

// The workspace's settings in the table meta.
class SqliteSettings final : public WorkspaceSettings
{
public:
    explicit SqliteSettings(QSqlDatabase db)
        : m_db(std::move(db))
    { }

    using WorkspaceSettings::value;
    Expected<std::optional<QString>> value(const QString &key) override;
    Expected<QMap<QString, QString>> all() override;
    Status setValue(const QString &key, const QString &value) override;

private:
    QSqlDatabase m_db;
};
