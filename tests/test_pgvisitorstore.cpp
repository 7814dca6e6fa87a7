// SPDX-License-Identifier: GPL-3.0-or-later
// The visitors area on a real, throwaway PostgreSQL server (ctest runs this under pg_virtualenv), where the
// contract suite (test_visitorstore.cpp) does not reach: a refused import leaves every visitor table as it
// was, two imports at once on two connections count each session once, text of any kind goes through COPY
// unchanged, and times are stored without a shift by the client's time zone.
#include "collectingsessionsink.h"
#include "durationtestsupport.h"
#include "pgtestsupport.h"
#include "storage/postgres/pgvisitorstore.h"
#include "visitors/sessionsink.h"
#include "visitors/sessiontally.h"

#include <QRandomGenerator>
#include <QTest>

#include <barrier>
#include <cmath>
#include <ctime>
#include <map>
#include <set>
#include <thread>

using namespace Qt::StringLiterals;

namespace {

const QStringList kVisitorTables = { u"visitor_session_chunks"_s, u"visitor_session_keys"_s, u"visitor_aggregates"_s,
    u"visitor_daily"_s, u"visitor_duration_histograms"_s };

// Every row of every visitor table as text, sorted: what a refused import must leave as it was.
QStringList snapshot(PgConnection &c)
{
    QStringList out;
    for (const QString &table : kVisitorTables) {
        auto r = c.exec("SELECT t::text FROM " + table.toUtf8() + " t ORDER BY 1");
        if (!r)
            qFatal("%s", qPrintable(r.error().toString()));
        out << table + u':' + QString::number(r->rows());
        for (int i = 0; i < r->rows(); ++i)
            out << r->text(i, 0);
    }
    return out;
}

qint64 scalar(PgConnection &c, const QByteArray &sql)
{
    auto r = c.exec(sql);
    if (!r)
        qFatal("%s", qPrintable(r.error().toString()));
    return r->integer(0, 0);
}

// The sessions the packed rows hold, all imports'.
qint64 storedSessions(PgConnection &c)
{
    return scalar(c, "SELECT coalesce(sum(sessions), 0) FROM visitor_session_chunks");
}

// The sessions every import stored, as the store hands them back (import by import, in stored order).
std::vector<SessionRecord> replayAll(PgConnection &c)
{
    PgVisitorStore store(c);
    CollectingSessionSink sink;
    auto ids = c.exec("SELECT id FROM imports ORDER BY id");
    if (!ids)
        qFatal("%s", qPrintable(ids.error().toString()));
    for (int i = 0; i < ids->rows(); ++i)
        if (Status s = store.replay(ids->integer(i, 0), sink))
            qFatal("%s", qPrintable(s->toString()));
    return sink.sessions;
}

// Session number `n` of source "web": at noon UTC on one of 30 days of May 2024 (the same day in Oslo), with
// a duration for most.
SessionRecord numbered(int n)
{
    SessionRecord s;
    s.source = u"web"_s;
    s.visitorId = u"visitor-%1"_s.arg(n % 997);
    s.sessionKey = u"session-%1"_s.arg(n);
    const quint32 mix = quint32(n) * 2654435761u;
    s.startUtc = QDateTime(QDate(2024, 5, 1 + int(mix % 30)), QTime(12, 0), Qt::UTC).toSecsSinceEpoch();
    if (mix % 5 != 0)
        s.durationS = double(mix % 1800) / 4.0;
    s.firstTime = (mix >> 8) % 2 == 0;
    return s;
}

Status addAll(SessionSink &sink, const QList<SessionRecord> &sessions)
{
    for (const SessionRecord &s : sessions)
        if (Status st = sink.addSession(s))
            return st;
    return {};
}

QList<SessionRecord> numberedRange(int from, int to)
{
    QList<SessionRecord> out;
    for (int n = from; n < to; ++n)
        out << numbered(n);
    return out;
}

// Runs an import of `sessions` on a connection of its own, as an importer on another machine would: its
// history row, then the sink filled once `ready` lets every importer go.
struct ConcurrentImport
{
    QList<SessionRecord> sessions;
    Status result;
    qint64 stored = 0;
    qint64 skipped = 0;

