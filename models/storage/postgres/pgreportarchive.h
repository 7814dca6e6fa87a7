// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspace/reportarchive.h"

class PgConnection;

// The stored compliance reports of a team workspace (table reports; made_at timestamptz, the period as dates).
class PgReportArchive final : public ReportArchive
{
public:
    explicit PgReportArchive(PgConnection &conn)
        : m_conn(conn)
    { }

    Expected<QList<StoredReport>> list() override;
    Status add(StoredReport &report) override;
    Expected<QList<StoredReport>> withChecksum(const QString &sha256) override;

private:
    Expected<QList<StoredReport>> select(const QByteArray &where, const QByteArrayList &params);

    PgConnection &m_conn;
};
