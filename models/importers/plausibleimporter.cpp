// SPDX-License-Identifier: GPL-3.0-or-later
#include "importers/plausibleimporter.h"

#include "importers/csvreader.h"
#include "importers/firstskip.h"
#include "importers/importcontext.h"
#include "importers/plausiblevalues.h"
#include "importers/timeparsing.h"
#include "stats/sessionsink.h"

#include <QIODevice>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {
QList<QByteArray> headerOf(const QByteArray &head)
{
    QByteArrayView h(head);
    if (h.startsWith("\xEF\xBB\xBF"))
        h = h.sliced(3);
    const qsizetype nl = h.indexOf('\n');
    QList<QByteArray> out;
    for (const QByteArray &c : (nl < 0 ? h : h.first(nl)).toByteArray().split(','))
        out << c.trimmed().toLower();
    return out;
}
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
    const QList<QByteArray> h = headerOf(head);
    if (h.value(0) != "date" || !h.contains("visitors") || !h.contains("visit_duration"))
        return 0;
    if (fileName.startsWith(u"imported_visitors"_s) || fileName == u"visitors.csv"_s)
        return 95;
    return 85;
}

Status PlausibleImporter::read(QIODevice &in, ImportContext &ctx) const
{
    CsvReader csv(in, ',');
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
                .arg(csv.texts().join(u", "_s)));

    ctx.sessions->setSource(ctx.options.sourceName.isEmpty() ? u"Plausible"_s : ctx.options.sourceName);
    QDate from, to;
    const QString badDate = tr("row without a readable date (expected yyyy-mm-dd)");
    const QString badVisits = tr("row whose visits figure is not a number");
    while (csv.next()) {
        if (ctx.cancelled())
            return std::nullopt;
        if (csv.isBlank())
            continue;
        ++ctx.rowsRead;
        const auto day = TimeParsing::parseDate(csv.field(cDate));
        if (!day) {
            ctx.skip(badDate, csv.lineNumber());
            continue;
        }
        const auto visits = TimeParsing::parseDecimal(csv.field(cVisits));
        if (!visits || *visits < 0) {
            ctx.skip(badVisits, csv.lineNumber());
            continue;
        }
        AggregateRecord a;
        a.from = a.to = *day;
        a.metric = QString::fromUtf16(AggregateMetric::Visits);
        a.value = *visits;
        a.line = csv.lineNumber();
        if (!PlausibleValues::acceptAggregate(ctx, a))
            continue;
        if (Status s = ctx.sessions->addAggregate(a))
            return s;
        if (cDur >= 0 && *visits > 0) {
            if (auto d = TimeParsing::parseDecimal(csv.field(cDur)); d && *d >= 0) {
                a.metric = QString::fromUtf16(
                    durationIsSum ? AggregateMetric::DurationSumS : AggregateMetric::DurationMeanS);
                a.value = *d;
                if (Status s = ctx.sessions->addAggregate(a))
                    return s;
            }
        }
        ++ctx.rowsAccepted;
        if (!from.isValid() || *day < from)
            from = *day;
        if (!to.isValid() || *day > to)
            to = *day;
    }
    if (csv.hasError())
        return ctx.error(csv.errorLine(), csv.errorReason());
    if (ctx.rowsRead == 0)
        return ctx.error(2, tr("the file holds a header row but no days"));
    if (ctx.rowsAccepted == 0) {
        return firstSkipAsError(ctx, tr("no row could be read: %1"));
    }
    ctx.notes << tr("Daily visits from %1 to %2; Plausible is cookieless, so it has no first-time or returning figure.")
                     .arg(QLocale().toString(from, QLocale::ShortFormat), QLocale().toString(to, QLocale::ShortFormat));
    return std::nullopt;
}
