// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importers/importer.h"

#include <QCoreApplication>

// Matomo API exports, as CSV (UTF-16LE with BOM), TSV, XML or JSON: Live.getLastVisitsDetails (one row per
// visit: visitorType, visitCount, visitDuration, firstActionTimestamp) as sessions, and the reports
// VisitsSummary.get, VisitFrequency.get (*_new / *_returning) and
// VisitorInterest.getNumberOfVisitsPerVisitDuration as aggregates, also with translated headers and as
// multi-report scheduled-report TSV.
class MatomoImporter : public Importer
{
    Q_DECLARE_TR_FUNCTIONS(MatomoImporter)
public:
    QString name() const override;
    QString displayName() const override;
    ImportKind kind() const override { return ImportKind::Visitors; }
    int sniff(const QByteArray &head, const QString &fileName) const override;
    Status read(QIODevice &in, ImportContext &ctx) const override;
};
