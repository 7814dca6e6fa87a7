// SPDX-License-Identifier: GPL-3.0-or-later
#include "importers/uareportimporter.h"
#include "core/deferredtext.h"
#include "core/filequote.h"

#include "importers/csvreader.h"
#include "importers/importcontext.h"
#include "importers/plausiblevalues.h"
#include "importers/timeparsing.h"
#include "importers/uanumberlocale.h"
#include "visitors/sessionsink.h"

#include <QHash>
#include <QIODevice>
#include <QLocale>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

struct Row
{
    QStringList cells;
    int line = 0;
};
struct Section
{
    Row header;
    QList<Row> rows;
};

// Russian, Japanese and Finnish words were written without a real export at hand. A search of public repositories
// found no UA report CSV in these languages; what public files corroborate:
// - Russian "Сеансы": a script reading a UA Excel export by its column names ("Сеансы", "Новые пользователи",
//   "Показатель отказов", "Страниц/сеанс", "Сред. длительность сеанса", and "Источник или канал" for source/medium);
//   "% новых сеансов", "Новый посетитель" and "Вернувшийся посетитель" are unverified.
// - Japanese "セッション": a script reading a UA CSV export (skipping its 6-line header block) by "セッション",
//   "ユーザー", "新規ユーザー", "直帰率", "ページ/セッション", "平均セッション時間", "参照元/メディア"; the report name
//   "新規ユーザーとリピーター" (New vs. Returning) in t32k/mol _posts/2009-10-05-google-analytics-report.md, which also
//   names the old "セッション数" (Visits). "新規セッション率" and "新規訪問者" are unverified.
// - Finnish: nothing found beyond Google's help pages in Finnish using "istunnot" and "Uudet käyttäjät" in prose;
//   "Istunnot", "% uusia istuntoja", "Uusi kävijä" and "Palaava kävijä" are unverified.
const QStringList kSessionHeaders = { u"sessions"_s, u"sessies"_s, u"sitzungen"_s, u"økter"_s, u"sesiones"_s,
    u"sessioni"_s, u"sessões"_s, u"sessioner"_s, u"sesje"_s, u"visits"_s, u"bezoeken"_s, u"besuche"_s, u"besøk"_s,
    u"visites"_s, u"visitas"_s, u"сеансы"_s, u"istunnot"_s, u"セッション"_s, u"セッション数"_s };
const QStringList kNewVisitorNames
    = { u"new visitor"_s, u"nieuwe bezoeker"_s, u"neuer besucher"_s, u"ny besøkende"_s, u"nouveau visiteur"_s,
          u"visitante nuevo"_s, u"новый посетитель"_s, u"uusi kävijä"_s, u"新規ユーザー"_s, u"新規訪問者"_s };
const QStringList kReturningVisitorNames = { u"returning visitor"_s, u"terugkerende bezoeker"_s,
    u"wiederkehrender besucher"_s, u"tilbakevendende besøkende"_s, u"visiteur connu"_s, u"visitante recurrente"_s,
    u"вернувшийся посетитель"_s, u"palaava kävijä"_s, u"リピーター"_s };

// Headers and cells compared in compatibility form: full-width digits and letters (Japanese) as ASCII.
QString folded(const QString &h)
{
    return h.normalized(QString::NormalizationForm_KC).trimmed().toLower();
}

bool isSessionsHeader(const QString &h)
{
    return kSessionHeaders.contains(folded(h));
}

bool isNewSessionsHeader(const QString &h)
{
    const QString s = folded(h);
    if (s == u"新規セッション率")
        return true;
    return (s.startsWith(u'%') || s.endsWith(u'%'))
        && (s.contains(u"sess") || s.contains(u"sitz") || s.contains(u"økt") || s.contains(u"visit")
            || s.contains(u"bezoek") || s.contains(u"сеанс") || s.contains(u"istun"));
}

bool isClock(const QString &v)
{
    const QString s = v.trimmed();
    return s.size() >= 7 && s.count(u':') == 2 && s[0].isDigit();
}

bool allEmpty(const QStringList &cells, qsizetype upTo)
{
    for (qsizetype i = 0; i < std::min(upTo, cells.size()); ++i) {
        if (!cells[i].trimmed().isEmpty())
            return false;
    }
    return true;
}

