// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importers/importer.h"

#include <QCoreApplication>

// Plausible's CSV exports of the visitors time series: `visitors.csv` from the dashboard export (one row
// per day, visit_duration = mean seconds) and `imported_visitors_*.csv` from the site export (visits,
// visit_duration = SUM of seconds). Plausible is cookieless: it has no first-time/returning figure.
class PlausibleImporter : public Importer
{
    Q_DECLARE_TR_FUNCTIONS(PlausibleImporter)
public:
    QString name() const override;
    QString displayName() const override;
    ImportKind kind() const override { return ImportKind::Visitors; }
    int sniff(const QByteArray &head, const QString &fileName) const override;
    Status read(QIODevice &in, ImportContext &ctx) const override;
};
