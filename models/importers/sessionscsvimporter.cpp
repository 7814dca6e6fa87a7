// SPDX-License-Identifier: GPL-3.0-or-later
#include "importers/sessionscsvimporter.h"
#include "core/deferredtext.h"
#include "core/filequote.h"

#include "importers/csvreader.h"
#include "importers/firstskip.h"
#include "importers/importcontext.h"
#include "importers/localtimeconverter.h"
#include "importers/plausiblevalues.h"
#include "importers/progressticker.h"
#include "importers/timeparsing.h"
#include "visitors/sessionsink.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QIODevice>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

// Lower case without separators, so "Visit Start Time", "visit_start_time" and "visitStartTime" match.
QString normalised(const QString &header)
{
    QString out;
    out.reserve(header.size());
    for (QChar c : header) {
        if (c.isLetterOrNumber())
            out.append(c.toLower());
    }
    return out;
}

struct FieldAliases
{
    const char16_t *field;
    std::initializer_list<const char16_t *> aliases; // normalised
};

const FieldAliases kFields[] = {
    { u"visitor_id",
        { u"visitorid", u"fullvisitorid", u"userpseudoid", u"clientid", u"idvisitor", u"visitor", u"userid", u"uid" } },
    { u"session_id", { u"sessionid", u"visitid", u"idvisit", u"session", u"gasessionid", u"sessionkey" } },
    { u"started_at",
        { u"startedat", u"visitstarttime", u"sessionstart", u"starttime", u"start", u"firstactiontimestamp",
            u"servertimestamp", u"timestamp", u"datetime", u"visittime", u"time", u"date" } },
    { u"duration_s",
        { u"durations", u"duration", u"visitduration", u"timeonsite", u"totalstimeonsite", u"sessionduration",
            u"durationseconds", u"visitlength", u"length" } },
    { u"visit_number", { u"visitnumber", u"visitcount", u"sessionnumber", u"gasessionnumber", u"visitindex" } },
    { u"is_new",
        { u"isnew", u"newvisit", u"newvisits", u"totalsnewvisits", u"firsttime", u"isfirstvisit", u"new",
            u"visitortype", u"usertype" } },
    { u"pageviews", { u"pageviews", u"totalspageviews", u"pages", u"views", u"actions" } },
    { u"source",
        { u"source", u"channel", u"channelgrouping", u"trafficsource", u"referrertype", u"medium", u"referrer" } },
};

enum Field { VisitorId, SessionId, StartedAt, Duration, VisitNumber, IsNew, Pageviews, Source, FieldCount };

std::optional<bool> parseIsNew(QByteArrayView v)
{
    const QByteArray s = v.trimmed().toByteArray().toLower();
    if (s == "1" || s == "true" || s == "yes" || s == "ja" || s == "y" || s == "new" || s == "new visitor" || s == "ny"
        || s == "first-time")
        return true;
    if (s == "0" || s == "false" || s == "no" || s == "nei" || s == "n" || s == "returning" || s == "returning visitor"
        || s == "returningcustomer" || s == "tilbakevendende")
        return false;
    return std::nullopt;
}

} // namespace

QString SessionsCsvImporter::name() const
{
    return u"sessions-csv"_s;
}

QString SessionsCsvImporter::displayName() const
{
    return tr("Sessions CSV (one row per visit)");
}

QStringList SessionsCsvImporter::fields()
{
    QStringList out;
    for (const FieldAliases &f : kFields)
        out << QString::fromUtf16(f.field);
    return out;
}

SessionsCsvColumns SessionsCsvImporter::mapColumns(const QStringList &headers, const QHash<QString, QString> &columnMap)
{
    SessionsCsvColumns c;
    c.headers = headers;
    QStringList norm;
    for (const QString &h : headers)
        norm << normalised(h);
    for (auto it = columnMap.cbegin(); it != columnMap.cend(); ++it) {
        const QString field = it.key().trimmed().toLower();
        if (!fields().contains(field)) {
            c.badMappings << it.key() + u'=' + it.value();
            continue;
        }
        const qsizetype col = headers.indexOf(it.value().trimmed(), 0);
        qsizetype ci = col;
        if (ci < 0) {
            for (qsizetype i = 0; i < headers.size(); ++i) {
                if (headers[i].trimmed().compare(it.value().trimmed(), Qt::CaseInsensitive) == 0) {
                    ci = i;
                    break;
                }
            }
        }
        if (ci < 0)
            c.badMappings << it.key() + u'=' + it.value();
        else
            c.columnOfField.insert(field, int(ci));
    }
    for (const FieldAliases &f : kFields) {
        const QString field = QString::fromUtf16(f.field);
        if (c.columnOfField.contains(field))
            continue;
        // Aliases in order of preference, so "visitStartTime" wins over a plain "date" column.
        for (const char16_t *alias : f.aliases) {
            const qsizetype i = norm.indexOf(QString::fromUtf16(alias));
            if (i >= 0 && !c.columnOfField.values().contains(int(i))) {
                c.columnOfField.insert(field, int(i));
                break;
            }
        }
    }
    if (!c.columnOfField.contains(u"started_at"_s))
        c.missingRequired << u"started_at"_s;
    const bool anyFigure = c.columnOfField.contains(u"duration_s"_s) || c.columnOfField.contains(u"visit_number"_s)
        || c.columnOfField.contains(u"is_new"_s);
    if (!anyFigure)
        c.missingRequired << u"duration_s"_s << u"visit_number"_s << u"is_new"_s;
    for (const QString &f : fields()) {
        if (!c.columnOfField.contains(f) && !c.missingRequired.contains(f))
            c.unmappedOptional << f;
    }
    return c;
}

