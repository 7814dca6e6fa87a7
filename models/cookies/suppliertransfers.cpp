// SPDX-License-Identifier: GPL-3.0-or-later
#include "cookies/suppliertransfers.h"

#include <QList>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

const QString kDpf = u"EU-US Data Privacy Framework list, dataprivacyframework.gov"_s;

const QList<SupplierTransfer> &table()
{
    static const QList<SupplierTransfer> all {
        // US companies: their services process EEA visitors' data in the USA (each on the DPF list).
        { u"Google"_s, u"US"_s, true, u"US"_s, u"Google LLC; "_s + kDpf + u"; business.safety.google/privacy"_s },
        { u"Microsoft"_s, u"US"_s, true, u"US"_s,
            u"Microsoft Corporation; "_s + kDpf + u"; Microsoft Products and Services Data Protection Addendum"_s },
        { u"Meta"_s, u"US"_s, true, u"US"_s, u"Meta Platforms, Inc.; "_s + kDpf + u"; facebook.com/privacy/policy"_s },
        { u"LinkedIn"_s, u"US"_s, true, u"US"_s, u"LinkedIn Corporation; "_s + kDpf },
        { u"Amazon Web Services"_s, u"US"_s, true, u"US"_s, u"Amazon Web Services, Inc.; "_s + kDpf },
        { u"OneTrust"_s, u"US"_s, true, u"US"_s, u"OneTrust LLC; "_s + kDpf },
        // Suppliers with their seat in the EEA, none known to transfer outside it.
        { u"Siteimprove"_s, u"DK"_s, false, {}, u"Siteimprove A/S, Copenhagen; siteimprove.com/privacy"_s },
        { u"Cookiebot"_s, u"DK"_s, false, {},
            u"Cybot A/S (Usercentrics), Copenhagen; cookiebot.com/en/privacy-policy"_s },
        { u"Hotjar"_s, u"MT"_s, false, {}, u"Hotjar Ltd, Malta; hotjar.com/legal/policies/privacy"_s },
        { u"Complianz"_s, u"NL"_s, false, {}, u"Complianz B.V., Netherlands; complianz.io/privacy-statement"_s },
        { u"IAB Europe"_s, u"BE"_s, false, {}, u"IAB Europe, Brussels; iabeurope.eu"_s },
        { u"Cookie-Script"_s, u"LT"_s, false, {}, u"Objectis Ltd, Lithuania; cookie-script.com/privacy-policy"_s },
        // The United Kingdom is outside the EEA (with an adequacy decision of 28 June 2021).
        { u"CookieYes"_s, u"GB"_s, true, u"GB"_s,
            u"CookieYes Limited, United Kingdom; cookieyes.com/privacy-policy"_s },
    };
    return all;
}

QString bare(const QString &name)
{
    static const QRegularExpression suffix(
        u"[,.]?\\s+(inc\\.?|llc|ltd\\.?|limited|a/s|b\\.v\\.|corporation|corp\\.?)$"_s,
        QRegularExpression::CaseInsensitiveOption);
    return name.trimmed().remove(suffix).trimmed().toLower();
}

} // namespace

std::optional<SupplierTransfer> SupplierTransfers::find(const QString &supplier)
{
    const QString key = bare(supplier);
    if (key.isEmpty())
        return std::nullopt;
    // A declaration often names the product ("Google Analytics", "Siteimprove Analytics"): its first words name the
    // supplier.
    for (const SupplierTransfer &t : table()) {
        const QString name = bare(t.supplier);
        if (key == name || key.startsWith(name + u' '))
            return t;
    }
    return std::nullopt;
}
