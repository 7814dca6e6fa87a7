// SPDX-License-Identifier: GPL-3.0-or-later
#include "importers/matomoimporter.h"
#include "core/deferredtext.h"
#include "core/filequote.h"

#include "importers/csvreader.h"
#include "importers/firstskip.h"
#include "importers/importcontext.h"
#include "importers/localtimeconverter.h"
#include "importers/plausiblevalues.h"
#include "importers/textlimits.h"
#include "importers/timeparsing.h"
#include "importers/utf8stream.h"
#include "visitors/periods.h"
#include "visitors/sessionsink.h"

#include <QBuffer>
#include <QHash>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

using Fields = QHash<QString, QString>;
struct MRow
{
    Fields fields;
    QString date; // Matomo period label ("2024-03-20", "2024-03", "2024-03-18,2024-03-24"); empty = none
    int line = 0;
};
using Table = QList<MRow>;

// Translated headers of the figures Kapsel reads (Matomo's own translations), to the raw metric names.
const QHash<QString, QString> &translatedHeaders()
{
    static const QHash<QString, QString> map = {
        { u"visits"_s, u"nb_visits"_s },
        { u"besuche"_s, u"nb_visits"_s },
        { u"besøk"_s, u"nb_visits"_s },
        { u"bezoeken"_s, u"nb_visits"_s },
        { u"visites"_s, u"nb_visits"_s },
        { u"visitas"_s, u"nb_visits"_s },
        { u"visite"_s, u"nb_visits"_s },
        { u"besök"_s, u"nb_visits"_s },
        { u"total time spent by visitors (in seconds)"_s, u"sum_visit_length"_s },
        { u"von besuchern verbrachte gesamtzeit (in sekunden)"_s, u"sum_visit_length"_s },
        { u"total tid brukt av besøkende (i sekunder)"_s, u"sum_visit_length"_s },
        { u"avg. visit duration (in seconds)"_s, u"avg_time_on_site"_s },
        { u"durchschn. besuchszeit (in sekunden)"_s, u"avg_time_on_site"_s },
        { u"gj.snittlig besøkstid (i sekunder)"_s, u"avg_time_on_site"_s },
        { u"date"_s, u"date"_s },
        { u"datum"_s, u"date"_s },
        { u"dato"_s, u"date"_s },
        { u"fecha"_s, u"date"_s },
        { u"label"_s, u"label"_s },
        { u"bezeichnung"_s, u"label"_s },
        { u"etikett"_s, u"label"_s },
    };
    return map;
}

// The fields Kapsel reads; the others (a Live visit has about a hundred) are not kept, so a large export
// costs memory for what is used only.
bool isUsedField(const QString &name)
{
    static const QSet<QString> used = { u"idVisit"_s, u"visitorId"_s, u"visitorType"_s, u"visitCount"_s,
        u"visitDuration"_s, u"firstActionTimestamp"_s, u"serverTimestamp"_s, u"serverDate"_s, u"referrerType"_s,
        u"date"_s, u"period"_s, u"label"_s, u"segment"_s, u"nb_visits"_s, u"nb_visits_new"_s, u"nb_visits_returning"_s,
        u"sum_visit_length"_s, u"avg_time_on_site"_s };
    return used.contains(name);
}

QString rawName(const QString &header)
{
    const QString h = header.trimmed();
    return translatedHeaders().value(h.toLower(), h);
}

QString decodeHead(const QByteArray &head)
{
    switch (Utf8Stream::detect(head)) {
    case TextEncoding::Utf16LE:
        return QStringDecoder(QStringConverter::Utf16LE).decode(head);
    case TextEncoding::Utf16BE:
        return QStringDecoder(QStringConverter::Utf16BE).decode(head);
    case TextEncoding::Windows1252:
        return QString::fromLatin1(head);
    default:
        return QString::fromUtf8(head);
    }
}

// --- XML ---------------------------------------------------------------------------------------------

Fields readXmlRow(QXmlStreamReader &x)
{
    Fields f;
    while (x.readNextStartElement()) {
        const QString name = x.name().toString();
        // Nested records (actionDetails, pluginsIcons, ...) are not figures Kapsel reads.
        const QString text = x.readElementText(QXmlStreamReader::SkipChildElements);
        if (isUsedField(name))
            f.insert(name, text.trimmed());
    }
    return f;
}

