// SPDX-License-Identifier: GPL-3.0-or-later
// Visitor storage benchmarks (run by ./build.sh bench, Release):
//  1. 1,000,000 sessions stored through the session sink vs the sqlite3 shell's .import of the same rows as
//     CSV into a bare table. (The generic sessions CSV importer belongs to another unit; until it is merged
//     this measures the sink, the part of an import this unit owns.)
//  2. Day-by-day series for a year over those 1,000,000 sessions from the rollups vs sqlite3 GROUP BY over
//     the raw rows (in-process, same connection kind, so only the query differs).
//  3. Peak RSS of storing 4,000,000 vs 1,000,000 sessions (child processes), goal <= 1.2x.
#include "importers/importcontext.h"
#include "stats/sessionstore.h"
#include "stats/visitorqueries.h"
#include "storage/sql.h"
#include "storage/workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <sqlite3.h>
#include <sys/resource.h>

#include <cmath>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

const qint64 kYearStart = QDateTime(QDate(2024, 1, 1), QTime(0, 0), QTimeZone("Europe/Oslo")).toSecsSinceEpoch();

// The i-th synthetic session: deterministic, a year of start times, log-normal durations.
SessionRecord makeSession(QRandomGenerator &rng, qint64 i)
{
    SessionRecord s;
    s.source = i % 3 == 0 ? u"GA4"_s : (i % 3 == 1 ? u"Matomo"_s : u"Siteimprove"_s);
    s.visitorId = QString::number(rng.bounded(400000));
    s.sessionKey = QString::number(i);
    s.startUtc = kYearStart + rng.bounded(365 * 86400);
    s.visitNumber = 1 + (rng.bounded(100) < 38 ? 1 + rng.bounded(5) : 0);
    const double u1 = std::max(rng.generateDouble(), 1e-12), u2 = rng.generateDouble();
    s.durationS = std::round(70.0 * std::exp(1.2 * std::sqrt(-2 * std::log(u1)) * std::cos(2 * M_PI * u2)));
    return s;
}

double g_storeCpu = 0; // CPU seconds spent storing in the last storeSessions()
double cpuSeconds(int who);

double seconds(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e9;
}

// Stores n sessions through the sink in one transaction; returns the elapsed seconds or -1.
double storeSessions(const QString &path, qint64 n, const QString &csvPath = {})
{
    auto ws = Workspace::open(path);
    if (!ws) {
        fprintf(stderr, "%s\n", qPrintable(ws.error().toString()));
        return -1;
    }
    QFile csv(csvPath);
    std::unique_ptr<QTextStream> out;
    if (!csvPath.isEmpty() && csv.open(QIODevice::WriteOnly)) {
        out = std::make_unique<QTextStream>(&csv);
        *out << "source,visitor_id,session_id,started_at,duration_s,visit_number\n";
    }
    // Generate first (also the CSV for the sqlite3 shell), so only storing is timed.
    QRandomGenerator rng(1);
    QList<SessionRecord> rows;
    const qint64 chunk = 200000;
    QSqlDatabase db = (*ws)->db();
    for (const QString &ix : qEnvironmentVariable("KAPSEL_BENCH_DROP").split(u',', Qt::SkipEmptyParts)) // experiments
        Sql::execAll(db, { ix == u"fk" ? u"PRAGMA foreign_keys=OFF"_s : u"DROP INDEX "_s + ix });
    double elapsed = 0;
    if (Status s = Sql::beginWrite(db))
        return -1;
    auto id = recordVisitorImport(db, u"bench"_s, u"bench"_s, u"bench"_s);
    ImportContext ctx;
    ctx.importId = *id;
    ctx.timeZone = QTimeZone("Europe/Oslo");
    auto sink = openSessionStore(db, ctx);
    for (qint64 done = 0; done < n; done += chunk) {
        rows.clear();
        for (qint64 i = done; i < std::min(n, done + chunk); ++i) {
            rows.append(makeSession(rng, i));
            if (out) {
                const SessionRecord &s = rows.last();
                *out << s.source << ',' << s.visitorId << ',' << s.sessionKey << ',' << s.startUtc << ','
                     << qint64(*s.durationS) << ',' << *s.visitNumber << '\n';
            }
        }
        QElapsedTimer t;
        t.start();
        const double cpu0 = cpuSeconds(RUSAGE_SELF);
        for (const SessionRecord &s : std::as_const(rows))
            sink->addSession(s);
        elapsed += seconds(t);
        g_storeCpu += cpuSeconds(RUSAGE_SELF) - cpu0;
    }
    QElapsedTimer t;
    t.start();
    const double cpu0 = cpuSeconds(RUSAGE_SELF);
    sink->finish();
    sink.reset();
    Sql::commit(db);
    elapsed += seconds(t);
    g_storeCpu += cpuSeconds(RUSAGE_SELF) - cpu0;
    return elapsed;
}

