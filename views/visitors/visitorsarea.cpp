// SPDX-License-Identifier: GPL-3.0-or-later
#include "visitors/visitorsarea.h"

#include "common/palettecolors.h"
#include "visitorchart.h"
#include "visitors/categorylabels.h"
#include "visitors/chartpanel.h"
#include "visitors/durationbucketsmodel.h"
#include "visitors/sourceexplanation.h"
#include "visitors/visitorformat.h"
#include "visitors/visitorseriesmodel.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedBarSeries>
#include <QTableView>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace {

// A year of days has too many labels to read them all: every k-th is drawn (CategoryLabels) and the chart title
// names the range (the table behind the chart has every period).
void applyDenseAxis(QChart *chart, QBarCategoryAxis *x, const QStringList &cats, CategoryLabels *labels)
{
    const bool dense = cats.size() > 16;
    x->setGridLineVisible(cats.size() <= 60);
    chart->setTitle(dense && !cats.isEmpty() ? VisitorsArea::tr("%1 to %2").arg(cats.first(), cats.last()) : QString());
    chart->addAxis(x, Qt::AlignBottom); // the chart's theme gives the axis its labels' font and colour
    labels->setAxis(x);
}

// An axis of whole visits. A handful of visits gets one tick per visit: nice numbers would give 0.25 steps,
// printed as "0 0 1 1".
void countAxis(QValueAxis *y, qint64 maxVisits)
{
    // Not "%d": Qt Charts 6.4 draws no label at all for it once the chart localizes its numbers (ChartPanel).
    y->setLabelFormat(u"%.0f"_s);
    if (maxVisits < 5) {
        y->setRange(0, double(std::max<qint64>(1, maxVisits)));
        y->setTickCount(int(std::max<qint64>(1, maxVisits)) + 1);
        return;
    }
    y->setRange(0, double(maxVisits) * 1.05);
    y->applyNiceNumbers();
}

VisitorsView loadView(const QString &location, const VisitorsRequest &request)
{
    VisitorsView v;
    v.filter.by = request.by;
    v.filter.source = request.source;
    auto connection = Workspace::connect(location);
    if (!connection) {
        v.error = connection.error().toString();
        return v;
    }
    Workspace &c = **connection;
    auto fail = [&](const Error &e) {
        v.error = e.toString();
        return v;
    };
    auto range = VisitorQueries::dataRange(c.visitors());
    if (!range)
        return fail(range.error());
    v.dataRange = *range;
    if (request.preset == VisitorsArea::Custom)
        std::tie(v.filter.from, v.filter.to) = std::pair { request.from, request.to };
    else
        std::tie(v.filter.from, v.filter.to)
            = VisitorsArea::presetRange(VisitorsArea::Preset(request.preset), request.today, *range);
    auto sources = VisitorQueries::sources(c.visitors());
    if (!sources)
        return fail(sources.error());
    v.sources = *sources;
    auto series = VisitorQueries::series(c.visitors(), v.filter);
    if (!series)
        return fail(series.error());
    v.series = *series;
    auto buckets = VisitorQueries::durations(c.visitors(), v.filter);
    if (!buckets)
        return fail(buckets.error());
    v.buckets = *buckets;
    if (v.filter.from.isValid()) {
        auto cmp = VisitorQueries::compare(c.visitors(), v.filter);
        if (!cmp)
            return fail(cmp.error());
        v.comparison = *cmp;
        if (v.comparison.current.daysWithData == 0 && !v.comparison.current.coarser) {
            auto nearest = VisitorQueries::nearestRangeWithData(c.visitors(), v.filter);
            if (!nearest)
                return fail(nearest.error());
            v.nearestWithData = *nearest;
        }
    }
    return v;
}

} // namespace

