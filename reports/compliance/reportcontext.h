// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compliance/compliancereport.h"
#include "compliance/reporttext.h"
#include "cookies/cookiefindings.h"
#include "cookies/cookiereconciler.h"

#include <vector>

// What the sections of one compliance report share while it is built (compliancereport.cpp and the section files).
struct ReportContext
{
    Workspace &ws;
    const ComplianceReport::Options &options;
    ReportText tx;
    CookieText::Lang lang;
    QDate from, to;
    QDateTime now; // UTC
    QString site; // the cookie sections' site as stored ('' = scans that name none)
    CookieSiteScope scope;
    std::vector<CookieRow> rows; // the site's inventory
    std::vector<CookieFinding> findings; // of the site's latest scan
    QMap<QString, qint64> figures; // ComplianceReport::Summary

    // A UTC time's local day, for comparing with the period.
    QDate localDay(const QDateTime &at) const;
    bool inPeriod(const QDateTime &at) const;
};

// Building blocks.
namespace ReportBlocks {
using namespace ReportDocument;
Block paragraph(const QString &text);
Block facts(const QList<QPair<QString, QString>> &facts);
Block table(const QString &caption, const QStringList &header, const QList<QStringList> &rows,
    const QList<int> &numericColumns = {});
Block quote(const QString &text, const QString &note);
Block blank(const QString &label, const QString &value, const QString &key);
Section section(const QString &id, int level, const QString &title);
} // namespace ReportBlocks

// The sections, each in its own file.
namespace ReportSections {
Expected<QList<ReportDocument::Section>> cookies(ReportContext &c); // compliancecookies.cpp
Expected<QList<ReportDocument::Section>> policy(ReportContext &c); // compliancepolicy.cpp
Expected<QList<ReportDocument::Section>> visitors(ReportContext &c); // compliancevisitors.cpp
Expected<QList<ReportDocument::Section>> chats(ReportContext &c); // compliancechats.cpp
Expected<QList<ReportDocument::Section>> recordOfProcessing(ReportContext &c); // complianceropa.cpp
Expected<QList<ReportDocument::Section>> annex(ReportContext &c); // compliancereport.cpp
} // namespace ReportSections
