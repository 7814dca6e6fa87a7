// SPDX-License-Identifier: GPL-3.0-or-later
#include "importers/plausibleimporter.h"
#include "core/deferredtext.h"
#include "core/filequote.h"

#include "importers/csvreader.h"
#include "importers/firstskip.h"
#include "importers/importcontext.h"
#include "importers/plausiblevalues.h"
#include "importers/timeparsing.h"
#include "visitors/periods.h"
#include "visitors/sessionsink.h"

#include <QBuffer>
#include <QIODevice>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// The header and up to kSniffRows rows of `head`, read as CSV with the separator detected (Excel re-saves
// with `;` in many locales, quotes fields and adds a BOM).
constexpr int kSniffRows = 5;

struct Head
{
    QList<QByteArray> header; // lower case, trimmed
    QList<QList<QByteArray>> rows;
};

Head readHead(const QByteArray &head)
{
    QByteArray copy = head;
    QBuffer buf(&copy);
    buf.open(QIODevice::ReadOnly);
    CsvReader csv(buf);
    Head h;
    if (!csv.next())
        return h;
    for (qsizetype i = 0; i < csv.size(); ++i)
        h.header << csv.field(i).trimmed().toByteArray().toLower();
    while (h.rows.size() < kSniffRows && csv.next()) {
        QList<QByteArray> r;
        for (qsizetype i = 0; i < csv.size(); ++i)
            r << csv.field(i).trimmed().toByteArray();
        h.rows << r;
    }
    return h;
}

// "2024-03-01", or "2024-03" for a month.
std::optional<QDate> parseRowDate(QByteArrayView v, bool &wholeMonth)
{
    v = v.trimmed();
    wholeMonth = false;
    if (v.size() == 7 && v[4] == '-') {
        const auto d = TimeParsing::parseDate(QByteArray(v.toByteArray() + "-01"));
        wholeMonth = d.has_value();
        return d;
    }
    return TimeParsing::parseDate(v);
}

// Plausible writes plain numbers with a decimal point and no thousands separator; a spreadsheet that saves
// with `;` writes its locale's decimal comma instead (still without thousands separators). Either reads.
std::optional<double> plausibleNumber(QByteArrayView v, bool commaAllowed)
{
    v = v.trimmed();
    if (commaAllowed && v.count(',') == 1 && !v.contains('.'))
        return TimeParsing::parseDecimal(v.toByteArray().replace(',', '.'));
    return TimeParsing::parseDecimal(v);
}

// The export's last day: the end of a "_yyyymmdd_yyyymmdd" range in the file name, or the day of the import
// (in the workspace's time zone).
QDate lastDayOfExport(const ImportContext &ctx)
{
    const QDateTime started = QDateTime::fromSecsSinceEpoch(ctx.startedUtc, Qt::UTC);
    const QDate importDay = (ctx.timeZone.isValid() ? started.toTimeZone(ctx.timeZone) : started.toLocalTime()).date();
    static const QRegularExpression range(u"_(\\d{8})_(\\d{8})(?:\\D|$)"_s);
    if (const auto m = range.match(ctx.fileName); m.hasMatch()) {
        const QDate end = QDate::fromString(m.captured(2), u"yyyyMMdd"_s);
        if (end.isValid() && end < importDay)
            return end;
    }
    return importDay;
}

struct PlausibleRow
{
    QDate day;
    bool wholeMonth = false;
    double visits = 0;
    std::optional<double> duration;
    int line = 0;
};

} // namespace

QString PlausibleImporter::name() const
{
    return u"plausible"_s;
}

QString PlausibleImporter::displayName() const
{
    return tr("Plausible visitors export (CSV)");
}

int PlausibleImporter::sniff(const QByteArray &head, const QString &fileName) const
{
    const Head h = readHead(head);
    if (h.header.value(0) != "date" || !h.header.contains("visitors") || !h.header.contains("visit_duration"))
        return 0;
    // The rows confirm the header: ISO dates in the first column, numbers for visitors.
    const qsizetype cVisitors = h.header.indexOf("visitors");
    int readable = 0;
    bool wholeMonth = false;
    for (const QList<QByteArray> &r : h.rows) {
        if (parseRowDate(r.value(0), wholeMonth) && plausibleNumber(r.value(cVisitors), true))
            ++readable;
    }
    if (!h.rows.isEmpty() && readable == 0)
        return 60;
    int score = h.rows.isEmpty() ? 80 : 85;
    if (fileName.startsWith(u"imported_visitors"_s) || fileName == u"visitors.csv"_s)
        score += 10;
    return score;
}

