// SPDX-License-Identifier: GPL-3.0-or-later
// Section 4 of the compliance report: visitor statistics and consent, from VisitorQueries (the figures the Visitors
// area and `kapsel-cli visitors` show) and what each source's first-time/returning split relies on
// (SourceExplanations: the cookie, and so the consent, it needs).
#include "compliance/reportcontext.h"

#include "visitors/sourceexplanation.h"
#include "visitors/visitorqueries.h"
#include "workspace/workspace.h"

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace ReportBlocks;
using ReportDocument::Evidence;
using ReportDocument::Section;

namespace {

VisitorFilter filterOf(const ReportContext &c, const QString &source)
{
    VisitorFilter f;
    f.from = c.from;
    f.to = c.to;
    f.by = Granularity::Month;
    f.source = source;
    return f;
}

// What a source's split relies on, and whether it needs consent.
QStringList consentRow(const ReportContext &c, const QString &source)
{
    const ReportText &tx = c.tx;
    const SourceExplanation e = SourceExplanations::forSource(source);
    switch (e.basis) {
    case SourceExplanation::SplitBasis::Cookie: {
        QStringList declared;
        for (const QString &name : e.cookies)
            for (const CookieRow &r : c.rows)
                if (r.declared.name == name && !declared.contains(name))
                    declared << name;
        return { source,
            tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "first-time and returning visitors, through the cookie %1"))
                .arg(e.cookies.join(u", "_s)),
            tx.t(QT_TRANSLATE_NOOP("ComplianceReport",
                "yes: only visitors who accepted statistics cookies are told "
                "apart; the others count as visits without attribution")),
            declared.isEmpty() ? tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "not in the site's inventory"))
                               : declared.join(u", "_s) };
    }
    case SourceExplanation::SplitBasis::NoCookie:
        return { source,
            tx.t(QT_TRANSLATE_NOOP("ComplianceReport",
                "visits only: no cookie (a daily rotating hash of IP address "
                "and browser), so no first-time/returning split")),
            tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "no cookie consent")), QString() };
    case SourceExplanation::SplitBasis::Unknown:
        break;
    }
    return { source, tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "not known: the export does not say")),
        tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "not known")), QString() };
}

Expected<QList<QStringList>> monthRows(ReportContext &c, const QString &source, qint64 &unattributed)
{
    const ReportText &tx = c.tx;
    auto rows = VisitorQueries::series(c.ws.visitors(), filterOf(c, source));
    if (!rows)
        return rows.error();
    QList<QStringList> out;
    for (const SeriesRow &r : *rows) {
        if (r.visits == 0 && !r.coarser)
            continue;
        QString without = u"–"_s, share = u"–"_s;
        if (r.firstTime && r.returning && r.visits > 0) {
            const qint64 n = r.visits - *r.firstTime - *r.returning;
            unattributed += n;
            without = tx.number(n);
            share = tx.percent(double(n) / double(r.visits));
        }
        out << QStringList { tx.month(r.period.first), r.coarser && r.visits == 0 ? u"–"_s : tx.number(r.visits),
            tx.number(r.firstTime), tx.number(r.returning), without, share };
    }
    return out;
}

// A chart of the period, all sources together, in the report's language, with a sentence on it (`text`) and its
// figures as a table for the formats that show no drawing (Markdown, JSON) and for a screen reader (HTML).
ReportDocument::Block chartBlock(const ReportContext &c, VisitorChart chart, const QStringList &sources,
    const QString &text, const ReportDocument::Table &figures)
{
    chart.filter = filterOf(c, {});
    chart.sources = sources;
    chart.workspace = VisitorChart::workspaceName(c.ws.displayName(), Workspace::isServerLocation(c.ws.location()));
    chart.language = c.tx.language();
    ReportDocument::Block b;
    b.kind = ReportDocument::Block::Kind::Chart;
    b.chart = std::move(chart);
    b.text = text;
    b.table = figures;
    return b;
}

// First-time and returning visits by month, all sources: the bars of the chart and, for a reader of the text, the
// same figures as a table. Not known = visits the sources did not tell apart (no consent, or no split at all).
Expected<ReportDocument::Block> visitsChart(ReportContext &c, const QStringList &sources)
{
    const ReportText &tx = c.tx;
    auto rows = VisitorQueries::series(c.ws.visitors(), filterOf(c, {}));
    if (!rows)
        return rows.error();
    qint64 first = 0, returning = 0, unknown = 0;
    QList<QStringList> table;
    for (const SeriesRow &r : *rows) {
        const qint64 f = r.firstTime.value_or(0), ret = r.returning.value_or(0);
        first += f;
        returning += ret;
        unknown += r.visits - f - ret;
        if (r.visits == 0 && !r.coarser)
            continue;
        table << QStringList { tx.month(r.period.first), tx.number(r.visits), tx.number(r.firstTime),
            tx.number(r.returning), tx.number(r.visits - f - ret) };
    }
    VisitorChart chart;
    chart.kind = VisitorChart::Kind::Visits;
    chart.series = *rows;
    const QString text = unknown == 0
        ? tx.t(QT_TRANSLATE_NOOP(
                   "ComplianceReport", "Visits by month, all sources together: %1 first-time and %2 returning."))
              .arg(tx.number(first), tx.number(returning))
        : tx.t(QT_TRANSLATE_NOOP("ComplianceReport",
                   "Visits by month, all sources together: %1 first-time, %2 returning and %3 that were not told "
                   "apart (the visitor gave no consent to the cookie, or the source cannot tell)."))
              .arg(tx.number(first), tx.number(returning), tx.number(unknown));
    return chartBlock(c, chart, sources, text,
        ReportDocument::Table { tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Visits by month, all sources")),
            { tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Month")),
                tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Visits")),
                tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "First-time")),
                tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Returning")),
                tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Not told apart")) },
            table, { 1, 2, 3, 4 } });
}