// "# 20140917-20150918" in the header block.
bool parsePeriodLine(const QString &line, QDate &from, QDate &to)
{
    QString s = line;
    s.remove(u'#');
    s = s.trimmed();
    const qsizetype dash = s.indexOf(u'-');
    if (s.size() != 17 || dash != 8)
        return false;
    const auto a = TimeParsing::parseDate(s.left(8).toLatin1());
    const auto b = TimeParsing::parseDate(s.mid(9).toLatin1());
    if (!a || !b || *b < *a)
        return false;
    from = *a;
    to = *b;
    return true;
}

class Output
{
public:
    Output(ImportContext &ctx)
        : m_ctx(ctx)
    { }
    Status add(const QDate &from, const QDate &to, const char16_t *metric, double value, const QString &dimension = {})
    {
        AggregateRecord a;
        a.from = from;
        a.to = to;
        a.metric = QString::fromUtf16(metric);
        a.value = value;
        a.dimension = dimension;
        a.line = line;
        if (!PlausibleValues::acceptAggregate(m_ctx, a))
            return std::nullopt;
        if (Status s = m_ctx.sessions->addAggregate(a))
            return s;
        ++m_ctx.rowsAccepted;
        return std::nullopt;
    }
    int line = 0; // of the row the next figures come from

private:
    ImportContext &m_ctx;
};

} // namespace

QString UaReportImporter::name() const
{
    return u"ua-report"_s;
}

QString UaReportImporter::displayName() const
{
    return tr("Universal Analytics report (CSV from the web interface)");
}

int UaReportImporter::sniff(const QByteArray &head, const QString &fileName) const
{
    Q_UNUSED(fileName);
    QByteArrayView h(head);
    if (h.startsWith("\xEF\xBB\xBF"))
        h = h.sliced(3);
    if (!h.startsWith("# ----"))
        return 0;
    // The header block is followed by a blank line and a table.
    return h.contains("\n\n") || h.contains("\r\n\r\n") ? 90 : 60;
}

QList<QDate> UaReportImporter::parseDateColumn(const QStringList &input)
{
    if (input.isEmpty())
        return {};
    // Japanese writes "2014年9月17日" (year, month, day marks), maybe in full-width digits.
    QStringList values;
    for (const QString &v : input) {
        QString n = v.normalized(QString::NormalizationForm_KC).trimmed();
        if (n.contains(u'年') && n.contains(u'月')) {
            n.replace(u'年', u'/').replace(u'月', u'/');
            n.remove(u'日');
        }
        values << n;
    }
    if (std::any_of(values.begin(), values.end(),
            [](const QString &v) { return std::any_of(v.begin(), v.end(), [](QChar c) { return c.isLetter(); }); })) {
        QList<QDate> out;
        for (const QString &v : values) {
            const auto d = parseMonthNameDate(v);
            if (!d)
                return {};
            out << *d;
        }
        return out;
    }
    bool compact = true;
    for (const QString &v : values)
        compact = compact && v.trimmed().size() == 8 && TimeParsing::parseDate(v.trimmed().toLatin1()).has_value();
    QList<QDate> out;
    if (compact) {
        for (const QString &v : values)
            out << *TimeParsing::parseDate(v.trimmed().toLatin1());
        return out;
    }
    QList<std::array<int, 3>> parts;
    QChar sep;
    for (const QString &v : values) {
        const QString s = v.trimmed();
        std::array<int, 3> p {};
        int n = 0, cur = -1;
        for (QChar c : s) {
            if (c.isDigit()) {
                cur = (cur < 0 ? 0 : cur * 10) + c.digitValue();
                if (cur > 9999)
                    return {};
            } else {
                if (sep.isNull())
                    sep = c;
                if (cur < 0 || n >= 3)
                    return {};
                p[n++] = cur;
                cur = -1;
            }
        }
        if (cur >= 0 && n < 3)
            p[n++] = cur;
        if (n != 3)
            return {};
        parts << p;
    }
    enum Order { DMY, MDY, YMD };
    const QList<Order> orders = sep == u'/' ? QList<Order> { MDY, DMY, YMD } : QList<Order> { DMY, YMD, MDY };
    QList<QDate> firstValid;
    for (Order o : orders) {
        QList<QDate> dates;
        bool valid = true, consecutive = true;
        for (const auto &p : parts) {
            int d = 0, m = 0, y = 0;
            switch (o) {
            case DMY:
                d = p[0], m = p[1], y = p[2];
                break;
            case MDY:
                m = p[0], d = p[1], y = p[2];
                break;
            case YMD:
                y = p[0], m = p[1], d = p[2];
                break;
            }
            if (y < 100)
                y += 2000;
            const QDate date(y, m, d);
            if (!date.isValid()) {
                valid = false;
                break;
            }
            if (!dates.isEmpty() && dates.last().daysTo(date) != 1)
                consecutive = false;
            dates << date;
        }
        if (!valid)
            continue;
        if (consecutive)
            return dates;
        if (firstValid.isEmpty())
            firstValid = dates;
    }
    return firstValid;
}