    void run(const QString &fileName, std::barrier<> &ready)
    {
        auto c = PgConnection::open(u"postgresql://"_s);
        if (!c) {
            result = c.error();
            ready.arrive_and_drop();
            return;
        }
        PgConnection &conn = **c;
        auto fail = [&](Status s) {
            conn.run("ROLLBACK");
            result = s;
        };
        if ((result = PgSchema::prepare(conn)) || (result = conn.run("BEGIN"))) {
            ready.arrive_and_drop();
            return;
        }
        auto id = conn.exec("INSERT INTO imports (file_name, sha256, kind, format, started_at, os_user)"
                            " VALUES ($1, $1, 'visitors', 'test', now(), 'test') RETURNING id",
            { fileName.toUtf8() });
        ready.arrive_and_wait();
        if (!id)
            return fail(id.error());
        ImportContext ctx;
        ctx.fileName = fileName;
        ctx.importId = id->integer(0, 0);
        ctx.timeZone = QTimeZone("Europe/Oslo");
        PgVisitorStore store(conn);
        {
            std::unique_ptr<SessionSink> sink = store.openSink(ctx);
            if (Status s = addAll(*sink, sessions))
                return fail(s);
            if (Status s = sink->finish())
                return fail(s);
        }
        stored = ctx.rowsStored;
        skipped = ctx.rowsSkipped();
        result = conn.run("COMMIT");
    }
};

struct Truth
{
    qint64 visits = 0, first = 0, returning = 0, durationN = 0;
    double durationSum = 0;
    std::map<qint64, qint64> seconds;
};

} // namespace

