// SPDX-License-Identifier: GPL-3.0-or-later
#include "charttestsupport.h"
#include "core/language.h"
#include "demo/demodata.h"
#include "gui/dialoganswers.h"
#include "mainwindow.h"
#include "testsupport.h"
#include "visitors/categorylabels.h"
#include "visitors/chartpanel.h"
#include "visitors/durationbucketsmodel.h"
#include "visitors/visitorsarea.h"
#include "visitors/visitorseriesmodel.h"
#include "workspace/importservice.h"
#include "workspace/workspace.h"

#include <QAbstractBarSeries>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QGraphicsTextItem>
#include <QInputDialog>
#include <QLabel>
#include <QLineSeries>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimeZone>
#include <QTimer>
#include <QValueAxis>

using namespace Qt::StringLiterals;

class TestVisitorsArea : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::shared_ptr<Workspace> m_ws;

    static void waitLoaded(VisitorsArea &area)
    {
        QTRY_VERIFY_WITH_TIMEOUT(!area.isLoading(), 10000);
        QTest::qWait(50);
        QTRY_VERIFY_WITH_TIMEOUT(!area.isLoading(), 10000);
    }

    // A demo workspace of the test's own (its visitors, or every area) opened in a quiet main window.
    static bool openDemoCopy(MainWindow &w, const QString &path, bool allAreas)
    {
        QStandardPaths::setTestModeEnabled(true);
        {
            auto ws = Workspace::open(path);
            if (!ws || (allAreas ? DemoData::write(**ws) : DemoData::writeVisitors(**ws)))
                return false;
        }
        w.setInteractive(false);
        return w.openWorkspace(path);
    }