VisitorsArea::VisitorsArea(QWidget *parent)
    : Area(parent)
{
    setObjectName(u"visitorsArea"_s);
    m_seriesModel = new VisitorSeriesModel(this);
    m_bucketsModel = new DurationBucketsModel(this);

    auto *layout = new QVBoxLayout(this);
    buildControls();
    auto *controls = new QHBoxLayout;
    controls->addWidget(m_rangeLabel);
    controls->addWidget(m_preset);
    controls->addWidget(m_from);
    controls->addWidget(m_toLabel);
    controls->addWidget(m_to);
    controls->addSpacing(16);
    controls->addWidget(m_byLabel);
    controls->addWidget(m_by);
    controls->addSpacing(16);
    controls->addWidget(m_sourceLabel);
    controls->addWidget(m_source);
    controls->addStretch(1);
    layout->addLayout(controls);

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"visitorsSummary"_s);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    // A range without data offers the nearest one that has some.
    m_showData = new QPushButton(this);
    m_showData->setObjectName(u"showDataButton"_s);
    m_showData->hide();
    connect(m_showData, &QPushButton::clicked, this, [this] {
        const auto [from, to] = m_view.nearestWithData;
        if (!from.isValid())
            return;
        m_updatingControls = true;
        m_preset->setCurrentIndex(Custom);
        m_from->setDate(from);
        m_to->setDate(to);
        m_updatingControls = false;
        startLoad();
    });
    auto *summaryRow = new QHBoxLayout;
    summaryRow->addWidget(m_summary, 1);
    summaryRow->addWidget(m_showData, 0, Qt::AlignTop);
    layout->addLayout(summaryRow);

    m_visits = new ChartPanel(u"visitsPanel"_s, m_seriesModel, this);
    m_durations = new ChartPanel(u"durationsPanel"_s, m_bucketsModel, this);
    m_meanMedian = new ChartPanel(u"meanMedianPanel"_s, m_seriesModel, this);
    m_visitsLabels = new CategoryLabels(m_visits->chart(), Qt::Horizontal);
    m_durationLabels = new CategoryLabels(m_durations->chart(), Qt::Vertical);
    m_meanMedianLabels = new CategoryLabels(m_meanMedian->chart(), Qt::Horizontal);
    applyChartTheme();
    m_visits->setPicture([this] { return picture(VisitorChart::Kind::Visits); });
    m_durations->setPicture([this] { return picture(VisitorChart::Kind::Durations); });
    m_meanMedian->setPicture([this] { return picture(VisitorChart::Kind::MeanMedian); });
    for (ChartPanel *p : { m_visits, m_durations, m_meanMedian }) {
        connect(p, &ChartPanel::exported, this,
            [this](const QString &path) { emit statusMessage(tr("Saved %1").arg(path)); });
        connect(p, &ChartPanel::exportFailed, this, &VisitorsArea::statusMessage);
    }

    auto *explain = new QWidget(this);
    auto *explainLayout = new QVBoxLayout(explain);
    explainLayout->setContentsMargins(0, 0, 0, 0);
    m_explanationsTitle = new QLabel(explain);
    QFont bold = m_explanationsTitle->font();
    bold.setBold(true);
    m_explanationsTitle->setFont(bold);
    m_explanations = new QLabel(explain);
    m_explanations->setObjectName(u"visitorsExplanations"_s);
    m_explanations->setWordWrap(true);
    m_explanations->setTextFormat(Qt::RichText);
    m_explanations->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_explanations->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_explanations, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link.startsWith(u"cookie:"_s))
            emit cookieRequested(link.mid(7));
    });
    auto *scroll = new QScrollArea(explain);
    scroll->setFocusPolicy(Qt::NoFocus); // the text in it takes the focus (its links), not the frame around it
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_explanations);
    explainLayout->addWidget(m_explanationsTitle);
    explainLayout->addWidget(scroll, 1);

    auto *grid = new QGridLayout;
    grid->addWidget(m_visits, 0, 0);
    grid->addWidget(m_durations, 0, 1);
    grid->addWidget(m_meanMedian, 1, 0);
    grid->addWidget(explain, 1, 1);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
    layout->addLayout(grid, 1);

    // The numbers behind every chart a key away: Ctrl+T shows the tables (and puts the focus in the first), again
    // the charts.
    m_tablesAction = new QAction(this);
    m_tablesAction->setObjectName(u"showTablesAction"_s);
    m_tablesAction->setCheckable(true);
    m_tablesAction->setShortcut(Qt::CTRL | Qt::Key_T);
    m_tablesAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_tablesAction);
    connect(m_tablesAction, &QAction::toggled, this, [this](bool on) {
        for (ChartPanel *p : { m_visits, m_durations, m_meanMedian })
            p->showTable(on);
        QWidget *target = on ? static_cast<QWidget *>(m_visits->table()) : m_visits->chartView();
        target->setFocus(Qt::ShortcutFocusReason);
        if (on && !m_visits->table()->currentIndex().isValid() && m_visits->table()->model()->rowCount() > 0)
            m_visits->table()->setCurrentIndex(m_visits->table()->model()->index(0, 0));
    });

    retranslate();
}

