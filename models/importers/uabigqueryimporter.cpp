// SPDX-License-Identifier: GPL-3.0-or-later
#include "importers/uabigqueryimporter.h"
#include "core/deferredtext.h"
#include "core/filequote.h"

#include "importers/csvreader.h"
#include "importers/firstskip.h"
#include "importers/importcontext.h"
#include "importers/jsonscanner.h"
#include "importers/linereader.h"
#include "importers/localtimeconverter.h"
#include "importers/plausiblevalues.h"
#include "importers/progressticker.h"
#include "importers/textlimits.h"
#include "importers/timeparsing.h"
#include "visitors/sessionsink.h"

#include <QIODevice>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

// One ga_sessions row, as text, whatever the container.
struct UaRow
{
    QByteArray fullVisitorId, visitId, visitNumber, visitStartTime, date, timeOnSite, newVisits, pageviews, channel,
        bounces;
    bool totalsKnown = false; // the row carries totals, so a missing newVisits means "returning"
    bool timeOnSiteKnown = false; // the export has the field (null = 0 s), not only older GStore totals
};

class UaText
{
    Q_DECLARE_TR_FUNCTIONS(UaBigQueryImporter)
public:
    static QString noStart()
    {
        return DeferredText::marked(
            "UaBigQueryImporter", QT_TRANSLATE_NOOP("UaBigQueryImporter", "session without a readable visitStartTime"))
            .toStored();
    }
    static QString badTotals()
    {
        return DeferredText::marked("UaBigQueryImporter",
            QT_TRANSLATE_NOOP("UaBigQueryImporter", "session whose totals cell is not valid JSON"))
            .toStored();
    }
};

// Reads a `totals` JSON object (NDJSON record or GStore cell) into the row.
bool readTotals(JsonScanner &j, UaRow &row)
{
    QByteArray key;
    if (j.isNull())
        return true;
    if (!j.beginObject())
        return false;
    row.totalsKnown = true;
    while (j.nextKey(key)) {
        if (key == "timeOnSite")
            row.timeOnSiteKnown = true;
        QByteArray *target = key == "timeOnSite" ? &row.timeOnSite
            : key == "newVisits"                 ? &row.newVisits
            : key == "pageviews"                 ? &row.pageviews
            : key == "bounces"                   ? &row.bounces
                                                 : nullptr;
        if (target ? !j.readScalar(*target) : !j.skipValue())
            return false;
    }
    return j.ok();
}

class SessionEmitter
{
public:
    SessionEmitter(ImportContext &ctx)
        : m_ctx(ctx)
        , m_local(ctx.timeZone)
    {
        ctx.sessions->setSource(ctx.options.sourceName.isEmpty() ? u"Universal Analytics"_s : ctx.options.sourceName);
    }

    Status add(const UaRow &row, int line)
    {
        // Unix seconds as BigQuery stores it; a flattening query may have turned it into a TIMESTAMP text.
        auto start = TimeParsing::parseInt(row.visitStartTime);
        if (!start)
            start = TimeParsing::parseTimestamp(row.visitStartTime, m_local);
        if (!start) {
            m_ctx.skip(UaText::noStart(), line);
            return std::nullopt;
        }
        SessionRecord r;
        r.visitorId = QString::fromUtf8(row.fullVisitorId);
        r.sessionKey = QString::fromUtf8(row.visitId);
        r.startUtc = *start;
        if (auto d = TimeParsing::parseDate(row.date))
            r.day = *d;
        r.visitNumber = TimeParsing::parseInt(row.visitNumber);
        if (!row.newVisits.isEmpty())
            r.firstTime = TimeParsing::parseInt(row.newVisits).value_or(0) == 1;
        else if (row.totalsKnown)
            r.firstTime = false; // BigQuery leaves totals.newVisits null for returning visitors
        else if (r.visitNumber)
            r.firstTime = *r.visitNumber == 1;
        // A bounce has a null timeOnSite; UA counts it as 0 s in its own averages, so does Kapsel. Where the
        // export has no timeOnSite at all (Kaggle's first GStore file), only bounces are known to be 0 s.
        if (!row.timeOnSite.isEmpty())
            r.durationS = TimeParsing::parseDecimal(row.timeOnSite);
        else if (row.timeOnSiteKnown || TimeParsing::parseInt(row.bounces).value_or(0) == 1)
            r.durationS = 0.0;
        if (auto pv = TimeParsing::parseInt(row.pageviews); pv && *pv >= 0 && *pv < INT_MAX)
            r.pageviews = int(*pv);
        r.channel = QString::fromUtf8(row.channel);
        r.line = line;
        if (!PlausibleValues::acceptSession(m_ctx, r))
            return std::nullopt;
        if (Status s = m_ctx.sessions->addSession(r))
            return s;
        ++m_ctx.rowsAccepted;
        const QDate day = r.day.isValid() ? r.day : m_local.localDay(r.startUtc);
        if (!m_from.isValid() || day < m_from)
            m_from = day;
        if (!m_to.isValid() || day > m_to)
            m_to = day;
        return std::nullopt;
    }

