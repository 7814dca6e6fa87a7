// SPDX-License-Identifier: GPL-3.0-or-later
// visitors, durations: the visitor statistics on the command line.
#include "cli/cli.h"
#include "cli/output.h"

#include "visitorchart.h"
#include "visitors/sourceexplanation.h"
#include "visitors/visitorformat.h"
#include "visitors/visitorqueries.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

struct Options
{
    QCommandLineOption from { u"from"_s, Tr::tr("First day (default: the first day with data)."),
        Tr::tr("YYYY-MM-DD", "placeholder on the command line") };
    QCommandLineOption to { u"to"_s, Tr::tr("Last day (default: the last day with data)."),
        Tr::tr("YYYY-MM-DD", "placeholder on the command line") };
    QCommandLineOption by { u"by"_s, Tr::tr("Period: day, week (ISO) or month (default: month)."),
        u"day|week|month"_s };
    QCommandLineOption source { u"source"_s, Tr::tr("Only this data source, e.g. GA4."),
        Tr::tr("NAME", "placeholder on the command line") };
    QCommandLineOption chart { u"chart"_s,
        Tr::tr("Draw the chart into FILE (.png, .svg or .pdf), as the GUI exports it, with its numbers in FILE.csv "
               "beside it."),
        Tr::tr("FILE", "placeholder on the command line") };
    QCommandLineOption chartKind { u"chart-kind"_s,
        Tr::tr("With --chart: which chart of the Visitors area to draw: visits (first-time and returning, the "
               "default) or mean-median (mean and median visit duration per period)."),
        u"visits|mean-median"_s };
    QCommandLineOption chartSize { u"chart-size"_s,
        Tr::tr("Size of the chart in pixels (default 800x450; a PNG is drawn at twice that)."),
        Tr::tr("WxH", "placeholder on the command line") };
    Cli::ListingOptions listing;
};

// Fills `f` from the options; returns -1 to go on, else an exit code.
int readFilter(Cli::Context &ctx, const QCommandLineParser &p, const Options &o, VisitorStore &store, VisitorFilter &f,
    bool withBy)
{
    auto range = VisitorQueries::dataRange(store);
    if (!range)
        return ctx.fail(range.error());
    f.from = range->first;
    f.to = range->second;
    for (const auto &[opt, day] : { std::pair { &o.from, &f.from }, std::pair { &o.to, &f.to } }) {
        if (!p.isSet(*opt))
            continue;
        *day = QDate::fromString(p.value(*opt), Qt::ISODate);
        if (!day->isValid())
            return ctx.usage(
                Tr::tr("--%1 takes a date as YYYY-MM-DD, not \"%2\"").arg(opt->names().first(), p.value(*opt)));
    }
    if (p.isSet(o.from) != p.isSet(o.to) && f.from.isValid() && f.to.isValid() && f.from > f.to)
        (p.isSet(o.from) ? f.to : f.from) = p.isSet(o.from) ? f.from : f.to; // one bound given outside the data
    if (f.from.isValid() && f.to.isValid() && f.from > f.to)
        return ctx.usage(Tr::tr("--from must not be after --to"));
    const bool hasBy = withBy && p.isSet(o.by);
    const auto by = Periods::parse(hasBy ? p.value(o.by) : u"month"_s);
    if (!by)
        return ctx.usage(Tr::tr("--by takes day, week or month, not \"%1\"").arg(p.value(o.by)));
    f.by = *by;
    f.source = p.value(o.source);
    if (!f.source.isEmpty()) {
        auto sources = VisitorQueries::sources(store);
        if (!sources)
            return ctx.fail(sources.error());
        QStringList names;
        for (const SourceInfo &s : *sources)
            names << s.name;
        const auto match = std::find_if(names.cbegin(), names.cend(),
            [&](const QString &n) { return n.compare(f.source, Qt::CaseInsensitive) == 0; });
        if (match == names.cend())
            return ctx.usage(Tr::tr("no data source \"%1\" in the workspace; known sources: %2")
                                 .arg(f.source, names.isEmpty() ? Tr::tr("none") : names.join(u", "_s)));
        f.source = *match;
    }
    return -1;
}