// The charts follow the system's palette: a dark theme gets dark charts (the series keep their colours, set when
// drawn).
void VisitorsArea::applyChartTheme()
{
    const QChart::ChartTheme theme
        = PaletteColors::isDark(palette()) ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    for (ChartPanel *p : { m_visits, m_durations, m_meanMedian })
        if (p->chart()->theme() != theme)
            p->chart()->setTheme(theme);
}

void VisitorsArea::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && m_visits) {
        applyChartTheme();
        if (!m_view.series.isEmpty() || !m_view.buckets.isEmpty()) {
            drawVisits();
            drawDurations();
            drawMeanMedian();
        }
    }
    Area::changeEvent(event);
}

VisitorsArea::~VisitorsArea()
{
    if (m_worker)
        m_worker->wait();
}

CategoryLabels *VisitorsArea::categoryLabels(const ChartPanel *panel) const
{
    return panel == m_visits ? m_visitsLabels : panel == m_durations ? m_durationLabels : m_meanMedianLabels;
}

void VisitorsArea::buildControls()
{
    m_rangeLabel = new QLabel(this);
    m_toLabel = new QLabel(this);
    m_byLabel = new QLabel(this);
    m_sourceLabel = new QLabel(this);

    m_preset = new QComboBox(this);
    m_preset->setObjectName(u"rangePreset"_s);
    for (int i = AllData; i <= Custom; ++i)
        m_preset->addItem(QString(), i);
    m_from = new QDateEdit(this);
    m_to = new QDateEdit(this);
    for (QDateEdit *e : { m_from, m_to }) {
        e->setCalendarPopup(true);
        connect(e, &QDateEdit::dateChanged, this, [this] {
            if (m_updatingControls)
                return;
            m_updatingControls = true;
            m_preset->setCurrentIndex(Custom);
            m_updatingControls = false;
            startLoad();
        });
    }
    m_by = new QComboBox(this);
    m_by->setObjectName(u"granularity"_s);
    for (Granularity g : { Granularity::Day, Granularity::Week, Granularity::Month })
        m_by->addItem(QString(), int(g));
    m_by->setCurrentIndex(2);
    m_source = new QComboBox(this);
    m_source->setObjectName(u"sourceFilter"_s);
    m_source->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_rangeLabel->setBuddy(m_preset);
    m_toLabel->setBuddy(m_to);
    m_byLabel->setBuddy(m_by);
    m_sourceLabel->setBuddy(m_source);
    connect(m_preset, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updatingControls)
            startLoad();
    });
    connect(m_by, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updatingControls)
            startLoad();
    });
    connect(m_source, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updatingControls)
            startLoad();
    });
}

void VisitorsArea::setWorkspace(std::shared_ptr<Workspace> ws)
{
    m_ws = std::move(ws);
    reload();
}

void VisitorsArea::reload()
{
    startLoad();
}

void VisitorsArea::setPreset(Preset p)
{
    if (m_preset->currentIndex() == p)
        startLoad();
    else
        m_preset->setCurrentIndex(p); // loads through the signal
}

void VisitorsArea::setGranularity(Granularity g)
{
    m_by->setCurrentIndex(m_by->findData(int(g)));
}

std::pair<QDate, QDate> VisitorsArea::presetRange(Preset p, QDate today, std::pair<QDate, QDate> dataRange)
{
    switch (p) {
    case AllData:
        return dataRange;
    case Last7:
        return { today.addDays(-6), today };
    case Last30:
        return { today.addDays(-29), today };
    case Last90:
        return { today.addDays(-89), today };
    case ThisYear:
        return { QDate(today.year(), 1, 1), today };
    case LastYear:
        return { QDate(today.year() - 1, 1, 1), QDate(today.year() - 1, 12, 31) };
    case Custom:
        break;
    }
    return {};
}

VisitorsRequest VisitorsArea::currentRequest() const
{
    VisitorsRequest r;
    r.preset = m_preset->currentData().toInt();
    r.from = m_from->date();
    r.to = m_to->date();
    r.by = Granularity(m_by->currentData().toInt());
    r.source = m_source->currentData().toString();
    r.today = m_ws ? m_now().toTimeZone(m_ws->timeZone()).date() : m_now().date();
    return r;
}