void readXmlResult(QXmlStreamReader &x, const QString &date, Table &out)
{
    const int start = int(x.lineNumber()); // a report's figures are placed by this element's period
    Fields scalars;
    while (x.readNextStartElement()) {
        if (x.name() == u"row") {
            const int line = int(x.lineNumber());
            out.append(MRow { readXmlRow(x), date, line });
        } else {
            const QString name = x.name().toString();
            const QString text = x.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
            if (isUsedField(name))
                scalars.insert(name, text);
        }
    }
    if (!scalars.isEmpty())
        out.append(MRow { scalars, date, start });
}

// The period of one <result>: Matomo names a multi-period result by the key of its table map, as
// date="2012-03-06" or period="2012-03-06" (date=last7), date="2012-03-05,2012-03-11" for a week; an export
// may also give period="week" with date="2012-03-05". The label keeps the kind in front ("week:2012-03-05")
// when the date alone would read as a day.
QString resultLabel(const QXmlStreamAttributes &a)
{
    const QString date = a.value(u"date"_s).toString().trimmed();
    const QString period = a.value(u"period"_s).toString().trimmed();
    const bool kind = period == u"day" || period == u"week" || period == u"month" || period == u"year";
    if (kind && !date.isEmpty())
        return period + u':' + date;
    return date.isEmpty() && !kind ? period : date;
}

QString parseXml(const QByteArray &text, Table &out, int &errorLine)
{
    QXmlStreamReader x(text);
    if (!x.readNextStartElement())
        return x.hasError() ? x.errorString() : QString();
    if (x.name() == u"results") {
        while (x.readNextStartElement()) {
            const QString label = resultLabel(x.attributes());
            readXmlResult(x, label, out);
        }
    } else if (x.name() == u"result") {
        readXmlResult(x, resultLabel(x.attributes()), out);
    } else {
        errorLine = int(x.lineNumber());
        return MatomoImporter::tr("the XML root is <%1>, not a Matomo <result>").arg(FileQuote::quote(x.name()));
    }
    if (x.hasError()) {
        errorLine = int(x.lineNumber());
        return x.errorString();
    }
    return {};
}

// --- JSON --------------------------------------------------------------------------------------------

Fields jsonFields(const QJsonObject &o)
{
    Fields f;
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!isUsedField(it.key()))
            continue;
        const QJsonValue v = it.value();
        if (v.isString())
            f.insert(it.key(), v.toString());
        else if (v.isDouble())
            f.insert(it.key(), QString::number(v.toDouble(), 'f', v.toDouble() == std::floor(v.toDouble()) ? 0 : 3));
        else if (v.isBool())
            f.insert(it.key(), v.toBool() ? u"1"_s : u"0"_s);
    }
    return f;
}

void jsonRows(const QJsonValue &v, const QString &date, Table &out)
{
    if (v.isArray()) {
        for (const QJsonValue &e : v.toArray()) {
            if (e.isObject())
                out.append(MRow { jsonFields(e.toObject()), date, 1 });
        }
    } else if (v.isObject()) {
        out.append(MRow { jsonFields(v.toObject()), date, 1 });
    }
}

bool looksLikePeriod(const QString &key)
{
    return !key.isEmpty() && key[0].isDigit() && key.size() >= 4 && key.size() <= 21;
}

QString parseJson(const QByteArray &text, Table &out, int &errorLine)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &err);
    if (err.error != QJsonParseError::NoError) {
        errorLine = 1 + int(QByteArrayView(text).first(std::clamp<qsizetype>(err.offset, 0, text.size())).count('\n'));
        return err.errorString();
    }
    if (doc.isArray()) {
        jsonRows(doc.array(), QString(), out);
        return {};
    }
    const QJsonObject o = doc.object();
    if (o.value(u"result"_s).toString() == u"error"_s)
        return MatomoImporter::tr("the export is a Matomo error message: %1")
            .arg(FileQuote::quote(o.value(u"message"_s).toString()));
    bool allPeriods = !o.isEmpty();
    for (auto it = o.begin(); it != o.end(); ++it)
        allPeriods = allPeriods && looksLikePeriod(it.key()) && (it.value().isObject() || it.value().isArray());
    if (allPeriods) {
        for (auto it = o.begin(); it != o.end(); ++it)
            jsonRows(it.value(), it.key(), out);
    } else {
        jsonRows(o, QString(), out);
    }
    return {};
}

// --- CSV / TSV (one table, or the sections of a scheduled report) -------------------------------------

