// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/area.h"
#include "visitorchart.h"
#include "visitors/visitorqueries.h"

#include <QDateTime>
#include <QThread>

#include <functional>

class CategoryLabels;
class ChartPanel;
class DurationBucketsModel;
class QAction;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class VisitorSeriesModel;

// What the user chose. A preset becomes dates only when the data is read, in the same read, so that it counts
// from the data as it is then: an import, a removal or a settings change may have moved the first or last day.
struct VisitorsRequest
{
    int preset = 0; // VisitorsArea::Preset
    QDate from; // Custom only
    QDate to;
    Granularity by = Granularity::Month;
    QString source;
    QDate today; // in the workspace's time zone: the presets count back from it
};

// Everything the Visitors area shows for one request, read on a worker thread.
struct VisitorsView
{
    VisitorFilter filter;
    QList<SeriesRow> series;
    QList<BucketRow> buckets;
    Comparison comparison;
    QList<SourceInfo> sources;
    std::pair<QDate, QDate> dataRange;
    // When the range holds no data: the nearest range of the same length that does (else invalid dates).
    std::pair<QDate, QDate> nearestWithData;
    QString error;
};

class VisitorsArea : public Area
{
    Q_OBJECT

public:
    explicit VisitorsArea(QWidget *parent);
    ~VisitorsArea() override;

    void setWorkspace(std::shared_ptr<Workspace> ws) override;
    // The one path by which the area re-reads everything it shows: data range, sources, series, durations
    // and comparison, with the chosen preset resolved against the data as it is now.
    void reload() override;

    enum Preset { AllData, Last7, Last30, Last90, ThisYear, LastYear, Custom };
    // The days a preset covers: "All data" the first to the last day with data (invalid dates: none), the others
    // count back from today, as analytics tools do.
    static std::pair<QDate, QDate> presetRange(Preset p, QDate today, std::pair<QDate, QDate> dataRange);
    // The clock the presets count from (tests set one); today is its date in the workspace's time zone.
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }
    void setPreset(Preset p);
    void setGranularity(Granularity g);
    const VisitorsView &view() const { return m_view; }
    ChartPanel *visitsPanel() const { return m_visits; }
    ChartPanel *durationsPanel() const { return m_durations; }
    ChartPanel *meanMedianPanel() const { return m_meanMedian; }
    CategoryLabels *categoryLabels(const ChartPanel *panel) const;
    bool isLoading() const { return m_loading; }

    // The tooltip of a period's bar: its figures and the consent the first-time/returning split relies on.
    QString visitsToolTip(int index) const;
    // A chart's text alternative, its accessible description: every period's (or range's) figures in words, in
    // the language and locale of the moment ("March 2025: 1,204 visits, 38 % returning, …").
    QString chartDescription(VisitorChart::Kind kind) const;
    // What a file of one of the charts shows: the figures on screen, with the period, sources and workspace.
    VisitorChart picture(VisitorChart::Kind kind) const;

signals:
    void loaded();
    // A cookie's link was followed (e.g. "_ga", the cookie a source's split relies on): show it in the
    // Cookies area's inventory.
    void cookieRequested(const QString &name);

protected:
    void retranslate() override;
    void changeEvent(QEvent *event) override;

private:
    void buildControls();
    VisitorsRequest currentRequest() const;
    void startLoad();
    void showView(const VisitorsView &v, quint64 generation);
    void fillSources();
    void drawVisits();
    void drawDurations();
    void drawMeanMedian();
    void updateSummary();
    QString noDataText() const;
    QStringList shownSources() const;
    void updateExplanations();
    void describeCharts();
    void applyChartTheme();
    QStringList categories() const;

    std::shared_ptr<Workspace> m_ws;
    VisitorsView m_view;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_reloadPending = false;
    QThread *m_worker = nullptr;

    QLabel *m_rangeLabel = nullptr, *m_byLabel = nullptr, *m_sourceLabel = nullptr, *m_toLabel = nullptr;
    QLabel *m_fromLabel = nullptr;
    QAction *m_tablesAction = nullptr;
    QComboBox *m_preset = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_by = nullptr;
    QComboBox *m_source = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_showData = nullptr;
    std::function<QDateTime()> m_now = [] { return QDateTime::currentDateTimeUtc(); };
    QLabel *m_explanations = nullptr;
    QLabel *m_explanationsTitle = nullptr;
    VisitorSeriesModel *m_seriesModel = nullptr;
    DurationBucketsModel *m_bucketsModel = nullptr;
    ChartPanel *m_visits = nullptr;
    ChartPanel *m_durations = nullptr;
    ChartPanel *m_meanMedian = nullptr;
    CategoryLabels *m_visitsLabels = nullptr;
    CategoryLabels *m_durationLabels = nullptr;
    CategoryLabels *m_meanMedianLabels = nullptr;
    bool m_updatingControls = false;
};