void VisitorsArea::startLoad()
{
    if (!m_ws)
        return;
    if (m_loading) {
        m_reloadPending = true;
        return;
    }
    m_loading = true;
    const quint64 generation = ++m_generation;
    const QString path = m_ws->location();
    const VisitorsRequest request = currentRequest();
    // The queries read rollups only and are quick, but a workspace on a slow disk must not freeze the GUI.
    m_worker = QThread::create([this, path, request, generation] {
        VisitorsView v = loadView(path, request);
        QMetaObject::invokeMethod(
            this, [this, v, generation] { showView(v, generation); }, Qt::QueuedConnection);
    });
    m_worker->setParent(this);
    connect(m_worker, &QThread::finished, m_worker, &QObject::deleteLater);
    m_worker->start();
}

void VisitorsArea::showView(const VisitorsView &v, quint64 generation)
{
    m_loading = false;
    m_worker = nullptr;
    if (generation == m_generation) {
        m_view = v;
        if (!v.error.isEmpty())
            emit statusMessage(v.error);
        fillSources();
        m_updatingControls = true;
        // A newer request is queued: its dates are in the edits already and must not be overwritten.
        if (v.filter.from.isValid() && !m_reloadPending) {
            m_from->setDate(v.filter.from);
            m_to->setDate(v.filter.to);
        }
        m_updatingControls = false;
        m_seriesModel->setRows(v.series, v.filter.by);
        m_bucketsModel->setRows(v.buckets);
        drawVisits();
        drawDurations();
        drawMeanMedian();
        updateSummary();
        updateExplanations();
        describeCharts();
    }
    if (m_reloadPending) {
        m_reloadPending = false;
        startLoad();
        return;
    }
    emit loaded();
}

void VisitorsArea::fillSources()
{
    const QString current = m_source->currentData().toString();
    m_updatingControls = true;
    m_source->clear();
    m_source->addItem(tr("All sources"), QString());
    for (const SourceInfo &s : m_view.sources) {
        //: a source known only from aggregate reports, no single sessions
        m_source->addItem(s.sessions > 0 ? s.name : tr("%1 (aggregate)").arg(s.name), s.name);
    }
    m_source->setCurrentIndex(std::max(0, m_source->findData(current)));
    m_updatingControls = false;
}

// Short axis labels (the table and tooltips carry the long ones): "Nov 24", "W12 24", "2024-03-20".
QStringList VisitorsArea::categories() const
{
    return VisitorChart::categories(m_view.series, m_view.filter.by);
}

void VisitorsArea::drawVisits()
{
    QChart *chart = m_visits->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *a : chart->axes()) {
        chart->removeAxis(a); // gives the axis back to us (LeakSanitizer found them piling up)
        delete a;
    }
    auto *first = new QBarSet(tr("First-time"));
    auto *returning = new QBarSet(tr("Returning"));
    auto *unknown = new QBarSet(tr("Not known"));
    first->setColor(ChartColours::firstTime);
    returning->setColor(ChartColours::returning);
    unknown->setColor(ChartColours::unknown);
    bool anyUnknown = false, anyCoarser = false;
    qint64 maxVisits = 0;
    for (const SeriesRow &r : m_view.series) {
        anyCoarser = anyCoarser || r.coarser;
        const qint64 f = r.firstTime.value_or(0), ret = r.returning.value_or(0);
        *first << double(f);
        *returning << double(ret);
        *unknown << double(r.visits - f - ret);
        anyUnknown = anyUnknown || r.visits - f - ret > 0;
        maxVisits = std::max(maxVisits, r.visits);
    }
    auto *series = new QStackedBarSeries(chart);
    series->append(first);
    series->append(returning);
    if (anyUnknown)
        series->append(unknown);
    else
        delete unknown;
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis(chart);
    const QStringList cats = categories();
    x->append(cats);
    applyDenseAxis(chart, x, cats, m_visitsLabels);
    // A monthly report in a day view has no bar to draw: it is not zero, it is not available per day.
    if (anyCoarser) {
        const QString note = tr("Some visits are reported only per week or month and are not shown at this "
                                "granularity; choose a longer period to see them.");
        chart->setTitle(chart->title().isEmpty() ? note : chart->title() + u"<br>"_s + note);
    }
    if (m_view.nearestWithData.first.isValid())
        chart->setTitle(noDataText()); // the button beside the summary jumps to data
    auto *y = new QValueAxis(chart);
    countAxis(y, maxVisits);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->setAlignment(Qt::AlignTop); // the period labels go under the plot
    series->setBarWidth(cats.size() > 60 ? 1.0 : 0.8);

    connect(series, &QStackedBarSeries::hovered, this, [this](bool on, int index, QBarSet *) {
        if (!on || index < 0 || index >= m_view.series.size()) {
            QToolTip::hideText();
            return;
        }
        const QString text = visitsToolTip(index);
        QToolTip::showText(QCursor::pos(), text, m_visits);
    });
}

