// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importers/importer.h"

#include <QCoreApplication>

// Firefox's cookies.sqlite (table moz_cookies), opened read-only and immutable so a running browser's file is
// never touched or locked. Values are not read.
class FirefoxCookiesImporter : public Importer
{
    Q_DECLARE_TR_FUNCTIONS(FirefoxCookiesImporter)

public:
    QString name() const override;
    QString displayName() const override;
    ImportKind kind() const override { return ImportKind::Cookies; }
    int sniff(const QByteArray &head, const QString &fileName) const override;
    Status read(QIODevice &in, ImportContext &ctx) const override;
};
