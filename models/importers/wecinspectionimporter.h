// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importers/importer.h"

#include <QCoreApplication>

// The EDPS Website Evidence Collector's inspection.json: its `cookies` list with attributes, expiry and how
// each cookie was set (HTTP header or JavaScript). Values are dropped.
class WecInspectionImporter : public Importer
{
    Q_DECLARE_TR_FUNCTIONS(WecInspectionImporter)

public:
    QString name() const override;
    QString displayName() const override;
    ImportKind kind() const override { return ImportKind::Cookies; }
    int sniff(const QByteArray &head, const QString &fileName) const override;
    Status read(QIODevice &in, ImportContext &ctx) const override;
};
