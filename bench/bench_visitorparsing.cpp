// SPDX-License-Identifier: GPL-3.0-or-later
// How fast the visitor importers parse, without storage: the importer's share of the import benchmarks.
// 1,000,000 generic sessions CSV rows next to sqlite3's `.import` of the same file into a bare table, and a
// GA4 NDJSON export of about 200 MB (30,000 sessions, 200,000 unsorted events).
#include "importers/ga4ndjsonimporter.h"
#include "importers/importcontext.h"
#include "importers/sessionscsvimporter.h"
#include "visitors/sessionsink.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

class CountingSink : public SessionSink
{
public:
    void setSource(const QString &) override { }
    Status addSession(const SessionRecord &s) override
    {
        ++sessions;
        durationSum += s.durationS.value_or(0);
        return std::nullopt;
    }
    Status addAggregate(const AggregateRecord &) override { return std::nullopt; }
    Status finish() override { return std::nullopt; }
    qint64 sessions = 0;
    double durationSum = 0;
};

double runImporter(const Importer &importer, const QString &path, qint64 *sessions)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    CountingSink sink;
    ImportContext ctx;
    ctx.fileName = path;
    ctx.timeZone = QTimeZone("Europe/Oslo");
    ctx.sessions = &sink;
    QElapsedTimer t;
    t.start();
    if (Status s = importer.read(f, ctx))
        std::fprintf(stderr, "error: %s\n", qPrintable(s->toString()));
    *sessions = sink.sessions;
    return t.elapsed() / 1000.0;
}

void writeSessionsCsv(const QString &path, int rows)
{
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    QRandomGenerator rng(42);
    QByteArray buf;
    buf += "visitor_id,session_id,started_at,duration_s,visit_number,pageviews,source\n";
    const QDateTime base(QDate(2024, 1, 1), QTime(0, 0), QTimeZone::utc());
    for (int i = 0; i < rows; ++i) {
        const QDateTime start = base.addSecs(qint64(i) * 31);
        buf += QByteArray::number(rng.bounded(1, 200000)) + ',' + QByteArray::number(i) + ','
            + start.toString(Qt::ISODate).toLatin1() + ',' + QByteArray::number(rng.bounded(3600)) + ','
            + QByteArray::number(rng.bounded(1, 9)) + ',' + QByteArray::number(rng.bounded(1, 20)) + ",direct\n";
        if (buf.size() > (1 << 20)) {
            f.write(buf);
            buf.clear();
        }
    }
    f.write(buf);
}

void writeGa4(const QString &path, int sessions, int events)
{
    QRandomGenerator rng(42);
    QList<QByteArray> lines;
    lines.reserve(events);
    const QByteArray padding
        = "\"device\":{\"category\":\"desktop\",\"mobile_brand_name\":\"Apple\",\"operating_system\":"
          "\"Macintosh\",\"browser\":\"Safari\",\"language\":\"nb-no\",\"web_info\":{\"browser\":\"Safari\","
          "\"browser_version\":\"17.3\",\"hostname\":\"www.example.no\"}},\"geo\":{\"continent\":\"Europe\","
          "\"country\":\"Norway\",\"region\":\"Oslo\",\"city\":\"Oslo\"},\"traffic_source\":{\"name\":\"(direct)\","
          "\"medium\":\"(none)\",\"source\":\"(direct)\"},\"stream_id\":\"4178837284\",\"platform\":\"WEB\","
          "\"items\":[],\"privacy_info\":{\"analytics_storage\":\"Yes\",\"ads_storage\":\"No\"}";
    for (int e = 0; e < events; ++e) {
        const int s = e % sessions;
        const qint64 sid = 1704067200 + qint64(s) * 1000;
        const qint64 ts = (sid + rng.bounded(1800)) * 1000000LL + rng.bounded(1000000);
        const QByteArray date
            = QDateTime::fromSecsSinceEpoch(ts / 1000000, QTimeZone::utc()).date().toString(u"yyyyMMdd"_s).toLatin1();
        QByteArray loc = "https://www.example.no/" + QByteArray(rng.bounded(100, 300), 'p');
        lines << "{\"event_date\":\"" + date + "\",\"event_timestamp\":\"" + QByteArray::number(ts)
                + "\",\"event_name\":\"page_view\",\"event_params\":[{\"key\":\"page_location\",\"value\":{\"string_"
                  "value\":\""
                + loc
                + "\",\"int_value\":null,\"float_value\":null,\"double_value\":null}},{\"key\":\"ga_session_id\","
                  "\"value\":{\"string_value\":null,\"int_value\":\""
                + QByteArray::number(sid)
                + "\",\"float_value\":null,\"double_value\":null}},{\"key\":\"ga_session_number\",\"value\":{\"string_"
                  "value\":null,"
                  "\"int_value\":\""
                + QByteArray::number(1 + s % 4)
                + "\",\"float_value\":null,\"double_value\":null}},"
                  "{\"key\":\"engagement_time_msec\",\"value\":{\"string_value\":null,\"int_value\":\""
                + QByteArray::number(rng.bounded(20000))
                + "\",\"float_value\":null,\"double_value\":null}}],"
                  "\"user_pseudo_id\":\""
                + QByteArray::number(100000 + s) + ".1704067200\"," + padding + "}";
    }
    for (qsizetype i = lines.size() - 1; i > 0; --i)
        lines.swapItemsAt(i, rng.bounded(i + 1));
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    for (const QByteArray &l : lines) {
        f.write(l);
        f.write("\n");
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // KAPSEL_BENCH_DIR keeps the generated files between runs (for profiling); "ga4" runs only that part.
    QTemporaryDir tmp;
    const QString keep = qEnvironmentVariable("KAPSEL_BENCH_DIR");
    const QDir dir(keep.isEmpty() ? tmp.path() : keep);
    const bool onlyGa4 = argc > 1 && qstrcmp(argv[1], "ga4") == 0;
    const QString csv = dir.filePath(u"sessions.csv"_s);
    qint64 n = 0;
    if (!onlyGa4) {
        if (!QFile::exists(csv))
            writeSessionsCsv(csv, 1000000);
        const double ours = runImporter(SessionsCsvImporter(), csv, &n);
        std::printf("sessions CSV, 1,000,000 rows: parsed %lld sessions in %.2f s (parse only, no storage)\n",
            (long long)n, ours);
        const QString sqlite = QStandardPaths::findExecutable(u"sqlite3"_s);
        if (!sqlite.isEmpty()) {
            QProcess p;
            QElapsedTimer t;
            t.start();
            p.start(sqlite, { dir.filePath(u"bare.db"_s), u".import --csv "_s + csv + u" t"_s });
            p.waitForFinished(-1);
            const double theirs = t.elapsed() / 1000.0;
            std::printf("sqlite3 .import of the same file: %.2f s (ratio ours/sqlite3 %.2f)\n", theirs, ours / theirs);
            QFile::remove(dir.filePath(u"bare.db"_s));
        }
    }
    const QString ga4 = dir.filePath(u"events.json"_s);
    if (!QFile::exists(ga4))
        writeGa4(ga4, 30000, 200000);
    const double ga4Time = runImporter(Ga4NdjsonImporter(), ga4, &n);
    std::printf("GA4 NDJSON, %.0f MB, 200,000 events: %lld sessions in %.2f s (parse only)\n",
        QFileInfo(ga4).size() / 1e6, (long long)n, ga4Time);
    return 0;
}
