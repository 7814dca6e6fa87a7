// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importers/importer.h"

#include <QCoreApplication>

struct ObservedCookie;

// HAR 1.2 (browser DevTools, WebPageTest, sitespeed.io). Cookies come from response Set-Cookie headers (also
// when response.cookies is empty; one header value may hold several cookies separated by newlines) and from
// request Cookie headers, where cookies set by scripts (__utma and friends) show up. Values are dropped.
class HarImporter : public Importer
{
    Q_DECLARE_TR_FUNCTIONS(HarImporter)

public:
    QString name() const override;
    QString displayName() const override;
    ImportKind kind() const override { return ImportKind::Cookies; }
    int sniff(const QByteArray &head, const QString &fileName) const override;
    Status read(QIODevice &in, ImportContext &ctx) const override;

    // One Set-Cookie line (without the value in the result); false when it has no name.
    static bool parseSetCookie(
        const QString &line, const QString &requestHost, const QDateTime &at, ObservedCookie &out);
    // "Wed, 21 Oct 2015 07:28:00 GMT" and the dashed and two-digit-year variants.
    static QDateTime parseCookieDate(const QString &text);
};
