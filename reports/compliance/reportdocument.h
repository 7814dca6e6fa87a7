// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "redaction/redactor.h"
#include "visitorchart.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

// The compliance report (issue #16) as a document: what it says, in the chosen language, with no idea of how
// it is laid out. ComplianceReport::build writes it from a workspace; the writers (JSON, Markdown, HTML, PDF)
// lay it out. Every text in it is final and translated; nothing in it is a cookie value, a chat text or a run of
// 7 or more digits the redactor would remove (ReportDocument::leaks checks that).
namespace ReportDocument {

// Where a section's evidence comes from and when it was taken: "Scan of https://example.no, 2025-11-20 14:02".
struct Evidence
{
    QString source; // e.g. a file name with its SHA-256 prefix, a scan's site, "workspace settings"
    QDateTime at; // UTC; invalid when the evidence has no time (e.g. a setting)
};

struct Table
{
    QString caption; // may be empty
    QStringList header; // column titles; repeated on every page a table breaks across
    QList<QStringList> rows; // each as long as header
    QList<int> numericColumns; // right-aligned columns
};

struct Block
{
    enum class Kind {
        Paragraph, // text
        Facts, // facts: label → value pairs, e.g. "Period" → "1 Jan 2025 to 31 Dec 2025"
        Table, // table
        Quote, // text quoted from a source (a policy passage), with `note` saying where it is from
        Chart, // chart, drawn as vectors where the format allows (VisitorChart::paint)
        Blank, // a field Kapsel cannot know, left visibly blank for the officer: `text` is its label, `note` its
               // current value kept in the workspace (empty = still to fill in)
    };
    Kind kind = Kind::Paragraph;
    QString text;
    QString note;
    QString key; // Blank: the workspace setting that keeps its value, e.g. "ropa/analytics/legal-basis" (how to fill
                 // it in: `kapsel-cli report --set-field KEY=VALUE`)
    QList<QPair<QString, QString>> facts;
    Table table;
    std::optional<VisitorChart> chart;
};

struct Section
{
    QString id; // stable, language-independent: "summary", "cookies", "policy", "visitors", "chats", "ropa",
                // "annex"; subsections "cookies/declaration" etc.
    int level = 1; // 1 = chapter (numbered 1., 2., ...), 2 = subsection
    QString title;
    QList<Evidence> evidence; // shown under the title
    QList<Block> blocks;
};

struct Document
{
    QString documentId; // e.g. "KAPSEL-20261203-7F3A9C": unique per report, printed on every page
    QString language; // nb | en
    QString title; // "Personvernrapport" / "Compliance report"
    QString workspaceName; // VisitorChart::workspaceName
    QDateTime madeAt; // UTC
    QByteArray timeZone; // IANA id of the workspace's zone, in which the writers show times ("Europe/Oslo")
    QDate from, to; // the period
    QStringList sites;
    QList<Section> sections;
};

// The spans of `text` the standard redaction rules would remove (runs of 7 or more digits, identity numbers, ...):
// what a report must never contain. Writers and tests run it over everything a report shows.
QList<RedactionSpan> leaks(QStringView text);
// Every text of the document, in order (titles, paragraphs, facts, table cells, notes, the words and labels drawn in
// a chart, never its CSV); a table's rows and a chart's legend and axis labels as "| cell | cell |", as its layouts
// set them apart.
QString allText(const Document &document);

} // namespace ReportDocument
