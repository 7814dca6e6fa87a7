// SPDX-License-Identifier: GPL-3.0-or-later
#include "visitorchart.h"

#include "compliance/reporttext.h"
#include "core/language.h"
#include "visitors/visitorformat.h"

#include <QDir>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <cmath>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

constexpr double kMargin = 12;
constexpr double kGap = 8;

// Fonts in pixels: the same drawing on a screen-sized PNG, an SVG and a PDF page, whatever their resolution.
QFont font(int pixels, bool bold = false)
{
    QFont f(u"DejaVu Sans"_s);
    f.setStyleHint(QFont::SansSerif);
    f.setPixelSize(pixels);
    f.setBold(bold);
    return f;
}

// Ticks for [0, max]: 0, step, 2 step, ... up to the first at or above max (steps of 1, 2 or 5 times a power
// of ten, about five of them); whole numbers for counts.
struct Ticks
{
    double step = 1;
    double top = 1;
    int decimals = 0;
};

Ticks ticksFor(double max, bool whole)
{
    Ticks t;
    if (!(max > 0))
        return t;
    double raw = max / 5;
    if (whole)
        raw = std::max(raw, 1.0);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double m : { 1.0, 2.0, 5.0, 10.0 }) {
        t.step = m * magnitude;
        if (t.step >= raw)
            break;
    }
    t.top = std::ceil(max / t.step - 1e-9) * t.step;
    t.decimals = t.step >= 1 ? 0 : int(std::ceil(-std::log10(t.step) - 1e-9));
    return t;
}

// The chart's words in its language: the program's (tr()), or the one it was given, from that language's catalogue.
QString say(const VisitorChart &c, const char *source)
{
    return c.language.isEmpty() ? QCoreApplication::translate("VisitorChart", source)
                                : Language::translate(c.language, "VisitorChart", source);
}

QLocale localeOf(const VisitorChart &c)
{
    return c.language.isEmpty() ? QLocale() : Language::localeOf(c.language);
}

// The ticks of the chart's value axis: visits (Visits, Durations) or minutes (MeanMedian).
Ticks ticksOf(const VisitorChart &c)
{
    switch (c.kind) {
    case VisitorChart::Kind::Visits: {
        qint64 max = 0;
        for (const SeriesRow &r : c.series)
            max = std::max(max, r.visits);
        return ticksFor(double(max), true);
    }
    case VisitorChart::Kind::Durations: {
        qint64 max = 0;
        for (const BucketRow &b : c.buckets)
            max = std::max(max, b.visits);
        return ticksFor(double(max), true);
    }
    case VisitorChart::Kind::MeanMedian: {
        double max = 0;
        for (const SeriesRow &r : c.series)
            max = std::max({ max, r.meanDurationS.value_or(0) / 60.0, r.medianDurationS.value_or(0) / 60.0 });
        return ticksFor(std::max(max * 1.1, 1.0), false);
    }
    }
    return {};
}

// The values at the ticks, 0 first. A count of a million or more in a chart with a language of its own is rounded
// as the report writes it (ReportText::number).
QStringList tickLabels(const VisitorChart &c, const Ticks &t)
{
    const QLocale loc = localeOf(c);
    const std::optional<ReportText> words
        = c.language.isEmpty() ? std::nullopt : std::optional<ReportText>(ReportText(c.language));
    QStringList out;
    for (double v = 0; v <= t.top + t.step / 2; v += t.step) {
        if (t.decimals > 0)
            out << loc.toString(v, 'f', t.decimals);
        else
            out << (words ? words->number(qint64(std::llround(v))) : loc.toString(qint64(std::llround(v))));
    }
    return out;
}

// A value axis along the left of `plot`: tick labels and grid lines. Returns nothing; the caller has left room.
void drawValueAxisLeft(QPainter &p, const QRectF &plot, const Ticks &t, const QStringList &labels)
{
    const QFont f = font(11);
    const QFontMetricsF fm(f);
    p.setFont(f);
    for (int i = 0; i < labels.size(); ++i) {
        const double y = plot.bottom() - i * t.step / t.top * plot.height();
        p.setPen(QColor(0xe0, 0xe0, 0xe0));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(Qt::black);
        p.drawText(QPointF(plot.left() - 4 - fm.horizontalAdvance(labels[i]), y + fm.ascent() / 2 - 1), labels[i]);
    }
}

