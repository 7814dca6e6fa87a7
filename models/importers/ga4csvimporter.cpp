// SPDX-License-Identifier: GPL-3.0-or-later
#include "importers/ga4csvimporter.h"
#include "core/deferredtext.h"
#include "core/filequote.h"

#include "importers/csvreader.h"
#include "importers/ga4sessionbuilder.h"
#include "importers/importcontext.h"
#include "importers/localtimeconverter.h"
#include "importers/plausiblevalues.h"
#include "importers/progressticker.h"
#include "importers/timeparsing.h"
#include "visitors/sessionsink.h"

#include <QIODevice>
#include <QList>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

QByteArray firstLineLower(const QByteArray &head)
{
    QByteArrayView h(head);
    if (h.startsWith("\xEF\xBB\xBF"))
        h = h.sliced(3);
    const qsizetype nl = h.indexOf('\n');
    return (nl < 0 ? h : h.first(nl)).toByteArray().toLower();
}

// Columns of one flattened parameter, best first: the int_value column before string/double ones.
QList<qsizetype> paramColumns(const QList<QByteArray> &headers, const char *param)
{
    QList<qsizetype> exact, intValue, other;
    for (qsizetype i = 0; i < headers.size(); ++i) {
        const QByteArray &h = headers[i];
        if (h == param)
            exact << i;
        else if (h.contains(param) && h.contains("int_value"))
            intValue << i;
        else if (h.contains(param))
            other << i;
    }
    return exact + intValue + other;
}

std::optional<qint64> firstInt(const CsvReader &csv, const QList<qsizetype> &columns)
{
    for (qsizetype c : columns) {
        const QByteArrayView f = csv.field(c);
        if (f.trimmed().isEmpty())
            continue;
        if (auto v = TimeParsing::parseInt(f))
            return v;
        // Beyond qint64 a decimal is no id, and converting it would be undefined behaviour.
        if (auto d = TimeParsing::parseDecimal(f); d && std::abs(*d) < 9.2e18)
            return qint64(*d);
    }
    return std::nullopt;
}

} // namespace

QString Ga4CsvImporter::name() const
{
    return u"ga4-csv"_s;
}

QString Ga4CsvImporter::displayName() const
{
    return tr("Google Analytics 4 BigQuery export (CSV, flattened parameters)");
}

int Ga4CsvImporter::sniff(const QByteArray &head, const QString &fileName) const
{
    Q_UNUSED(fileName);
    const QByteArray first = firstLineLower(head);
    if (first.startsWith('{'))
        return 0;
    if (first.contains("event_timestamp") && first.contains("user_pseudo_id") && first.contains("ga_session_id"))
        return 90;
    if (first.contains("event_timestamp") && first.contains("event_name"))
        return 60;
    return 0;
}

Status Ga4CsvImporter::read(QIODevice &in, ImportContext &ctx) const
{
    CsvReader csv(in);
    if (!csv.next())
        return ctx.error(1, csv.hasError() ? csv.errorReason() : tr("the file is empty"));
    QList<QByteArray> headers;
    for (qsizetype i = 0; i < csv.size(); ++i)
        headers << csv.field(i).trimmed().toByteArray().toLower();
    const qsizetype cTs = headers.indexOf("event_timestamp");
    const qsizetype cDate = headers.indexOf("event_date");
    const qsizetype cUser = headers.indexOf("user_pseudo_id");
    const qsizetype cName = headers.indexOf("event_name");
    const QList<qsizetype> cSession = paramColumns(headers, "ga_session_id");
    const QList<qsizetype> cNumber = paramColumns(headers, "ga_session_number");
    const QList<qsizetype> cEngagement = paramColumns(headers, "engagement_time_msec");
    QStringList missing;
    if (cTs < 0)
        missing << u"event_timestamp"_s;
    if (cUser < 0)
        missing << u"user_pseudo_id"_s;
    if (cSession.isEmpty())
        missing << u"ga_session_id"_s;
    if (!missing.isEmpty())
        return ctx.error(1,
            tr("this GA4 CSV lacks the columns %1; the header row has: %2")
                .arg(missing.join(u", "_s), FileQuote::list(csv.texts())));

    LocalTimeConverter local(ctx.timeZone);
    Ga4SessionBuilder builder;
    Ga4Event e;
    QByteArray userId;
    ProgressTicker tick(ctx);
    while (csv.next()) {
        if (!tick(csv.rawBytesRead()))
            return std::nullopt;
        if (csv.isBlank())
            continue;
        ++ctx.rowsRead;
        e = Ga4Event {};
        const QByteArrayView ts = csv.field(cTs);
        if (auto us = TimeParsing::parseInt(ts)) {
            e.timestampUs = *us;
        } else if (auto secs = TimeParsing::parseTimestamp(ts, local)) {
            e.timestampUs = PlausibleValues::multiply(*secs, 1000000).value_or(std::numeric_limits<qint64>::min());
        } else {
            ctx.skip(DeferredText::marked("Ga4CsvImporter",
                         QT_TRANSLATE_NOOP("Ga4CsvImporter", "event without a readable event_timestamp"))
                         .toStored(),
                csv.lineNumber());
            continue;
        }
        if (cDate >= 0) {
            if (auto d = TimeParsing::parseDate(csv.field(cDate)))
                e.eventDate = *d;
        }
        userId = csv.field(cUser).trimmed().toByteArray();
        e.userPseudoId = userId;
        e.sessionId = firstInt(csv, cSession);
        e.sessionNumber = firstInt(csv, cNumber);
        e.engagementMs = std::max<qint64>(0, firstInt(csv, cEngagement).value_or(0));
        e.pageView = cName >= 0 && csv.field(cName).trimmed() == "page_view";
        if (!Ga4SessionBuilder::accept(ctx, e, csv.lineNumber()))
            continue;
        if (!e.eventDate.isValid())
            e.eventDate = local.localDay(e.timestampUs / 1000000);
        if (userId.isEmpty() || !e.sessionId) {
            builder.addUnattributed(ctx, csv.lineNumber());
            continue;
        }
        builder.add(e);
    }
    if (csv.hasError())
        return ctx.error(csv.errorLine(), csv.errorReason());
    if (ctx.rowsRead == 0)
        return ctx.error(2, tr("the file holds a header row but no events"));
    if (Status s = builder.emitSessions(ctx))
        return s;
    ctx.progress(csv.rawBytesRead());
    return std::nullopt;
}
