// SPDX-License-Identifier: GPL-3.0-or-later
// The store and the rollup-based queries against brute force over the same generated sessions.
#include "visitors/durationbuckets.h"
#include "visitors/visitorqueries.h"
#include "workspace/importservice.h"
#include "testsupport.h"
#include "shownimport.h"
#include "visitortestsupport.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <map>

using namespace Qt::StringLiterals;

namespace {

struct Truth
{
    qint64 visits = 0, first = 0, returning = 0;
    bool typeKnown = false;
    double durSum = 0;
    std::vector<qint64> rounded;
    qint64 durN = 0;
};

// Written independently of Periods: ISO week from QDate::weekNumber, month from toString.
QString bruteKey(QDate d, Granularity g)
{
    if (g == Granularity::Day)
        return d.toString(u"yyyy-MM-dd"_s);
    if (g == Granularity::Month)
        return d.toString(u"yyyy-MM"_s);
    int y = 0;
    const int w = d.weekNumber(&y);
    return QString::number(y) + u"-W"_s + (w < 10 ? u"0"_s : QString()) + QString::number(w);
}

std::optional<double> bruteMedian(std::vector<qint64> v)
{
    if (v.empty())
        return std::nullopt;
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? double(v[n / 2]) : (double(v[n / 2 - 1]) + double(v[n / 2])) / 2.0;
}

AggregateRecord agg(QDate from, QDate to, const char16_t *metric, double value)
{
    AggregateRecord a;
    a.from = from;
    a.to = to;
    a.metric = QString::fromUtf16(metric);
    a.value = value;
    return a;
}

} // namespace

class TestSessionStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QList<SessionRecord> m_sessions;
    std::shared_ptr<SqliteWorkspace> m_ws;
    int m_wsCount = 0;

    std::shared_ptr<SqliteWorkspace> freshWorkspace()
    {
        auto ws = SqliteWorkspace::open(m_dir.filePath(u"ws%1.kapsel"_s.arg(++m_wsCount)));
        if (!ws)
            qFatal("%s", qPrintable(ws.error().toString()));
        return *ws;
    }

    QDate localDay(const SessionRecord &s) const
    {
        if (s.day.isValid())
            return s.day;
        return QDateTime::fromSecsSinceEpoch(s.startUtc, QTimeZone("Europe/Oslo")).date();
    }

    std::map<QString, Truth> truth(const VisitorFilter &f) const { return truth(f, m_sessions); }
    std::map<QString, Truth> truth(const VisitorFilter &f, const QList<SessionRecord> &sessions) const
    {
        std::map<QString, Truth> out;
        for (const SessionRecord &s : sessions) {
            const QDate d = localDay(s);
            if (d < f.from || d > f.to || (!f.source.isEmpty() && s.source != f.source))
                continue;
            Truth &t = out[bruteKey(d, f.by)];
            ++t.visits;
            std::optional<bool> first = s.firstTime;
            if (!first && s.visitNumber)
                first = *s.visitNumber == 1;
            if (first) {
                t.typeKnown = true;
                ++(*first ? t.first : t.returning);
            }
            if (s.durationS) {
                ++t.durN;
                t.durSum += *s.durationS;
                t.rounded.push_back(qint64(std::floor(*s.durationS + 0.5)));
            }
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Sessions from 2020-12-01 to 2022-01-31 (Oslo): ISO week 53 of 2020, both DST changes of 2021,
        // a year boundary; sessions near local midnight so a wrong zone offset shows.
        QRandomGenerator rng(7);
        const qint64 start = QDateTime(QDate(2020, 12, 1), QTime(0, 0), QTimeZone("Europe/Oslo")).toSecsSinceEpoch();
        const qint64 end = QDateTime(QDate(2022, 2, 1), QTime(0, 0), QTimeZone("Europe/Oslo")).toSecsSinceEpoch();
        const QStringList sources = { u"GA4"_s, u"Matomo"_s, u"Plausible"_s };
        for (int i = 0; i < 6000; ++i) {
            SessionRecord s;
            s.source = sources[i % 3];
            s.visitorId = u"v%1"_s.arg(rng.bounded(2000));
            s.sessionKey = u"s%1"_s.arg(i);
            s.startUtc = start + qint64(rng.bounded(double(end - start)));
            if (i % 10 == 0) // close to local midnight
                s.startUtc = QDateTime(QDate(2021, 3, 27).addDays(rng.bounded(220)), QTime(23, 59, 30),
                                 QTimeZone("Europe/Oslo"))
                                 .toSecsSinceEpoch()
                    + rng.bounded(60);
            if (i % 17 == 0)
                s.day = QDateTime::fromSecsSinceEpoch(s.startUtc, QTimeZone::utc()).date(); // a source-assigned day
            if (s.source == u"GA4")
                s.visitNumber = 1 + rng.bounded(4);
            else if (s.source == u"Matomo")
                s.firstTime = rng.bounded(3) == 0;
            // Plausible: no type. Durations: fractions, exact bucket edges, zeros, some unknown.
            const int kind = rng.bounded(10);
            if (kind == 0)
                s.durationS = std::nullopt;
            else if (kind == 1)
                s.durationS = double(QList<int> { 0, 10, 11, 30, 60, 61, 120, 1800, 1801 }[rng.bounded(9)])
                    + (rng.bounded(2) ? 0.5 : 0.0);
            else
                s.durationS = std::exp(4.0 + 1.3 * (rng.generateDouble() * 2 - 1) * 1.5);
            m_sessions.append(s);
        }
        m_ws = freshWorkspace();
        ImportContext ctx;
        QVERIFY(!VisitorTestSupport::writeImport(
            *m_ws, u"all"_s,
            [&](SessionSink &sink) -> Status {
                for (const SessionRecord &s : std::as_const(m_sessions))
                    if (Status st = sink.addSession(s))
                        return st;
                return {};
            },
            &ctx));
        QCOMPARE(ctx.rowsStored, qint64(m_sessions.size()));
    }

    void seriesMatchesBruteForce_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<int>("g");
        QTest::addColumn<QString>("source");
        QTest::newRow("all by month") << QDate(2020, 12, 1) << QDate(2022, 1, 31) << int(Granularity::Month)
                                      << QString();
        QTest::newRow("week 53 and New Year")
            << QDate(2020, 12, 20) << QDate(2021, 1, 20) << int(Granularity::Week) << QString();
        QTest::newRow("DST spring by day")
            << QDate(2021, 3, 25) << QDate(2021, 4, 2) << int(Granularity::Day) << QString();
        QTest::newRow("DST autumn by day, GA4")
            << QDate(2021, 10, 28) << QDate(2021, 11, 3) << int(Granularity::Day) << u"GA4"_s;
        QTest::newRow("Plausible: no types")
            << QDate(2021, 1, 1) << QDate(2021, 12, 31) << int(Granularity::Month) << u"Plausible"_s;
        QRandomGenerator rng(11);
        for (int i = 0; i < 12; ++i) {
            const QDate a = QDate(2020, 11, 20).addDays(rng.bounded(450));
            const QDate b = a.addDays(rng.bounded(120));
            const QString src = QStringList { QString(), u"GA4"_s, u"Matomo"_s, u"Plausible"_s }[rng.bounded(4)];
            QTest::addRow("random %d", i) << a << b << rng.bounded(3) << src;
        }
    }
    void seriesMatchesBruteForce()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(int, g);
        QFETCH(QString, source);
        const VisitorFilter f { from, to, Granularity(g), source };
        auto rows = VisitorQueries::series(m_ws->visitors(), f);
        QVERIFY2(rows, qPrintable(rows ? QString() : rows.error().toString()));
        const auto expected = truth(f);
        qint64 total = 0;
        for (const SeriesRow &r : *rows) {
            total += r.visits;
            const auto it = expected.find(r.period.key);
            if (it == expected.end()) {
                QCOMPARE(r.visits, 0);
                QVERIFY(!r.firstTime && !r.meanDurationS && !r.medianDurationS);
                continue;
            }
            const Truth &t = it->second;
            QCOMPARE(r.visits, t.visits);
            QCOMPARE(bool(r.firstTime), t.typeKnown);
            if (t.typeKnown) {
                QCOMPARE(*r.firstTime, t.first);
                QCOMPARE(*r.returning, t.returning);
            }
            QCOMPARE(bool(r.meanDurationS), t.durN > 0);
            if (t.durN > 0) {
                QVERIFY(std::abs(*r.meanDurationS - t.durSum / double(t.durN)) < 1e-6);
                QCOMPARE(r.medianDurationS, bruteMedian(t.rounded));
            }
        }
        qint64 expectedTotal = 0;
        for (const auto &[k, t] : expected)
            expectedTotal += t.visits;
        QCOMPARE(total, expectedTotal);
    }

    // More sessions than the store counts durations for at once and than the key index holds before it writes
    // keys out, in random time order (so the key index builds its filter), with a second file that repeats a
    // part of the first: every month's visits, mean and exact median as brute force has them.
    void manySessionsInRandomOrder()
    {
        QRandomGenerator rng(23);
        const qint64 start = QDateTime(QDate(2021, 1, 1), QTime(0, 0), QTimeZone("Europe/Oslo")).toSecsSinceEpoch();
        const qint64 end = QDateTime(QDate(2022, 1, 1), QTime(0, 0), QTimeZone("Europe/Oslo")).toSecsSinceEpoch();
        QList<SessionRecord> sessions;
        for (int i = 0; i < 150000; ++i) {
            SessionRecord s;
            s.source = i % 5 ? u"A"_s : u"B"_s;
            s.visitorId = u"v%1"_s.arg(rng.bounded(40000));
            s.sessionKey = u"k%1"_s.arg(i);
            s.startUtc = start + qint64(rng.bounded(double(end - start)));
            s.visitNumber = 1 + rng.bounded(3);
            s.durationS = rng.bounded(50) == 0 ? 4000.0 + rng.bounded(9000) : rng.generateDouble() * 900.0;
            sessions.append(s);
        }
        auto ws = freshWorkspace();
        const auto importAll = [&](const QList<SessionRecord> &list, ImportContext *ctx) {
            return VisitorTestSupport::writeImport(
                *ws, u"file %1"_s.arg(list.first().sessionKey),
                [&](SessionSink &sink) -> Status {
                    for (const SessionRecord &s : list)
                        if (Status st = sink.addSession(s))
                            return st;
                    return {};
                },
                ctx);
        };
        ImportContext first, second;
        QVERIFY(!importAll(sessions.mid(0, 120000), &first));
        QCOMPARE(first.rowsStored, 120000);
        QVERIFY(!importAll(sessions.mid(100000), &second)); // 20,000 of them again
        QCOMPARE(second.rowsStored, 30000);
        QCOMPARE(second.rowsSkipped(), 20000);

        const VisitorFilter f { QDate(2021, 1, 1), QDate(2021, 12, 31), Granularity::Month, {} };
        auto rows = VisitorQueries::series(ws->visitors(), f);
        QVERIFY(rows);
        const auto expected = truth(f, sessions);
        QCOMPARE(qsizetype(expected.size()), 12);
        for (const SeriesRow &r : *rows) {
            const Truth &t = expected.at(r.period.key);
            QCOMPARE(r.visits, t.visits);
            QCOMPARE(*r.firstTime, t.first);
            QVERIFY(std::abs(*r.meanDurationS - t.durSum / double(t.durN)) < 1e-6);
            QCOMPARE(r.medianDurationS, bruteMedian(t.rounded));
        }
    }

    void durationsMatchBruteForce()
    {
        const VisitorFilter f { QDate(2021, 3, 1), QDate(2021, 11, 30), Granularity::Day, {} };
        auto rows = VisitorQueries::durations(m_ws->visitors(), f);
        QVERIFY(rows);
        QList<qint64> expected(10, 0);
        const QList<qint64> uppers = { 10, 30, 60, 120, 240, 420, 600, 900, 1800 };
        for (const SessionRecord &s : std::as_const(m_sessions)) {
            const QDate d = localDay(s);
            if (d < f.from || d > f.to || !s.durationS)
                continue;
            const qint64 r = qint64(std::floor(*s.durationS + 0.5));
            const auto it = std::lower_bound(uppers.begin(), uppers.end(), r);
            ++expected[int(it - uppers.begin())];
        }
        QCOMPARE(rows->size(), 10);
        for (int i = 0; i < 10; ++i)
            QCOMPARE(rows->at(i).visits, expected[i]);
    }

    void duplicatesAreSkippedWithReason()
    {
        auto ws = freshWorkspace();
        SessionRecord s;
        s.source = u"GA4"_s;
        s.visitorId = u"a"_s;
        s.sessionKey = u"1"_s;
        s.startUtc = 1700000000;
        s.durationS = 42;
        s.firstTime = true;
        ImportContext ctx;
        QVERIFY(!VisitorTestSupport::writeImport(
            *ws, u"one"_s,
            [&](SessionSink &sink) -> Status {
                sink.addSession(s);
                return sink.addSession(s); // the same session twice in one file
            },
            &ctx));
        QCOMPARE(ctx.rowsStored, 1);
        QCOMPARE(ctx.rowsSkipped(), 1);
        // And again in a second import: still one visit.
        QVERIFY(!VisitorTestSupport::writeImport(
            *ws, u"two"_s, [&](SessionSink &sink) { return sink.addSession(s); }, &ctx));
        QCOMPARE(ctx.rowsStored, 0);
        QCOMPARE(ctx.rowsSkipped(), 1);
        QVERIFY(DeferredText::show(ctx.skipped.firstKey()).contains(u"Duplicate"_s));
        auto t = VisitorQueries::totals(ws->visitors(), { QDate(2023, 11, 1), QDate(2023, 11, 30), Granularity::Day, {} });
        QVERIFY(t);
        QCOMPARE(t->visits, 1);
        QCOMPARE(t->medianDurationS, 42.0);
    }

    void rollbackLeavesNothing()
    {
        auto ws = freshWorkspace();
        SessionRecord s;
        s.source = u"GA4"_s;
        s.sessionKey = u"k"_s;
        s.startUtc = 1700000000;
        QVERIFY(
            !VisitorTestSupport::writeImport(*ws, u"kept"_s, [&](SessionSink &sink) { return sink.addSession(s); }));
        const VisitorFilter f { QDate(2023, 1, 1), QDate(2023, 12, 31), Granularity::Month, {} };
        const auto before = VisitorFormat_csv(ws, f);
        QVERIFY(!VisitorTestSupport::writeImport(
            *ws, u"rolled back"_s,
            [&](SessionSink &sink) -> Status {
                for (int i = 0; i < 100; ++i) {
                    s.sessionKey = u"r%1"_s.arg(i);
                    if (Status st = sink.addSession(s))
                        return st;
                }
                return {};
            },
            nullptr, /*commit*/ false));
        QCOMPARE(VisitorFormat_csv(ws, f), before);
        QSqlQuery q(ws->db());
        QVERIFY(q.exec(u"SELECT (SELECT SUM(sessions) FROM visitor_session_chunks), (SELECT COUNT(*) FROM imports)"_s)
            && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QCOMPARE(q.value(1).toInt(), 1);
    }

    void twoImportsSumAndDeleteCascades()
    {
        auto ws = freshWorkspace();
        auto write = [&](const QString &name, int n, double duration) {
            return VisitorTestSupport::writeImport(*ws, name, [&](SessionSink &sink) -> Status {
                sink.setSource(u"Siteimprove"_s);
                for (int i = 0; i < n; ++i) {
                    SessionRecord s;
                    s.visitorId = name;
                    s.sessionKey = QString::number(i);
                    s.startUtc = QDateTime(QDate(2024, 5, 1 + i % 10), QTime(12, 0), QTimeZone("Europe/Oslo"))
                                     .toSecsSinceEpoch();
                    s.visitNumber = i % 2 ? 2 : 1;
                    s.durationS = duration;
                    if (Status st = sink.addSession(s))
                        return st;
                }
                return {};
            });
        };
        QVERIFY(!write(u"a"_s, 30, 10));
        QVERIFY(!write(u"b"_s, 20, 100));
        const VisitorFilter f { QDate(2024, 5, 1), QDate(2024, 5, 31), Granularity::Month, {} };
        auto t = VisitorQueries::totals(ws->visitors(), f);
        QCOMPARE(t->visits, 50);
        QCOMPARE(*t->firstTime, 25);
        QCOMPARE(*t->returning, 25);
        QCOMPARE(*t->meanDurationS, (30 * 10.0 + 20 * 100.0) / 50);
        QCOMPARE(*t->medianDurationS, 10.0); // 30 of 50 are 10 s
        auto src = VisitorQueries::sources(ws->visitors());
        QCOMPARE(src->size(), 1);
        QCOMPARE(src->first().name, u"Siteimprove"_s);
        QSqlQuery q(ws->db());
        QVERIFY(q.exec(u"DELETE FROM imports WHERE file_name = 'a'"_s));
        t = VisitorQueries::totals(ws->visitors(), f);
        QCOMPARE(t->visits, 20);
        QCOMPARE(*t->medianDurationS, 100.0);
    }

    void aggregatesFillWhereSessionsAreAbsent()
    {
        auto ws = freshWorkspace();
        QVERIFY(!VisitorTestSupport::writeImport(*ws, u"report"_s, [&](SessionSink &sink) -> Status {
            sink.setSource(u"Universal Analytics"_s);
            for (int d = 1; d <= 3; ++d) {
                sink.addAggregate(agg(QDate(2017, 9, d), QDate(2017, 9, d), AggregateMetric::Visits, 100.0 * d));
                sink.addAggregate(agg(QDate(2017, 9, d), QDate(2017, 9, d), AggregateMetric::FirstTime, 60.0 * d));
                sink.addAggregate(agg(QDate(2017, 9, d), QDate(2017, 9, d), AggregateMetric::Returning, 40.0 * d));
            }
            // A month figure that spans two weeks cannot be split: it is left out of weekly rows.
            return sink.addAggregate(agg(QDate(2017, 9, 1), QDate(2017, 9, 30), AggregateMetric::DurationMeanS, 80));
        }));
        auto rows = VisitorQueries::series(ws->visitors(), { QDate(2017, 9, 1), QDate(2017, 9, 3), Granularity::Day, {} });
        QVERIFY(rows);
        QCOMPARE(rows->size(), 3);
        QCOMPARE(rows->at(1).visits, 200);
        QCOMPARE(*rows->at(1).firstTime, 120);
        QVERIFY(rows->at(1).fromAggregate);
        QVERIFY(!rows->at(1).coarser); // the month's duration is not visits: the days' visits are complete
        QVERIFY(!rows->at(1).medianDurationS);
        QVERIFY(!rows->at(1).meanDurationS);
        auto month
            = VisitorQueries::series(ws->visitors(), { QDate(2017, 9, 1), QDate(2017, 9, 30), Granularity::Month, {} });
        QCOMPARE(month->first().visits, 600);
        QCOMPARE(*month->first().meanDurationS, 80.0);
        // With sessions of the same source in the period, the sessions count and the report is ignored.
        QVERIFY(!VisitorTestSupport::writeImport(*ws, u"sessions"_s, [&](SessionSink &sink) -> Status {
            SessionRecord s;
            s.source = u"Universal Analytics"_s;
            s.day = QDate(2017, 9, 2);
            s.startUtc = QDateTime(s.day, QTime(12, 0), Qt::UTC).toSecsSinceEpoch(); // a plausible time
            s.firstTime = false;
            return sink.addSession(s);
        }));
        rows = VisitorQueries::series(ws->visitors(), { QDate(2017, 9, 1), QDate(2017, 9, 3), Granularity::Day, {} });
        QCOMPARE(rows->at(1).visits, 1);
        QVERIFY(!rows->at(1).fromAggregate);
        QCOMPARE(rows->at(0).visits, 100);
    }

    // A monthly report figure is counted in month views only. In a day or week view, and in a month cut by
    // the range, its periods are marked coarser and hold only what other sources give there.
    void monthlyReportIsNeverSpreadOrPinned()
    {
        auto ws = freshWorkspace();
        QVERIFY(!VisitorTestSupport::writeImport(*ws, u"plausible"_s, [&](SessionSink &sink) -> Status {
            sink.setSource(u"Plausible"_s);
            for (const auto &[month, visits] : { std::pair { 1, 310.0 }, { 2, 290.0 }, { 3, 150.0 } }) {
                const QDate first(2024, month, 1);
                if (Status s
                    = sink.addAggregate(agg(first, first.addMonths(1).addDays(-1), AggregateMetric::Visits, visits)))
                    return s;
            }
            return std::nullopt;
        }));
        // Another source's sessions on 1 and 20 February.
        QVERIFY(!VisitorTestSupport::writeImport(*ws, u"sessions"_s, [&](SessionSink &sink) -> Status {
            sink.setSource(u"CSV"_s);
            for (const QDate d : { QDate(2024, 2, 1), QDate(2024, 2, 20) }) {
                SessionRecord s;
                s.day = d;
                s.startUtc = QDateTime(d, QTime(12, 0), Qt::UTC).toSecsSinceEpoch();
                if (Status st = sink.addSession(s))
                    return st;
            }
            return std::nullopt;
        }));
        auto months
            = VisitorQueries::series(ws->visitors(), { QDate(2024, 1, 1), QDate(2024, 3, 31), Granularity::Month, {} });
        QVERIFY(months);
        QCOMPARE(months->size(), 3);
        QCOMPARE(months->at(0).visits, 310);
        QCOMPARE(months->at(1).visits, 292);
        for (const SeriesRow &r : *months)
            QVERIFY(!r.coarser);

        auto days = VisitorQueries::series(ws->visitors(), { QDate(2024, 2, 1), QDate(2024, 2, 29), Granularity::Day, {} });
        QCOMPARE(days->size(), 29);
        for (const SeriesRow &r : *days) {
            QVERIFY2(r.coarser, qPrintable(r.period.key));
            QCOMPARE(r.visits, r.period.first.day() == 1 || r.period.first.day() == 20 ? 1 : 0);
        }
        auto plausibleDays = VisitorQueries::series(
            ws->visitors(), { QDate(2024, 3, 1), QDate(2024, 3, 3), Granularity::Day, u"Plausible"_s });
        for (const SeriesRow &r : *plausibleDays) {
            QCOMPARE(r.visits, 0);
            QVERIFY(r.coarser);
        }
        auto weeks = VisitorQueries::series(ws->visitors(), { QDate(2024, 1, 1), QDate(2024, 3, 31), Granularity::Week, {} });
        for (const SeriesRow &r : *weeks)
            QVERIFY(r.coarser); // a week holds only part of a month
        // A range that cuts January: January is coarser, February and March are whole.
        auto cut = VisitorQueries::series(ws->visitors(), { QDate(2024, 1, 15), QDate(2024, 3, 31), Granularity::Month, {} });
        QCOMPARE(cut->size(), 3);
        QVERIFY(cut->at(0).coarser);
        QCOMPARE(cut->at(0).visits, 0);
        QVERIFY(!cut->at(1).coarser);
        QCOMPARE(cut->at(2).visits, 150);
        auto total
            = VisitorQueries::totals(ws->visitors(), { QDate(2024, 1, 15), QDate(2024, 3, 31), Granularity::Month, {} });
        QVERIFY(total->coarser);
        QCOMPARE(total->visits, 292 + 150);
        auto whole
            = VisitorQueries::totals(ws->visitors(), { QDate(2024, 1, 1), QDate(2024, 3, 31), Granularity::Month, {} });
        QVERIFY(!whole->coarser);
        QCOMPARE(whole->visits, 310 + 292 + 150);

        // A source with daily figures for every day of a month as well as the month's figure: its days are
        // complete, and a day it lacks is not.
        QVERIFY(!VisitorTestSupport::writeImport(*ws, u"matomo"_s, [&](SessionSink &sink) -> Status {
            sink.setSource(u"Matomo"_s);
            for (int d = 1; d <= 30; ++d)
                if (Status s = sink.addAggregate(
                        agg(QDate(2024, 4, d), QDate(2024, 4, d), AggregateMetric::Visits, d == 30 ? 0 : 10)))
                    return s;
            return sink.addAggregate(agg(QDate(2024, 4, 1), QDate(2024, 5, 31), AggregateMetric::Visits, 900));
        }));
        auto april = VisitorQueries::series(
            ws->visitors(), { QDate(2024, 4, 1), QDate(2024, 4, 30), Granularity::Day, u"Matomo"_s });
        for (const SeriesRow &r : *april)
            QVERIFY2(!r.coarser, qPrintable(r.period.key));
        auto may = VisitorQueries::series(
            ws->visitors(), { QDate(2024, 4, 29), QDate(2024, 5, 1), Granularity::Day, u"Matomo"_s });
        QVERIFY(!may->at(0).coarser);
        QVERIFY(may->at(2).coarser);
        auto aprilTotal = VisitorQueries::totals(
            ws->visitors(), { QDate(2024, 4, 1), QDate(2024, 4, 30), Granularity::Month, u"Matomo"_s });
        QVERIFY(!aprilTotal->coarser);
        QCOMPARE(aprilTotal->visits, 290);
    }

    // Daily report rows with a mean duration each: a week's mean weighs each day's mean by its visits.
    void reportMeansAreWeightedByVisits()
    {
        auto ws = freshWorkspace();
        const std::vector<std::pair<double, double>> days { { 812, 65 }, { 1046, 58 }, { 977, 72 } };
        QVERIFY(!VisitorTestSupport::writeImport(*ws, u"report"_s, [&](SessionSink &sink) -> Status {
            for (size_t i = 0; i < days.size(); ++i) {
                const QDate d = QDate(2014, 9, 17).addDays(qint64(i));
                for (const auto &[metric, value] : { std::pair { AggregateMetric::Visits, days[i].first },
                         std::pair { AggregateMetric::DurationMeanS, days[i].second } })
                    if (Status st
                        = sink.addAggregate({ u"Universal Analytics"_s, d, d, QString::fromUtf16(metric), value, {} }))
                        return st;
            }
            return {};
        }));
        double visits = 0, seconds = 0;
        for (const auto &[n, mean] : days) {
            visits += n;
            seconds += n * mean;
        }
        auto t = VisitorQueries::totals(ws->visitors(), { QDate(2014, 9, 15), QDate(2014, 9, 21), Granularity::Week, {} });
        QVERIFY(t);
        QCOMPARE(double(t->visits), visits);
        QVERIFY(qAbs(*t->meanDurationS - seconds / visits) < 1e-9);
    }

    // GA4 exports a table per day, so a session across midnight arrives in two files. In either order it
    // is one visit on the day of its first event, lasting from its first event to its last.
    void ga4SessionAcrossMidnightIsOneVisit_data()
    {
        QTest::addColumn<bool>("dayOrder");
        QTest::newRow("first day first") << true;
        QTest::newRow("second day first") << false;
    }

    void ga4SessionAcrossMidnightIsOneVisit()
    {
        QFETCH(bool, dayOrder);
        auto ws = freshWorkspace();
        QStringList files { TestSupport::testData(u"visitors/ga4_midnight_events_20240301.ndjson"_s),
            TestSupport::testData(u"visitors/ga4_midnight_events_20240302.ndjson"_s) };
        if (!dayOrder)
            std::reverse(files.begin(), files.end());
        QList<ImportReport> reports;
        for (const QString &f : files) {
            auto r = ImportService::importFile(ws->path(), f);
            QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
            reports << *r;
        }
        // The second file's part of the session is merged, and the report says so.
        QVERIFY(shownNotes(reports.last().notes).join(u'\n').contains(u"merged"_s));
        const QTimeZone oslo("Europe/Oslo");
        const double crossing = QDateTime(QDate(2024, 3, 1), QTime(23, 50), oslo)
                                    .secsTo(QDateTime(QDate(2024, 3, 2), QTime(0, 9, 30), oslo));
        QCOMPARE(crossing, 1170.0);
        auto rows = VisitorQueries::series(ws->visitors(), { QDate(2024, 3, 1), QDate(2024, 3, 2), Granularity::Day, {} });
        QVERIFY(rows);
        QCOMPARE(rows->size(), 2);
        QCOMPARE(rows->at(0).visits, 1);
        QCOMPARE(rows->at(0).firstTime, 1);
        QCOMPARE(*rows->at(0).meanDurationS, crossing);
        QCOMPARE(*rows->at(0).medianDurationS, crossing);
        QCOMPARE(rows->at(1).visits, 1); // only the other visitor's session
        QCOMPARE(rows->at(1).returning, 1);
        QCOMPARE(*rows->at(1).medianDurationS, 60.0);
        auto buckets
            = VisitorQueries::durations(ws->visitors(), { QDate(2024, 3, 1), QDate(2024, 3, 2), Granularity::Day, {} });
        QVERIFY(buckets);
        qint64 total = 0;
        for (const BucketRow &b : *buckets)
            total += b.visits;
        QCOMPARE(total, 2);
        QCOMPARE(buckets->at(DurationBuckets::indexOf(1170)).visits, 1);
        QCOMPARE(buckets->at(DurationBuckets::indexOf(60)).visits, 1);
        // A third part of the same session (a later export of the second day) extends it once more.
        QVERIFY(!VisitorTestSupport::writeImport(*ws, u"later"_s, [&](SessionSink &sink) -> Status {
            SessionRecord s;
            s.source = u"GA4"_s;
            s.visitorId = u"3333333333.1709300000"_s;
            s.sessionKey = u"1709333400"_s;
            s.startUtc = QDateTime(QDate(2024, 3, 2), QTime(0, 20), oslo).toSecsSinceEpoch();
            s.day = QDate(2024, 3, 2);
            s.durationS = 60;
            s.visitNumber = 1;
            s.partial = true;
            return sink.addSession(s);
        }));
        rows = VisitorQueries::series(ws->visitors(), { QDate(2024, 3, 1), QDate(2024, 3, 2), Granularity::Day, {} });
        QCOMPARE(rows->at(0).visits, 1);
        QCOMPARE(*rows->at(0).medianDurationS,
            double(QDateTime(QDate(2024, 3, 1), QTime(23, 50), oslo)
                       .secsTo(QDateTime(QDate(2024, 3, 2), QTime(0, 21), oslo))));
        QCOMPARE(rows->at(1).visits, 1);
    }

    // Two exports of the same events (an intraday table, then the day's final one) overlap in time: the
    // session is counted once and lasts as long as the longer covers, not the sum.
    void overlappingPartsAreOneSession()
    {
        auto ws = freshWorkspace();
        auto part = [](qint64 start, double duration) {
            SessionRecord s;
            s.source = u"GA4"_s;
            s.visitorId = u"v"_s;
            s.sessionKey = u"1"_s;
            s.startUtc = start;
            s.durationS = duration;
            s.engagementS = 10;
            s.partial = true;
            return s;
        };
        const qint64 t0 = QDateTime(QDate(2024, 6, 1), QTime(12, 0), QTimeZone("Europe/Oslo")).toSecsSinceEpoch();
        QVERIFY(!VisitorTestSupport::writeImport(
            *ws, u"intraday"_s, [&](SessionSink &sink) { return sink.addSession(part(t0, 100)); }));
        ImportContext ctx;
        QVERIFY(!VisitorTestSupport::writeImport(
            *ws, u"final"_s, [&](SessionSink &sink) { return sink.addSession(part(t0 + 50, 100)); }, &ctx));
        QCOMPARE(ctx.rowsStored, 1);
        auto t = VisitorQueries::totals(ws->visitors(), { QDate(2024, 6, 1), QDate(2024, 6, 1), Granularity::Day, {} });
        QCOMPARE(t->visits, 1);
        QCOMPARE(*t->meanDurationS, 150.0);
        QCOMPARE(*t->medianDurationS, 150.0);
    }

private:
    static QString VisitorFormat_csv(const std::shared_ptr<SqliteWorkspace> &ws, const VisitorFilter &f)
    {
        QSqlQuery q(ws->db());
        q.exec(u"SELECT group_concat(day || ':' || visits) FROM visitor_daily"_s);
        q.next();
        auto rows = VisitorQueries::series(ws->visitors(), f);
        QString s = q.value(0).toString();
        for (const SeriesRow &r : *rows)
            s += r.period.key + QString::number(r.visits);
        return s;
    }
};

QTEST_GUILESS_MAIN(TestSessionStore)
#include "test_sessionstore.moc"