double valueAxisWidth(const QStringList &labels)
{
    const QFontMetricsF fm(font(11));
    double w = 0;
    for (const QString &label : labels)
        w = std::max(w, fm.horizontalAdvance(label));
    return w + 6;
}

// Period labels under `plot`, every k-th so that they stand whole side by side.
void drawCategoryLabelsBottom(QPainter &p, const QRectF &plot, const QStringList &labels)
{
    if (labels.isEmpty())
        return;
    const QFont f = font(11);
    const QFontMetricsF fm(f);
    p.setFont(f);
    p.setPen(Qt::black);
    double widest = 0;
    for (const QString &l : labels)
        widest = std::max(widest, fm.horizontalAdvance(l));
    const int n = int(labels.size());
    const int k = VisitorChart::labelStep(n, widest, plot.width(), kGap);
    for (int i = 0; i < n; i += k) {
        const double centre = plot.left() + (i + 0.5) * plot.width() / n;
        const double w = fm.horizontalAdvance(labels[i]);
        const double x = std::clamp(centre - w / 2, 0.0, plot.right() + kMargin - w);
        p.drawText(QPointF(x, plot.bottom() + 4 + fm.ascent()), labels[i]);
    }
}

void drawNote(QPainter &p, const QRectF &plot, const QString &note)
{
    if (note.isEmpty())
        return;
    p.setFont(font(13));
    p.setPen(QColor(0x60, 0x60, 0x60));
    p.drawText(plot, Qt::AlignCenter | Qt::TextWordWrap, note);
}

void drawVisits(QPainter &p, const QRectF &area, const VisitorChart &c)
{
    const Ticks t = ticksOf(c);
    const QStringList values = tickLabels(c, t);
    const double labelHeight = QFontMetricsF(font(11)).height() + 6;
    const double axis = valueAxisWidth(values);
    const QRectF plot(area.left() + axis, area.top(), area.width() - axis, area.height() - labelHeight);
    drawValueAxisLeft(p, plot, t, values);
    const int n = int(c.series.size());
    const double slot = n > 0 ? plot.width() / n : 0;
    const double bar = n > 60 ? slot : slot * 0.8;
    for (int i = 0; i < n; ++i) {
        const SeriesRow &r = c.series[i];
        const qint64 first = r.firstTime.value_or(0), returning = r.returning.value_or(0);
        double y = plot.bottom();
        const double x = plot.left() + i * slot + (slot - bar) / 2;
        for (const auto &[value, colour] :
            { std::pair { first, ChartColours::firstTime }, std::pair { returning, ChartColours::returning },
                std::pair { r.visits - first - returning, ChartColours::unknown } }) {
            if (value <= 0)
                continue;
            const double h = double(value) / t.top * plot.height();
            p.fillRect(QRectF(x, y - h, bar, h), colour);
            y -= h;
        }
    }
    p.setPen(Qt::black);
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    drawCategoryLabelsBottom(p, plot, c.categoryLabels());
    drawNote(p, plot, c.note);
}

void drawDurations(QPainter &p, const QRectF &area, const VisitorChart &c)
{
    const QStringList labels = c.categoryLabels();
    const Ticks t = ticksOf(c);
    const QStringList values = tickLabels(c, t);
    QFont f = font(11);
    double widest = 0;
    for (const QString &l : labels)
        widest = std::max(widest, QFontMetricsF(f).horizontalAdvance(l));
    const QFontMetricsF fm(f);
    const QRectF plot(
        area.left() + widest + 8, area.top(), area.width() - widest - 8 - kMargin, area.height() - fm.height() - 6);
    p.setFont(f);
    // Values along the bottom.
    for (int i = 0; i < values.size(); ++i) {
        const double x = plot.left() + i * t.step / t.top * plot.width();
        p.setPen(QColor(0xe0, 0xe0, 0xe0));
        p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        p.setPen(Qt::black);
        p.drawText(QPointF(x - fm.horizontalAdvance(values[i]) / 2, plot.bottom() + 4 + fm.ascent()), values[i]);
    }
    // One row per range, shortest on top; every range named (the font gets smaller on a short chart).
    const int n = int(c.buckets.size());
    const double row = n > 0 ? plot.height() / n : 0;
    while (QFontMetricsF(f).height() > row && f.pixelSize() > 7)
        f.setPixelSize(f.pixelSize() - 1);
    const QFontMetricsF rowMetrics(f);
    p.setFont(f);
    for (int i = 0; i < n; ++i) {
        const double y = plot.top() + i * row;
        const double w = double(c.buckets[i].visits) / t.top * plot.width();
        p.fillRect(QRectF(plot.left(), y + row * 0.15, w, row * 0.7), ChartColours::firstTime);
        p.setPen(Qt::black);
        p.drawText(QPointF(plot.left() - 6 - rowMetrics.horizontalAdvance(labels[i]),
                       y + row / 2 + rowMetrics.ascent() / 2 - 1),
            labels[i]);
    }
    p.drawLine(plot.topLeft(), plot.bottomLeft());
    drawNote(p, plot, c.note);
}