// Visits by duration, all sources that record each visit's length; nothing when none does in the period.
Expected<std::optional<ReportDocument::Block>> durationsChart(ReportContext &c, const QStringList &sources)
{
    const ReportText &tx = c.tx;
    QStringList measured;
    for (const QString &source : sources) {
        auto buckets = VisitorQueries::durations(c.ws.visitors(), filterOf(c, source));
        if (!buckets)
            return buckets.error();
        if (std::any_of(buckets->cbegin(), buckets->cend(), [](const BucketRow &b) { return b.visits > 0; }))
            measured << source;
    }
    if (measured.isEmpty())
        return std::optional<ReportDocument::Block>();
    auto buckets = VisitorQueries::durations(c.ws.visitors(), filterOf(c, {}));
    if (!buckets)
        return buckets.error();
    qint64 total = 0;
    for (const BucketRow &b : *buckets)
        total += b.visits;
    VisitorChart chart;
    chart.kind = VisitorChart::Kind::Durations;
    chart.buckets = *buckets;
    chart.language = tx.language(); // the ranges' names below, as the chart draws them
    const QStringList ranges = chart.categoryLabels();
    QList<QStringList> table;
    for (int i = 0; i < buckets->size(); ++i)
        table << QStringList { ranges.value(i), tx.number((*buckets)[i].visits),
            tx.percent(double((*buckets)[i].visits) / double(total)) };
    return std::optional(chartBlock(c, chart, measured,
        tx.n(QT_TRANSLATE_N_NOOP("ComplianceReport",
                 "Visits by how long they lasted: %Ln visit(s) with a known duration, from the sources that record "
                 "each visit."),
            total),
        ReportDocument::Table { tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Visits by duration, all sources")),
            { tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Duration")),
                tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Visits")),
                tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Share")) },
            table, { 1, 2 } }));
}

} // namespace

Expected<QList<Section>> ReportSections::visitors(ReportContext &c)
{
    const ReportText &tx = c.tx;
    Section s
        = section(u"visitors"_s, 1, tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Visitor statistics and consent")));
    VisitorStore &store = c.ws.visitors();
    auto all = VisitorQueries::sources(store);
    if (!all)
        return all.error();
    auto total = VisitorQueries::totals(store, filterOf(c, {}));
    if (!total)
        return total.error();
    QStringList sources;
    for (const SourceInfo &info : *all) {
        auto t = VisitorQueries::totals(store, filterOf(c, info.name));
        if (!t)
            return t.error();
        if (t->visits > 0 || t->coarser)
            sources << info.name;
    }
    c.figures.insert(u"visits"_s, total->visits);
    c.figures.insert(u"sources"_s, sources.size());
    for (const ImportReport &r : c.ws.history())
        if (r.kind == u"visitors")
            s.evidence << Evidence {
                tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Imported file %1 (%2)")).arg(r.fileName, r.formatDisplay),
                r.finishedAt.isValid() ? r.finishedAt : r.startedAt
            };
    if (sources.isEmpty()) {
        s.blocks << paragraph(
            tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "No analytics data was imported in this period.")));
        auto range = VisitorQueries::dataRange(store);
        if (range && range->first.isValid())
            s.blocks << paragraph(tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "The workspace holds figures from %1."))
                                      .arg(tx.period(range->first, range->second)));
        return QList<Section> { s };
    }
    s.blocks << facts({
        { tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Period")), tx.period(c.from, c.to) },
        { tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Sources")), sources.join(u", "_s) },
        { tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Visits")), tx.number(total->visits) },
    });
    auto visits = visitsChart(c, sources);
    if (!visits)
        return visits.error();
    s.blocks << *visits;
    auto durations = durationsChart(c, sources);
    if (!durations)
        return durations.error();
    if (*durations)
        s.blocks << **durations;
    Section consent = section(
        u"visitors/consent"_s, 2, tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Which figures depend on which cookie")));
    QList<QStringList> consentRows;
    for (const QString &source : sources)
        consentRows << consentRow(c, source);
    consent.blocks << table({},
        { tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Source")),
            tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "What it can tell")),
            tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Depends on consent")),
            tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "In the site's inventory")) },
        consentRows);
    Section gaps = section(u"visitors/unattributed"_s, 2,
        tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Visits without attribution per source and month")));
    gaps.blocks << paragraph(tx.t(QT_TRANSLATE_NOOP("ComplianceReport",
        "A visit without attribution is one the source counted but could not tell first-time from returning, "
        "mostly because the visitor refused the cookie (consent mode). Its share shows how much of the statistics "
        "rests on consent.")));
    qint64 unattributed = 0;
    for (const QString &source : sources) {
        auto rows = monthRows(c, source, unattributed);
        if (!rows)
            return rows.error();
        gaps.blocks << table(source,
            { tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Month")),
                tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Visits")),
                tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "First-time")),
                tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Returning")),
                tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Without attribution")),
                tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Share without attribution")) },
            *rows, { 1, 2, 3, 4, 5 });
    }
    c.figures.insert(u"unattributed"_s, unattributed);
    return QList<Section> { s, consent, gaps };
}
