// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importers/importer.h"

#include <QCoreApplication>

// The Open Cookie Database CSV (Apache-2.0), imported into the knowledge base. Wildcard rows are name
// prefixes; names repeat across vendors, so the domain is kept for matching.
class OpenCookieDbImporter : public Importer
{
    Q_DECLARE_TR_FUNCTIONS(OpenCookieDbImporter)

public:
    QString name() const override;
    QString displayName() const override;
    ImportKind kind() const override { return ImportKind::Cookies; }
    int sniff(const QByteArray &head, const QString &fileName) const override;
    Status read(QIODevice &in, ImportContext &ctx) const override;
};
