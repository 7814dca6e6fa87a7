// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importers/foreigndatabase.h"
#include "importers/importer.h"

#include <QCoreApplication>

// Firefox's cookies.sqlite (table moz_cookies), every schema from Firefox 3 (version 1) to today: the columns
// the file has are read, the others default. Opened through ForeignDatabase, so a running browser's file
// is never touched and a hostile file cannot make the import run without end. Values are not read.
class FirefoxCookiesImporter : public Importer
{
    Q_DECLARE_TR_FUNCTIONS(FirefoxCookiesImporter)

public:
    struct Limits
    {
        // Firefox keeps 3,000 cookies unless network.cookie.maxNumber is raised.
        qint64 maxRows = 100'000;
        ForeignDatabase::Limits sqlite;
    };

    FirefoxCookiesImporter();
    explicit FirefoxCookiesImporter(Limits limits);

    QString name() const override;
    QString displayName() const override;
    ImportKind kind() const override { return ImportKind::Cookies; }
    int sniff(const QByteArray &head, const QString &fileName) const override;
    Status read(QIODevice &in, ImportContext &ctx) const override;

private:
    Expected<QByteArray> selectStatement(ForeignDatabase &db, ImportContext &ctx) const;

    Limits m_limits;
};