void drawMeanMedian(QPainter &p, const QRectF &area, const VisitorChart &c)
{
    const Ticks t = ticksOf(c);
    const QStringList values = tickLabels(c, t);
    const double labelHeight = QFontMetricsF(font(11)).height() + 6;
    const double axis = valueAxisWidth(values);
    const QRectF plot(area.left() + axis, area.top(), area.width() - axis, area.height() - labelHeight);
    drawValueAxisLeft(p, plot, t, values);
    const int n = int(c.series.size());
    const bool points = n <= 31;
    auto at = [&](const QPointF &v) {
        return QPointF(plot.left() + (v.x() + 0.5) * plot.width() / std::max(1, n),
            plot.bottom() - v.y() / 60.0 / t.top * plot.height());
    };
    p.setRenderHint(QPainter::Antialiasing);
    for (const auto &[figure, colour] : { std::pair { &SeriesRow::meanDurationS, ChartColours::mean },
             std::pair { &SeriesRow::medianDurationS, ChartColours::median } }) {
        // A line within each stretch of periods with the figure, never across a gap.
        for (const QList<QPointF> &run : VisitorQueries::runs(c.series, figure)) {
            QPainterPath path(at(run.first()));
            for (const QPointF &v : run)
                path.lineTo(at(v));
            p.setPen(QPen(colour, 2));
            p.setBrush(Qt::NoBrush);
            p.drawPath(path);
            if (points || run.size() == 1) {
                p.setBrush(colour);
                for (const QPointF &v : run)
                    p.drawEllipse(at(v), 2.5, 2.5);
            }
        }
    }
    p.setRenderHint(QPainter::Antialiasing, false);
    p.setPen(Qt::black);
    p.setBrush(Qt::NoBrush);
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    drawCategoryLabelsBottom(p, plot, c.categoryLabels());
    drawNote(p, plot, c.note);
}

QList<QColor> legendColours(const VisitorChart &c)
{
    switch (c.kind) {
    case VisitorChart::Kind::Visits:
        return { ChartColours::firstTime, ChartColours::returning, ChartColours::unknown };
    case VisitorChart::Kind::Durations:
        return { ChartColours::firstTime };
    case VisitorChart::Kind::MeanMedian:
        return { ChartColours::mean, ChartColours::median };
    }
    return {};
}

// Short labels of the periods in `loc`; `week` is the label of an ISO week with %1 its number, %2 its year.
QStringList periodLabels(const QList<SeriesRow> &rows, Granularity by, const QLocale &loc, const QString &week)
{
    QStringList c;
    for (const SeriesRow &r : rows) {
        switch (by) {
        case Granularity::Month:
            c << loc.toString(r.period.first, u"MMM yy"_s).remove(u'.'); // "nov. 24" is too wide
            break;
        case Granularity::Week: {
            int year = 0;
            const int number = r.period.first.weekNumber(&year);
            c << QString(week).arg(number).arg(year % 100, 2, 10, QLatin1Char('0'));
            break;
        }
        case Granularity::Day:
            c << r.period.key;
            break;
        }
    }
    return c;
}

//: short axis label for an ISO week: week number and two-digit week-year
const char *const kWeekLabel = QT_TRANSLATE_NOOP("VisitorChart", "W%1 %2");

} // namespace