// The figures' JSON (VisitorFormat) in the versioned envelope every JSON output has.
QString withSchema(const QString &command, const QString &json)
{
    return QString::fromUtf8(Cli::jsonDocument(command, QJsonDocument::fromJson(json.toUtf8()).object()));
}

QString pad(const QString &s, int width, bool right)
{
    return right ? s.rightJustified(width) : s.leftJustified(width);
}

void printTable(QTextStream &out, const QStringList &headers, const QList<QStringList> &rows, int leftColumns)
{
    QList<int> widths;
    for (const QString &h : headers)
        widths << int(h.size());
    for (const QStringList &r : rows)
        for (int i = 0; i < r.size(); ++i)
            widths[i] = std::max(widths[i], int(r[i].size()));
    auto line = [&](const QStringList &cells) {
        QStringList padded;
        for (int i = 0; i < cells.size(); ++i)
            padded << pad(cells[i], widths[i], i >= leftColumns);
        out << padded.join(u"  "_s).trimmed() << Qt::endl;
    };
    line(headers);
    QStringList rule;
    for (int w : widths)
        rule << QString(w, u'-');
    const QString ruler = rule.join(u"  "_s);
    out << ruler << Qt::endl;
    // An empty row stands for a rule (above the totals).
    for (const QStringList &r : rows) {
        if (r.join(QString()).isEmpty())
            out << ruler << Qt::endl;
        else
            line(r);
    }
}

QStringList tableCells(const QString &label, const SeriesRow &r)
{
    const QString visits = r.coarser && r.visits == 0 ? Tr::tr("n/a") : VisitorFormat::number(r.visits);
    return { label, visits, VisitorFormat::number(r.firstTime), VisitorFormat::number(r.returning),
        VisitorFormat::percent(VisitorFormat::share(r.returning, r.visits)), VisitorFormat::duration(r.meanDurationS),
        VisitorFormat::duration(r.medianDurationS), VisitorFormat::coverage(r) };
}

// Which consent each source's first-time/returning split depends on.
void printSplitBasis(Cli::Context &ctx, const QStringList &sources)
{
    if (sources.isEmpty())
        return;
    ctx.out << Tr::tr("First-time and returning rely on:") << Qt::endl;
    for (const QString &s : sources)
        ctx.out << u"  "_s << s << u": "_s << SourceExplanations::splitBasis(SourceExplanations::forSource(s))
                << Qt::endl;
}