class TestPgVisitorStore : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        if (!havePostgresServer())
            QSKIP(noPostgresServer());
    }

    // A refused import (the importer failing after rows were sent, the sink refusing a figure mid-way, the
    // file failing after the rollups were written) leaves every visitor table as it was; the same sessions
    // are then stored in full by a good import (nothing of the refused ones counts as a duplicate).
    void refusedImportsLeaveEveryTableAsItWas()
    {
        PgTestDatabase db;
        PgVisitorStore store(db.connection());
        auto import = [&](const std::function<Status(SessionSink &, ImportContext &)> &body) {
            return db.import("visitors", [&](ImportContext &ctx) -> Status {
                std::unique_ptr<SessionSink> sink = store.openSink(ctx);
                return body(*sink, ctx);
            });
        };
        QVERIFY(!import([&](SessionSink &sink, ImportContext &) -> Status {
            if (Status s = addAll(sink, numberedRange(0, 2000)))
                return s;
            AggregateRecord a;
            a.source = u"report"_s;
            a.from = QDate(2024, 4, 1);
            a.to = QDate(2024, 4, 30);
            a.metric = u"visits"_s;
            a.value = 1234;
            if (Status s = sink.addAggregate(a))
                return s;
            return sink.finish();
        }));
        const QStringList before = snapshot(db.connection());
        QCOMPARE(before.first(), u"visitor_session_chunks:1"_s); // 2,000 sessions packed in one row
        QCOMPARE(storedSessions(db.connection()), 2000);
        const QList<SessionRecord> more = numberedRange(2000, 22000); // far more than one block of COPY rows

        const Status importerFailed = import([&](SessionSink &sink, ImportContext &) -> Status {
            if (Status s = addAll(sink, more))
                return s;
            return Error { u"import.csv"_s, 22001, u"the file ends in the middle of a row"_s };
        });
        QVERIFY(importerFailed);
        QCOMPARE(importerFailed->line, 22001);
        QCOMPARE(snapshot(db.connection()), before);

        const Status sinkRefused = import([&](SessionSink &sink, ImportContext &) -> Status {
            if (Status s = addAll(sink, more))
                return s;
            AggregateRecord undated; // no date: the sink refuses it
            undated.metric = u"visits"_s;
            undated.line = 22002;
            if (Status s = sink.addAggregate(undated))
                return s;
            return sink.finish();
        });
        QVERIFY(sinkRefused);
        QCOMPARE(sinkRefused->line, 22002);
        QCOMPARE(snapshot(db.connection()), before);

        const Status failedAfterRollups = import([&](SessionSink &sink, ImportContext &) -> Status {
            if (Status s = addAll(sink, more))
                return s;
            if (Status s = sink.finish())
                return s;
            return Error { u"import.csv"_s, 0, u"cancelled"_s };
        });
        QVERIFY(failedAfterRollups);
        QCOMPARE(snapshot(db.connection()), before);

        qint64 stored = -1, skipped = -1;
        QVERIFY(!import([&](SessionSink &sink, ImportContext &ctx) -> Status {
            if (Status s = addAll(sink, more + numberedRange(0, 10)))
                return s;
            if (Status s = sink.finish())
                return s;
            stored = ctx.rowsStored;
            skipped = ctx.skipped.value(SessionTally::duplicateReason()).count;
            return {};
        }));
        QCOMPARE(stored, 20000);
        QCOMPARE(skipped, 10); // the first import's sessions
        QCOMPARE(storedSessions(db.connection()), 22000);
        QCOMPARE(scalar(db.connection(), "SELECT sum(visits) FROM visitor_daily"), 22000);
    }

    // Two imports on two connections at once, with 3,000 sessions in common: each session is stored and
    // counted once, whichever import got it, and the rollups are those of the union of both files.
    void concurrentImportsCountEachSessionOnce()
    {
        PgTestDatabase db;
        ConcurrentImport a, b;
        a.sessions = numberedRange(0, 6000);
        b.sessions = numberedRange(3000, 9000);
        std::reverse(b.sessions.begin(), b.sessions.end()); // the common ones meet early in both files
        std::barrier ready(2);
        std::thread ta([&] { a.run(u"a.csv"_s, ready); });
        std::thread tb([&] { b.run(u"b.csv"_s, ready); });
        ta.join();
        tb.join();
        QVERIFY2(!a.result, a.result ? qPrintable(a.result->toString()) : "");
        QVERIFY2(!b.result, b.result ? qPrintable(b.result->toString()) : "");
        QCOMPARE(a.stored + b.stored, 9000);
        QCOMPARE(a.skipped + b.skipped, 3000);

        std::map<qint64, Truth> truth; // per Oslo day of the union (keys 0..8999)
        for (int n = 0; n < 9000; ++n) {
            const SessionRecord s = numbered(n);
            Truth &t = truth[QDateTime::fromSecsSinceEpoch(s.startUtc, QTimeZone("Europe/Oslo")).date().toJulianDay()];
            ++t.visits;
            ++(*s.firstTime ? t.first : t.returning);
            if (s.durationS) {
                ++t.durationN;
                t.durationSum += *s.durationS;
                ++t.seconds[qint64(std::floor(*s.durationS + 0.5))];
            }
        }
        PgVisitorStore store(db.connection());
        const qint64 from = QDate(2024, 5, 1).toJulianDay(), to = QDate(2024, 5, 31).toJulianDay();
        auto rows = store.dailyRollups(from, to, {});
        QVERIFY(rows);
        QCOMPARE(rows->size(), truth.size());
        for (const DailyRollup &r : *rows) {
            QVERIFY(truth.contains(r.day));
            const Truth &t = truth.at(r.day);
            QCOMPARE(r.visits, t.visits);
            QCOMPARE(r.firstTime, t.first);
            QCOMPARE(r.returning, t.returning);
            QCOMPARE(r.typeKnown, t.visits);
            QCOMPARE(r.durationN, t.durationN);
            QVERIFY(std::abs(r.durationSum - t.durationSum) < 1e-6);
        }
        auto seconds = secondsPerDay(store, from, to, {});
        QVERIFY(seconds);
        for (const auto &[day, t] : truth)
            QCOMPARE((*seconds)[day], t.seconds);
        QCOMPARE(storedSessions(db.connection()), 9000);
        std::set<QString> keys;
        for (const SessionRecord &s : replayAll(db.connection()))
            keys.insert(s.sessionKey);
        QCOMPARE(keys.size(), size_t(9000));
    }

    // Deleting an import from the history takes every visitor row of it along (by foreign keys), and its
    // sessions count as new again.
    void deletingAnImportRemovesItsVisitorRows()
    {
        PgTestDatabase db;
        PgVisitorStore store(db.connection());
        auto importRange = [&](int from, int to) {
            return db.import("visitors", [&](ImportContext &ctx) -> Status {
                std::unique_ptr<SessionSink> sink = store.openSink(ctx);
                if (Status s = addAll(*sink, numberedRange(from, to)))
                    return s;
                return sink->finish();
            });
        };
        QVERIFY(!importRange(0, 1000));
        const QStringList first = snapshot(db.connection());
        QVERIFY(!importRange(500, 3000));
        QCOMPARE(scalar(db.connection(), "SELECT sum(visits) FROM visitor_daily"), 3000);
        QVERIFY(!db.connection().run("DELETE FROM imports WHERE file_name = 'import-2'"));
        QCOMPARE(snapshot(db.connection()), first);
        QVERIFY(!importRange(1000, 3000));
        QCOMPARE(storedSessions(db.connection()), 3000);
        QCOMPARE(scalar(db.connection(), "SELECT sum(visits) FROM visitor_daily"), 3000);
    }

    // Tabs, line breaks, backslashes, COPY's own "\N", quotes, non-Latin text: stored as given (U+0000, which
    // PostgreSQL's text cannot hold, as U+FFFD); the same file again is recognised session by session.
    void awkwardTextGoesThroughCopyUnchanged()
    {
        PgTestDatabase db;
        PgVisitorStore store(db.connection());
        const QStringList texts = { u"tab\there"_s, u"line\nbreak"_s, u"cr\rlf\r\n"_s, u"back\\slash"_s, u"\\N"_s,
            u"\\x41"_s, u"\"quoted\", 'single'"_s, u"blåbærsyltetøy 😀"_s, u"nul\0inside"_s, u""_s, u"  spaces  "_s };
        QList<SessionRecord> sessions;
        for (qsizetype i = 0; i < texts.size(); ++i) {
            SessionRecord s = numbered(int(i));
            s.source = texts[(i + 1) % texts.size()].isEmpty() ? u"source"_s : texts[(i + 1) % texts.size()];
            s.visitorId = texts[i];
            s.sessionKey = u"key "_s + texts[i];
            s.channel = texts[(i + 2) % texts.size()];
            sessions << s;
        }
        for (int round = 0; round < 2; ++round) {
            qint64 stored = -1, duplicates = -1;
            QVERIFY(!db.import("visitors", [&](ImportContext &ctx) -> Status {
                std::unique_ptr<SessionSink> sink = store.openSink(ctx);
                if (Status s = addAll(*sink, sessions))
                    return s;
                if (Status s = sink->finish())
                    return s;
                stored = ctx.rowsStored;
                duplicates = ctx.skipped.value(SessionTally::duplicateReason()).count;
                return {};
            }));
            QCOMPARE(stored, round == 0 ? texts.size() : 0);
            QCOMPARE(duplicates, round == 0 ? 0 : texts.size());
        }
        const std::vector<SessionRecord> back = replayAll(db.connection());
        QCOMPARE(back.size(), size_t(sessions.size()));
        auto stored = [](QString s) { return s.replace(QChar(0), QChar(0xFFFD)); };
        for (size_t i = 0; i < back.size(); ++i) {
            QCOMPARE(back[i].source, stored(sessions[qsizetype(i)].source));
            QCOMPARE(back[i].visitorId, stored(sessions[qsizetype(i)].visitorId));
            QCOMPARE(back[i].sessionKey, stored(sessions[qsizetype(i)].sessionKey));
            QCOMPARE(back[i].channel, stored(sessions[qsizetype(i)].channel));
        }
        auto sources = store.sources();
        QVERIFY(sources);
        QCOMPARE(sources->size(), texts.size() - 1 + 1); // every non-empty text, and "source" for the empty one

        // A report's figure, its source and dimension as awkward.
        AggregateRecord figure;
        figure.source = u"report\t\\N\n\0 ø"_s;
        figure.from = figure.to = QDate(2024, 5, 2);
        figure.metric = u"visits_by_duration"_s;
        figure.dimension = u"60-120\r\n"_s;
        figure.value = 0.1;
        QVERIFY(!db.import("visitors", [&](ImportContext &ctx) -> Status {
            std::unique_ptr<SessionSink> sink = store.openSink(ctx);
            if (Status s = sink->addAggregate(figure))
                return s;
            return sink->finish();
        }));
        const qint64 day = figure.from.toJulianDay();
        auto reports = store.durationReports(day, day, u"report\t\\N\n\uFFFD ø"_s);
        QVERIFY(reports);
        QCOMPARE(reports->size(), size_t(1));
        QCOMPARE(reports->front().dimension, figure.dimension);
        QCOMPARE(reports->front().value, 0.1);
    }

    // The client's own zone (here UTC+14, where most of these instants fall on the next calendar day) changes
    // nothing: the instants are stored as given, the days are those of the workspace's zone (Europe/Oslo).
    void timesAreNotShiftedByTheClientZone()
    {
        const QByteArray oldTz = qgetenv("TZ");
        qputenv("TZ", "Pacific/Kiritimati");
        tzset();
        auto restore = qScopeGuard([&] {
            if (oldTz.isNull())
                qunsetenv("TZ");
            else
                qputenv("TZ", oldTz);
            tzset();
        });
        QCOMPARE(QDateTime::fromSecsSinceEpoch(1711922399).offsetFromUtc(), 14 * 3600); // the zone took effect
        // Instants and their Oslo days (computed with Python's zoneinfo).
        const std::vector<std::pair<qint64, QDate>> cases = {
            { 1711922399, QDate(2024, 3, 31) }, // 21:59:59Z, 23:59:59 CEST (the day DST began)
            { 1711922400, QDate(2024, 4, 1) }, // 22:00:00Z, midnight CEST
            { 1730068199, QDate(2024, 10, 27) }, // 22:29:59Z, 23:29:59 CET (the day DST ended)
            { 1704063599, QDate(2023, 12, 31) }, // 22:59:59Z, 23:59:59 CET
            { 1719784799, QDate(2024, 6, 30) }, // 21:59:59Z, 23:59:59 CEST
        };
        PgTestDatabase db;
        PgVisitorStore store(db.connection());
        QVERIFY(!db.import("visitors", [&](ImportContext &ctx) -> Status {
            std::unique_ptr<SessionSink> sink = store.openSink(ctx);
            for (size_t i = 0; i < cases.size(); ++i) {
                SessionRecord s;
                s.source = u"web"_s;
                s.sessionKey = u"s%1"_s.arg(i);
                s.startUtc = cases[i].first;
                if (Status st = sink->addSession(s))
                    return st;
            }
            return sink->finish();
        }));
        const std::vector<SessionRecord> back = replayAll(db.connection());
        QCOMPARE(back.size(), cases.size());
        for (size_t i = 0; i < back.size(); ++i) {
            QCOMPARE(back[i].startUtc, cases[i].first);
            QCOMPARE(back[i].day, cases[i].second);
        }
        auto rows = store.dailyRollups(QDate(2023, 1, 1).toJulianDay(), QDate(2025, 1, 1).toJulianDay(), {});
        QVERIFY(rows);
        std::vector<QDate> days;
        for (const DailyRollup &d : *rows)
            days.push_back(QDate::fromJulianDay(d.day));
        const std::vector<QDate> expected
            = { QDate(2023, 12, 31), QDate(2024, 3, 31), QDate(2024, 4, 1), QDate(2024, 6, 30), QDate(2024, 10, 27) };
        QCOMPARE(days, expected);
        auto range = store.dataRange();
        QVERIFY(range);
        QCOMPARE(range->first, QDate(2023, 12, 31));
        QCOMPARE(range->second, QDate(2024, 10, 27));
    }
};

QTEST_GUILESS_MAIN(TestPgVisitorStore)
#include "test_pgvisitorstore.moc"