private slots:
    void initTestCase()
    {
        Language::apply(u"en"_s);
        auto ws = Workspace::open(m_dir.filePath(u"demo.kapsel"_s));
        QVERIFY(ws);
        m_ws = *ws;
        QVERIFY(!DemoData::writeVisitors(*m_ws));
    }

    void showsDemoInEnglishThenBokmal()
    {
        VisitorsArea area(nullptr);
        area.resize(1400, 900);
        area.setWorkspace(m_ws);
        area.show();
        waitLoaded(area);
        QCOMPARE(area.view().series.size(), 13); // 26.11.2024 .. 25.11.2025 by month
        qint64 total = 0;
        for (const SeriesRow &r : area.view().series)
            total += r.visits;
        QCOMPARE(total, area.view().comparison.current.visits);
        auto *summary = area.findChild<QLabel *>(u"visitorsSummary"_s);
        QVERIFY(summary->text().contains(u"Visits"_s));
        QVERIFY(summary->text().contains(QLocale(QLocale::English).toString(total)));
        QCOMPARE(area.visitsPanel()->title(), u"First-time and returning visits"_s);
        auto *sources = area.findChild<QComboBox *>(u"sourceFilter"_s);
        QCOMPARE(sources->count(), 4); // all + GA4, Matomo, Siteimprove
        QVERIFY(area.findChild<QLabel *>(u"visitorsExplanations"_s)->text().contains(u"_ga"_s));
        QVERIFY(area.grab().save(QDir::current().filePath(u"visitorsarea-en.png"_s)));

        Language::apply(u"nb"_s);
        QTRY_COMPARE(area.visitsPanel()->title(), u"Førstegangs- og gjentakende besøk"_s);
        QVERIFY(summary->text().contains(u"Besøk"_s));
        QVERIFY(summary->text().contains(QLocale(QLocale::NorwegianBokmal).toString(total)));
        QTest::qWait(300); // let the charts lay out their new axes
        QVERIFY(area.grab().save(QDir::current().filePath(u"visitorsarea-nb.png"_s)));
        Language::apply(u"en"_s);
    }

    // The user's path: a window on an empty workspace, files imported through the main window, the charts show
    // what came in without the range being chosen again, also when a later import moves the first day back
    // (the preset "All data" must follow the data as it is after the import, not as it was before).
    void importRefreshesTheChartsWithoutChoosingTheRangeAgain()
    {
        QStandardPaths::setTestModeEnabled(true);
        MainWindow w;
        w.setInteractive(false);
        QVERIFY(w.openWorkspace(m_dir.filePath(u"refresh.kapsel"_s)));
        w.resize(1400, 900);
        w.show();
        auto *area = w.findChild<VisitorsArea *>();
        QVERIFY(area);
        waitLoaded(*area);
        QVERIFY(area->view().series.isEmpty());
        QSignalSpy done(&w, &MainWindow::importsFinished);
        // 30.03 to 02.04.2024, five visits (see test_visitorcli's genericCsvImportEndToEnd).
        QVERIFY(w.importFiles({ TestSupport::testData(u"visitors/generic-sessions.csv"_s) }));
        QVERIFY(done.wait(20000));
        waitLoaded(*area);
        QCOMPARE(area->view().filter.from, QDate(2024, 3, 30));
        QCOMPARE(area->view().filter.to, QDate(2024, 4, 2));
        QCOMPARE(area->view().comparison.current.visits, 5);
        auto barTotal = [area] {
            qint64 sum = 0;
            for (QAbstractSeries *s : area->visitsPanel()->chart()->series())
                if (auto *bars = qobject_cast<QAbstractBarSeries *>(s))
                    for (QBarSet *set : bars->barSets())
                        sum += qint64(set->sum());
            return sum;
        };
        QCOMPARE(barTotal(), 5);

        // GA4 events of 20.03.2024: ten days before the first day the area knew.
        const auto ga4 = VisitorQueries::totals(
            w.workspace()->visitors(), { QDate(2024, 3, 20), QDate(2024, 3, 20), Granularity::Day, {} });
        QVERIFY(ga4);
        QCOMPARE(ga4->visits, 0);
        QVERIFY(w.importFiles({ TestSupport::testData(u"visitors/ga4_events_20240320.ndjson"_s) }));
        QVERIFY(done.wait(20000));
        waitLoaded(*area);
        const auto all = VisitorQueries::totals(
            w.workspace()->visitors(), { QDate(2024, 3, 20), QDate(2024, 4, 2), Granularity::Day, {} });
        QVERIFY(all && all->visits > 5);
        QCOMPARE(area->view().filter.from, QDate(2024, 3, 20));
        QCOMPARE(area->view().comparison.current.visits, all->visits);
        QCOMPARE(barTotal(), all->visits);
        QCOMPARE(area->findChild<QComboBox *>(u"rangePreset"_s)->currentIndex(), int(VisitorsArea::AllData));
    }

    // At the smallest size the area allows, every axis label of every chart is whole: Qt Charts cuts a label
    // that does not fit to "…", and a cut duration range ("1-2 m…") cannot be read. Checked on the texts the
    // chart draws, against the full labels.
    void axisLabelsStayWholeAtTheMinimumSize_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << u"en"_s;
        QTest::newRow("nb") << u"nb"_s;
    }
    void axisLabelsStayWholeAtTheMinimumSize()
    {
        QFETCH(QString, language);
        Language::apply(language);
        VisitorsArea area(nullptr);
        area.setWorkspace(m_ws);
        area.resize(area.minimumSizeHint());
        area.show();
        waitLoaded(area);
        QTest::qWait(200);
        QVERIFY(area.grab().save(QDir::current().filePath(u"visitorsarea-minimum-%1.png"_s.arg(language))));
        QStringList problems;
        for (ChartPanel *panel : { area.visitsPanel(), area.durationsPanel(), area.meanMedianPanel() }) {
            QChartView *view = panel->chartView();
            QCOMPARE(view->height(), view->minimumHeight());
            QVERIFY2(view->width() <= view->minimumWidth() + 40, qPrintable(QString::number(view->width())));
            // Every text the chart draws: Qt Charts' own (QGraphicsTextItem) and the category labels.
            QStringList drawn;
            QList<QRectF> labelRects;
            for (QGraphicsItem *item : view->scene()->items()) {
                if (!item->isVisible())
                    continue;
                if (auto *text = dynamic_cast<QGraphicsTextItem *>(item))
                    drawn << text->toPlainText();
                if (auto *text = dynamic_cast<QGraphicsSimpleTextItem *>(item)) {
                    if (text->brush().style() == Qt::NoBrush || text->brush().color().alpha() == 0)
                        problems << u"%1: \"%2\" is drawn without colour"_s.arg(panel->objectName(), text->text());
                    drawn << text->text();
                    labelRects << text->sceneBoundingRect();
                }
            }
            for (const QString &text : drawn)
                if (text.contains(u"..."_s) || text.contains(u'…'))
                    problems << u"%1: cut label \"%2\""_s.arg(panel->objectName(), text);
            // Every tick of a value axis is labelled, its number as the language writes it ("40 000", "2,5" in
            // Bokmål): worked out here from the axis's range and ticks, not read from Qt Charts. (The drawn text
            // has its no-break spaces as plain ones.)
            QStringList plain;
            for (const QString &text : drawn)
                plain << QString(text).replace(QChar::Nbsp, u' ').replace(QChar(0x202F), u' ');
            for (QAbstractAxis *axis : panel->chart()->axes()) {
                auto *v = qobject_cast<QValueAxis *>(axis);
                if (!v)
                    continue;
                const QRegularExpressionMatch m = QRegularExpression(u"^%\\.(\\d)f$"_s).match(v->labelFormat());
                for (int i = 0; i < v->tickCount(); ++i) {
                    const double value = v->min() + i * (v->max() - v->min()) / (v->tickCount() - 1);
                    // Without a format of its own the axis picks the decimals its ticks need: any of 0 to 3.
                    QStringList forms;
                    for (int decimals = 0; decimals <= 3; ++decimals)
                        if (!m.hasMatch() || decimals == m.captured(1).toInt())
                            forms << QLocale()
                                         .toString(value, 'f', decimals)
                                         .replace(QChar::Nbsp, u' ')
                                         .replace(QChar(0x202F), u' ');
                    if (std::none_of(forms.cbegin(), forms.cend(), [&](const QString &f) { return plain.contains(f); }))
                        problems << u"%1: no axis label %2 among %3"_s.arg(
                            panel->objectName(), forms.join(u" or "_s), plain.join(u" | "_s));
                }
            }
            QStringList categories;
            for (QAbstractAxis *axis : panel->chart()->axes())
                if (auto *c = qobject_cast<QBarCategoryAxis *>(axis))
                    categories << c->categories();
            const QStringList shown = area.categoryLabels(panel)->shown();
            if (panel == area.durationsPanel()) {
                QCOMPARE(categories.size(), DurationBuckets::all().size());
                if (shown != categories) // every range is named
                    problems << u"durations: shown %1 of %2"_s.arg(shown.join(u", "_s), categories.join(u", "_s));
                // Each label stands beside its own bar: the bar's value is that range's visits, and the label's
                // middle is at the bar's.
                auto *bars = qobject_cast<QAbstractBarSeries *>(panel->chart()->series().first());
                QBarSet *set = bars->barSets().first();
                const QList<QGraphicsSimpleTextItem *> items = area.categoryLabels(panel)->items();
                for (int i = 0; i < categories.size(); ++i) {
                    const auto bucket = std::find_if(area.view().buckets.cbegin(), area.view().buckets.cend(),
                        [&](const BucketRow &b) { return DurationBuckets::label(b.index) == categories[i]; });
                    QVERIFY(bucket != area.view().buckets.cend());
                    QCOMPARE(qint64(set->at(i)), bucket->visits);
                    const double barY = panel->chart()->mapToPosition(QPointF(0, i), bars).y();
                    const double labelY = items[i]->sceneBoundingRect().center().y();
                    if (std::abs(barY - labelY) > 3)
                        problems << u"durations: \"%1\" is drawn at y %2, its bar at %3"_s.arg(categories[i])
                                        .arg(labelY)
                                        .arg(barY);
                }
                QCOMPARE(categories.first(), DurationBuckets::label(DurationBuckets::all().size() - 1));
            } else if (shown.size() < 3 || shown.first() != categories.first()) {
                problems << u"%1: too few labels: %2"_s.arg(panel->objectName(), shown.join(u", "_s));
            }
            for (const QString &label : shown)
                if (!drawn.contains(label) || !categories.contains(label))
                    problems << u"%1: \"%2\" is not drawn whole"_s.arg(panel->objectName(), label);
            // Whole, inside the chart, and apart from each other.
            const QRectF bounds = view->sceneRect();
            for (int i = 0; i < labelRects.size(); ++i) {
                if (!bounds.contains(labelRects[i]))
                    problems << u"%1: a label reaches out of the chart"_s.arg(panel->objectName());
                for (int j = i + 1; j < labelRects.size(); ++j)
                    if (labelRects[i].intersects(labelRects[j]))
                        problems << u"%1: labels overlap"_s.arg(panel->objectName());
            }
        }
        for (const QString &p : problems)
            qWarning().noquote() << p;
        QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0)));
        Language::apply(u"en"_s);
    }

    // Mean and median lines only across periods with data: a workspace with January 2021 and March-April 2024
    // has no line over the three years between. A change is shown only between two periods with data on every
    // day; otherwise the summary says why.
    void linesAndChangesOnlyWhereThereIsData()
    {
        const QString path = m_dir.filePath(u"gaps.kapsel"_s);
        for (const QString &file :
            { u"visitors/imported_visitors_20210101_20210103.csv"_s, u"visitors/generic-sessions.csv"_s })
            QVERIFY(ImportService::importFile(path, TestSupport::testData(file), {}, nullptr));
        auto ws = Workspace::open(path);
        QVERIFY(ws);
        VisitorsArea area(nullptr);
        area.resize(1400, 900);
        area.setWorkspace(*ws);
        area.show();
        waitLoaded(area);
        const QList<SeriesRow> &rows = area.view().series;
        QCOMPARE(rows.size(), 40); // January 2021 to April 2024
        QSet<int> withMean, withMedian, drawnMean, drawnMedian;
        for (int i = 0; i < rows.size(); ++i) {
            if (rows[i].meanDurationS)
                withMean << i;
            if (rows[i].medianDurationS)
                withMedian << i;
        }
        QCOMPARE(withMean, (QSet<int> { 0, 38, 39 }));
        for (QAbstractSeries *s : area.meanMedianPanel()->chart()->series()) {
            auto *line = qobject_cast<QLineSeries *>(s);
            QVERIFY(line);
            const QList<QPointF> points = line->points();
            for (int i = 1; i < points.size(); ++i)
                QVERIFY2(points[i].x() - points[i - 1].x() == 1,
                    qPrintable(u"%1 drawn from period %2 to %3"_s.arg(line->name())
                                   .arg(points[i - 1].x())
                                   .arg(points[i].x())));
            for (const QPointF &p : points)
                (line->name() == u"Mean"_s ? drawnMean : drawnMedian) << int(p.x());
        }
        QCOMPARE(drawnMean, withMean);
        QCOMPARE(drawnMedian, withMedian);
        area.grab().save(QDir::current().filePath(u"visitorsarea-gaps.png"_s));

        // April 2024 has data on 1 and 2 April; the 30 days before (2 to 31 March) on 30 and 31 March.
        const QList<QDateEdit *> edits = area.findChildren<QDateEdit *>();
        QCOMPARE(edits.size(), 2);
        edits[0]->setDate(QDate(2024, 4, 1));
        edits[1]->setDate(QDate(2024, 4, 30));
        waitLoaded(area);
        QCOMPARE(area.view().filter.from, QDate(2024, 4, 1));
        QCOMPARE(area.view().filter.to, QDate(2024, 4, 30));
        QCOMPARE(area.view().comparison.current.daysWithData, 2);
        QCOMPARE(area.view().comparison.previous.daysWithData, 2);
        const QString summary = area.findChild<QLabel *>(u"visitorsSummary"_s)->text();
        QVERIFY2(summary.contains(u"this period: data on 2 of 30 days; previous period: data on 2 of 30 days"_s),
            qPrintable(summary));
        QVERIFY2(!summary.contains(u"vs previous period"_s), qPrintable(summary));

        // The demo has data on every day: its last 30 days are compared with the 30 before.
        VisitorsArea demo(nullptr);
        demo.setWorkspace(m_ws);
        waitLoaded(demo);
        const QList<QDateEdit *> demoEdits = demo.findChildren<QDateEdit *>();
        demoEdits[0]->setDate(QDate(2025, 10, 27));
        demoEdits[1]->setDate(QDate(2025, 11, 25));
        waitLoaded(demo);
        QCOMPARE(demo.view().comparison.current.daysWithData, 30);
        QCOMPARE(demo.view().comparison.previous.daysWithData, 30);
        const QString demoSummary = demo.findChild<QLabel *>(u"visitorsSummary"_s)->text();
        QVERIFY2(demoSummary.contains(u"vs previous period"_s), qPrintable(demoSummary));
        QVERIFY(!demoSummary.contains(u"No change shown"_s));
    }

    // Presets count from today, as analytics tools do (here 1 March 2026, after the demo's last day, 25 November
    // 2025). The empty chart says so and offers the 30 days that have data.
    void presetsCountFromTodayAndOfferTheDataWhenEmpty()
    {
        VisitorsArea area(nullptr);
        area.resize(1400, 900);
        area.setClock([] { return QDateTime(QDate(2026, 3, 1), QTime(12, 0), QTimeZone::utc()); });
        area.setWorkspace(m_ws);
        area.show();
        waitLoaded(area);
        area.setPreset(VisitorsArea::Last30);
        waitLoaded(area);
        QCOMPARE(area.view().filter.from, QDate(2026, 1, 31));
        QCOMPARE(area.view().filter.to, QDate(2026, 3, 1));
        QCOMPARE(area.view().comparison.current.visits, 0);
        QVERIFY2(area.visitsPanel()->chart()->title().startsWith(u"No data from"_s),
            qPrintable(area.visitsPanel()->chart()->title()));
        auto *show = area.findChild<QPushButton *>(u"showDataButton"_s);
        QVERIFY(show && show->isVisible());
        const QLocale loc;
        QCOMPARE(show->text(),
            u"&Show %1 to %2"_s.arg(loc.toString(QDate(2025, 10, 27), QLocale::ShortFormat),
                loc.toString(QDate(2025, 11, 25), QLocale::ShortFormat)));
        area.grab().save(QDir::current().filePath(u"visitorsarea-nodata.png"_s));
        QTest::mouseClick(show, Qt::LeftButton);
        waitLoaded(area);
        QCOMPARE(area.view().filter.from, QDate(2025, 10, 27));
        QCOMPARE(area.view().filter.to, QDate(2025, 11, 25));
        const auto expected = VisitorQueries::totals(
            m_ws->visitors(), { QDate(2025, 10, 27), QDate(2025, 11, 25), Granularity::Day, {} });
        QVERIFY(expected && expected->visits > 0);
        QCOMPARE(area.view().comparison.current.visits, expected->visits);
        QVERIFY(!show->isVisible());
        QCOMPARE(area.findChild<QComboBox *>(u"rangePreset"_s)->currentIndex(), int(VisitorsArea::Custom));
        // "This year" is 2026: no data either; "Last year" is 2025.
        area.setPreset(VisitorsArea::LastYear);
        waitLoaded(area);
        QCOMPARE(area.view().filter.from, QDate(2025, 1, 1));
        QCOMPARE(area.view().filter.to, QDate(2025, 12, 31));
        QVERIFY(!show->isVisible());
    }

    // "Today" is the workspace's: at 23:30 UTC on 25 November 2025 it is already the 26th in Oslo, not in
    // New York. Changing the workspace's time zone in the main window moves "Last 7 days" at once.
    void timeZoneChangeMovesToday()
    {
        MainWindow w;
        QVERIFY(openDemoCopy(w, m_dir.filePath(u"zone.kapsel"_s), false));
        auto *area = w.findChild<VisitorsArea *>();
        area->setClock([] { return QDateTime(QDate(2025, 11, 25), QTime(23, 30), QTimeZone::utc()); });
        area->setPreset(VisitorsArea::Last7);
        waitLoaded(*area);
        QCOMPARE(w.workspace()->timeZone().id(), QByteArray("Europe/Oslo"));
        QCOMPARE(area->view().filter.to, QDate(2025, 11, 26));
        QTimer::singleShot(0, &w, [] {
            if (auto *d = qobject_cast<QInputDialog *>(QApplication::activeModalWidget())) {
                d->setTextValue(u"America/New_York"_s);
                d->accept();
            }
        });
        w.findChild<QAction *>(u"timeZoneAction"_s)->trigger();
        QCOMPARE(w.workspace()->timeZone().id(), QByteArray("America/New_York"));
        waitLoaded(*area);
        QTRY_COMPARE(area->view().filter.to, QDate(2025, 11, 25));
        QCOMPARE(area->view().filter.from, QDate(2025, 11, 19));
    }

    // Each source names the cookie its first-time/returning split relies on, in the bar's tooltip and in the
    // explanations, where the cookie's link opens the Cookies area with that cookie selected.
    void splitNamesItsConsentAndLinksToTheCookie()
    {
        MainWindow w;
        QVERIFY(openDemoCopy(w, m_dir.filePath(u"consent.kapsel"_s), true));
        w.resize(1400, 900);
        w.show();
        auto *area = w.findChild<VisitorsArea *>();
        waitLoaded(*area);
        const QString tip = area->visitsToolTip(0);
        QVERIFY2(tip.contains(u"GA4: cookie _ga (analytics consent"_s), qPrintable(tip));
        QVERIFY2(tip.contains(u"Matomo: cookie _pk_id"_s), qPrintable(tip));
        QVERIFY2(tip.contains(u"Siteimprove: cookie nmstat"_s), qPrintable(tip));
        auto *explanations = area->findChild<QLabel *>(u"visitorsExplanations"_s);
        QVERIFY2(explanations->text().contains(u"<a href=\"cookie:_ga\">_ga</a>"_s), qPrintable(explanations->text()));
        QVERIFY(explanations->text().contains(u"<a href=\"cookie:nmstat\">nmstat</a>"_s));
        QCOMPARE(w.currentArea(), 0);
        emit explanations->linkActivated(u"cookie:_ga"_s); // what a click on the link emits
        QCOMPARE(w.currentArea(), 1);
        auto *table = w.findChild<QTableView *>(u"cookieTable"_s);
        QVERIFY(table);
        QTRY_COMPARE(table->currentIndex().siblingAtColumn(0).data().toString(), u"_ga"_s);
    }

    void emptyWorkspaceSaysWhatToDo()
    {
        auto ws = Workspace::open(m_dir.filePath(u"empty.kapsel"_s));
        QVERIFY(ws);
        VisitorsArea area(nullptr);
        area.setWorkspace(*ws);
        waitLoaded(area);
        QVERIFY(area.view().series.isEmpty());
        QVERIFY(area.findChild<QLabel *>(u"visitorsSummary"_s)->text().contains(u"No visitor statistics yet"_s));
    }

    void filtersAndGranularity()
    {
        VisitorsArea area(nullptr);
        area.resize(1400, 900);
        area.setClock([] { return QDateTime(QDate(2025, 11, 25), QTime(12, 0), QTimeZone::utc()); });
        area.setWorkspace(m_ws);
        waitLoaded(area);
        area.setGranularity(Granularity::Week);
        area.setPreset(VisitorsArea::Last30);
        waitLoaded(area);
        QCOMPARE(area.view().filter.to, QDate(2025, 11, 25));
        QCOMPARE(area.view().filter.from, QDate(2025, 10, 27));
        QCOMPARE(area.view().series.first().period.key, u"2025-W44"_s);
        auto *sources = area.findChild<QComboBox *>(u"sourceFilter"_s);
        sources->setCurrentIndex(sources->findData(u"Matomo"_s));
        waitLoaded(area);
        QCOMPARE(area.view().filter.source, u"Matomo"_s);
        area.visitsPanel()->showTable(true);
        QVERIFY(area.visitsPanel()->showsTable());
        QCOMPARE(area.visitsPanel()->table()->model()->rowCount(), area.view().series.size());
        // A whole year by day, one source: 365 bars.
        area.setGranularity(Granularity::Day);
        area.setPreset(VisitorsArea::AllData);
        waitLoaded(area);
        QCOMPARE(area.view().series.size(), 365);
        area.show();
        QTest::qWait(200);
        QVERIFY(area.grab().save(QDir::current().filePath(u"visitorsarea-day.png"_s)));
    }

    // A monthly report in a day view: the chart says the visits are not available at this granularity
    // and the table says so per day, instead of a zero or a spike on the 1st; by month they are there.
    void monthlyReportInADayView()
    {
        const QString path = m_dir.filePath(u"plausible.kapsel"_s);
        QVERIFY(ImportService::importFile(
            path, TestSupport::testData(u"visitors/plausible_12mo_visitors.csv"_s), {}, nullptr));
        auto ws = Workspace::open(path);
        QVERIFY(ws);
        VisitorsArea area(nullptr);
        area.resize(1400, 900);
        area.setWorkspace(*ws);
        waitLoaded(area);
        area.setGranularity(Granularity::Day);
        area.setPreset(VisitorsArea::AllData);
        waitLoaded(area);
        QVERIFY(!area.view().series.isEmpty());
        for (const SeriesRow &r : area.view().series) {
            QVERIFY(r.coarser);
            QCOMPARE(r.visits, 0);
        }
        QVERIFY2(area.visitsPanel()->chart()->title().contains(u"not shown at this granularity"_s),
            qPrintable(area.visitsPanel()->chart()->title()));
        const QAbstractItemModel *table = area.visitsPanel()->table()->model();
        QCOMPARE(table->index(0, VisitorSeriesModel::Visits).data().toString(), u"not available"_s);
        area.show();
        QTest::qWait(200);
        QVERIFY(area.grab().save(QDir::current().filePath(u"visitorsarea-coarser.png"_s)));
        area.setGranularity(Granularity::Month);
        waitLoaded(area);
        QVERIFY(!area.visitsPanel()->chart()->title().contains(u"not shown at this granularity"_s));
        QCOMPARE(area.view().series.first().visits, 402);
        QCOMPARE(table->index(0, VisitorSeriesModel::Visits).data().toString(), u"402"_s);
    }

    // Export from the GUI: PNG at twice the chart's size on screen, SVG and PDF with title, period, sources,
    // legend (all series) and the workspace's name, the CSV beside it with the numbers `visitors --format csv`
    // prints; and the very file `kapsel-cli visitors --chart` draws at the same size.
    void exportsCarryTheirContextAndMatchTheCli_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QStringList>("texts");
        for (const QString &lang : { u"en"_s, u"nb"_s })
            QTest::newRow(qPrintable(lang)) << lang << ChartTestSupport::demoVisitsChartTexts(lang);
    }
    void exportsCarryTheirContextAndMatchTheCli()
    {
        QFETCH(QString, lang);
        QFETCH(QStringList, texts);
        Language::apply(lang);
        VisitorsArea area(nullptr);
        area.resize(1400, 900);
        area.setWorkspace(m_ws);
        area.show();
        waitLoaded(area);
        QTemporaryDir out;
        ChartPanel *p = area.visitsPanel();
        const QSize onScreen = p->chartView()->size();
        // The export menu asks for a file named after the chart, in a real folder (not the working directory).
        QString suggested, startedIn;
        answerNextDialog([&](QWidget *d) {
            auto *dialog = qobject_cast<QFileDialog *>(d);
            QVERIFY(dialog);
            suggested = dialog->findChild<QLineEdit *>(u"fileNameEdit"_s)->text();
            startedIn = dialog->directory().absolutePath();
            QVERIFY(chooseFile(dialog, out.filePath(u"v.png"_s)));
        });
        p->findChild<QPushButton *>(u"exportButton"_s)->menu()->actions().first()->trigger();
        QCOMPARE(suggested,
            lang == u"en"_s ? u"first-time-and-returning-visits.png"_s : u"førstegangs-og-gjentakende-besøk.png"_s);
        QVERIFY2(startedIn != QDir::currentPath(), qPrintable(startedIn));
        QCOMPARE(QImage(out.filePath(u"v.png"_s)).size(), onScreen * 2);
        const TestSupport::CliRun csv = TestSupport::runCli(
            { u"--db"_s, m_ws->location(), u"visitors"_s, u"--format"_s, u"csv"_s, u"--by"_s, u"month"_s });
        QCOMPARE(csv.code, 0);
        QCOMPARE(ChartTestSupport::fileText(out.filePath(u"v.csv"_s)), csv.outText());
        QVERIFY(p->exportTo(ChartPanel::Format::Svg, out.filePath(u"v.svg"_s)));
        const QString svg = ChartTestSupport::fileText(out.filePath(u"v.svg"_s));
        for (const QString &t : texts)
            QVERIFY2(svg.contains(t.toHtmlEscaped()), qPrintable(t));
        // The CLI draws the same file at the same size.
        const QString cliSvg = out.filePath(u"cli.svg"_s);
        const TestSupport::CliRun cli = TestSupport::runCli(
            { u"--db"_s, m_ws->location(), u"--lang"_s, lang, u"visitors"_s, u"--by"_s, u"month"_s, u"--chart"_s,
                cliSvg, u"--chart-size"_s, u"%1x%2"_s.arg(onScreen.width()).arg(onScreen.height()) });
        QVERIFY2(cli.code == 0, qPrintable(cli.errText()));
        QCOMPARE(ChartTestSupport::fileText(cliSvg), svg);
        QVERIFY(p->exportTo(ChartPanel::Format::Pdf, out.filePath(u"v.pdf"_s)));
        QFile pdfFile(out.filePath(u"v.pdf"_s));
        QVERIFY(pdfFile.open(QIODevice::ReadOnly) && pdfFile.read(5) == "%PDF-");
        // The other two charts, kept beside the test's pictures for a look.
        for (ChartPanel *other : { area.durationsPanel(), area.meanMedianPanel() }) {
            const QString file = QDir::current().filePath(u"export-%1-%2.png"_s.arg(other->objectName(), lang));
            QVERIFY(other->exportTo(ChartPanel::Format::Png, file));
            QCOMPARE(QImage(file).size(), other->chartView()->size() * 2);
        }
        // The durations CSV as `durations --format csv`.
        QVERIFY(area.durationsPanel()->exportTo(ChartPanel::Format::Csv, out.filePath(u"d.csv"_s)));
        QCOMPARE(ChartTestSupport::fileText(out.filePath(u"d.csv"_s)),
            TestSupport::runCli({ u"--db"_s, m_ws->location(), u"durations"_s, u"--format"_s, u"csv"_s }).outText());
        const QString pdf = ChartTestSupport::pdfText(out.filePath(u"v.pdf"_s));
        Language::apply(u"en"_s);
        if (pdf.isNull())
            QSKIP("pdftotext (poppler-utils) is not installed");
        for (const QString &t : texts)
            QVERIFY2(pdf.contains(t), qPrintable(t + u" not in:\n"_s + pdf));
    }

    void modelsPassTheTester()
    {
        VisitorSeriesModel series(nullptr);
        DurationBucketsModel buckets(nullptr);
        QAbstractItemModelTester t1(&series, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&buckets, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto rows = VisitorQueries::series(
            m_ws->visitors(), { QDate(2025, 1, 1), QDate(2025, 3, 31), Granularity::Week, {} });
        QVERIFY(rows);
        series.setRows(*rows, Granularity::Week);
        QCOMPARE(series.rowCount(), 14);
        QCOMPARE(series.index(0, VisitorSeriesModel::PeriodColumn).data(VisitorSeriesModel::RawValueRole).toString(),
            u"2025-W01"_s);
        auto b = VisitorQueries::durations(
            m_ws->visitors(), { QDate(2025, 1, 1), QDate(2025, 3, 31), Granularity::Week, {} });
        buckets.setRows(*b);
        QCOMPARE(buckets.rowCount(), 10);
        QCOMPARE(buckets.index(3, DurationBucketsModel::BucketColumn).data().toString(), u"1-2 min"_s);
        series.setRows({}, Granularity::Day);
        QCOMPARE(series.rowCount(), 0);
    }
};

QTEST_MAIN(TestVisitorsArea)
#include "test_visitorsarea.moc"
