// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compliance/reportdocument.h"
#include "core/error.h"
#include "workspace/reportarchive.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>

class Workspace;

// The compliance report (issue #16) written from a workspace: sections 1-7 (summary, cookies, policy text, visitor
// statistics and consent, chat privacy, record of processing, annex), each from the areas' own core services
// (CookieReconciler, CookieFindings, PolicyCheck, VisitorQueries, the chat archive's audit log, the import history),
// with the source and date of its evidence. The writers (JSON, Markdown, HTML, PDF) lay the document out.
//
// Choices an officer can rely on (docs/report.md):
// - The period defaults to the last 12 months ending today in the workspace's time zone: a yearly review covers a
//   year, whatever the data holds; a period without data says so.
// - The cookie sections are of one site: the one given, else the latest scan's site (as the Cookies area and
//   `kapsel-cli cookies` show by default). They describe the site as its latest scan found it, not the period.
// - The policy text is the one given (--policy FILE), else the last one checked in this workspace (policy-check
//   keeps it: it is the company's public page, not a secret).
// - No text of the report is a cookie value or a chat text, and none holds a run the redaction rules would remove:
//   counts of a million or more are rounded (ReportText::number), checksums are shown in groups of four joined by
//   '•' (showChecksum), and any quoted text (a file name, a policy passage, a page address) that still holds such a
//   run has it replaced by "[…]" before the document is handed out.
class ComplianceReport
{
    Q_DECLARE_TR_FUNCTIONS(ComplianceReport)

public:
    struct Options
    {
        QDate from, to; // invalid: defaultPeriod()
        QString site; // empty: the latest scan's site
        QString language = QStringLiteral("nb"); // nb | en
        QString policyText; // empty: the last text checked in the workspace
        QString policySource; // where policyText comes from (a file name)
        QDateTime now; // invalid: the current time (tests fix it)
        // Called before the first section and after each: `done` of `total` sections read; returning false stops
        // build(), which then returns an error.
        std::function<bool(int done, int total)> progress;
    };

    // The report's figures by stable id (findings-high, visits, conversations, ...), kept with each stored report so
    // that the next one can say what changed.
    struct Summary
    {
        QDate from, to;
        QMap<QString, qint64> figures;
        QString toJson() const;
        static Summary fromJson(const QString &json);
    };

    // `summary`, when given, receives the report's figures.
    static Expected<ReportDocument::Document> build(Workspace &ws, const Options &options, Summary *summary = nullptr);

    // The last 12 months ending on `today`: [today - 1 year + 1 day, today].
    static std::pair<QDate, QDate> defaultPeriod(QDate today);
    // "KAPSEL-2026-12-03-QXHTRM": the day and six random letters (no run of digits the redactor would remove).
    static QString newDocumentId(const QDateTime &madeAt);
    // A SHA-256 in hex as the report shows it: groups of four joined by '•' ("3f5a•1234•567b•…"), so that its digits
    // never form a run the redaction rules remove (a space, '.', '-', '/' or ':' joins digits for them: ':' links
    // the 11 digits of an identity number, which a checksum's digits across groups sometimes pass for).
    static QString showChecksum(const QString &hex);
    // Every text of the document with the spans the redaction rules would remove replaced by "[…]"; returns how
    // many were replaced.
    static int scrub(ReportDocument::Document &document);

    // The record of processing's fields Kapsel cannot know, kept in the workspace's settings under these keys
    // (ropa/controller, ropa/analytics/legal-basis, ...).
    static QStringList fieldKeys();
    static Status setField(Workspace &ws, const QString &key, const QString &value);

    // The policy text last checked (by `policy-check` or in the GUI), kept in the workspace for the report.
    static Status rememberPolicyText(Workspace &ws, const QString &text, const QString &source, const QDateTime &at);
};
