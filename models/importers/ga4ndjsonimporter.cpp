// SPDX-License-Identifier: GPL-3.0-or-later
#include "importers/ga4ndjsonimporter.h"

#include "core/deferredtext.h"
#include "importers/ga4sessionbuilder.h"
#include "importers/importcontext.h"
#include "importers/jsonscanner.h"
#include "importers/linereader.h"
#include "importers/progressticker.h"
#include "importers/textlimits.h"
#include "importers/timeparsing.h"
#include "visitors/sessionsink.h"

#include <QIODevice>

#include <cstring>

using namespace Qt::StringLiterals;

namespace {

enum class LineResult { Event, Malformed, FieldTooLong, NoTimestamp };

// Keys are compared as bytes: no QByteArray per key, no strlen.
template <size_t N> bool is(QByteArrayView v, const char (&literal)[N])
{
    return v.size() == qsizetype(N - 1) && std::memcmp(v.data(), literal, N - 1) == 0;
}

enum class Param { Other, SessionId, SessionNumber, Engagement };

Param paramOf(QByteArrayView key)
{
    if (is(key, "ga_session_id"))
        return Param::SessionId;
    if (is(key, "ga_session_number"))
        return Param::SessionNumber;
    if (is(key, "engagement_time_msec"))
        return Param::Engagement;
    return Param::Other;
}

// The parameters of one event_params record that sessions need.
void readParam(JsonScanner &j, Ga4Event &e)
{
    QByteArrayView name, v;
    std::optional<Param> which;
    std::optional<qint64> intValue;
    if (!j.beginObject())
        return;
    while (j.nextKey(name)) {
        if (is(name, "key")) {
            if (j.isNull())
                continue;
            if (!j.readString(v))
                return;
            which = paramOf(v);
        } else if (is(name, "value")) {
            // BigQuery writes "key" before "value": the values of other parameters (page_location, ...)
            // are skipped without copying.
            if (which == Param::Other) {
                if (!j.skipValue())
                    return;
                continue;
            }
            if (j.isNull())
                continue;
            if (!j.beginObject())
                return;
            while (j.nextKey(name)) {
                // int_value is where GA4 puts these; some pipelines move them to string/double.
                if (is(name, "int_value") || is(name, "string_value") || is(name, "double_value")
                    || is(name, "float_value")) {
                    if (!j.readScalar(v))
                        return;
                    if (!intValue && !v.isEmpty()) {
                        if (auto i = TimeParsing::parseInt(v))
                            intValue = i;
                        else if (auto d = TimeParsing::parseDecimal(v))
                            intValue = qint64(*d);
                    }
                } else if (!j.skipValue()) {
                    return;
                }
            }
        } else if (!j.skipValue()) {
            return;
        }
    }
    if (!j.ok() || !intValue || !which)
        return;
    switch (*which) {
    case Param::SessionId:
        e.sessionId = intValue;
        break;
    case Param::SessionNumber:
        e.sessionNumber = intValue;
        break;
    case Param::Engagement:
        e.engagementMs += std::max<qint64>(0, *intValue);
        break;
    case Param::Other:
        break;
    }
}

LineResult parseEvent(QByteArrayView line, Ga4Event &e, QByteArray &userId)
{
    e = Ga4Event {};
    userId.resize(0);
    JsonScanner j(line);
    QByteArrayView key, value;
    bool haveTimestamp = false;
    if (!j.beginObject())
        return LineResult::Malformed;
    while (j.nextKey(key)) {
        if (is(key, "event_timestamp")) {
            if (!j.readScalar(value))
                break;
            if (auto ts = value.isEmpty() ? std::nullopt : TimeParsing::parseInt(value)) {
                e.timestampUs = *ts;
                haveTimestamp = true;
            }
        } else if (is(key, "event_date")) {
            if (!j.readScalar(value))
                break;
            if (auto d = TimeParsing::parseDate(value))
                e.eventDate = *d;
        } else if (is(key, "user_pseudo_id")) {
            if (!j.readScalar(value))
                break;
            userId.resize(0);
            userId.append(value.data(), value.size());
        } else if (is(key, "event_name")) {
            if (!j.readScalar(value))
                break;
            e.pageView = is(value, "page_view");
        } else if (is(key, "event_params")) {
            if (j.isNull())
                continue;
            if (!j.beginArray())
                break;
            while (j.nextElement())
                readParam(j, e);
        } else if (!j.skipValue()) {
            break;
        }
    }
    if (j.fieldTooLong())
        return LineResult::FieldTooLong;
    if (!j.ok() || !j.atEnd())
        return LineResult::Malformed;
    e.userPseudoId = userId;
    return haveTimestamp ? LineResult::Event : LineResult::NoTimestamp;
}

} // namespace

QString Ga4NdjsonImporter::name() const
{
    return u"ga4-ndjson"_s;
}

QString Ga4NdjsonImporter::displayName() const
{
    return tr("Google Analytics 4 BigQuery export (NDJSON)");
}

int Ga4NdjsonImporter::sniff(const QByteArray &head, const QString &fileName) const
{
    Q_UNUSED(fileName);
    QByteArrayView h(head);
    if (h.startsWith("\xEF\xBB\xBF"))
        h = h.sliced(3);
    h = h.trimmed();
    if (!h.startsWith('{'))
        return 0;
    const qsizetype nl = h.indexOf('\n');
    const QByteArrayView first = nl < 0 ? h : h.first(nl);
    if (first.contains("\"event_timestamp\"")
        && (first.contains("\"user_pseudo_id\"") || first.contains("\"event_params\"")))
        return 95;
    return 0;
}

Status Ga4NdjsonImporter::read(QIODevice &in, ImportContext &ctx) const
{
    LineReader lines(in);
    Ga4SessionBuilder builder;
    Ga4Event event;
    QByteArray userId;
    QByteArrayView line;
    ProgressTicker tick(ctx);
    while (lines.next(line)) {
        if (!tick(lines.rawBytesRead()))
            return std::nullopt;
        if (line.trimmed().isEmpty())
            continue;
        ++ctx.rowsRead;
        switch (parseEvent(line, event, userId)) {
        case LineResult::FieldTooLong:
            return ctx.error(lines.lineNumber(), TextLimits::fieldTooLong());
        case LineResult::Malformed:
            return ctx.error(
                lines.lineNumber(), tr("this line is not a complete JSON object; the file is damaged or cut off"));
        case LineResult::NoTimestamp:
            ctx.skip(DeferredText::marked(
                         "Ga4NdjsonImporter", QT_TRANSLATE_NOOP("Ga4NdjsonImporter", "event without event_timestamp"))
                         .toStored(),
                lines.lineNumber());
            continue;
        case LineResult::Event:
            break;
        }
        if (!Ga4SessionBuilder::accept(ctx, event, lines.lineNumber()))
            continue;
        if (event.userPseudoId.isEmpty() || !event.sessionId) {
            builder.addUnattributed(ctx, lines.lineNumber());
            continue;
        }
        builder.add(event);
    }
    if (lines.hasError())
        return ctx.error(lines.lineNumber(), lines.errorReason());
    if (ctx.rowsRead == 0)
        return ctx.error(1, tr("the file holds no GA4 events"));
    if (builder.sessionCount() == 0 && builder.unattributedCount() == 0)
        return ctx.error(1, tr("no event in this file has an event_timestamp; it is not a GA4 event export"));
    if (Status s = builder.emitSessions(ctx))
        return s;
    ctx.progress(lines.rawBytesRead());
    return std::nullopt;
}