QString VisitorChart::title() const
{
    switch (kind) {
    case Kind::Visits:
        return say(*this, QT_TRANSLATE_NOOP("VisitorChart", "First-time and returning visits"));
    case Kind::Durations:
        return say(*this, QT_TRANSLATE_NOOP("VisitorChart", "Visits by duration"));
    case Kind::MeanMedian:
        return say(*this, QT_TRANSLATE_NOOP("VisitorChart", "Mean and median duration (minutes)"));
    }
    return {};
}

QString VisitorChart::period() const
{
    if (!filter.from.isValid())
        return say(*this, QT_TRANSLATE_NOOP("VisitorChart", "No data"));
    // In a document the redaction rules read, the dates in words: "01.01.2025 to 31.12.2025" would be one run.
    const QString range = language.isEmpty() ? tr("%1 to %2")
                                                   .arg(QLocale().toString(filter.from, QLocale::ShortFormat),
                                                       QLocale().toString(filter.to, QLocale::ShortFormat))
                                             : ReportText(language).period(filter.from, filter.to);
    if (kind == Kind::Durations)
        return range;
    switch (filter.by) {
    case Granularity::Day:
        return say(*this, QT_TRANSLATE_NOOP("VisitorChart", "%1, by day")).arg(range);
    case Granularity::Week:
        return say(*this, QT_TRANSLATE_NOOP("VisitorChart", "%1, by ISO week")).arg(range);
    case Granularity::Month:
        return say(*this, QT_TRANSLATE_NOOP("VisitorChart", "%1, by month")).arg(range);
    }
    return range;
}

QStringList VisitorChart::legend() const
{
    switch (kind) {
    case Kind::Visits: {
        QStringList out { say(*this, QT_TRANSLATE_NOOP("VisitorChart", "First-time")),
            say(*this, QT_TRANSLATE_NOOP("VisitorChart", "Returning")) };
        for (const SeriesRow &r : series)
            if (r.visits - r.firstTime.value_or(0) - r.returning.value_or(0) > 0)
                return out << say(*this, QT_TRANSLATE_NOOP("VisitorChart", "Not known"));
        return out;
    }
    case Kind::Durations:
        return { say(*this, QT_TRANSLATE_NOOP("VisitorChart", "Visits")) };
    case Kind::MeanMedian:
        return { say(*this, QT_TRANSLATE_NOOP("VisitorChart", "Mean")),
            say(*this, QT_TRANSLATE_NOOP("VisitorChart", "Median")) };
    }
    return {};
}

QString VisitorChart::sourcesLine() const
{
    return say(*this, QT_TRANSLATE_NOOP("VisitorChart", "Sources: %1"))
        .arg(sources.isEmpty() ? say(*this, QT_TRANSLATE_NOOP("VisitorChart", "none")) : sources.join(u", "_s));
}

QString VisitorChart::workspaceLine() const
{
    return say(*this, QT_TRANSLATE_NOOP("VisitorChart", "Workspace: %1")).arg(workspace);
}

QString VisitorChart::csv() const
{
    return kind == Kind::Durations ? VisitorFormat::bucketsCsv(buckets) : VisitorFormat::seriesCsv(series);
}

void VisitorChart::paint(QPainter &p, const QRectF &rect) const
{
    p.save();
    p.fillRect(rect, Qt::white);
    const QRectF inner = rect.adjusted(kMargin, kMargin, -kMargin, -kMargin);
    double y = inner.top();
    auto line = [&](const QString &text, const QFont &f, const QColor &colour) {
        const QFontMetricsF fm(f);
        p.setFont(f);
        p.setPen(colour);
        p.drawText(QPointF(inner.left(), y + fm.ascent()), fm.elidedText(text, Qt::ElideRight, inner.width()));
        y += fm.height() + 2;
    };
    line(title(), font(16, true), Qt::black);
    line(period(), font(12), QColor(0x30, 0x30, 0x30));
    line(sourcesLine(), font(12), QColor(0x30, 0x30, 0x30));
    line(workspaceLine(), font(12), QColor(0x30, 0x30, 0x30));
    // The legend: every series, wrapped onto more rows where it does not fit.
    const QFont lf = font(12);
    const QFontMetricsF lm(lf);
    p.setFont(lf);
    const QStringList entries = legend();
    const QList<QColor> colours = legendColours(*this);
    double x = inner.left();
    y += 4;
    for (int i = 0; i < entries.size(); ++i) {
        const double w = 14 + lm.horizontalAdvance(entries[i]) + 16;
        if (x > inner.left() && x + w > inner.right()) {
            x = inner.left();
            y += lm.height() + 2;
        }
        p.fillRect(QRectF(x, y + (lm.height() - 10) / 2, 10, 10), colours.value(i));
        p.setPen(Qt::black);
        p.drawText(QPointF(x + 14, y + lm.ascent()), entries[i]);
        x += w;
    }
    y += lm.height() + 8;
    const QRectF plotArea(inner.left(), y, inner.width(), inner.bottom() - y);
    switch (kind) {
    case Kind::Visits:
        drawVisits(p, plotArea, *this);
        break;
    case Kind::Durations:
        drawDurations(p, plotArea, *this);
        break;
    case Kind::MeanMedian:
        drawMeanMedian(p, plotArea, *this);
        break;
    }
    p.restore();
}