// Month names of the languages Google Analytics' interface was offered in most here, long and short, as
// QLocale spells them (lower case, without the abbreviation's dot).
static const QHash<QString, int> &monthNames()
{
    static const QHash<QString, int> names = [] {
        QHash<QString, int> out;
        const QLocale::Language languages[] = { QLocale::English, QLocale::NorwegianBokmal, QLocale::NorwegianNynorsk,
            QLocale::Danish, QLocale::Swedish, QLocale::German, QLocale::Dutch, QLocale::French, QLocale::Spanish,
            QLocale::Italian, QLocale::Portuguese, QLocale::Finnish, QLocale::Polish, QLocale::Russian };
        for (const QLocale::Language l : languages) {
            const QLocale locale(l);
            for (int m = 1; m <= 12; ++m) {
                for (const QString &name : { locale.monthName(m, QLocale::LongFormat),
                         locale.monthName(m, QLocale::ShortFormat), locale.standaloneMonthName(m, QLocale::LongFormat),
                         locale.standaloneMonthName(m, QLocale::ShortFormat) }) {
                    QString n = name.toLower();
                    n.remove(u'.');
                    if (!n.isEmpty() && !out.contains(n))
                        out.insert(n, m);
                }
            }
        }
        // English three-letter forms also where the locale abbreviates otherwise ("Sept").
        out.insert(u"sept"_s, 9);
        return out;
    }();
    return names;
}

// "Sep 17, 2014", "September 17, 2014", "17 sep. 2014", "17. september 2014", "Wednesday, September 17, 2014",
// "2014 Sep 17": one month name and two numbers, the day before the year unless the year comes first with
// four digits. Other words (a weekday) are ignored.
std::optional<QDate> UaReportImporter::parseMonthNameDate(const QString &value)
{
    QString s = value.toLower();
    for (QChar &c : s)
        if (c == u',' || c == u'.' || c == u'/' || c == u'-')
            c = u' ';
    const QStringList tokens = s.split(u' ', Qt::SkipEmptyParts);
    int month = 0;
    QList<QString> numbers;
    for (const QString &t : tokens) {
        if (t.front().isDigit()) {
            numbers << t;
            continue;
        }
        const auto it = monthNames().constFind(t);
        if (it == monthNames().cend())
            continue;
        if (month)
            return std::nullopt; // two month names
        month = *it;
    }
    if (!month || numbers.size() != 2)
        return std::nullopt;
    bool okA, okB;
    const int a = numbers[0].toInt(&okA), b = numbers[1].toInt(&okB);
    if (!okA || !okB)
        return std::nullopt;
    int day = a, year = b;
    if (numbers[0].size() == 4) {
        day = b;
        year = a;
    }
    if (numbers[year == a ? 0 : 1].size() <= 2)
        year += 2000;
    const QDate d(year, month, day);
    return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
}

