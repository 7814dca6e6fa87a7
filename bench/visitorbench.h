// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the visitor benchmarks share (bench_visitors: SQLite, bench_pgvisitors: PostgreSQL): the generic sessions
// CSV they import, and their timing.

#include <QByteArray>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QList>
#include <QRandomGenerator>
#include <QTimeZone>

#include <sys/resource.h>

#include <algorithm>
#include <cmath>
#include <vector>

// A Siteimprove-like export: a year of visits in time order, ISO times with the Oslo offset, log-normal
// durations, returning visitors, three sources.
inline void writeSessionsCsv(const QString &path, qint64 rows)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    QRandomGenerator rng(42);
    const QTimeZone oslo("Europe/Oslo");
    const QDateTime start(QDate(2024, 1, 1), QTime(0, 0), oslo);
    const char *sources[] = { "siteimprove", "siteimprove", "newsletter" };
    QByteArray buf = "visitor_id,session_id,started_at,duration_s,visit_number,pageviews,source\n";
    const double step = 366.0 * 86400 / double(rows);
    for (qint64 i = 0; i < rows; ++i) {
        const QDateTime t = start.addSecs(qint64(double(i) * step));
        const double u1 = std::max(1e-12, rng.generateDouble()), u2 = rng.generateDouble();
        const qint64 duration
            = qint64(std::round(70.0 * std::exp(1.2 * std::sqrt(-2 * std::log(u1)) * std::cos(2 * M_PI * u2))));
        buf += QByteArray::number(rng.bounded(1, 400000)) + ',' + QByteArray::number(i + 1) + ','
            + t.toString(Qt::ISODate).toLatin1() + ',' + QByteArray::number(duration) + ','
            + QByteArray::number(rng.bounded(6) ? rng.bounded(2, 30) : 1) + ',' + QByteArray::number(rng.bounded(1, 20))
            + ',' + sources[i % 3] + '\n';
        if (buf.size() > (1 << 20)) {
            f.write(buf);
            buf.clear();
        }
    }
    f.write(buf);
}

// The same rows in a random order (fixed seed), the header first.
inline void writeShuffled(const QString &from, const QString &to)
{
    QFile in(from), out(to);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
        qFatal("cannot shuffle %s", qPrintable(from));
    QList<QByteArray> lines = in.readAll().split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    QRandomGenerator rng(7);
    for (qsizetype i = lines.size() - 1; i > 1; --i) // Fisher-Yates over the data rows
        std::swap(lines[i], lines[1 + rng.bounded(i)]);
    for (const QByteArray &l : std::as_const(lines))
        out.write(l + '\n');
}

inline double seconds(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e9;
}

inline double median3(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

// CPU seconds (user and system) of this process (RUSAGE_SELF) or of its waited-for children (RUSAGE_CHILDREN).
inline double cpuSeconds(int who)
{
    rusage u {};
    getrusage(who, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}
