// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importers/importer.h"

#include <QCoreApplication>

// GA4's BigQuery export (events_YYYYMMDD) as newline-delimited JSON, as BigQuery extracts it: INT64 values
// as strings, event_params as key/value records. Streams the file; see Ga4SessionBuilder for what a
// session is.
class Ga4NdjsonImporter : public Importer
{
    Q_DECLARE_TR_FUNCTIONS(Ga4NdjsonImporter)
public:
    QString name() const override;
    QString displayName() const override;
    ImportKind kind() const override { return ImportKind::Visitors; }
    int sniff(const QByteArray &head, const QString &fileName) const override;
    Status read(QIODevice &in, ImportContext &ctx) const override;
};