Status UaReportImporter::read(QIODevice &in, ImportContext &ctx) const
{
    CsvReader csv(in, ',');
    QStringList block;
    QList<Section> sections;
    bool inSection = false;
    while (csv.next()) {
        if (ctx.cancelled())
            return std::nullopt;
        if (csv.size() >= 1 && csv.field(0).startsWith('#')) {
            block << csv.texts().join(u',');
            inSection = false;
            continue;
        }
        if (csv.isBlank()) {
            inSection = false;
            continue;
        }
        if (sections.size() > 100 || (!sections.isEmpty() && sections.last().rows.size() > 1000000))
            return ctx.error(csv.lineNumber(), tr("this report is far larger than any UI export; it is not one"));
        Row row { csv.texts(), csv.lineNumber() };
        if (!inSection) {
            sections.append(Section { row, {} });
            inSection = true;
        } else {
            ++ctx.rowsRead;
            sections.last().rows << row;
        }
    }
    if (csv.hasError())
        return ctx.error(csv.errorLine(), csv.errorReason());
    if (block.isEmpty() || !block.first().startsWith(u"# ----"_s))
        return ctx.error(
            1, tr("this is not a Universal Analytics report: it does not start with the \"# ----\" header block"));
    if (sections.isEmpty())
        return ctx.error(csv.nextLineNumber(), tr("the report has a header block but no table"));

    // The number format is the file's, decided from every metric cell (UaNumberLocale), never from one.
    UaNumberLocale numbers;
    for (const Section &s : std::as_const(sections)) {
        qsizetype firstMetric = 1;
        for (qsizetype i = 1; i < s.header.cells.size(); ++i) {
            if (isSessionsHeader(s.header.cells[i])) {
                firstMetric = i;
                numbers.addLanguageHint(folded(s.header.cells[i]));
                break;
            }
        }
        QList<QStringList> cells;
        QList<int> lines;
        for (const Row &r : s.rows) {
            QStringList row;
            for (const QString &c : r.cells)
                row << folded(c);
            cells << row;
            lines << r.line;
        }
        numbers.addTable(cells, lines, firstMetric);
    }
    const UaNumberLocale::Decision locale = numbers.decide();
    if (!locale.ok())
        return ctx.error(locale.line, locale.problem);
    const bool decimalComma = locale.decimalComma;
    auto number = [decimalComma](
                      const QString &s) { return TimeParsing::parseLocalisedNumber(folded(s).toUtf8(), decimalComma); };

    QDate periodFrom, periodTo;
    for (const QString &line : std::as_const(block)) {
        if (parsePeriodLine(line, periodFrom, periodTo))
            break;
    }

    ctx.sessions->setSource(ctx.options.sourceName.isEmpty() ? u"Universal Analytics"_s : ctx.options.sourceName);
    Output out(ctx);
    const QString notTotal = DeferredText::marked(
        "UaReportImporter", QT_TRANSLATE_NOOP("UaReportImporter", "row whose sessions figure is not a number"))
                                 .toStored();
    bool haveDailyVisits = false;
    QDate dayFrom, dayTo;
    const Section *main = nullptr;

    // Sections whose first column is a date: sessions (and more) per day.
    for (const Section &s : std::as_const(sections)) {
        QStringList firstCol;
        QList<const Row *> dataRows;
        for (const Row &r : s.rows) {
            if (allEmpty(r.cells, 1))
                continue; // the totals row
            firstCol << r.cells.value(0);
            dataRows << &r;
        }
        const QList<QDate> dates = parseDateColumn(firstCol);
        if (dates.isEmpty()) {
            if (!main)
                main = &s;
            continue;
        }
        qsizetype cSessions = -1, cNew = -1, cDur = -1;
        for (qsizetype i = 1; i < s.header.cells.size(); ++i) {
            if (cSessions < 0 && isSessionsHeader(s.header.cells[i]))
                cSessions = i;
            else if (cNew < 0 && isNewSessionsHeader(s.header.cells[i]))
                cNew = i;
            else if (cDur < 0 && !dataRows.isEmpty() && isClock(dataRows.first()->cells.value(i)))
                cDur = i;
        }
        if (cSessions < 0) {
            ctx.notes << DeferredText::marked("UaReportImporter",
                QT_TRANSLATE_NOOP(
                    "UaReportImporter", "The day section \"%1\" holds %2, not sessions; it was not imported."))
                             .arg(FileQuote::quote(s.header.cells.value(0)))
                             .arg(FileQuote::list(s.header.cells.mid(1)))
                             .toStored();
            continue;
        }
        for (qsizetype k = 0; k < dataRows.size(); ++k) {
            const Row &r = *dataRows[k];
            const QDate day = dates[k];
            out.line = r.line;
            const auto sessions = number(r.cells.value(cSessions));
            if (!sessions) {
                ctx.skip(notTotal, r.line);
                continue;
            }
            if (Status st = out.add(day, day, AggregateMetric::Visits, *sessions))
                return st;
            if (cNew >= 0) {
                if (auto pct = number(r.cells.value(cNew))) {
                    const double first = std::round(*sessions * *pct / 100.0);
                    if (Status st = out.add(day, day, AggregateMetric::FirstTime, first))
                        return st;
                    if (Status st = out.add(day, day, AggregateMetric::Returning, *sessions - first))
                        return st;
                }
            }
            if (cDur >= 0) {
                if (auto d = TimeParsing::parseDuration(r.cells.value(cDur).toUtf8()); d && *sessions > 0)
                    if (Status st = out.add(day, day, AggregateMetric::DurationMeanS, *d))
                        return st;
            }
            haveDailyVisits = true;
            if (!dayFrom.isValid() || day < dayFrom)
                dayFrom = day;
            if (!dayTo.isValid() || day > dayTo)
                dayTo = day;
        }
    }
    if (!periodFrom.isValid() && dayFrom.isValid()) {
        periodFrom = dayFrom;
        periodTo = dayTo;
    }

    // The main table (a non-date dimension): its totals row, or its User Type rows, cover the period.
    if (main) {
        qsizetype cSessions = -1, cNew = -1, cDur = -1;
        const QStringList &hd = main->header.cells;
        for (qsizetype i = 0; i < hd.size(); ++i) {
            if (cSessions < 0 && isSessionsHeader(hd[i]))
                cSessions = i;
            else if (cNew < 0 && isNewSessionsHeader(hd[i]))
                cNew = i;
        }
        const Row *totals = nullptr;
        QList<const Row *> rows;
        for (const Row &r : main->rows) {
            if (cSessions > 0 && allEmpty(r.cells, cSessions))
                totals = &r;
            else
                rows << &r;
        }
        if (!rows.isEmpty()) {
            for (qsizetype i = 0; i < hd.size(); ++i) {
                if (isClock(rows.first()->cells.value(i))) {
                    cDur = i;
                    break;
                }
            }
        }
        if (cSessions < 0) {
            ctx.notes << DeferredText::marked("UaReportImporter",
                QT_TRANSLATE_NOOP("UaReportImporter", "The table \"%1\" has no sessions column; it was not imported."))
                             .arg(FileQuote::list(hd))
                             .toStored();
        } else if (!periodFrom.isValid()) {
            return ctx.error(main->header.line,
                tr("this report holds no dates: its header block shows no date range "
                   "and it has no day section, so its figures cannot be placed in "
                   "time. Export it again with the date range in the header, or "
                   "with a Day Index section."));
        } else {
            // User Type rows: "% New Sessions" is 100 % for new visitors and 0 % for returning ones.
            double firstTime = -1, returning = -1;
            if (cSessions == 1) {
                for (const Row *r : std::as_const(rows)) {
                    const QString label = r->cells.value(0).trimmed().toLower();
                    const auto sessions = number(r->cells.value(cSessions));
                    const auto pct = cNew >= 0 ? number(r->cells.value(cNew)) : std::nullopt;
                    if (!sessions)
                        continue;
                    if (kNewVisitorNames.contains(label) || (rows.size() == 2 && pct && *pct == 100))
                        firstTime = *sessions;
                    else if (kReturningVisitorNames.contains(label) || (rows.size() == 2 && pct && *pct == 0))
                        returning = *sessions;
                }
            }
            out.line = totals ? totals->line : 0;
            if (firstTime >= 0 && returning >= 0) {
                if (Status st = out.add(periodFrom, periodTo, AggregateMetric::FirstTime, firstTime))
                    return st;
                if (Status st = out.add(periodFrom, periodTo, AggregateMetric::Returning, returning))
                    return st;
            } else if (totals && cNew >= 0) {
                const auto sessions = number(totals->cells.value(cSessions));
                const auto pct = number(totals->cells.value(cNew));
                if (sessions && pct) {
                    const double first = std::round(*sessions * *pct / 100.0);
                    if (Status st = out.add(periodFrom, periodTo, AggregateMetric::FirstTime, first))
                        return st;
                    if (Status st = out.add(periodFrom, periodTo, AggregateMetric::Returning, *sessions - first))
                        return st;
                }
            }
            if (totals) {
                const auto sessions = number(totals->cells.value(cSessions));
                if (sessions && !haveDailyVisits) {
                    if (Status st = out.add(periodFrom, periodTo, AggregateMetric::Visits, *sessions))
                        return st;
                }
                if (cDur >= 0) {
                    if (auto d = TimeParsing::parseDuration(totals->cells.value(cDur).toUtf8()))
                        if (Status st = out.add(periodFrom, periodTo, AggregateMetric::DurationMeanS, *d))
                            return st;
                }
            }
        }
    }
    if (ctx.rowsAccepted == 0)
        return ctx.error(sections.first().header.line,
            tr("this report holds no sessions figures Kapsel can use (no sessions per day, no totals)"));
    ctx.notes << DeferredText::marked("UaReportImporter",
        QT_TRANSLATE_NOOP("UaReportImporter", "Aggregate figures for %1 to %2 (a report, not single visits)."))
                     .arg(periodFrom)
                     .arg(periodTo)
                     .toStored();
    return std::nullopt;
}
