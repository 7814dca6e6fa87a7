// SPDX-License-Identifier: GPL-3.0-or-later
// Visitor import and query benchmarks on PostgreSQL (run by ./build.sh bench, Release), the goals of issue #12:
//  1. Importing 1,000,000 rows of the generic sessions CSV into a team workspace (detection, parsing,
//     validation, the file's SHA-256, duplicate checks, sessions through COPY, rollups; one transaction) vs
//     `psql -c "\copy"` of the same file into a bare table of text columns on the same server, side by side,
//     three rounds alternating; goal: ours <= 1.5x. In time order and shuffled.
//  2. The day-by-day series for a year over those sessions (VisitorQueries on PgVisitorStore, from the rollups)
//     vs a raw GROUP BY over the bare table, both through libpq in this process; goal <= 0.2x. Both must count
//     the same visits.
// It needs a PostgreSQL server of its own: without PGHOST it runs itself again under `pg_virtualenv -t` (a
// throwaway cluster in a temporary folder); without pg_virtualenv it says it skipped and exits 0.
#include "storage/postgres/pgconnection.h"
#include "storage/postgres/pgschema.h"
#include "storage/postgres/pgvisitorstore.h"
#include "visitorbench.h"
#include "visitors/sessionsink.h"
#include "visitors/visitorqueries.h"
#include "workspace/importservice.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

[[noreturn]] void die(const QString &what)
{
    fprintf(stderr, "bench_pgvisitors: %s\n", qPrintable(what));
    exit(1);
}

void must(Status s)
{
    if (s)
        die(s->toString());
}

// A fresh team workspace (the schema dropped and created again).
void resetWorkspace(PgConnection &c)
{
    must(c.run("SET client_min_messages TO warning"));
    must(c.run("DROP SCHEMA IF EXISTS kapsel CASCADE"));
    must(PgSchema::migrate(c));
}

// The file imported as kapsel-cli imports one (ImportService, the CLI's and the GUI's own path): the file's
// SHA-256 and the refusal of a file imported before, format detection, its history row, the importer reading
// into the area's sink, one transaction.
qint64 importFile(const QString &location, const QString &path)
{
    auto report = ImportService::importFile(location, path);
    if (!report)
        die(report.error().toString());
    return report->rowsStored;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (!qEnvironmentVariableIsSet("PGHOST")) {
        const QString virtualenv = QStandardPaths::findExecutable(u"pg_virtualenv"_s);
        if (virtualenv.isEmpty()) {
            printf("bench_pgvisitors: skipped: no PostgreSQL server (install postgresql-common and postgresql for "
                   "pg_virtualenv)\n");
            return 0;
        }
        QProcess p;
        p.setProcessChannelMode(QProcess::ForwardedChannels);
        p.start(virtualenv, QStringList { u"-t"_s, app.applicationFilePath() } + app.arguments().mid(1));
        p.waitForFinished(-1);
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : 1;
    }
    const QString psql = QStandardPaths::findExecutable(u"psql"_s);
    if (psql.isEmpty())
        die(u"psql is missing"_s);
    auto opened = PgConnection::open(u"postgresql://"_s);
    if (!opened)
        die(opened.error().toString());
    PgConnection &c = **opened;
    printf("bench_pgvisitors: PostgreSQL %d.%d, a throwaway server on this machine\n", c.serverVersion() / 10000,
        c.serverVersion() % 100);

    QTemporaryDir dir;
    const qint64 n = 1000000;
    const QString csv = dir.filePath(u"sessions-1m.csv"_s);
    writeSessionsCsv(csv, n);
    const QString shuffled = dir.filePath(u"sessions-1m-shuffled.csv"_s);
    writeShuffled(csv, shuffled);
    printf("bench_pgvisitors: generic sessions CSV, %lld rows, %lld MB\n", static_cast<long long>(n),
        static_cast<long long>(QFileInfo(csv).size() / 1000000));
    must(c.run("DROP TABLE IF EXISTS public.bare"));
    must(c.run("CREATE TABLE public.bare (visitor_id text, session_id text, started_at text, duration_s text,"
               " visit_number text, pageviews text, source text)"));

    // 1. The import vs psql's \copy, alternating.
    for (const auto &[label, file] : { std::pair { "in time order", csv }, std::pair { "shuffled", shuffled } }) {
        std::vector<double> ours, theirs;
        for (int round = 1; round <= 3; ++round) {
            resetWorkspace(c);
            must(c.run("CHECKPOINT"));
            QElapsedTimer t;
            t.start();
            const double cpu0 = cpuSeconds(RUSAGE_SELF);
            const qint64 stored = importFile(u"postgresql://"_s, file);
            const double k = seconds(t);
            const double kCpu = cpuSeconds(RUSAGE_SELF) - cpu0;
            if (stored != n)
                die(u"stored %1 sessions of %2"_s.arg(stored).arg(n));

            must(c.run("TRUNCATE public.bare"));
            must(c.run("CHECKPOINT"));
            QProcess p;
            p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            t.restart();
            p.start(
                psql, { u"-q"_s, u"-c"_s, u"\\copy public.bare from '%1' with (format csv, header true)"_s.arg(file) });
            p.waitForFinished(-1);
            const double s = seconds(t);
            if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
                die(u"psql \\copy failed"_s);
            ours.push_back(k);
            theirs.push_back(s);
            printf("  %s, round %d: import %.2f s (%.2f s CPU in Kapsel), psql \\copy %.2f s; ratio %.2f\n", label,
                round, k, kCpu, s, k / s);
            fflush(stdout);
        }
        printf("  import 1M rows %s: median import %.2f s, psql \\copy %.2f s; ratio %.2f (goal <= 1.5)\n", label,
            median3(ours), median3(theirs), median3(ours) / median3(theirs));
    }

    // 2. The year's day series: rollups vs GROUP BY over the raw rows (the last round's workspace and bare table,
    // both the shuffled file), each run three times, the median.
    PgVisitorStore store(c);
    const VisitorFilter f { QDate(2024, 1, 1), QDate(2024, 12, 31), Granularity::Day, {} };
    std::vector<double> rollup, raw;
    qint64 rollupVisits = 0, rawVisits = 0;
    for (int round = 0; round < 3; ++round) {
        QElapsedTimer t;
        t.start();
        auto rows = VisitorQueries::series(store, f);
        rollup.push_back(seconds(t));
        if (!rows)
            die(rows.error().toString());
        rollupVisits = 0;
        for (const SeriesRow &r : *rows)
            rollupVisits += r.visits;
        t.restart();
        auto g = c.exec("SELECT substr(started_at, 1, 10) AS day, count(*), sum((visit_number = '1')::int),"
                        " sum((visit_number <> '1')::int), avg(duration_s::float8) FROM public.bare"
                        " GROUP BY day ORDER BY day");
        raw.push_back(seconds(t));
        if (!g)
            die(g.error().toString());
        rawVisits = 0;
        for (int i = 0; i < g->rows(); ++i)
            rawVisits += g->integer(i, 1);
    }
    printf("  day series for 2024: rollups %.4f s (with exact medians), GROUP BY over the raw rows %.4f s"
           " (no medians); ratio %.3f (goal <= 0.2); visits %lld vs %lld%s\n",
        median3(rollup), median3(raw), median3(rollup) / median3(raw), static_cast<long long>(rollupVisits),
        static_cast<long long>(rawVisits), rollupVisits == rawVisits ? "" : "  MISMATCH");
    return 0;
}
