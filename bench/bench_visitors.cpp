// SPDX-License-Identifier: GPL-3.0-or-later
// Visitor import and query benchmarks (run by ./build.sh bench, Release), the goals of issue #3:
//  1. Importing 1,000,000 rows of the generic sessions CSV (`kapsel-cli import`, a fresh workspace) vs the
//     sqlite3 shell's `.import` of the same file into a bare table, side by side, three rounds alternating;
//     goal: ours <= 1x.
//  2. The day-by-day series for a year over those sessions (VisitorQueries, from the rollups) vs sqlite3
//     GROUP BY over the raw rows of the bare table; goal < 0.1x. Both must count the same visits.
//  3. Peak memory of importing 4,000,000 rows vs 1,000,000 (each in a process of its own); goal <= 1.2x.
// 1 and 3 run twice: on the file in time order and on the same rows shuffled (issue #11: a file not sorted by
// time must import as fast, in as little memory).
#include "visitorbench.h"
#include "visitors/visitorqueries.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <sqlite3.h>
#include <sys/resource.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    double wall = 0, cpu = 0;
    bool ok = false;
};

Run run(const QString &program, const QStringList &args)
{
    QElapsedTimer t;
    t.start();
    const double cpu0 = cpuSeconds(RUSAGE_CHILDREN);
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(program, args);
    p.waitForFinished(-1);
    Run r { seconds(t), cpuSeconds(RUSAGE_CHILDREN) - cpu0,
        p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0 };
    if (!r.ok)
        fprintf(stderr, "  %s failed: %s\n", qPrintable(program), p.readAllStandardOutput().constData());
    return r;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString cli = QDir(app.applicationDirPath()).filePath(u"../app/kapsel-cli"_s);
    // Child mode: run one command and print its peak RSS (KiB), the only child of this process.
    if (args.size() > 2 && args[1] == u"--rss") {
        if (!run(args[2], args.mid(3)).ok)
            return 1;
        rusage u {};
        getrusage(RUSAGE_CHILDREN, &u);
        printf("%ld\n", u.ru_maxrss);
        return 0;
    }
    QTemporaryDir dir;
    // KAPSEL_BENCH_KEEP=1 keeps the generated files (for profiling the import with callgrind or perf).
    if (qEnvironmentVariableIsSet("KAPSEL_BENCH_KEEP")) {
        dir.setAutoRemove(false);
        printf("bench_visitors: files kept in %s\n", qPrintable(dir.path()));
    }
    const qint64 n = 1000000;
    const QString csv = dir.filePath(u"sessions-1m.csv"_s);
    writeSessionsCsv(csv, n);
    printf("bench_visitors: generic sessions CSV, %lld rows, %lld MB\n", static_cast<long long>(n),
        static_cast<long long>(QFileInfo(csv).size() / 1000000));

    // 1. kapsel-cli import vs sqlite3 .import, alternating, in time order and shuffled.
    const QString shuffled = dir.filePath(u"sessions-1m-shuffled.csv"_s);
    writeShuffled(csv, shuffled);
    QString lastWorkspace, lastBare;
    for (const auto &[label, file] : { std::pair { "in time order", csv }, std::pair { "shuffled", shuffled } }) {
        std::vector<double> ours, theirs;
        for (int round = 1; round <= 3; ++round) {
            lastWorkspace = dir.filePath(u"k%1-%2.kapsel"_s.arg(round).arg(file == csv ? u"s"_s : u"r"_s));
            lastBare = dir.filePath(u"bare%1-%2.db"_s.arg(round).arg(file == csv ? u"s"_s : u"r"_s));
            const Run k = run(cli, { u"--db"_s, lastWorkspace, u"import"_s, file });
            const Run s = run(u"sqlite3"_s, { lastBare, u".mode csv"_s, u".import '%1' sessions"_s.arg(file) });
            if (!k.ok || !s.ok)
                return 1;
            ours.push_back(k.wall);
            theirs.push_back(s.wall);
            printf("  %s, round %d: kapsel-cli import %.2f s wall (%.2f s CPU), sqlite3 .import %.2f s wall"
                   " (%.2f s CPU); ratio %.2f\n",
                label, round, k.wall, k.cpu, s.wall, s.cpu, k.wall / s.wall);
        }
        printf("  import 1M rows %s: median kapsel-cli %.2f s, sqlite3 .import %.2f s; ratio %.2f (goal <= 1)\n", label,
            median3(ours), median3(theirs), median3(ours) / median3(theirs));
    }

    // 2. The year's day series: rollups vs GROUP BY over the raw rows.
    {
        auto w = Workspace::open(lastWorkspace);
        if (!w)
            return 1;
        const VisitorFilter f { QDate(2024, 1, 1), QDate(2024, 12, 31), Granularity::Day, {} };
        QElapsedTimer t;
        t.start();
        auto rows = VisitorQueries::series((*w)->visitors(), f);
        const double rollup = seconds(t);
        qint64 rollupVisits = 0;
        for (const SeriesRow &r : *rows)
            rollupVisits += r.visits;

        sqlite3 *bare = nullptr;
        sqlite3_open(lastBare.toUtf8().constData(), &bare);
        t.restart();
        sqlite3_stmt *st = nullptr;
        sqlite3_prepare_v2(bare,
            "SELECT substr(started_at, 1, 10) AS day, COUNT(*), SUM(visit_number = '1'), SUM(visit_number <> '1'),"
            " AVG(CAST(duration_s AS REAL)) FROM sessions GROUP BY day ORDER BY day",
            -1, &st, nullptr);
        qint64 rawVisits = 0;
        while (sqlite3_step(st) == SQLITE_ROW)
            rawVisits += sqlite3_column_int64(st, 1);
        sqlite3_finalize(st);
        const double raw = seconds(t);
        sqlite3_close(bare);
        printf("  day series for 2024: rollups %.4f s (with exact medians), sqlite3 GROUP BY over the raw rows %.4f s"
               " (no medians); ratio %.3f (goal < 0.1); visits %lld vs %lld%s\n",
            rollup, raw, rollup / raw, static_cast<long long>(rollupVisits), static_cast<long long>(rawVisits),
            rollupVisits == rawVisits ? "" : "  MISMATCH");
        // Months and the whole year merge many days' histograms into one median each.
        VisitorFilter months = f;
        months.by = Granularity::Month;
        t.restart();
        auto monthRows = VisitorQueries::series((*w)->visitors(), months);
        const double monthly = seconds(t);
        t.restart();
        auto year = VisitorQueries::totals((*w)->visitors(), f);
        const double total = seconds(t);
        printf("  month series for 2024: %.4f s; the year's totals with its median: %.4f s (%lld visits)\n", monthly,
            total, static_cast<long long>(year ? year->visits : -1));
    }

    // 3. Memory: 4M rows vs 1M rows, each import in a process of its own.
    if (qEnvironmentVariableIsSet("KAPSEL_BENCH_QUICK"))
        return 0;
    const QString csv4 = dir.filePath(u"sessions-4m.csv"_s);
    writeSessionsCsv(csv4, 4 * n);
    auto peak = [&](const QString &file, const QString &ws) {
        QProcess p;
        p.start(app.applicationFilePath(), { u"--rss"_s, cli, u"--db"_s, ws, u"import"_s, file });
        p.waitForFinished(-1);
        return p.readAllStandardOutput().trimmed().toLong();
    };
    const QString shuffled4 = dir.filePath(u"sessions-4m-shuffled.csv"_s);
    writeShuffled(csv4, shuffled4);
    for (const auto &[label, one1, four4] :
        { std::tuple { "in time order", csv, csv4 }, std::tuple { "shuffled", shuffled, shuffled4 } }) {
        const long one = peak(one1, dir.filePath(u"rss1-%1.kapsel"_s.arg(one1 == csv ? u"s"_s : u"r"_s)));
        const long four = peak(four4, dir.filePath(u"rss4-%1.kapsel"_s.arg(one1 == csv ? u"s"_s : u"r"_s)));
        printf("  peak RSS of kapsel-cli import, %s: 1M rows %ld MiB, 4M rows %ld MiB; ratio %.2f (goal <= 1.2)\n",
            label, one / 1024, four / 1024, double(four) / double(one));
    }
    return 0;
}