QString VisitorsArea::visitsToolTip(int index) const
{
    const SeriesRow &r = m_view.series.at(index);
    QString text = u"<b>%1</b><br>"_s.arg(VisitorFormat::periodLabel(r.period, m_view.filter.by).toHtmlEscaped());
    text += tr("Visits: %1").arg(VisitorFormat::number(r.visits));
    if (r.firstTime) {
        text += u"<br>"_s
            + tr("First-time: %1 (%2)")
                  .arg(VisitorFormat::number(r.firstTime),
                      VisitorFormat::percent(VisitorFormat::share(r.firstTime, r.visits)));
        text += u"<br>"_s
            + tr("Returning: %1 (%2)")
                  .arg(VisitorFormat::number(r.returning),
                      VisitorFormat::percent(VisitorFormat::share(r.returning, r.visits)));
    } else {
        text += u"<br>"_s + tr("First-time and returning: not known for this source");
    }
    if (r.fromAggregate)
        text += u"<br><i>%1</i>"_s.arg(tr("Includes figures from aggregate reports."));
    if (r.coarser)
        text += u"<br><i>%1</i>"_s.arg(
            tr("Visits reported only for a longer period (week or month): not available here."));
    // The consent each source's split depends on.
    text += u"<br>"_s + tr("First-time and returning rely on:");
    for (const QString &source : shownSources())
        text += u"<br>&nbsp;&nbsp;%1: %2"_s.arg(source.toHtmlEscaped(),
            SourceExplanations::splitBasis(SourceExplanations::forSource(source)).toHtmlEscaped());
    return text;
}

QStringList VisitorsArea::shownSources() const
{
    if (!m_view.filter.source.isEmpty())
        return { m_view.filter.source };
    QStringList names;
    for (const SourceInfo &s : m_view.sources)
        names << s.name;
    return names;
}

void VisitorsArea::drawDurations()
{
    QChart *chart = m_durations->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *a : chart->axes()) {
        chart->removeAxis(a); // gives the axis back to us (LeakSanitizer found them piling up)
        delete a;
    }
    auto *set = new QBarSet(tr("Visits"));
    set->setColor(ChartColours::firstTime);
    QStringList cats;
    qint64 maxVisits = 0, total = 0;
    // Horizontal bars: the range labels stay readable at any width. Shortest durations on top: Qt Charts draws
    // the first category at the bottom (and its axis's setReverse moves the labels, not the bars), so the
    // ranges go in from the longest.
    for (auto b = m_view.buckets.crbegin(); b != m_view.buckets.crend(); ++b) {
        *set << double(b->visits);
        cats << DurationBuckets::label(b->index);
        maxVisits = std::max(maxVisits, b->visits);
        total += b->visits;
    }
    auto *series = new QHorizontalBarSeries(chart);
    series->append(set);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis(chart);
    x->append(cats);
    auto *y = new QValueAxis(chart);
    countAxis(y, maxVisits);
    chart->addAxis(x, Qt::AlignLeft);
    chart->addAxis(y, Qt::AlignBottom);
    m_durationLabels->setAxis(x);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->hide();
    connect(set, &QBarSet::hovered, this, [this, total](bool on, int index) {
        if (!on || index < 0 || index >= m_view.buckets.size()) {
            QToolTip::hideText();
            return;
        }
        const BucketRow &b = m_view.buckets.at(m_view.buckets.size() - 1 - index);
        QToolTip::showText(QCursor::pos(),
            tr("%1: %2 visits (%3)")
                .arg(DurationBuckets::label(b.index), VisitorFormat::number(b.visits),
                    VisitorFormat::percent(VisitorFormat::share(b.visits, total))),
            m_durations);
    });
}