QString SessionsCsvImporter::headerSetKey(const QStringList &headers)
{
    QStringList norm;
    for (const QString &h : headers)
        norm << h.trimmed().toLower();
    norm.sort();
    return QString::fromLatin1(QCryptographicHash::hash(norm.join(u'\x1f').toUtf8(), QCryptographicHash::Sha1).toHex());
}

Expected<SessionsCsvColumns> SessionsCsvImporter::inspect(QIODevice &in, const QHash<QString, QString> &columnMap)
{
    CsvReader csv(in);
    if (!csv.next())
        return Error { QString(), 1, csv.hasError() ? csv.errorReason() : tr("the file is empty") };
    QStringList headers;
    for (qsizetype i = 0; i < csv.size(); ++i)
        headers << csv.text(i).trimmed();
    return mapColumns(headers, columnMap);
}

int SessionsCsvImporter::sniff(const QByteArray &head, const QString &fileName) const
{
    Q_UNUSED(fileName);
    QByteArray h = head;
    QBuffer buf(&h);
    buf.open(QIODevice::ReadOnly);
    CsvReader csv(buf);
    if (!csv.next() || csv.size() < 2)
        return 0;
    QStringList headers;
    for (qsizetype i = 0; i < csv.size(); ++i)
        headers << csv.text(i).trimmed();
    const SessionsCsvColumns c = mapColumns(headers, {});
    if (!c.ok())
        return 0;
    // Low on purpose: tool-specific importers that recognise the same columns are surer.
    return 30 + 2 * int(c.columnOfField.size());
}

QString SessionsCsvImporter::columnSetKey(const QByteArray &head) const
{
    QByteArray h = head;
    QBuffer buf(&h);
    buf.open(QIODevice::ReadOnly);
    auto columns = inspect(buf, {});
    if (!columns || columns->headers.size() < 2)
        return {};
    return headerSetKey(columns->headers);
}