QString parseDelimited(const QByteArray &utf8, Table &out, int &errorLine)
{
    QBuffer buf;
    buf.setData(utf8); // shares the bytes, no copy
    buf.open(QIODevice::ReadOnly);
    // A scheduled report starts with a title line without delimiters, so look further than line one.
    const QByteArrayView head = QByteArrayView(utf8).first(std::min<qsizetype>(utf8.size(), 16384));
    const char delimiter = head.count('\t') > head.count(',') ? '\t' : 0;
    CsvReader csv(buf, delimiter);
    QStringList header;
    bool expectHeader = true;
    while (csv.next()) {
        if (csv.isBlank()) {
            expectHeader = true;
            continue;
        }
        if (expectHeader) {
            // A scheduled report puts a one-cell title line ("Visits Summary") above each table.
            if (csv.size() == 1)
                continue;
            header.clear();
            for (qsizetype i = 0; i < csv.size(); ++i)
                header << rawName(csv.text(i));
            expectHeader = false;
            continue;
        }
        MRow row;
        row.line = csv.lineNumber();
        for (qsizetype i = 0; i < csv.size() && i < header.size(); ++i) {
            if (isUsedField(header[i]))
                row.fields.insert(header[i], csv.text(i).trimmed());
        }
        row.date = row.fields.value(u"date"_s);
        if (row.date.isEmpty())
            row.date = row.fields.value(u"period"_s);
        out.append(row);
    }
    if (csv.hasError()) {
        errorLine = csv.errorLine();
        return csv.errorReason();
    }
    return {};
}

// --- periods -----------------------------------------------------------------------------------------

// "week 10 2012", "week 10, 2012", "2012-W10" (ISO weeks); a bare "week 10" takes `yearHint`.
bool isoWeekOf(const QString &label, int yearHint, QDate &from, QDate &to)
{
    static const QRegularExpression re(
        u"^(?:(\\d{4})-W(\\d{1,2})|(?:week|woche|uke|semaine|semana|settimana)\\s*(\\d{1,2})(?:,?\\s*(\\d{4}))?)$"_s,
        QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(label);
    if (!m.hasMatch())
        return false;
    const int week = (m.captured(2).isEmpty() ? m.captured(3) : m.captured(2)).toInt();
    const QString y = m.captured(1).isEmpty() ? m.captured(4) : m.captured(1);
    const int year = y.isEmpty() ? yearHint : y.toInt();
    if (year < 1990 || week < 1 || week > 53)
        return false;
    // ISO week 1 holds 4 January.
    const QDate jan4(year, 1, 4);
    from = jan4.addDays(1 - jan4.dayOfWeek()).addDays(7 * (week - 1));
    to = from.addDays(6);
    int weekYear = 0;
    from.weekNumber(&weekYear);
    return weekYear == year;
}

bool periodOf(const QString &label, QDate &from, QDate &to, int yearHint = 0)
{
    QString s = label.trimmed();
    // "week:2012-03-05" from <result period="week" date="2012-03-05">: the period around that day.
    const qsizetype colon = s.indexOf(u':');
    if (const QString kind = s.left(colon); colon > 0 && (Periods::parse(kind) || kind == u"year")) {
        s = s.mid(colon + 1);
        const auto d = s.contains(u',') ? std::nullopt : TimeParsing::parseDate(s.toLatin1());
        if (const auto g = Periods::parse(kind); d && g) {
            from = Periods::startOf(*d, *g);
            to = Periods::endOf(*d, *g);
            return true;
        }
        if (d && kind == u"year") {
            from = QDate(d->year(), 1, 1);
            to = QDate(d->year(), 12, 31);
            return true;
        }
    }
    if (s.contains(u',')) {
        const auto a = TimeParsing::parseDate(s.section(u',', 0, 0).trimmed().toLatin1());
        const auto b = TimeParsing::parseDate(s.section(u',', 1, 1).trimmed().toLatin1());
        if (a && b && *a <= *b) {
            from = *a;
            to = *b;
            return true;
        }
    }
    if (isoWeekOf(s, yearHint, from, to))
        return true;
    if (auto d = TimeParsing::parseDate(s.toLatin1())) {
        from = to = *d;
        return true;
    }
    if (s.size() == 7 && s[4] == u'-') {
        const QDate d(s.left(4).toInt(), s.mid(5, 2).toInt(), 1);
        if (!d.isValid())
            return false;
        from = d;
        to = d.addMonths(1).addDays(-1);
        return true;
    }
    if (s.size() == 4 && s.toInt() > 1990) {
        from = QDate(s.toInt(), 1, 1);
        to = QDate(s.toInt(), 12, 31);
        return true;
    }
    return false;
}

// A period in the file name ("..._2024-03-20.csv", "..._2024-03.xml"), for single-period exports, which
// carry no date of their own.
bool periodFromFileName(const QString &fileName, QString &label)
{
    for (qsizetype i = 0; i + 7 <= fileName.size(); ++i) {
        if (!fileName[i].isDigit() || (i > 0 && fileName[i - 1].isDigit()))
            continue;
        const QString ten = fileName.mid(i, 10);
        QDate f, t;
        if (ten.size() == 10 && !(i + 10 < fileName.size() && fileName[i + 10].isDigit()) && periodOf(ten, f, t)) {
            label = ten;
            return true;
        }
        const QString seven = fileName.mid(i, 7);
        if (!(i + 7 < fileName.size() && fileName[i + 7].isDigit()) && periodOf(seven, f, t)) {
            label = seven;
            return true;
        }
    }
    return false;
}

// "visitDuration>=60;visitDuration<=120" -> "60-120"; "visitDuration>=1801" -> "1801+".
QString durationRange(const QString &segment)
{
    qsizetype ge = segment.indexOf(u">=");
    qsizetype le = segment.indexOf(u"<=");
    if (ge >= 0) {
        const QString low = segment.mid(ge + 2).section(u';', 0, 0);
        if (le >= 0)
            return low + u'-' + segment.mid(le + 2).section(u';', 0, 0);
        return low + u'+';
    }
    return {};
}

// The labels of VisitorInterest's "Length of visits" where no segment is given (TSV, scheduled reports):
// "0–10s", "1-2 min", "30+ min", mapped to the same edges as Matomo's own segments.
QString durationRangeFromLabel(const QString &label)
{
    QString s = label.trimmed();
    s.replace(u'\u2013', u'-');
    int scale = 0;
    if (s.endsWith(u"min"_s))
        scale = 60;
    else if (s.endsWith(u's'))
        scale = 1;
    if (!scale || s.isEmpty() || !s[0].isDigit())
        return {};
    s.chop(scale == 60 ? 3 : 1);
    s = s.trimmed();
    bool ok1 = false, ok2 = false;
    if (s.endsWith(u'+')) {
        const int low = s.chopped(1).toInt(&ok1);
        return ok1 ? QString::number(low * scale + 1) + u'+' : QString();
    }
    const int low = s.section(u'-', 0, 0).toInt(&ok1);
    const int high = s.section(u'-', 1, 1).toInt(&ok2);
    if (!ok1 || !ok2 || high < low)
        return {};
    return QString::number(low * scale) + u'-' + QString::number(high * scale);
}

} // namespace

