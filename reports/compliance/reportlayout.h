// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compliance/reportdocument.h"

#include <QLocale>
#include <QString>
#include <QStringList>

// What the HTML and PDF writers put around a report's own texts — "Contents", "Page 2 of 9", the period, the
// date it was made, the sections' numbers — in the report's language, whatever language the program runs in:
// an English report can be made while the GUI speaks Bokmål. The words are marked for lupdate in the
// "ReportLayout" context and translated with the report language's own catalogue (Language::translate), never the
// application's.
class ReportLayout
{
public:
    explicit ReportLayout(const ReportDocument::Document &document);

    // A source text marked with QT_TRANSLATE_NOOP("ReportLayout", ...), in the report's language.
    QString text(const char *source) const;
    QLocale locale() const { return m_locale; }
    QString language() const { return m_language; }

    QString period() const; // "1 January 2025 to 31 December 2025"
    QString madeAt() const; // "3 December 2026 at 18:55 CET", in the workspace's zone: letters between the year
                            // and the time, so that no digits run together for the redactor
    QString sites() const; // "example.no, shop.example.no" or "All sites"
    QString evidence(const ReportDocument::Evidence &e) const; // "Source: scan of example.no, 20 November 2025"
    QString pageOf(int page, int total) const; // "Page 2 of 9"
    // What the title page says under the title: workspace, period, sites, date made, document id.
    QList<QPair<QString, QString>> titleFacts() const;

    // "1", "2", "2.1", ... for each section, in order: chapters count 1, 2, ...; subsections within their chapter.
    QString number(int section) const { return m_numbers.value(section); }
    QString heading(int section) const; // "2.1 The declaration"
    // A stable anchor for a section: "s3-cookies-declaration".
    QString anchor(int section) const;

private:
    QString when(const QDateTime &at) const;

    const ReportDocument::Document &m_document;
    QString m_language;
    QLocale m_locale;
    QStringList m_numbers;
};