void VisitorsArea::drawMeanMedian()
{
    QChart *chart = m_meanMedian->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *a : chart->axes()) {
        chart->removeAxis(a); // gives the axis back to us (LeakSanitizer found them piling up)
        delete a;
    }
    // One line per stretch of periods with a figure: a year without data is a gap, not a straight line. The
    // legend names each figure once.
    QList<QLineSeries *> lines;
    double maxMinutes = 0;
    const bool points = m_view.series.size() <= 31;
    for (const auto &[figure, name, colour] :
        { std::tuple { &SeriesRow::meanDurationS, tr("Mean"), ChartColours::mean },
            std::tuple { &SeriesRow::medianDurationS, tr("Median"), ChartColours::median } }) {
        const QList<QList<QPointF>> runs = VisitorQueries::runs(m_view.series, figure);
        for (qsizetype i = 0; i < std::max<qsizetype>(1, runs.size()); ++i) {
            auto *line = new QLineSeries(chart);
            line->setName(name);
            line->setColor(colour);
            if (i < runs.size()) {
                for (const QPointF &p : runs[i]) {
                    line->append(p.x(), p.y() / 60.0);
                    maxMinutes = std::max(maxMinutes, p.y() / 60.0);
                }
                // A period alone between gaps is a point, or it would not show at all.
                line->setPointsVisible(points || runs[i].size() == 1);
            }
            chart->addSeries(line);
            if (i > 0)
                chart->legend()->markers(line).first()->setVisible(false);
            lines << line;
        }
    }
    auto *x = new QBarCategoryAxis(chart);
    const QStringList cats = categories();
    x->append(cats);
    applyDenseAxis(chart, x, cats, m_meanMedianLabels);
    auto *y = new QValueAxis(chart);
    y->setTitleText(tr("minutes"));
    y->setRange(0, std::max(1.0, maxMinutes * 1.1));
    y->applyNiceNumbers();
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries *s : std::as_const(lines)) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    chart->legend()->setAlignment(Qt::AlignTop); // the period labels go under the plot
}

VisitorChart VisitorsArea::picture(VisitorChart::Kind kind) const
{
    VisitorChart c;
    c.kind = kind;
    c.filter = m_view.filter;
    c.sources = shownSources();
    if (m_ws)
        c.workspace = VisitorChart::workspaceName(m_ws->displayName(), Workspace::isServerLocation(m_ws->location()));
    c.series = m_view.series;
    c.buckets = m_view.buckets;
    if (m_view.nearestWithData.first.isValid())
        c.note = noDataText();
    return c;
}

QString VisitorsArea::chartDescription(VisitorChart::Kind kind) const
{
    // A year of days would be a long text to listen to: the first periods, then where the rest are.
    constexpr int kMaxPeriods = 36;
    const Granularity by = m_view.filter.by;
    QStringList parts;
    int rest = 0;
    if (kind == VisitorChart::Kind::Durations) {
        qint64 total = 0;
        for (const BucketRow &b : m_view.buckets)
            total += b.visits;
        for (const BucketRow &b : m_view.buckets)
            parts << tr("%1: %2 visits (%3)")
                         .arg(DurationBuckets::label(b.index), VisitorFormat::number(b.visits),
                             VisitorFormat::percent(VisitorFormat::share(b.visits, total)));
    } else {
        for (const SeriesRow &r : m_view.series) {
            if (parts.size() == kMaxPeriods) {
                ++rest;
                continue;
            }
            const QString period = VisitorFormat::periodLabel(r.period, by);
            if (kind == VisitorChart::Kind::MeanMedian) {
                if (!r.meanDurationS && !r.medianDurationS)
                    continue;
                parts << tr("%1: mean %2, median %3")
                             .arg(period, r.meanDurationS ? VisitorFormat::duration(r.meanDurationS) : tr("not known"),
                                 r.medianDurationS ? VisitorFormat::duration(r.medianDurationS) : tr("not known"));
            } else if (r.coarser) {
                parts << tr("%1: visits reported only for a longer period").arg(period);
            } else if (r.firstTime) {
                parts << tr("%1: %2 visits, %3 first-time, %4 returning")
                             .arg(period, VisitorFormat::number(r.visits),
                                 VisitorFormat::percent(VisitorFormat::share(r.firstTime, r.visits)),
                                 VisitorFormat::percent(VisitorFormat::share(r.returning, r.visits)));
            } else {
                parts << tr("%1: %2 visits, first-time and returning not known")
                             .arg(period, VisitorFormat::number(r.visits));
            }
        }
    }
    if (parts.isEmpty())
        return tr("No figures in this range.");
    QString text = parts.join(u"; "_s) + u'.';
    if (rest > 0)
        text += u' '
            + tr("%n more period(s) in the table (%1).", "", rest)
                  .arg(m_tablesAction->shortcut().toString(QKeySequence::NativeText));
    return text;
}

