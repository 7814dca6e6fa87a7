// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importers/importer.h"

#include <QCoreApplication>

// Two kinds of plain CSV, told apart by the header: a declaration (`name,domain,category,purpose,supplier,
// retention,party,...`, as Kapsel exports it) and a list of observed cookies (`name,domain,path,expires,
// httponly,secure,samesite,...`). English or Bokmål headers.
class CookieCsvImporter : public Importer
{
    Q_DECLARE_TR_FUNCTIONS(CookieCsvImporter)

public:
    QString name() const override;
    QString displayName() const override;
    ImportKind kind() const override { return ImportKind::Cookies; }
    int sniff(const QByteArray &head, const QString &fileName) const override;
    Status read(QIODevice &in, ImportContext &ctx) const override;
};