    Status finish(int lastLine)
    {
        if (m_ctx.rowsRead == 0)
            return m_ctx.error(lastLine, UaBigQueryImporter::tr("the file holds no sessions"));
        if (m_ctx.rowsAccepted == 0) {
            return firstSkipAsError(m_ctx, UaBigQueryImporter::tr("no session could be read: %1"));
        }
        m_ctx.notes << DeferredText::marked("UaBigQueryImporter",
            QT_TRANSLATE_N_NOOP("UaBigQueryImporter", "The file holds %n session(s) from %1 to %2."),
            int(std::min<qint64>(m_ctx.rowsAccepted, INT_MAX)))
                           .arg(m_from)
                           .arg(m_to)
                           .toStored();
        return std::nullopt;
    }

private:
    ImportContext &m_ctx;
    LocalTimeConverter m_local;
    QDate m_from, m_to;
};

QByteArrayView withoutBom(const QByteArray &head)
{
    QByteArrayView h(head);
    if (h.startsWith("\xEF\xBB\xBF"))
        h = h.sliced(3);
    return h.trimmed();
}

} // namespace

QString UaBigQueryImporter::name() const
{
    return u"ua-bigquery"_s;
}

QString UaBigQueryImporter::displayName() const
{
    return tr("Universal Analytics / GA360 BigQuery sessions (CSV or NDJSON)");
}

int UaBigQueryImporter::sniff(const QByteArray &head, const QString &fileName) const
{
    Q_UNUSED(fileName);
    const QByteArrayView h = withoutBom(head);
    const qsizetype nl = h.indexOf('\n');
    const QByteArray first = (nl < 0 ? h : h.first(nl)).toByteArray().toLower();
    if (first.startsWith('{'))
        return first.contains("\"fullvisitorid\"") && first.contains("\"visitstarttime\"") ? 95 : 0;
    if (first.contains("fullvisitorid") && first.contains("visitstarttime") && first.contains("visitid"))
        return first.contains("totals") || first.contains("visitnumber") ? 85 : 70;
    return 0;
}

Status UaBigQueryImporter::read(QIODevice &in, ImportContext &ctx) const
{
    if (withoutBom(in.peek(4096)).startsWith('{'))
        return readNdjson(in, ctx);
    return readCsv(in, ctx);
}

