// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importers/importer.h"

#include <QCoreApplication>

// GA360 / Universal Analytics BigQuery sessions (ga_sessions_*): one row per session, flattened to CSV
// (`totals.timeOnSite` or `totals_timeOnSite` columns), as NDJSON with a nested `totals` record, or as
// Kaggle's GStore CSV where `totals` is JSON inside a cell.
class UaBigQueryImporter : public Importer
{
    Q_DECLARE_TR_FUNCTIONS(UaBigQueryImporter)
public:
    QString name() const override;
    QString displayName() const override;
    ImportKind kind() const override { return ImportKind::Visitors; }
    int sniff(const QByteArray &head, const QString &fileName) const override;
    Status read(QIODevice &in, ImportContext &ctx) const override;

private:
    Status readCsv(QIODevice &in, ImportContext &ctx) const;
    Status readNdjson(QIODevice &in, ImportContext &ctx) const;
};