void VisitorsArea::describeCharts()
{
    m_visits->setDescription(chartDescription(VisitorChart::Kind::Visits));
    m_durations->setDescription(chartDescription(VisitorChart::Kind::Durations));
    m_meanMedian->setDescription(chartDescription(VisitorChart::Kind::MeanMedian));
}

QString VisitorsArea::noDataText() const
{
    const QLocale loc;
    return tr("No data from %1 to %2")
        .arg(loc.toString(m_view.filter.from, QLocale::ShortFormat),
            loc.toString(m_view.filter.to, QLocale::ShortFormat));
}

void VisitorsArea::updateSummary()
{
    const SeriesRow &c = m_view.comparison.current;
    const SeriesRow &p = m_view.comparison.previous;
    const auto [nearFrom, nearTo] = m_view.nearestWithData;
    m_showData->setVisible(nearFrom.isValid());
    if (nearFrom.isValid()) {
        const QLocale loc;
        //: a button under an empty chart: jumps to the nearest range of the same length that has data
        m_showData->setText(
            tr("&Show %1 to %2")
                .arg(loc.toString(nearFrom, QLocale::ShortFormat), loc.toString(nearTo, QLocale::ShortFormat)));
        m_summary->setText(noDataText().toHtmlEscaped() + u"."_s);
        return;
    }
    if (m_view.series.isEmpty() || (c.visits == 0 && m_view.sources.isEmpty())) {
        m_summary->setText(tr("No visitor statistics yet. Import an analytics export (GA4, Universal Analytics, "
                              "Matomo, Plausible, Siteimprove or a sessions CSV) to see them here."));
        return;
    }
    auto asDouble = [](std::optional<qint64> v) { return v ? std::optional<double>(double(*v)) : std::nullopt; };
    // A change only between two periods with data on every day; otherwise the summary says once why not.
    const bool comparable = m_view.comparison.comparable();
    auto delta = [&](std::optional<double> cur, std::optional<double> prev) {
        const auto d = comparable ? Comparison::deltaPct(cur, prev) : std::nullopt;
        //: change against the previous period of the same length
        return d ? u" ("_s + tr("%1 vs previous period").arg(VisitorFormat::percent(d, true)) + u")"_s : QString();
    };
    QStringList parts = {
        tr("<b>Visits</b> %1").arg(VisitorFormat::number(c.visits))
            + delta(c.coarser || p.coarser ? std::nullopt : std::optional<double>(c.visits),
                p.visits ? std::optional<double>(p.visits) : std::nullopt),
        c.firstTime ? tr("<b>First-time</b> %1, %2")
                          .arg(VisitorFormat::number(c.firstTime),
                              VisitorFormat::percent(VisitorFormat::share(c.firstTime, c.visits)))
                + delta(asDouble(c.firstTime), asDouble(p.firstTime))
                    : tr("<b>First-time</b> not known"),
        c.returning ? tr("<b>Returning</b> %1, %2")
                          .arg(VisitorFormat::number(c.returning),
                              VisitorFormat::percent(VisitorFormat::share(c.returning, c.visits)))
                + delta(asDouble(c.returning), asDouble(p.returning))
                    : tr("<b>Returning</b> not known"),
        tr("<b>Mean duration</b> %1").arg(c.meanDurationS ? VisitorFormat::duration(c.meanDurationS) : tr("not known")),
        tr("<b>Median duration</b> %1")
                .arg(c.medianDurationS ? VisitorFormat::duration(c.medianDurationS) : tr("not known"))
            + delta(c.medianDurationS, p.medianDurationS),
    };
    if (!comparable)
        //: %1 says why, e.g. "previous period: data on 2 of 30 days"
        parts << u"<i>%1</i>"_s.arg(
            tr("No change shown: %1").arg(VisitorFormat::comparisonGap(m_view.comparison)).toHtmlEscaped());
    m_summary->setText(parts.join(u" &nbsp;·&nbsp; "_s));
}