Status SessionsCsvImporter::read(QIODevice &in, ImportContext &ctx) const
{
    CsvReader csv(in);
    if (!csv.next())
        return ctx.error(
            csv.hasError() ? csv.errorLine() : 1, csv.hasError() ? csv.errorReason() : tr("the file is empty"));
    QStringList headers;
    for (qsizetype i = 0; i < csv.size(); ++i)
        headers << csv.text(i).trimmed();
    const SessionsCsvColumns cols = mapColumns(headers, ctx.options.columnMap);
    if (!cols.badMappings.isEmpty())
        return ctx.error(1,
            tr("the column map %1 names no column of this file; its header row has: %2")
                .arg(FileQuote::list(cols.badMappings), FileQuote::list(headers)));
    if (!cols.missingRequired.isEmpty())
        return ctx.error(1,
            tr("no column found for %1; the header row has: %2. Map them with --map field=Header "
               "(e.g. --map started_at=\"%3\").")
                .arg(cols.missingRequired.join(u", "_s), FileQuote::list(headers), FileQuote::quote(headers.value(0))));
    int col[FieldCount];
    for (int f = 0; f < FieldCount; ++f)
        col[f] = cols.columnOfField.value(QString::fromUtf16(kFields[f].field), -1);

    ctx.sessions->setSource(ctx.options.sourceName.isEmpty() ? u"CSV"_s : ctx.options.sourceName);
    LocalTimeConverter local(ctx.timeZone);
    SessionRecord r;
    QByteArray lastSourceBytes;
    ProgressTicker tick(ctx);
    qint64 minStart = std::numeric_limits<qint64>::max(), maxStart = std::numeric_limits<qint64>::min();
    const QString badStart = DeferredText::marked("SessionsCsvImporter",
        QT_TRANSLATE_NOOP("SessionsCsvImporter",
            "unreadable started_at (expected ISO 8601, Unix seconds, dd.mm.yyyy hh:mm or yyyymmdd)"))
                                 .toStored();
    const QString badDuration = DeferredText::marked("SessionsCsvImporter",
        QT_TRANSLATE_NOOP("SessionsCsvImporter", "unreadable duration_s (expected seconds or hh:mm:ss)"))
                                    .toStored();
    const QString badNumber = DeferredText::marked(
        "SessionsCsvImporter", QT_TRANSLATE_NOOP("SessionsCsvImporter", "unreadable visit_number"))
                                  .toStored();
    const QString badNew = DeferredText::marked("SessionsCsvImporter",
        QT_TRANSLATE_NOOP("SessionsCsvImporter", "unreadable is_new (expected 1/0, true/false, yes/no, new/returning)"))
                               .toStored();
    while (csv.next()) {
        if (!tick(csv.rawBytesRead()))
            return std::nullopt;
        if (csv.isBlank())
            continue;
        ++ctx.rowsRead;
        const int line = csv.lineNumber();
        const auto start = TimeParsing::parseTimestamp(csv.field(col[StartedAt]), local);
        if (!start) {
            ctx.skip(badStart, line);
            continue;
        }
        r.startUtc = *start;
        r.durationS.reset();
        if (col[Duration] >= 0 && !csv.field(col[Duration]).trimmed().isEmpty()) {
            r.durationS = TimeParsing::parseDuration(csv.field(col[Duration]));
            if (!r.durationS) {
                ctx.skip(badDuration, line);
                continue;
            }
        }
        r.visitNumber.reset();
        r.firstTime.reset();
        if (col[VisitNumber] >= 0 && !csv.field(col[VisitNumber]).trimmed().isEmpty()) {
            r.visitNumber = TimeParsing::parseInt(csv.field(col[VisitNumber]));
            if (!r.visitNumber || *r.visitNumber < 1) {
                ctx.skip(badNumber, line);
                continue;
            }
            r.firstTime = *r.visitNumber == 1;
        }
        if (col[IsNew] >= 0 && !csv.field(col[IsNew]).trimmed().isEmpty()) {
            const auto isNew = parseIsNew(csv.field(col[IsNew]));
            if (!isNew) {
                ctx.skip(badNew, line);
                continue;
            }
            r.firstTime = isNew;
        }
        r.pageviews.reset();
        if (col[Pageviews] >= 0) {
            if (auto pv = TimeParsing::parseInt(csv.field(col[Pageviews])); pv && *pv >= 0 && *pv < INT_MAX)
                r.pageviews = int(*pv);
        }
        for (const auto &[field, text] :
            { std::pair { VisitorId, &r.visitorId }, std::pair { SessionId, &r.sessionKey } }) {
            if (col[field] >= 0)
                csv.trimmedText(col[field], *text);
            else
                text->clear();
        }
        if (col[Source] >= 0) {
            // Few distinct sources in millions of rows: reuse the last one's string when the bytes repeat.
            const QByteArrayView bytes = csv.field(col[Source]);
            if (bytes != QByteArrayView(lastSourceBytes)) {
                lastSourceBytes = bytes.toByteArray();
                r.channel = QString::fromUtf8(bytes).trimmed();
            }
        }
        r.line = line;
        if (!PlausibleValues::acceptSession(ctx, r))
            continue;
        if (Status s = ctx.sessions->addSession(r))
            return s;
        ++ctx.rowsAccepted;
        minStart = std::min(minStart, r.startUtc);
        maxStart = std::max(maxStart, r.startUtc);
    }
    if (csv.hasError())
        return ctx.error(csv.errorLine(), csv.errorReason());
    if (ctx.rowsRead == 0)
        return ctx.error(2, tr("the file holds a header row but no visits"));
    if (ctx.rowsAccepted == 0) {
        // Not one usable row: the columns were probably mapped wrongly; refuse rather than store nothing.
        return firstSkipAsError(ctx, tr("no row could be read: %1"));
    }
    ctx.notes << DeferredText::marked("SessionsCsvImporter",
        QT_TRANSLATE_N_NOOP("SessionsCsvImporter", "The file holds %n visit(s) from %1 to %2."),
        int(std::min<qint64>(ctx.rowsAccepted, INT_MAX)))
                     .arg(local.localDay(minStart))
                     .arg(local.localDay(maxStart))
                     .toStored();
    if (!cols.unmappedOptional.isEmpty())
        ctx.notes << DeferredText::marked("SessionsCsvImporter",
            QT_TRANSLATE_NOOP("SessionsCsvImporter", "Columns not in this file (their figures stay empty): %1"))
                         .arg(cols.unmappedOptional.join(u", "_s))
                         .toStored();
    ctx.progress(csv.rawBytesRead());
    return std::nullopt;
}