QString MatomoImporter::name() const
{
    return u"matomo"_s;
}

QString MatomoImporter::displayName() const
{
    return tr("Matomo API export (CSV, TSV, XML or JSON)");
}

int MatomoImporter::sniff(const QByteArray &head, const QString &fileName) const
{
    Q_UNUSED(fileName);
    const QString t = decodeHead(head).left(16384);
    const bool xml = t.trimmed().startsWith(u"<?xml"_s) || t.trimmed().startsWith(u"<result"_s);
    const QStringList strong = { u"idVisit"_s, u"visitorType"_s, u"nb_visits_new"_s, u"nb_visits_returning"_s,
        u"sum_visit_length"_s, u"avg_time_on_site"_s, u"nb_uniq_visitors"_s };
    int hits = 0;
    for (const QString &s : strong)
        hits += t.contains(s) ? 1 : 0;
    if (xml && t.contains(u"visitDuration"_s) && t.contains(u"<segment>"_s))
        return 90;
    if (t.contains(u"Metadaten: is_aggregate"_s) || t.contains(u"Metadata: is_aggregate"_s)
        || (t.contains(u"Besuche"_s) && t.contains(u"(in Sekunden)"_s)))
        return 80;
    if (hits >= 2)
        return 90;
    if (hits == 1 && t.contains(u"nb_visits"_s))
        return 80;
    return 0;
}