void VisitorsArea::updateExplanations()
{
    const QStringList names = shownSources();
    QString html;
    for (const QString &n : names) {
        const SourceExplanation e = SourceExplanations::forSource(n);
        QString split = SourceExplanations::splitBasis(e).toHtmlEscaped();
        if (e.basis == SourceExplanation::SplitBasis::Cookie) {
            // Each cookie links to its row in the Cookies area's inventory.
            QStringList links;
            for (const QString &c : e.cookies)
                links << u"<a href=\"cookie:%1\">%1</a>"_s.arg(c.toHtmlEscaped());
            split = tr("cookie %1 (analytics consent: only visitors who accepted it are told apart)")
                        .arg(links.join(u", "_s));
        }
        html += u"<p><b>%1</b><br>%2<br>%3<br><i>%4</i><br>%5</p>"_s.arg(e.title.toHtmlEscaped(),
            e.returning.toHtmlEscaped(), e.duration.toHtmlEscaped(), e.cookie.toHtmlEscaped(),
            tr("First-time and returning rely on: %1").arg(split));
    }
    if (names.isEmpty())
        html = tr("Each analytics tool defines first-time, returning and duration its own way; the explanation for "
                  "each source you import appears here.")
                   .toHtmlEscaped();
    html
        += u"<p>%1</p>"_s.arg(tr("Durations are rounded to whole seconds (half up) for the median and the ranges; each "
                                 "visit counts in exactly one range, so a visit of exactly 60 s is in 31-60 s only.")
                                  .toHtmlEscaped());
    m_explanations->setText(html);
}

void VisitorsArea::retranslate()
{
    m_rangeLabel->setText(tr("&Range:"));
    m_toLabel->setText(tr("&to"));
    m_byLabel->setText(tr("&By:"));
    m_sourceLabel->setText(tr("S&ource:"));
    m_preset->setAccessibleName(tr("Range"));
    m_preset->setAccessibleDescription(tr("Chooses the days the figures cover; the presets count back from today"));
    m_from->setAccessibleName(tr("First day"));
    m_to->setAccessibleName(tr("Last day"));
    m_by->setAccessibleName(tr("Period"));
    m_by->setAccessibleDescription(tr("Counts the figures per day, ISO week or month"));
    m_source->setAccessibleName(tr("Source"));
    m_source->setAccessibleDescription(tr("Shows the figures of one analytics source, or of all"));
    m_tablesAction->setText(tr("Show the charts as &tables"));
    m_tablesAction->setToolTip(tr("Shows the numbers behind every chart as a table, or the charts again"));
    const QStringList presets = { tr("All data"), tr("Last 7 days"), tr("Last 30 days"), tr("Last 90 days"),
        tr("This year"), tr("Last year"), tr("Custom") };
    for (int i = 0; i < presets.size(); ++i)
        m_preset->setItemText(i, presets[i]);
    m_preset->setToolTip(tr("Ranges count back from today in the workspace's time zone"));
    m_by->setItemText(0, tr("Day"));
    m_by->setItemText(1, tr("ISO week"));
    m_by->setItemText(2, tr("Month"));
    if (m_source->count() > 0)
        m_source->setItemText(0, tr("All sources"));
    const QString fmt = QLocale().dateFormat(QLocale::ShortFormat);
    m_from->setDisplayFormat(fmt);
    m_to->setDisplayFormat(fmt);
    m_visits->setTitle(tr("First-time and returning visits"));
    m_durations->setTitle(tr("Visits by duration"));
    m_meanMedian->setTitle(tr("Mean and median duration"));
    m_explanationsTitle->setText(tr("What the figures mean"));
    for (ChartPanel *p : { m_visits, m_durations, m_meanMedian })
        p->retranslate();
    // Texts built from data (labels, summary, legends) follow the new language and locale.
    if (!m_view.series.isEmpty() || !m_view.sources.isEmpty()) {
        m_seriesModel->setRows(m_view.series, m_view.filter.by);
        m_bucketsModel->setRows(m_view.buckets);
        drawVisits();
        drawDurations();
        drawMeanMedian();
        updateSummary();
        updateExplanations();
        fillSources();
    } else {
        updateSummary();
        updateExplanations();
    }
    describeCharts();
}