Status UaBigQueryImporter::readCsv(QIODevice &in, ImportContext &ctx) const
{
    CsvReader csv(in);
    if (!csv.next())
        return ctx.error(1, csv.hasError() ? csv.errorReason() : tr("the file is empty"));
    QList<QByteArray> h;
    for (qsizetype i = 0; i < csv.size(); ++i) {
        QByteArray name = csv.field(i).trimmed().toByteArray().toLower();
        name.replace('_', '.'); // totals_timeOnSite (flattened by a tool) == totals.timeOnSite
        h << name;
    }
    auto col = [&h](const char *a, const char *b = nullptr) {
        qsizetype i = h.indexOf(a);
        if (i < 0 && b)
            i = h.indexOf(b);
        return i;
    };
    const qsizetype cVisitor = col("fullvisitorid"), cVisit = col("visitid"), cNumber = col("visitnumber");
    const qsizetype cStart = col("visitstarttime"), cDate = col("date"), cChannel = col("channelgrouping");
    const qsizetype cTime = col("totals.timeonsite", "timeonsite"), cNew = col("totals.newvisits", "newvisits");
    const qsizetype cPages = col("totals.pageviews", "pageviews"), cTotals = col("totals");
    const qsizetype cBounces = col("totals.bounces", "bounces");
    if (cVisitor < 0 || cStart < 0)
        return ctx.error(1,
            tr("this ga_sessions CSV lacks fullVisitorId or visitStartTime; the header row has: %1")
                .arg(FileQuote::list(csv.texts())));

    SessionEmitter out(ctx);
    UaRow row;
    ProgressTicker tick(ctx);
    auto get = [&csv](qsizetype c) { return c >= 0 ? csv.field(c).trimmed().toByteArray() : QByteArray(); };
    while (csv.next()) {
        if (!tick(csv.rawBytesRead()))
            return std::nullopt;
        if (csv.isBlank())
            continue;
        ++ctx.rowsRead;
        row = UaRow {};
        row.fullVisitorId = get(cVisitor);
        row.visitId = get(cVisit);
        row.visitNumber = get(cNumber);
        row.visitStartTime = get(cStart);
        row.date = get(cDate);
        row.channel = get(cChannel);
        row.timeOnSite = get(cTime);
        row.newVisits = get(cNew);
        row.pageviews = get(cPages);
        row.totalsKnown = cNew >= 0;
        row.timeOnSiteKnown = cTime >= 0;
        row.bounces = get(cBounces);
        if (cTotals >= 0) {
            const QByteArray cell = get(cTotals);
            JsonScanner j(cell);
            if (!cell.isEmpty() && (!readTotals(j, row) || !j.atEnd())) {
                ctx.skip(UaText::badTotals(), csv.lineNumber());
                continue;
            }
        }
        if (Status s = out.add(row, csv.lineNumber()))
            return s;
    }
    if (csv.hasError())
        return ctx.error(csv.errorLine(), csv.errorReason());
    ctx.progress(csv.rawBytesRead());
    return out.finish(2);
}

Status UaBigQueryImporter::readNdjson(QIODevice &in, ImportContext &ctx) const
{
    LineReader lines(in);
    SessionEmitter out(ctx);
    UaRow row;
    QByteArray key;
    QByteArrayView line;
    ProgressTicker tick(ctx);
    while (lines.next(line)) {
        if (!tick(lines.rawBytesRead()))
            return std::nullopt;
        if (line.trimmed().isEmpty())
            continue;
        ++ctx.rowsRead;
        row = UaRow {};
        JsonScanner j(line);
        bool good = j.beginObject();
        while (good && j.nextKey(key)) {
            QByteArray *target = key == "fullVisitorId" ? &row.fullVisitorId
                : key == "visitId"                      ? &row.visitId
                : key == "visitNumber"                  ? &row.visitNumber
                : key == "visitStartTime"               ? &row.visitStartTime
                : key == "date"                         ? &row.date
                : key == "channelGrouping"              ? &row.channel
                                                        : nullptr;
            if (target)
                good = j.readScalar(*target);
            else if (key == "totals")
                good = readTotals(j, row);
            else
                good = j.skipValue();
        }
        if (j.fieldTooLong())
            return ctx.error(lines.lineNumber(), TextLimits::fieldTooLong());
        if (!good || !j.ok() || !j.atEnd())
            return ctx.error(
                lines.lineNumber(), tr("this line is not a complete JSON object; the file is damaged or cut off"));
        if (Status s = out.add(row, lines.lineNumber()))
            return s;
    }
    if (lines.hasError())
        return ctx.error(lines.lineNumber(), lines.errorReason());
    ctx.progress(lines.rawBytesRead());
    return out.finish(std::max(1, lines.lineNumber()));
}