Status MatomoImporter::read(QIODevice &in, ImportContext &ctx) const
{
    Utf8Stream stream(in);
    constexpr qint64 kLimit = 512LL * 1024 * 1024;
    const QByteArray text = stream.readAll(kLimit);
    if (!stream.atEnd() && stream.rawBytesRead() >= kLimit)
        return ctx.error(0, tr("the file is larger than 512 MiB; export Matomo data in smaller periods"));
    ctx.progress(stream.rawBytesRead());
    // XML and JSON reports may be one line, so only the NUL rule applies to the whole text; CSV reports
    // go through CsvReader, which applies the line and field limits too.
    if (Status s = TextLimits::checkNoNul(text, ctx))
        return s;
    const QByteArrayView trimmed = QByteArrayView(text).trimmed();
    if (trimmed.isEmpty())
        return ctx.error(1, tr("the file is empty"));

    Table table;
    QString problem;
    int errorLine = 1;
    if (trimmed.startsWith('<'))
        problem = parseXml(text, table, errorLine);
    else if (trimmed.startsWith('{') || trimmed.startsWith('['))
        problem = parseJson(text, table, errorLine);
    else
        problem = parseDelimited(text, table, errorLine);
    if (!problem.isEmpty())
        return ctx.error(errorLine, tr("this Matomo export is damaged: %1").arg(FileQuote::scrub(problem)));
    if (table.isEmpty())
        return ctx.error(1, tr("the export holds no rows"));

    ctx.sessions->setSource(ctx.options.sourceName.isEmpty() ? u"Matomo"_s : ctx.options.sourceName);
    LocalTimeConverter local(ctx.timeZone);
    QString fileNamePeriod;
    const bool haveFileNamePeriod = periodFromFileName(ctx.fileName, fileNamePeriod);
    // A bare "week 10" takes its year from the other periods of the export, or its file name.
    int yearHint = 0;
    for (const MRow &r : std::as_const(table)) {
        QDate f, t;
        if (periodOf(r.date.isEmpty() ? r.fields.value(u"date"_s) : r.date, f, t)) {
            yearHint = t.year();
            break;
        }
    }
    if (QDate f, t; !yearHint && haveFileNamePeriod && periodOf(fileNamePeriod, f, t))
        yearHint = t.year();
    QDate minDay, maxDay;
    auto widen = [&](const QDate &a, const QDate &b) {
        if (!minDay.isValid() || a < minDay)
            minDay = a;
        if (!maxDay.isValid() || b > maxDay)
            maxDay = b;
    };
    bool stored = false; // the current row gave a figure
    int rowLine = 0;
    auto addAggregate = [&](const QDate &from, const QDate &to, const char16_t *metric, double value,
                            const QString &dimension = {}) -> Status {
        AggregateRecord a;
        a.from = from;
        a.to = to;
        a.metric = QString::fromUtf16(metric);
        a.value = value;
        a.dimension = dimension;
        a.line = rowLine;
        if (!PlausibleValues::acceptAggregate(ctx, a))
            return {};
        stored = true;
        return ctx.sessions->addAggregate(a);
    };
    auto number = [](const MRow &r, const QString &key) -> std::optional<double> {
        const QString v = r.fields.value(key);
        if (v.isEmpty())
            return std::nullopt;
        if (v.contains(u':'))
            return TimeParsing::parseDuration(v.toUtf8()); // "00:10:55" in scheduled reports
        return TimeParsing::parseDecimal(v.toUtf8());
    };

    const QString noTime = DeferredText::marked("MatomoImporter",
        QT_TRANSLATE_NOOP("MatomoImporter", "visit without firstActionTimestamp, serverTimestamp or serverDate"))
                               .toStored();
    const QString noPeriod
        = DeferredText::marked("MatomoImporter", QT_TRANSLATE_NOOP("MatomoImporter", "row without a date")).toStored();
    int missingDateLine = 0;
    for (const MRow &r : std::as_const(table)) {
        if (ctx.cancelled())
            return std::nullopt;
        ++ctx.rowsRead;
        rowLine = r.line;
        stored = false;
        const Fields &f = r.fields;
        if (f.contains(u"idVisit"_s) || f.contains(u"visitorType"_s)) {
            // One visit from Live.getLastVisitsDetails.
            SessionRecord s;
            std::optional<qint64> start;
            for (const QString &k : { u"firstActionTimestamp"_s, u"serverTimestamp"_s })
                if (!start && !f.value(k).isEmpty())
                    start = TimeParsing::parseInt(f.value(k).toUtf8());
            if (auto d = TimeParsing::parseDate(f.value(u"serverDate"_s).toUtf8())) {
                s.day = *d;
                if (!start)
                    start = local.toUtc(*d, QTime(0, 0));
            }
            if (!start) {
                ctx.skip(noTime, r.line);
                continue;
            }
            s.startUtc = *start;
            s.visitorId = f.value(u"visitorId"_s);
            s.sessionKey = f.value(u"idVisit"_s);
            const QString type = f.value(u"visitorType"_s);
            if (type == u"new"_s)
                s.firstTime = true;
            else if (type.startsWith(u"returning"_s))
                s.firstTime = false;
            if (auto n = TimeParsing::parseInt(f.value(u"visitCount"_s).toUtf8()))
                s.visitNumber = n;
            if (!s.firstTime && s.visitNumber)
                s.firstTime = *s.visitNumber == 1;
            s.durationS = TimeParsing::parseDecimal(f.value(u"visitDuration"_s).toUtf8());
            s.channel = f.value(u"referrerType"_s);
            s.line = r.line;
            if (!PlausibleValues::acceptSession(ctx, s))
                continue;
            if (Status st = ctx.sessions->addSession(s))
                return st;
            ++ctx.rowsAccepted;
            const QDate day = s.day.isValid() ? s.day : local.localDay(s.startUtc);
            widen(day, day);
            continue;
        }

        // A report row: it needs a period.
        QString label = r.date.isEmpty() ? f.value(u"date"_s) : r.date;
        if (label.isEmpty() && haveFileNamePeriod)
            label = fileNamePeriod;
        QDate from, to;
        if (!periodOf(label, from, to, yearHint)) {
            if (!missingDateLine)
                missingDateLine = r.line;
            ctx.skip(noPeriod, r.line);
            continue;
        }
        if (f.contains(u"nb_visits_new"_s) || f.contains(u"nb_visits_returning"_s)) {
            if (auto v = number(r, u"nb_visits_new"_s)) {
                if (Status st = addAggregate(from, to, AggregateMetric::FirstTime, *v))
                    return st;
            }
            if (auto v = number(r, u"nb_visits_returning"_s)) {
                if (Status st = addAggregate(from, to, AggregateMetric::Returning, *v))
                    return st;
            }
        } else if (f.value(u"segment"_s).contains(u"visitDuration"_s)
            || (!f.contains(u"segment"_s) && !durationRangeFromLabel(f.value(u"label"_s)).isEmpty())) {
            if (auto v = number(r, u"nb_visits"_s)) {
                QString range = durationRange(f.value(u"segment"_s));
                if (range.isEmpty())
                    range = durationRangeFromLabel(f.value(u"label"_s));
                if (Status st = addAggregate(from, to, AggregateMetric::VisitsByDuration, *v, range))
                    return st;
            }
        } else if (f.contains(u"nb_visits"_s) && !f.contains(u"label"_s)) {
            // VisitsSummary.get (a labelled row is a breakdown such as Country, not the summary).
            const auto visits = number(r, u"nb_visits"_s);
            if (visits) {
                if (Status st = addAggregate(from, to, AggregateMetric::Visits, *visits))
                    return st;
                if (auto sum = number(r, u"sum_visit_length"_s)) {
                    if (Status st = addAggregate(from, to, AggregateMetric::DurationSumS, *sum))
                        return st;
                } else if (auto mean = number(r, u"avg_time_on_site"_s)) {
                    if (Status st = addAggregate(from, to, AggregateMetric::DurationMeanS, *mean))
                        return st;
                }
            }
        }
        if (stored) {
            ++ctx.rowsAccepted;
            widen(from, to);
        } else {
            --ctx.rowsRead; // a breakdown Kapsel does not read (countries, browsers, ...): not a visitor row
        }
    }
    if (ctx.rowsAccepted == 0) {
        if (missingDateLine)
            return ctx.error(missingDateLine,
                tr("this Matomo report holds no date, so its figures cannot be placed in time. Export it "
                   "with a date range (e.g. period=day&date=2024-03-01,2024-03-31), or put the period "
                   "in the file name (e.g. VisitsSummary_2024-03.csv)."));
        if (!ctx.skipped.isEmpty()) {
            return firstSkipAsError(ctx, tr("no row could be read: %1"));
        }
        return ctx.error(1,
            tr("this Matomo export holds none of the reports Kapsel reads (Live visits, "
               "VisitsSummary, VisitFrequency, VisitorInterest)"));
    }
    if (haveFileNamePeriod)
        ctx.notes
            << tr("The export has no date of its own; its period %1 was taken from the file name.").arg(fileNamePeriod);
    ctx.notes << DeferredText::marked("MatomoImporter", QT_TRANSLATE_NOOP("MatomoImporter", "Figures from %1 to %2."))
                     .arg(minDay)
                     .arg(maxDay)
                     .toStored();
    return std::nullopt;
}