std::optional<VisitorChart::Format> VisitorChart::formatOf(const QString &path)
{
    const QString ext = QFileInfo(path).suffix().toLower();
    if (ext == u"png")
        return Format::Png;
    if (ext == u"svg")
        return Format::Svg;
    if (ext == u"pdf")
        return Format::Pdf;
    return std::nullopt;
}

QString VisitorChart::csvPathFor(const QString &chartPath)
{
    const QFileInfo info(chartPath);
    return info.dir().filePath(info.completeBaseName() + u".csv"_s);
}

QString VisitorChart::workspaceName(const QString &displayName, bool isServer)
{
    return isServer ? displayName : QFileInfo(displayName).fileName();
}

Status VisitorChart::save(const QString &path, QSize size) const
{
    const auto format = formatOf(path);
    if (!format)
        return Error { path, 0, tr("a chart is saved as .png, .svg or .pdf") };
    const Error cannotWrite { path, 0, tr("cannot write the file") };
    const QRectF rect(QPointF(0, 0), QSizeF(size));
    switch (*format) {
    case Format::Png: {
        QImage image(size * 2, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(2);
        QPainter p(&image);
        paint(p, rect);
        p.end();
        if (!image.save(path, "PNG"))
            return cannotWrite;
        break;
    }
    case Format::Svg: {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setTitle(title());
        svg.setDescription(period());
        svg.setSize(size);
        svg.setViewBox(rect);
        QPainter p;
        if (!p.begin(&svg))
            return cannotWrite;
        paint(p, rect);
        if (!p.end())
            return cannotWrite;
        break;
    }
    case Format::Pdf: {
        QPdfWriter pdf(path);
        pdf.setTitle(title());
        pdf.setCreator(u"Kapsel"_s);
        pdf.setPageSize(QPageSize(QSizeF(size), QPageSize::Point));
        pdf.setPageMargins(QMarginsF());
        QPainter p;
        if (!p.begin(&pdf))
            return cannotWrite;
        p.scale(pdf.resolution() / 72.0, pdf.resolution() / 72.0); // a logical pixel is a point on the page
        paint(p, rect);
        if (!p.end())
            return cannotWrite;
        break;
    }
    }
    QSaveFile csvFile(csvPathFor(path));
    if (!csvFile.open(QIODevice::WriteOnly))
        return Error { csvFile.fileName(), 0, tr("cannot write the file") };
    csvFile.write(csv().toUtf8());
    if (!csvFile.commit())
        return Error { csvFile.fileName(), 0, tr("cannot write the file") };
    return {};
}

QStringList VisitorChart::categories(const QList<SeriesRow> &rows, Granularity by)
{
    return periodLabels(rows, by, QLocale(), tr(kWeekLabel));
}

QStringList VisitorChart::categoryLabels() const
{
    if (kind != Kind::Durations)
        return periodLabels(series, filter.by, localeOf(*this), say(*this, kWeekLabel));
    QStringList labels;
    for (const BucketRow &b : buckets)
        labels << (language.isEmpty()
                ? DurationBuckets::label(b.index)
                : Language::translate(language, "DurationBuckets", DurationBuckets::labelSource(b.index)));
    return labels;
}

QStringList VisitorChart::valueLabels() const
{
    return tickLabels(*this, ticksOf(*this));
}

int VisitorChart::labelStep(int count, double widest, double length, double gap)
{
    if (count <= 0 || length <= 0)
        return 1;
    return std::max(1, int(std::ceil((widest + gap) / (length / count))));
}
