// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importers/importer.h"

#include <QCoreApplication>

// GA4's BigQuery events exported as CSV after event_params were flattened into columns (e.g.
// `ga_session_id`, `event_params.ga_session_id`, `param_ga_session_id_int_value`). Same session rules
// as the NDJSON export.
class Ga4CsvImporter : public Importer
{
    Q_DECLARE_TR_FUNCTIONS(Ga4CsvImporter)
public:
    QString name() const override;
    QString displayName() const override;
    ImportKind kind() const override { return ImportKind::Visitors; }
    int sniff(const QByteArray &head, const QString &fileName) const override;
    Status read(QIODevice &in, ImportContext &ctx) const override;
};
