// SPDX-License-Identifier: GPL-3.0-or-later
#include "visitors/visitorformat.h"

#include "core/csvwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

QString csvNumber(std::optional<double> v)
{
    if (!v)
        return {};
    // Whole numbers without a fraction; others with at most 3 decimals, C locale.
    if (std::floor(*v) == *v)
        return QString::number(qint64(*v));
    return QString::number(*v, 'f', 3).remove(QRegularExpression(u"\\.?0+$"_s));
}

QString csvInt(std::optional<qint64> v)
{
    return v ? QString::number(*v) : QString();
}

QJsonValue jsonOpt(std::optional<double> v)
{
    return v ? QJsonValue(std::round(*v * 1000.0) / 1000.0) : QJsonValue(QJsonValue::Null);
}

QJsonValue jsonOpt(std::optional<qint64> v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

// Visits of a period that a longer report covers only in part are not available at this granularity: with
// nothing else to count they are unknown, not 0.
bool visitsUnknown(const SeriesRow &r)
{
    return r.coarser && r.visits == 0;
}

QString visitsAvailable(const SeriesRow &r)
{
    if (!r.coarser)
        return u"yes"_s;
    return r.visits == 0 ? u"no"_s : u"partly"_s;
}

// Which of a source's overlapping reports counted (see ReportOverlap), or null.
QJsonValue overlapName(ReportOverlap o)
{
    if (o == ReportOverlap::Finer)
        return u"finer_used"_s;
    if (o == ReportOverlap::Longer)
        return u"longer_used"_s;
    return QJsonValue(QJsonValue::Null);
}

QJsonObject filterJson(const VisitorFilter &f)
{
    return QJsonObject { { u"from"_s, f.from.toString(Qt::ISODate) }, { u"to"_s, f.to.toString(Qt::ISODate) },
        { u"by"_s, Periods::name(f.by) },
        { u"source"_s, f.source.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(f.source) } };
}

} // namespace

QString VisitorFormat::seriesCsv(const QList<SeriesRow> &rows)
{
    QString out = CsvWriter::line(
        { u"period"_s, u"visits"_s, u"first_time"_s, u"returning"_s, u"mean_duration_s"_s, u"median_duration_s"_s });
    for (const SeriesRow &r : rows)
        out += CsvWriter::line({ r.period.key, visitsUnknown(r) ? QString() : QString::number(r.visits),
            csvInt(r.firstTime), csvInt(r.returning), csvNumber(r.meanDurationS), csvNumber(r.medianDurationS) });
    return out;
}

QString VisitorFormat::seriesJson(const QList<SeriesRow> &rows, const VisitorFilter &f)
{
    QJsonArray periods;
    for (const SeriesRow &r : rows)
        periods.append(
            QJsonObject { { u"period"_s, r.period.key }, { u"first_day"_s, r.period.first.toString(Qt::ISODate) },
                { u"last_day"_s, r.period.last.toString(Qt::ISODate) },
                { u"visits"_s, visitsUnknown(r) ? QJsonValue(QJsonValue::Null) : QJsonValue(r.visits) },
                { u"visits_available"_s, visitsAvailable(r) }, { u"first_time"_s, jsonOpt(r.firstTime) },
                { u"returning"_s, jsonOpt(r.returning) }, { u"mean_duration_s"_s, jsonOpt(r.meanDurationS) },
                { u"median_duration_s"_s, jsonOpt(r.medianDurationS) }, { u"aggregate"_s, r.fromAggregate },
                { u"days_with_data"_s, r.daysWithData }, { u"days"_s, r.days() },
                { u"overlapping_reports"_s, overlapName(r.overlap) } });
    QJsonObject o = filterJson(f);
    o.insert(u"periods"_s, periods);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
}

QString VisitorFormat::bucketsCsv(const QList<BucketRow> &rows)
{
    QString out = CsvWriter::line({ u"bucket"_s, u"lower_s"_s, u"upper_s"_s, u"visits"_s });
    for (const BucketRow &r : rows) {
        const DurationBucket &b = DurationBuckets::all().at(r.index);
        out += CsvWriter::line({ b.key, QString::number(b.lowerS), csvInt(b.upperS), QString::number(r.visits) });
    }
    return out;
}

QString VisitorFormat::bucketsJson(const QList<BucketRow> &rows, const VisitorFilter &f)
{
    QJsonArray buckets;
    for (const BucketRow &r : rows) {
        const DurationBucket &b = DurationBuckets::all().at(r.index);
        buckets.append(QJsonObject { { u"bucket"_s, b.key }, { u"lower_s"_s, b.lowerS },
            { u"upper_s"_s, jsonOpt(b.upperS) }, { u"visits"_s, r.visits } });
    }
    QJsonObject o = filterJson(f);
    o.remove(u"by"_s);
    o.insert(u"buckets"_s, buckets);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
}

QString VisitorFormat::periodLabel(const Period &p, Granularity g)
{
    const QLocale loc;
    switch (g) {
    case Granularity::Day:
        return loc.toString(p.first, QLocale::ShortFormat);
    case Granularity::Week: {
        int year = 0;
        const int week = p.first.weekNumber(&year);
        //: ISO week number and its week-year
        return tr("Week %1, %2").arg(week).arg(year);
    }
    case Granularity::Month:
        //: standalone month name and year, e.g. "March 2024"
        return tr("%1 %2").arg(loc.standaloneMonthName(p.first.month()), QString::number(p.first.year()));
    }
    return p.key;
}

QString VisitorFormat::duration(std::optional<double> seconds)
{
    if (!seconds)
        return {};
    const qint64 s = qint64(std::llround(*seconds));
    const QLocale loc;
    if (s >= 3600)
        return u"%1:%2:%3"_s.arg(s / 3600)
            .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
            .arg(s % 60, 2, 10, QLatin1Char('0'));
    return u"%1:%2"_s.arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

QString VisitorFormat::number(std::optional<qint64> n)
{
    return n ? QLocale().toString(*n) : QString();
}

QString VisitorFormat::percent(std::optional<double> pct, bool signedDelta)
{
    if (!pct)
        return {};
    const QString n = QLocale().toString(*pct, 'f', 1);
    //: a percentage, e.g. "12.5 %"; Norwegian puts a space before %
    const QString p = tr("%1 %").arg(n);
    return signedDelta && *pct > 0 ? u"+"_s + p : p;
}

std::optional<double> VisitorFormat::share(std::optional<qint64> part, qint64 whole)
{
    if (!part || whole <= 0)
        return std::nullopt;
    return 100.0 * double(*part) / double(whole);
}

QString VisitorFormat::coverage(const SeriesRow &r)
{
    return u"%1/%2"_s.arg(QLocale().toString(r.daysWithData), QLocale().toString(r.days()));
}

QString VisitorFormat::comparisonGap(const Comparison &c)
{
    if (c.comparable())
        return {};
    QStringList parts;
    if (!c.current.fullyCovered())
        //: why no change is shown: the chosen period has figures on only some of its days
        parts << tr("this period: data on %1 of %Ln day(s)", nullptr, int(c.current.days()))
                     .arg(QLocale().toString(c.current.daysWithData));
    if (!c.previous.fullyCovered())
        //: why no change is shown: the period before has figures on only some of its days
        parts << tr("previous period: data on %1 of %Ln day(s)", nullptr, int(c.previous.days()))
                     .arg(QLocale().toString(c.previous.daysWithData));
    return parts.join(u"; "_s);
}
