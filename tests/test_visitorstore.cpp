// SPDX-License-Identifier: GPL-3.0-or-later
// The contract of the visitors area's port, VisitorStore: what every storage backend must do. Each case runs
// once per backend (the global data rows); a backend is a fixture that makes an empty store and runs imports
// through it. Expected values are computed here from the records handed over, never read back from a backend.
#include "collectingsessionsink.h"
#include "durationtestsupport.h"
#include "pgtestsupport.h"
#include "storagetestsupport.h"
#include "testsupport.h"

#include "importers/importcontext.h"
#include "storage/postgres/pgvisitorstore.h"
#include "workspace/importservice.h"
#include "workspace/workspace.h"
#include "visitors/visitorstore.h"

#include <QRandomGenerator>

#include <cmath>
#include <map>

using namespace Qt::StringLiterals;

namespace {

class StoreFixture
{
public:
    virtual ~StoreFixture() = default;
    virtual VisitorStore &visitors() = 0;
    // One import (history record, the area's sink, one transaction), as an importer runs.
    virtual Status import(const std::function<Status(SessionSink &)> &fill) = 0;
};

class SqliteFixture final : public StoreFixture
{
public:
    VisitorStore &visitors() override { return m_ws.workspace().visitors(); }
    Status import(const std::function<Status(SessionSink &)> &fill) override
    {
        return m_ws.import(ImportKind::Visitors, [&](ImportContext &ctx) { return fill(*ctx.sessions); });
    }

private:
    SqliteTestWorkspace m_ws;
};

// A fresh workspace on the throwaway PostgreSQL server; the import as an importer runs it, the sink opened
// through the port.
class PgFixture final : public StoreFixture
{
public:
    VisitorStore &visitors() override { return m_store; }
    Status import(const std::function<Status(SessionSink &)> &fill) override
    {
        return m_db.import("visitors", [&](ImportContext &ctx) -> Status {
            std::unique_ptr<SessionSink> sink = m_store.openSink(ctx);
            ctx.sessions = sink.get();
            if (Status s = fill(*sink))
                return s;
            return sink->finish();
        });
    }

private:
    PgTestDatabase m_db;
    PgVisitorStore m_store { m_db.connection() };
};

std::unique_ptr<StoreFixture> makeFixture(const QString &backend)
{
    if (backend == u"sqlite")
        return std::make_unique<SqliteFixture>();
    if (backend == u"postgresql")
        return std::make_unique<PgFixture>();
    qFatal("unknown backend");
}

const QTimeZone &oslo()
{
    static const QTimeZone zone("Europe/Oslo");
    return zone;
}

// Sessions at noon Oslo time on days of 2024, so the local day is never in doubt.
SessionRecord session(const QString &source, int key, QDate day, std::optional<double> duration, std::optional<bool> first)
{
    SessionRecord s;
    s.source = source;
    s.visitorId = u"v%1"_s.arg(key);
    s.sessionKey = u"k%1"_s.arg(key);
    s.startUtc = QDateTime(day, QTime(12, 0), oslo()).toSecsSinceEpoch();
    s.durationS = duration;
    s.firstTime = first;
    return s;
}

AggregateRecord figure(const QString &source, QDate from, QDate to, const char16_t *metric, double value,
    const QString &dimension = {})
{
    AggregateRecord a;
    a.source = source;
    a.from = from;
    a.to = to;
    a.metric = QString::fromUtf16(metric);
    a.value = value;
    a.dimension = dimension;
    return a;
}

struct DayTruth
{
    qint64 visits = 0, first = 0, returning = 0, known = 0, durN = 0;
    double durSum = 0;
    std::map<qint64, qint64> seconds; // rounded duration -> visits
};

} // namespace

class TestVisitorStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << u"sqlite"_s;
        if (havePostgresServer())
            QTest::newRow("postgresql") << u"postgresql"_s;
        else
            qInfo("%s", noPostgresServer());
    }

    void rollupsAndHistogramsAreWhatWasHandedOver()
    {
        QFETCH_GLOBAL(QString, backend);
        auto fx = makeFixture(backend);
        QRandomGenerator rng(3);
        std::map<std::pair<qint64, QString>, DayTruth> truth;
        const QDate first(2024, 3, 1);
        int key = 0;
        for (int file = 0; file < 2; ++file) {
            QList<SessionRecord> list;
            for (int i = 0; i < 3000; ++i) {
                const QString src = rng.bounded(3) == 0 ? u"B"_s : u"A"_s;
                const QDate day = first.addDays(rng.bounded(60));
                std::optional<double> dur;
                if (rng.bounded(5))
                    dur = rng.generateDouble() * 600.0;
                std::optional<bool> ft;
                if (src == u"A")
                    ft = rng.bounded(2) == 0;
                list << session(src, ++key, day, dur, ft);
                DayTruth &e = truth[{ day.toJulianDay(), src }];
                ++e.visits;
                if (ft) {
                    ++e.known;
                    ++(*ft ? e.first : e.returning);
                }
                if (dur) {
                    ++e.durN;
                    e.durSum += *dur;
                    ++e.seconds[qint64(std::floor(*dur + 0.5))];
                }
            }
            QVERIFY(!fx->import([&](SessionSink &sink) -> Status {
                for (const SessionRecord &s : std::as_const(list))
                    if (Status st = sink.addSession(s))
                        return st;
                return {};
            }));
        }
        const qint64 from = first.toJulianDay(), to = first.addDays(59).toJulianDay();
        for (const QString &source : { QString(), u"A"_s, u"B"_s }) {
            auto rows = fx->visitors().dailyRollups(from + 5, to - 5, source);
            QVERIFY(rows);
            qsizetype expectedRows = 0;
            for (const auto &[k, e] : truth)
                if (k.first >= from + 5 && k.first <= to - 5 && (source.isEmpty() || k.second == source))
                    ++expectedRows;
            QCOMPARE(qsizetype(rows->size()), expectedRows);
            for (const DailyRollup &r : *rows) {
                const DayTruth &e = truth.at({ r.day, r.source });
                QCOMPARE(r.visits, e.visits);
                QCOMPARE(r.firstTime, e.first);
                QCOMPARE(r.returning, e.returning);
                QCOMPARE(r.typeKnown, e.known);
                QCOMPARE(r.durationN, e.durN);
                QVERIFY(std::abs(r.durationSum - e.durSum) < 1e-6);
            }
        }
        // The histograms of source A, merged per day, hold every rounded duration once.
        auto got = secondsPerDay(fx->visitors(), from, to, u"A"_s);
        QVERIFY(got);
        for (const auto &[k, e] : truth)
            if (k.second == u"A")
                QCOMPARE((*got)[k.first], e.seconds);
        // A walk stops at the first error its callback returns, and returns it.
        int calls = 0;
        const Status stopped = fx->visitors().eachHistogram(from, to, {}, [&](qint64, QByteArrayView) -> Status {
            ++calls;
            return Error { {}, 0, u"stop here"_s };
        });
        QVERIFY(stopped);
        QCOMPARE(stopped->reason, u"stop here"_s);
        QCOMPARE(calls, 1);
    }

    void reportFiguresLatestImportWins()
    {
        QFETCH_GLOBAL(QString, backend);
        auto fx = makeFixture(backend);
        const QDate jan(2024, 1, 1), janEnd(2024, 1, 31), feb(2024, 2, 1), febEnd(2024, 2, 29);
        const auto fill = [&](double scale) {
            return fx->import([&](SessionSink &sink) -> Status {
                for (const AggregateRecord &a :
                    { figure(u"P"_s, jan, janEnd, AggregateMetric::Visits, 100 * scale),
                        figure(u"P"_s, feb, febEnd, AggregateMetric::Visits, 200 * scale),
                        figure(u"P"_s, feb, feb, AggregateMetric::FirstTime, 7 * scale),
                        figure(u"P"_s, jan, janEnd, AggregateMetric::VisitsByDuration, 30 * scale, u"60-120"_s),
                        figure(u"Q"_s, feb, febEnd, AggregateMetric::VisitsByDuration, 5 * scale, u"1800+"_s) })
                    if (Status s = sink.addAggregate(a))
                        return s;
                return {};
            });
        };
        QVERIFY(!fill(1));
        QVERIFY(!fill(2)); // a later export of the same reports
        // Overlapping a range that starts inside January: both months' rows, the later import's values, no
        // dimension rows.
        auto rows = fx->visitors().reportFigures(QDate(2024, 1, 20).toJulianDay(), feb.toJulianDay(), {});
        QVERIFY(rows);
        std::map<std::tuple<qint64, qint64, QString>, double> got;
        for (const ReportFigure &r : *rows) {
            QCOMPARE(r.source, u"P"_s);
            QVERIFY(r.dimension.isEmpty());
            got[{ r.dayFrom, r.dayTo, r.metric }] = r.value;
        }
        const std::map<std::tuple<qint64, qint64, QString>, double> expected = {
            { { jan.toJulianDay(), janEnd.toJulianDay(), u"visits"_s }, 200 },
            { { feb.toJulianDay(), febEnd.toJulianDay(), u"visits"_s }, 400 },
            { { feb.toJulianDay(), feb.toJulianDay(), u"first_time"_s }, 14 },
        };
        QCOMPARE(got, expected);
        // A range before all of them.
        rows = fx->visitors().reportFigures(QDate(2023, 1, 1).toJulianDay(), QDate(2023, 12, 31).toJulianDay(), {});
        QVERIFY(rows);
        QVERIFY(rows->empty());

        // Duration reports lie inside the range; a source with sessions in it gives none.
        auto dur = fx->visitors().durationReports(jan.toJulianDay(), febEnd.toJulianDay(), {});
        QVERIFY(dur);
        QCOMPARE(dur->size(), size_t(2));
        QVERIFY(!fx->import([&](SessionSink &sink) { return sink.addSession(session(u"Q"_s, 1, feb, 30.0, {})); }));
        dur = fx->visitors().durationReports(jan.toJulianDay(), febEnd.toJulianDay(), {});
        QVERIFY(dur);
        QCOMPARE(dur->size(), size_t(1));
        QCOMPARE(dur->front().source, u"P"_s);
        QCOMPARE(dur->front().dimension, u"60-120"_s);
        QCOMPARE(dur->front().value, 60.0);
        dur = fx->visitors().durationReports(jan.toJulianDay(), QDate(2024, 1, 30).toJulianDay(), {});
        QVERIFY(dur);
        QVERIFY(dur->empty()); // January's report reaches past the range
    }

    void daysSourcesAndRange()
    {
        QFETCH_GLOBAL(QString, backend);
        auto fx = makeFixture(backend);
        auto empty = fx->visitors().dataRange();
        QVERIFY(empty);
        QVERIFY(!empty->first.isValid() && !empty->second.isValid());
        QVERIFY(!fx->import([&](SessionSink &sink) -> Status {
            for (int i = 0; i < 4; ++i)
                if (Status s = sink.addSession(session(u"S"_s, i, QDate(2024, 5, 10 + i % 2), 10.0, true)))
                    return s;
            if (Status s = sink.addAggregate(
                    figure(u"R"_s, QDate(2024, 4, 1), QDate(2024, 4, 30), AggregateMetric::Visits, 50)))
                return s;
            return sink.addAggregate(figure(u"R"_s, QDate(2024, 5, 11), QDate(2024, 5, 11), AggregateMetric::Visits, 3));
        }));
        auto days = fx->visitors().daysWithFigures(QDate(2024, 4, 15).toJulianDay(), QDate(2024, 6, 1).toJulianDay(), {});
        QVERIFY(days);
        const std::vector<qint64> expectedDays = { QDate(2024, 5, 10).toJulianDay(), QDate(2024, 5, 11).toJulianDay() };
        QCOMPARE(*days, expectedDays); // April's report starts before the range; May 11 once
        days = fx->visitors().daysWithFigures(QDate(2024, 4, 1).toJulianDay(), QDate(2024, 6, 1).toJulianDay(), u"R"_s);
        QVERIFY(days);
        const std::vector<qint64> reportDays = { QDate(2024, 4, 1).toJulianDay(), QDate(2024, 5, 11).toJulianDay() };
        QCOMPARE(*days, reportDays);

        auto sources = fx->visitors().sources();
        QVERIFY(sources);
        QCOMPARE(sources->size(), 2);
        QCOMPARE(sources->at(0).name, u"R"_s);
        QCOMPARE(sources->at(0).sessions, 0);
        QCOMPARE(sources->at(0).aggregateRows, 2);
        QCOMPARE(sources->at(1).name, u"S"_s);
        QCOMPARE(sources->at(1).sessions, 4);
        QCOMPARE(sources->at(1).aggregateRows, 0);

        auto range = fx->visitors().dataRange();
        QVERIFY(range);
        QCOMPARE(range->first, QDate(2024, 4, 1));
        QCOMPARE(range->second, QDate(2024, 5, 11));
    }

    // A session key is a duplicate on the same day, across imports and within one; a GA4 part (partial) that
    // continues a stored session the day before (a part too, or not) is merged with it: the merged session counts
    // once, on the first part's day, with the duration from the first start to the last end.
    void duplicatesAreRefusedAndPartsMerged()
    {
        QFETCH_GLOBAL(QString, backend);
        auto fx = makeFixture(backend);
        const QDate d(2024, 6, 3);
        const qint64 start = QDateTime(d, QTime(23, 50), oslo()).toSecsSinceEpoch();
        SessionRecord first = session(u"G"_s, 1, d, 600.0, true); // 23:50 to 00:00
        first.startUtc = start;
        first.partial = true;
        first.pageviews = 3;
        SessionRecord second = first; // 00:00:30 to 00:05:30, the next day
        second.startUtc = start + 630;
        second.durationS = 300.0;
        second.pageviews = 2;
        SessionRecord other = session(u"G"_s, 2, d, 40.0, false);
        SessionRecord whole = session(u"G"_s, 3, d, 100.0, true); // 23:00 to 23:01:40, not given as a part
        whole.startUtc = start - 3000;
        SessionRecord itsRest = whole; // 00:10 to 00:11 the next day, a part: continues `whole`
        itsRest.startUtc = start + 1200;
        itsRest.durationS = 60.0;
        itsRest.partial = true;
        QVERIFY(!fx->import([&](SessionSink &sink) -> Status {
            for (const SessionRecord &s : { first, other, other, whole }) // the second `other` is a duplicate
                if (Status st = sink.addSession(s))
                    return st;
            return {};
        }));
        SessionRecord otherNextDay = session(u"G"_s, 2, d.addDays(1), 50.0, false); // same key, another day
        QVERIFY(!fx->import([&](SessionSink &sink) -> Status {
            for (const SessionRecord &s : { second, other, otherNextDay, itsRest })
                if (Status st = sink.addSession(s))
                    return st;
            return {};
        }));
        auto rows = fx->visitors().dailyRollups(d.addDays(-1).toJulianDay(), d.addDays(2).toJulianDay(), {});
        QVERIFY(rows);
        std::map<qint64, DailyRollup> byDay;
        for (const DailyRollup &r : *rows)
            byDay[r.day] = r;
        QCOMPARE(byDay.size(), size_t(2));
        const DailyRollup &onD = byDay[d.toJulianDay()];
        QCOMPARE(onD.visits, 3); // the two merged sessions and `other`
        QCOMPARE(onD.firstTime, 2);
        QCOMPARE(onD.returning, 1);
        QCOMPARE(onD.durationN, 3);
        QCOMPARE(onD.durationSum, 930.0 + 40.0 + 4260.0);
        const DailyRollup &next = byDay[d.addDays(1).toJulianDay()];
        QCOMPARE(next.visits, 1); // otherNextDay only
        QCOMPARE(next.durationSum, 50.0);
        auto seconds = secondsPerDay(fx->visitors(), d.toJulianDay(), d.addDays(1).toJulianDay(), {});
        QVERIFY(seconds);
        const std::map<qint64, qint64> expectedD = { { 40, 1 }, { 930, 1 }, { 4260, 1 } };
        QCOMPARE((*seconds)[d.toJulianDay()], expectedD);
        const std::map<qint64, qint64> expectedNext = { { 50, 1 } };
        QCOMPARE((*seconds)[d.addDays(1).toJulianDay()], expectedNext);
        auto sources = fx->visitors().sources();
        QVERIFY(sources);
        QCOMPARE(sources->size(), 1);
        QCOMPARE(sources->at(0).sessions, 4);
    }

    // What a copy of the workspace reads back: per import, its report figures and its sessions in stored order;
    // a part that a later session took in is not handed over again (that session stands for both).
    void replayHandsOverWhatEachImportStored()
    {
        QFETCH_GLOBAL(QString, backend);
        auto fx = makeFixture(backend);
        const QDate d(2024, 6, 3);
        SessionRecord first = session(u"G"_s, 1, d, 600.0, true); // 23:50 to 00:00, continued next day
        first.startUtc = QDateTime(d, QTime(23, 50), oslo()).toSecsSinceEpoch();
        first.partial = true;
        SessionRecord rest = first;
        rest.startUtc = first.startUtc + 630;
        rest.durationS = 300.0;
        const SessionRecord other = session(u"G"_s, 2, d, 40.0, false);
        const SessionRecord unkeyed = [&] {
            SessionRecord s = session(u"G"_s, 3, d, 5.0, std::nullopt);
            s.visitorId.clear();
            s.sessionKey.clear();
            return s;
        }();
        const AggregateRecord visits = figure(u"R"_s, d, d.addDays(6), AggregateMetric::Visits, 70);
        QVERIFY(!fx->import([&](SessionSink &sink) -> Status {
            if (Status st = sink.addAggregate(visits))
                return st;
            for (const SessionRecord &s : { first, other, unkeyed })
                if (Status st = sink.addSession(s))
                    return st;
            return {};
        }));
        QVERIFY(!fx->import([&](SessionSink &sink) { return sink.addSession(rest); }));

        CollectingSessionSink one, two;
        QVERIFY(!fx->visitors().replay(1, one));
        QVERIFY(!fx->visitors().replay(2, two));
        QCOMPARE(one.aggregates.size(), size_t(1));
        QCOMPARE(one.aggregates[0].source, u"R"_s);
        QCOMPARE(one.aggregates[0].from, d);
        QCOMPARE(one.aggregates[0].to, d.addDays(6));
        QCOMPARE(one.aggregates[0].value, 70.0);
        QCOMPARE(one.sessions.size(), size_t(2)); // `first` went into import 2's merged session
        QCOMPARE(one.sessions[0].sessionKey, other.sessionKey);
        QCOMPARE(one.sessions[0].durationS, other.durationS);
        QCOMPARE(one.sessions[0].firstTime, other.firstTime);
        QCOMPARE(one.sessions[0].day, d);
        QCOMPARE(one.sessions[1].sessionKey, QString());
        QCOMPARE(one.sessions[1].startUtc, unkeyed.startUtc);
        QCOMPARE(one.sessions[1].firstTime, std::optional<bool>());
        QVERIFY(two.aggregates.empty());
        QCOMPARE(two.sessions.size(), size_t(1));
        QCOMPARE(two.sessions[0].sessionKey, first.sessionKey);
        QCOMPARE(two.sessions[0].startUtc, first.startUtc);
        QCOMPARE(two.sessions[0].durationS, std::optional<double>(930.0)); // first start to last end
        QCOMPARE(two.sessions[0].day, d);
        QCOMPARE(two.sessions[0].source, u"G"_s);
    }

    void aRefusedImportLeavesNothing()
    {
        QFETCH_GLOBAL(QString, backend);
        auto fx = makeFixture(backend);
        const Status refused = fx->import([&](SessionSink &sink) -> Status {
            if (Status s = sink.addSession(session(u"S"_s, 1, QDate(2024, 5, 10), 10.0, true)))
                return s;
            return Error { u"file.csv"_s, 2, u"refused"_s };
        });
        QVERIFY(refused);
        auto range = fx->visitors().dataRange();
        QVERIFY(range);
        QVERIFY(!range->first.isValid());
        auto sources = fx->visitors().sources();
        QVERIFY(sources);
        QVERIFY(sources->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestVisitorStore)
#include "test_visitorstore.moc"