void printSeriesTable(Cli::Context &ctx, const QList<SeriesRow> &rows, const Comparison &cmp, const VisitorFilter &f)
{
    const QLocale loc;
    ctx.out << Tr::tr("Visits %1 to %2, %3")
                   .arg(loc.toString(f.from, QLocale::ShortFormat), loc.toString(f.to, QLocale::ShortFormat),
                       f.source.isEmpty() ? Tr::tr("all sources") : f.source)
            << Qt::endl
            << Qt::endl;
    const QStringList headers = { Tr::tr("Period"), Tr::tr("Visits"), Tr::tr("First-time"), Tr::tr("Returning"),
        Tr::tr("Returning %"), Tr::tr("Mean (m:ss)"), Tr::tr("Median (m:ss)"),
        //: column: days of the period with figures, of its days ("2/30")
        Tr::tr("Days with data") };
    QList<QStringList> cells;
    bool anyAggregate = false, anyPartial = false, anyCoarser = false, anyFiner = false, anyLonger = false;
    for (const SeriesRow &r : rows) {
        QString label = VisitorFormat::periodLabel(r.period, f.by);
        if (r.period.first != Periods::startOf(r.period.first, f.by)
            || r.period.last != Periods::endOf(r.period.last, f.by)) {
            //: a week or month cut short by the chosen range
            label = Tr::tr("%1 (part)").arg(label);
            anyPartial = true;
        }
        if (r.fromAggregate) {
            label += u" *"_s;
            anyAggregate = true;
        }
        if (r.coarser) {
            label += u" \u2020"_s;
            anyCoarser = true;
        }
        if (r.overlap == ReportOverlap::Finer) {
            label += u" \u00A7"_s;
            anyFiner = true;
        } else if (r.overlap == ReportOverlap::Longer) {
            label += u" \u2021"_s;
            anyLonger = true;
        }
        cells << tableCells(label, r);
    }
    QStringList total = tableCells(Tr::tr("Total") + (cmp.current.coarser ? u" \u2020"_s : QString()), cmp.current);
    cells << QStringList(headers.size()) << total;
    printTable(ctx.out, headers, cells, 1);
    ctx.out << Qt::endl;
    auto delta = [](std::optional<double> c, std::optional<double> p) {
        const auto d = Comparison::deltaPct(c, p);
        return d ? VisitorFormat::percent(d, true) : Tr::tr("n/a");
    };
    auto opt = [](std::optional<qint64> v) { return v ? std::optional<double>(double(*v)) : std::nullopt; };
    const QString previousFrom = loc.toString(f.from.addDays(-(f.from.daysTo(f.to) + 1)), QLocale::ShortFormat);
    const QString previousTo = loc.toString(f.from.addDays(-1), QLocale::ShortFormat);
    if (!cmp.comparable())
        //: %3 says why, e.g. "previous period: data on 2 of 30 days"
        ctx.out << Tr::tr("Not compared with %1 to %2: %3.")
                       .arg(previousFrom, previousTo, VisitorFormat::comparisonGap(cmp))
                << Qt::endl;
    else
        ctx.out << Tr::tr("Compared with %1 to %2: visits %3, first-time %4, returning %5, median duration %6")
                       .arg(previousFrom, previousTo,
                           // Visits missing from either side (a month cut by the range) make no honest change.
                           cmp.current.coarser || cmp.previous.coarser
                               ? Tr::tr("n/a")
                               : delta(double(cmp.current.visits), double(cmp.previous.visits)),
                           delta(opt(cmp.current.firstTime), opt(cmp.previous.firstTime)),
                           delta(opt(cmp.current.returning), opt(cmp.previous.returning)),
                           delta(cmp.current.medianDurationS, cmp.previous.medianDurationS))
                << Qt::endl;
    if (anyAggregate)
        ctx.out << Tr::tr("* includes figures from aggregate reports") << Qt::endl;
    if (anyCoarser || cmp.current.coarser)
        ctx.out << u"\u2020 "_s
                << Tr::tr("not available at this granularity: a report gives these visits only for a longer period "
                          "(a week or a month); they are not counted here. A longer --by, or a range that holds the "
                          "report's whole periods, shows them.")
                << Qt::endl;
    if (anyFiner)
        ctx.out << u"\u00A7 "_s
                << Tr::tr("a source gives these days both per day (or week) and for a longer period: the finer "
                          "figures cover every day of it and are counted; the longer figure is left out.")
                << Qt::endl;
    if (anyLonger)
        ctx.out << u"\u2021 "_s
                << Tr::tr("a source gives some of these days both per day (or week) and for a longer period: the "
                          "finer figures miss days of it, so the longer figure is counted and the finer ones inside "
                          "it are left out.")
                << Qt::endl;
    if (anyPartial)
        ctx.out << Tr::tr("(part): only the days of the period inside the range are counted.") << Qt::endl;
    ctx.out << Tr::tr("Empty cells: the source cannot give that figure.") << Qt::endl;
}