double cpuSeconds(int who)
{
    rusage u {};
    getrusage(who, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

long peakRssKiB()
{
    rusage u {};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTemporaryDir dir;
    if (args.size() == 3 && args[1] == u"--rss") { // child: store N sessions, print peak RSS
        storeSessions(dir.filePath(u"rss.kapsel"_s), args[2].toLongLong());
        printf("%ld\n", peakRssKiB());
        return 0;
    }
    const qint64 n = 1000000;
    printf("bench_visitors: %lld sessions\n", static_cast<long long>(n));

    // 1. Sink vs sqlite3 .import
    const QString ws = dir.filePath(u"bench.kapsel"_s), csv = dir.filePath(u"sessions.csv"_s);
    const double sink = storeSessions(ws, n, csv);
    QElapsedTimer t;
    t.start();
    const double childCpu0 = cpuSeconds(RUSAGE_CHILDREN);
    QProcess shell;
    shell.start(u"sqlite3"_s, { dir.filePath(u"bare.db"_s), u".mode csv"_s, u".import '%1' sessions"_s.arg(csv) });
    shell.waitForFinished(-1);
    const double dotImport = seconds(t);
    const double dotImportCpu = cpuSeconds(RUSAGE_CHILDREN) - childCpu0;
    printf(
        "  store 1M sessions through the sink: %.2f s wall (%.2f s CPU); sqlite3 .import of the same rows: %.2f s wall"
        " (%.2f s CPU); ratio %.2f wall, %.2f CPU (goal <= 1)\n",
        sink, g_storeCpu, dotImport, dotImportCpu, sink / dotImport, g_storeCpu / dotImportCpu);

    // 2. Year series from rollups vs GROUP BY over raw rows
    auto w = Workspace::open(ws);
    const VisitorFilter f { QDate(2024, 1, 1), QDate(2024, 12, 31), Granularity::Day, {} };
    t.restart();
    auto rows = VisitorQueries::series((*w)->db(), f);
    const double rollup = seconds(t);
    sqlite3 *h = Sql::handle((*w)->db());
    t.restart();
    sqlite3_stmt *st = nullptr;
    sqlite3_prepare_v2(h,
        "SELECT day, COUNT(*), SUM(first_time), SUM(1 - first_time), AVG(duration_s) FROM visitor_sessions"
        " GROUP BY day ORDER BY day",
        -1, &st, nullptr);
    qint64 rawVisits = 0;
    while (sqlite3_step(st) == SQLITE_ROW)
        rawVisits += sqlite3_column_int64(st, 1);
    sqlite3_finalize(st);
    const double raw = seconds(t);
    qint64 rollupVisits = 0;
    for (const SeriesRow &r : *rows)
        rollupVisits += r.visits;
    printf("  day series for a year: rollups %.4f s (with exact medians), raw GROUP BY %.4f s (no medians); ratio %.3f "
           "(goal < 0.1);"
           " visits %lld vs %lld\n",
        rollup, raw, rollup / raw, static_cast<long long>(rollupVisits), static_cast<long long>(rawVisits));

    // 3. Memory
    if (qEnvironmentVariableIsSet("KAPSEL_BENCH_QUICK"))
        return 0;
    auto childRss = [&](qint64 count) {
        QProcess p;
        p.start(app.applicationFilePath(), { u"--rss"_s, QString::number(count) });
        p.waitForFinished(-1);
        return p.readAllStandardOutput().trimmed().toLong();
    };
    const long one = childRss(1000000), four = childRss(4000000);
    printf("  peak RSS: 1M sessions %ld MiB, 4M sessions %ld MiB; ratio %.2f (goal <= 1.2)\n", one / 1024, four / 1024,
        double(four) / double(one));
    printf("  not done: the GA4 NDJSON vs DuckDB benchmark (needs the GA4 importer and npm)\n");
    return 0;
}
