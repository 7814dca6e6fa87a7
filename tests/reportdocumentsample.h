// SPDX-License-Identifier: GPL-3.0-or-later
// A hand-built compliance report with every kind of block, in Bokmål or English, for the writers' tests: seven
// chapters and some subsections, a 120-row table that breaks across pages, a paragraph longer than a page, a
// chart of made-up figures, fields left blank for the officer (one with a kept value) and a quoted passage.
// Written as the report builder would, but by hand, so that the writers are tested on their own.
#pragma once

#include "compliance/reportdocument.h"

#include <QTimeZone>

namespace ReportDocumentSample {

using namespace Qt::StringLiterals;
using ReportDocument::Block;

inline Block paragraph(const QString &text)
{
    Block b;
    b.text = text;
    return b;
}

// Every section's number and title as the reader sees them ("2.1 The declaration"), in order.
struct Sample
{
    ReportDocument::Document document;
    QStringList headings;
    QStringList tableHeader; // the long table's column titles
    QString tableMarker; // each of the long table's rows holds "<marker>NNN"
    QStringList longParagraph; // the long paragraph's sentences
    QString quote, quoteNote;
    QString blankLabel, keptLabel, keptValue;

    // What the writers show of the document: every text but the charts' CSV (which no writer prints: its
    // comma-separated counts read as long digit runs), with the charts' words and axis labels.
    QString shownText() const
    {
        ReportDocument::Document copy = document;
        QStringList chartTexts;
        for (ReportDocument::Section &s : copy.sections)
            for (Block &b : s.blocks)
                if (b.chart) {
                    chartTexts << b.chart->title() << b.chart->period() << b.chart->legend()
                               << VisitorChart::categories(b.chart->series, b.chart->filter.by);
                    b.chart.reset();
                }
        return ReportDocument::allText(copy) + u'\n' + chartTexts.join(u'\n');
    }
};

inline VisitorChart sampleChart()
{
    VisitorChart chart;
    chart.kind = VisitorChart::Kind::Visits;
    chart.filter.from = QDate(2025, 1, 1);
    chart.filter.to = QDate(2025, 12, 31);
    chart.filter.by = Granularity::Month;
    chart.sources = { u"GA4"_s, u"Matomo"_s };
    chart.workspace = u"demo.kapsel"_s;
    for (int m = 1; m <= 12; ++m) {
        SeriesRow row;
        row.period.first = QDate(2025, m, 1);
        row.period.last = row.period.first.addMonths(1).addDays(-1);
        row.period.key = row.period.first.toString(u"yyyy-MM"_s);
        row.firstTime = 3000 + 170 * m;
        row.returning = 1200 + 90 * (m % 5);
        row.visits = *row.firstTime + *row.returning;
        row.daysWithData = row.period.first.daysInMonth();
        chart.series << row;
    }
    return chart;
}

inline Sample sample(const QString &lang)
{
    const bool nb = lang == u"nb";
    auto t = [nb](const char *bokmal, const char *english) { return QString::fromUtf8(nb ? bokmal : english); };
    Sample s;
    ReportDocument::Document &d = s.document;
    d.documentId = u"KAPSEL-2026-12-03-F3A9C7"_s;
    d.language = lang;
    d.title = t("Personvernrapport", "Compliance report");
    d.workspaceName = u"demo.kapsel"_s;
    d.madeAt = QDateTime(QDate(2026, 12, 3), QTime(14, 2), Qt::UTC);
    d.from = QDate(2025, 1, 1);
    d.to = QDate(2025, 12, 31);
    d.sites = { u"example.no"_s, u"shop.example.no"_s };

    auto section = [&](const QString &id, int level, const QString &number, const QString &title) {
        ReportDocument::Section sec;
        sec.id = id;
        sec.level = level;
        sec.title = title;
        s.headings << number + u' ' + title;
        d.sections << sec;
        return &d.sections.last();
    };

    // 1 Summary
    auto *sec = section(u"summary"_s, 1, u"1"_s, t("Sammendrag", "Summary"));
    Block facts;
    facts.kind = Block::Kind::Facts;
    facts.facts = { { t("Åpne funn, høy", "Open findings, high"), u"2"_s },
        { t("Åpne funn, middels", "Open findings, medium"), u"5"_s },
        { t("Besøk i perioden", "Visits in the period"), t("1,2 millioner", "1.2 million") } };
    sec->blocks << facts
                << paragraph(t("Rapporten viser hva virksomheten lover og hva Kapsel har sett.",
                       "The report shows what the company promises and what Kapsel observed."));

    // 2 Cookies, with a long table and a long paragraph
    sec = section(u"cookies"_s, 1, u"2"_s, t("Informasjonskapsler", "Cookies and similar technologies"));
    sec->evidence << ReportDocument::Evidence { t("Skanning av example.no", "Scan of example.no"),
        QDateTime(QDate(2025, 11, 20), QTime(14, 2), Qt::UTC) };
    sec->blocks << paragraph(t("Erklæringen slik den er publisert, og hva skanningene så.",
        "The declaration as published, and what the scans observed."));
    sec = section(u"cookies/declaration"_s, 2, u"2.1"_s, t("Erklæringen", "The declaration"));
    s.tableHeader = { t("Navn", "Name"), t("Kategori", "Category"), t("Leverandør", "Supplier"),
        t("Lagringstid", "Retention"), t("Sett", "Seen") };
    s.tableMarker = u"ck"_s;
    Block table;
    table.kind = Block::Kind::Table;
    table.table.caption = t("Erklærte informasjonskapsler", "Declared cookies");
    table.table.header = s.tableHeader;
    table.table.numericColumns = { 4 };
    const QStringList categories = nb ? QStringList { u"Nødvendig"_s, u"Statistikk"_s, u"Markedsføring"_s }
                                      : QStringList { u"Necessary"_s, u"Statistics"_s, u"Marketing"_s };
    for (int i = 1; i <= 120; ++i)
        table.table.rows << QStringList { u"ck%1"_s.arg(i, 3, 10, QChar(u'0')), categories[i % 3],
            u"Supplier %1"_s.arg(QChar(u'A' + i % 26)), t("13 måneder", "13 months"), QString::number(i * 37) };
    sec->blocks << table;
    sec = section(u"cookies/findings"_s, 2, u"2.2"_s, t("Funn", "Findings"));
    for (int i = 1; i <= 110; ++i)
        s.longParagraph << (nb ? u"Setning %1 i det lange avsnittet om funn fra skanningen."_s
                               : u"Sentence %1 of the long paragraph about the scan's findings."_s)
                               .arg(i);
    sec->blocks << paragraph(s.longParagraph.join(u' '));

    // 3 Policy text, with a quote
    sec = section(u"policy"_s, 1, u"3"_s, t("Personvernerklæringen", "Policy text"));
    s.quote = t("Vi bruker informasjonskapsler for statistikk bare når du har samtykket.",
        "We use cookies for statistics only when you have consented.");
    s.quoteNote = t("Personvernerklæringen, avsnitt 4", "Privacy policy, paragraph 4");
    Block quote;
    quote.kind = Block::Kind::Quote;
    quote.text = s.quote;
    quote.note = s.quoteNote;
    sec->blocks << paragraph(t("Avsnittet som sjekken fant:", "The passage the check found:")) << quote;

    // 4 Visitors, with a chart
    sec = section(u"visitors"_s, 1, u"4"_s, t("Besøksstatistikk og samtykke", "Visitor statistics and consent"));
    Block chart;
    chart.kind = Block::Kind::Chart;
    chart.chart = sampleChart();
    chart.text = t("Besøk per måned fra GA4 og Matomo.", "Visits by month from GA4 and Matomo.");
    sec->blocks << chart;

    // 5 Chats
    sec = section(u"chats"_s, 1, u"5"_s, t("Personvern i chat", "Chat privacy"));
    Block chatFacts;
    chatFacts.kind = Block::Kind::Facts;
    chatFacts.facts = { { t("Samtaler", "Conversations"), u"1 204"_s },
        { t("Lagringstid", "Retention"), t("90 dager", "90 days") } };
    sec->blocks << chatFacts;

    // 6 Record of processing, with blank fields
    sec = section(u"ropa"_s, 1, u"6"_s, t("Protokoll over behandlinger", "Record of processing"));
    s.blankLabel = t("Behandlingsansvarlig", "Controller");
    s.keptLabel = t("Personvernombud", "Data protection officer");
    s.keptValue = u"Kari Nordmann"_s;
    Block blank;
    blank.kind = Block::Kind::Blank;
    blank.text = s.blankLabel;
    Block kept;
    kept.kind = Block::Kind::Blank;
    kept.text = s.keptLabel;
    kept.note = s.keptValue;
    sec->blocks << paragraph(t("Feltene Kapsel ikke kan vite, fylles ut av personvernombudet.",
        "The fields Kapsel cannot know are filled in by the privacy officer."))
                << blank << kept;

    // 7 Annex
    sec = section(u"annex"_s, 1, u"7"_s, t("Vedlegg", "Annex"));
    Block imports;
    imports.kind = Block::Kind::Table;
    imports.table.caption = t("Importhistorikk", "Import history");
    imports.table.header = { t("Fil", "File"), t("Kontrollsum", "Checksum"), t("Når", "When") };
    imports.table.rows = { { u"ga4.csv"_s, u"3f5a12…"_s, u"2025-11-20 14:02"_s },
        { u"matomo.csv"_s, u"9b07c4…"_s, u"2025-11-21 09:15"_s } };
    sec->blocks << imports;
    return s;
}

} // namespace ReportDocumentSample