// What visitors and durations share: their options, --format, the workspace and the filter. Returns -1 to go
// on, else the exit code.
struct Prepared
{
    QString format;
    QString output; // --output FILE
    std::shared_ptr<Workspace> ws;
    VisitorFilter filter;
    QString chart; // --chart FILE
    VisitorChart::Kind chartKind = VisitorChart::Kind::Visits; // --chart-kind (visitors)
    QSize chartSize { 800, 450 };
};

int prepare(Cli::Context &ctx, const QStringList &args, const QString &description, bool withBy, Prepared &out)
{
    QCommandLineParser p;
    const Options o;
    if (withBy)
        p.addOptions(
            { o.from, o.to, o.by, o.source, o.listing.format, o.listing.output, o.chart, o.chartKind, o.chartSize });
    else
        p.addOptions({ o.from, o.to, o.source, o.listing.format, o.listing.output, o.chart, o.chartSize });
    if (int rc = Cli::parse(p, ctx, args, description); rc >= 0)
        return rc;
    out.chart = p.value(o.chart);
    if (p.isSet(o.chart) && !VisitorChart::formatOf(out.chart))
        return ctx.usage(Tr::tr("--chart takes a file ending in .png, .svg or .pdf, not \"%1\"").arg(out.chart));
    if (withBy && p.isSet(o.chartKind)) {
        const QString kind = p.value(o.chartKind).toLower();
        if (kind == u"mean-median")
            out.chartKind = VisitorChart::Kind::MeanMedian;
        else if (kind != u"visits")
            return ctx.usage(Tr::tr("--chart-kind takes visits or mean-median, not \"%1\"").arg(p.value(o.chartKind)));
        if (!p.isSet(o.chart))
            return ctx.usage(Tr::tr("--chart-kind goes with --chart FILE"));
    }
    if (p.isSet(o.chartSize)) {
        const QStringList wh = p.value(o.chartSize).split(u'x');
        const int w = wh.value(0).toInt(), h = wh.size() == 2 ? wh[1].toInt() : 0;
        if (w < 200 || h < 150 || w > 8000 || h > 8000)
            return ctx.usage(Tr::tr("--chart-size takes WIDTHxHEIGHT in pixels, from 200x150 to 8000x8000, not \"%1\"")
                                 .arg(p.value(o.chartSize)));
        out.chartSize = QSize(w, h);
    }
    if (!out.chart.isEmpty() && !qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return ctx.usage(Tr::tr("--chart must be written as --chart FILE or --chart=FILE"));
    int rc = Cli::Ok;
    if (!Cli::chosenFormat(ctx, p, o.listing, &rc))
        return rc;
    out.format = p.value(o.listing.format).toLower();
    out.output = p.value(o.listing.output);
    out.ws = ctx.openWorkspace();
    if (!out.ws)
        return Cli::DataError;
    return readFilter(ctx, p, o, out.ws->visitors(), out.filter, withBy);
}

// The sources a figure covers: the one chosen, or every source in the workspace.
Expected<QStringList> sourceNames(VisitorStore &store, const VisitorFilter &f)
{
    if (!f.source.isEmpty())
        return QStringList { f.source };
    auto sources = VisitorQueries::sources(store);
    if (!sources)
        return sources.error();
    QStringList names;
    for (const SourceInfo &s : *sources)
        names << s.name;
    return names;
}

// --chart FILE: the same drawing as the GUI's export, and FILE.csv beside it.
int saveChart(Cli::Context &ctx, const Prepared &prep, VisitorChart &chart)
{
    auto names = sourceNames(prep.ws->visitors(), prep.filter);
    if (!names)
        return ctx.fail(names.error());
    chart.filter = prep.filter;
    chart.sources = *names;
    chart.workspace
        = VisitorChart::workspaceName(prep.ws->displayName(), Workspace::isServerLocation(prep.ws->location()));
    if (Status s = chart.save(prep.chart, prep.chartSize))
        return ctx.fail(*s);
    ctx.out
        << Tr::tr("Saved the chart in %1 and its numbers in %2").arg(prep.chart, VisitorChart::csvPathFor(prep.chart))
        << Qt::endl;
    return Cli::Ok;
}

int runVisitors(Cli::Context &ctx, const QStringList &args)
{
    Prepared prep;
    if (int rc
        = prepare(ctx, args, Tr::tr("Visits per period: first-time, returning, mean and median duration."), true, prep);
        rc >= 0)
        return rc;
    const QString &format = prep.format;
    VisitorStore &store = prep.ws->visitors();
    const VisitorFilter &f = prep.filter;
    auto rows = VisitorQueries::series(store, f);
    if (!rows)
        return ctx.fail(rows.error());
    if (!prep.chart.isEmpty()) {
        VisitorChart chart;
        chart.kind = prep.chartKind;
        chart.series = *rows;
        return saveChart(ctx, prep, chart);
    }
    return Cli::captured(ctx, prep.output, [&](Cli::Context &ctx) {
        if (format == u"csv") {
            ctx.out << VisitorFormat::seriesCsv(*rows);
        } else if (format == u"json") {
            ctx.out << withSchema(u"visitors"_s, VisitorFormat::seriesJson(*rows, f));
        } else {
            if (!f.from.isValid()) {
                ctx.out << Tr::tr("No visitor statistics in this workspace yet; import an analytics export first.")
                        << Qt::endl;
                return int(Cli::Ok);
            }
            auto cmp = VisitorQueries::compare(store, f);
            if (!cmp)
                return ctx.fail(cmp.error());
            printSeriesTable(ctx, *rows, *cmp, f);
            auto names = sourceNames(store, f);
            if (!names)
                return ctx.fail(names.error());
            printSplitBasis(ctx, *names);
        }
        ctx.out.flush();
        return int(Cli::Ok);
    });
}

int runDurations(Cli::Context &ctx, const QStringList &args)
{
    Prepared prep;
    if (int rc = prepare(ctx, args,
            Tr::tr("Visits by session duration in Matomo's ranges; each visit counts in exactly one range."), false,
            prep);
        rc >= 0)
        return rc;
    const QString &format = prep.format;
    VisitorStore &store = prep.ws->visitors();
    const VisitorFilter &f = prep.filter;
    auto rows = VisitorQueries::durations(store, f);
    if (!rows)
        return ctx.fail(rows.error());
    if (!prep.chart.isEmpty()) {
        VisitorChart chart;
        chart.kind = VisitorChart::Kind::Durations;
        chart.buckets = *rows;
        return saveChart(ctx, prep, chart);
    }
    return Cli::captured(ctx, prep.output, [&](Cli::Context &ctx) {
    if (format == u"csv") {
        ctx.out << VisitorFormat::bucketsCsv(*rows);
    } else if (format == u"json") {
        ctx.out << withSchema(u"durations"_s, VisitorFormat::bucketsJson(*rows, f));
    } else {
        qint64 total = 0;
        for (const BucketRow &r : *rows)
            total += r.visits;
        QList<QStringList> cells;
        for (const BucketRow &r : *rows)
            cells << QStringList { DurationBuckets::label(r.index), VisitorFormat::number(r.visits),
                VisitorFormat::percent(VisitorFormat::share(r.visits, total)) };
        cells << QStringList(3) << QStringList { Tr::tr("Total"), VisitorFormat::number(total), QString() };
        printTable(ctx.out, { Tr::tr("Duration"), Tr::tr("Visits"), Tr::tr("Share") }, cells, 1);
    }
    ctx.out.flush();
    return int(Cli::Ok);
    });
}
} // namespace

void Cli::addVisitorCommands(QList<Command> &list)
{
    list << Command { u"visitors"_s,
        [] { return Tr::tr("visits per day, week or month (first-time, returning, duration)"); }, runVisitors }
         << Command { u"durations"_s, [] { return Tr::tr("visits by session duration range"); }, runDurations };
}
