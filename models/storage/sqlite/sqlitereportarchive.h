// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspace/reportarchive.h"

#include <QSqlDatabase>

// The stored compliance reports in the table reports (times as ISO 8601 UTC text, days as ISO dates).
class SqliteReportArchive final : public ReportArchive
{
public:
    explicit SqliteReportArchive(QSqlDatabase db)
        : m_db(std::move(db))
    { }

    Expected<QList<StoredReport>> list() override;
    Status add(StoredReport &report) override;
    Expected<QList<StoredReport>> withChecksum(const QString &sha256) override;

private:
    Expected<QList<StoredReport>> select(const QString &where, const QString &value);

    QSqlDatabase m_db;
};