Status PlausibleImporter::read(QIODevice &in, ImportContext &ctx) const
{
    CsvReader csv(in);
    if (!csv.next())
        return ctx.error(1, csv.hasError() ? csv.errorReason() : tr("the file is empty"));
    QList<QByteArray> h;
    for (qsizetype i = 0; i < csv.size(); ++i)
        h << csv.field(i).trimmed().toByteArray().toLower();
    const qsizetype cDate = h.indexOf("date"), cVisits = h.indexOf("visits"), cDur = h.indexOf("visit_duration");
    // The site export (imported_visitors_*) has bounces as a count and the duration as a sum; the
    // dashboard export has bounce_rate and the mean duration.
    const bool durationIsSum = h.contains("bounces") || ctx.fileName.startsWith(u"imported_visitors"_s);
    if (cDate < 0 || cVisits < 0)
        return ctx.error(1,
            tr("this Plausible export lacks the date or visits column; the header row has: %1")
                .arg(FileQuote::list(csv.texts())));
    const bool decimalComma = csv.delimiter() == ';';

    const QString badDate = DeferredText::marked("PlausibleImporter",
        QT_TRANSLATE_NOOP("PlausibleImporter", "row without a readable date (expected yyyy-mm-dd)"))
                                .toStored();
    const QString badVisits = DeferredText::marked(
        "PlausibleImporter", QT_TRANSLATE_NOOP("PlausibleImporter", "row whose visits figure is not a number"))
                                  .toStored();
    // The rows are kept until the end: whether a row is a day, a week or a month shows only in the spacing
    // of all the dates. An export has one row per period, so this is small.
    QList<PlausibleRow> rows;
    while (csv.next()) {
        if (ctx.cancelled())
            return std::nullopt;
        if (csv.isBlank())
            continue;
        ++ctx.rowsRead;
        PlausibleRow row;
        const auto day = parseRowDate(csv.field(cDate), row.wholeMonth);
        if (!day) {
            ctx.skip(badDate, csv.lineNumber());
            continue;
        }
        const auto visits = plausibleNumber(csv.field(cVisits), decimalComma);
        if (!visits || *visits < 0) {
            ctx.skip(badVisits, csv.lineNumber());
            continue;
        }
        row.day = *day;
        row.visits = *visits;
        row.line = csv.lineNumber();
        if (cDur >= 0 && *visits > 0) {
            if (auto d = plausibleNumber(csv.field(cDur), decimalComma); d && *d >= 0)
                row.duration = d;
        }
        rows << row;
    }
    if (csv.hasError())
        return ctx.error(csv.errorLine(), csv.errorReason());
    if (ctx.rowsRead == 0)
        return ctx.error(2, tr("the file holds a header row but no days"));
    if (rows.isEmpty())
        return firstSkipAsError(ctx, tr("no row could be read: %1"));

    QList<QDate> days;
    bool monthLabels = true;
    for (const PlausibleRow &r : std::as_const(rows)) {
        days << r.day;
        monthLabels = monthLabels && r.wholeMonth;
    }
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    const Granularity g = monthLabels ? Granularity::Month : Periods::spacingOf(days);

    // The last day the export can hold: the end of the range in the file name (the site export writes
    // imported_visitors_20210101_20210103.csv), else the day of the import. An export taken during a month (or
    // week) holds that month only up to then.
    const QDate lastDay = lastDayOfExport(ctx);
    QDate partialFrom;
    ctx.sessions->setSource(ctx.options.sourceName.isEmpty() ? u"Plausible"_s : ctx.options.sourceName);
    for (const PlausibleRow &r : std::as_const(rows)) {
        if (ctx.cancelled())
            return std::nullopt;
        AggregateRecord a;
        // A week or month is stored as the whole period it covers, so it is shown only where it fits; the
        // running one only up to the export's last day.
        a.from = r.day;
        a.to = Periods::endOf(r.day, g);
        if (a.from <= lastDay && lastDay < a.to) {
            a.to = lastDay;
            partialFrom = a.from;
        }
        a.metric = QString::fromUtf16(AggregateMetric::Visits);
        a.value = r.visits;
        a.line = r.line;
        if (!PlausibleValues::acceptAggregate(ctx, a))
            continue;
        if (Status s = ctx.sessions->addAggregate(a))
            return s;
        if (r.duration) {
            a.metric
                = QString::fromUtf16(durationIsSum ? AggregateMetric::DurationSumS : AggregateMetric::DurationMeanS);
            a.value = *r.duration;
            if (Status s = ctx.sessions->addAggregate(a))
                return s;
        }
        ++ctx.rowsAccepted;
    }
    const char *period = nullptr;
    switch (g) {
    case Granularity::Day:
        period = QT_TRANSLATE_NOOP("PlausibleImporter", "Daily visits from %1 to %2.");
        break;
    case Granularity::Week:
        period = QT_TRANSLATE_NOOP("PlausibleImporter",
            "Weekly visits from %1 to %2: the export has one row per week, so these figures are shown by week, not "
            "per day, nor in a month the week crosses.");
        break;
    case Granularity::Month:
        period = QT_TRANSLATE_NOOP("PlausibleImporter",
            "Monthly visits from %1 to %2: the export has one row per month (as Plausible writes for six months or "
            "more), so these figures are shown by month only, not per day or week.");
        break;
    }
    ctx.notes << DeferredText::marked("PlausibleImporter", period)
                     .arg(days.first())
                     .arg(Periods::endOf(days.last(), g))
                     .toStored();
    if (partialFrom.isValid()) {
        ctx.notes << DeferredText::marked("PlausibleImporter",
            g == Granularity::Month
                ? QT_TRANSLATE_NOOP("PlausibleImporter",
                    "The month starting %1 was still running when the export was taken: its figures are stored as "
                    "covering %1 to %2 only, a partial month.")
                : QT_TRANSLATE_NOOP("PlausibleImporter",
                    "The week starting %1 was still running when the export was taken: its figures are stored as "
                    "covering %1 to %2 only, a partial week."))
                         .arg(partialFrom)
                         .arg(lastDay)
                         .toStored();
    }
    ctx.notes << DeferredText::marked("PlausibleImporter",
        QT_TRANSLATE_NOOP("PlausibleImporter", "Plausible is cookieless, so it has no first-time or returning figure."))
                     .toStored();
    return std::nullopt;
}
