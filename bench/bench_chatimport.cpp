// SPDX-License-Identifier: GPL-3.0-or-later
// Importing chat exports: parse + redact + store, per format, on a generated export of about 20 MB.
// Prints MB/s and messages/s so a regression in the importers or the store shows.
// Then streams (issue #11): `kapsel-cli import` of generated exports of 200 MB and 2 GB, as a plain-text
// transcript, a CSV and Boost.ai JSON, each in a process of its own, with its time and peak resident memory;
// goal: at most 256 MB for any size (a miss fails the benchmark). KAPSEL_BENCH_QUICK leaves out the 2 GB exports;
// KAPSEL_BENCH_SIZES (MB, comma-separated) and KAPSEL_BENCH_FORMATS (txt,csv,json) choose others.
#include "redaction/norwegianid.h"
#include "workspace/importservice.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace {

QString messageText(QRandomGenerator &rng, int i)
{
    switch (i % 4) {
    case 0:
        return u"Hei, fødselsnummeret mitt er %1 og jeg skylder 1 234,50 kr"_s.arg(NorwegianId::generate(rng));
    case 1:
        return u"Ring meg på +47 912 34 567, møtet er 15.01.2023 kl 14:30"_s;
    case 2:
        return u"Takk for svaret. Saken gjelder faktura fra mars, sak 123456."_s;
    default:
        return u"Jeg har flyttet til Storgata 1, 0150 Oslo. Kan dere oppdatere adressen?"_s;
    }
}

QString csvExport(int messages)
{
    QRandomGenerator rng(7);
    QString out = u"conversation_id,timestamp,sender,text\n"_s;
    for (int i = 0; i < messages; ++i)
        out += u"c%1,2024-05-02 08:%2,%3,\"%4\"\n"_s.arg(i / 8)
                   .arg(i % 60, 2, 10, QChar(u'0'))
                   .arg(i % 2 ? u"Kunde"_s : u"Rådgiver"_s, messageText(rng, i));
    return out;
}

QString textExport(int messages)
{
    QRandomGenerator rng(7);
    QString out;
    for (int i = 0; i < messages; ++i) {
        if (i % 8 == 0)
            out += u"=== Samtale %1 ===\n"_s.arg(i / 8);
        out += u"[2024-05-02 08:%1] %2: %3\n"_s.arg(i % 60, 2, 10, QChar(u'0'))
                   .arg(i % 2 ? u"Kunde"_s : u"Rådgiver"_s, messageText(rng, i));
    }
    return out;
}

QString jsonExport(int messages)
{
    QRandomGenerator rng(7);
    QString out = u"{\"conversations\": ["_s;
    for (int i = 0; i < messages; ++i) {
        if (i % 8 == 0)
            out += u"%1{\"conversation\": {\"id\": \"c%2\", \"reference\": \"r%2\"}, \"messages\": ["_s
                       .arg(i == 0 ? QString() : u"]},"_s)
                       .arg(i / 8);
        else
            out += u","_s;
        out += u"{\"id\": \"m%1\", \"source\": \"%2\", \"date_created\": \"2024-05-02T06:01:00Z\", \"elements\": "
               "[{\"type\": \"text\", \"payload\": {\"text\": \"%3\"}}]}"_s.arg(i)
                   .arg(i % 2 ? u"client"_s : u"human"_s, messageText(rng, i));
    }
    out += u"]}]}\n"_s;
    return out;
}

enum class Format { Text, Csv, Json };

// An export of about `bytes` bytes, written as it is generated: long conversations (up to 5,000 messages), an
// identity number in every fourth message. The transcript continues some messages on a second line; the CSV
// interleaves 64 conversations at a time, as an export sorted by time does; the JSON is Boost.ai's shape.
void writeExport(const QString &path, qint64 bytes, Format format)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    QRandomGenerator rng(11);
    QByteArray buf;
    qint64 written = 0;
    int conversations = 0;
    struct Active
    {
        int id = 0;
        int left = 0;
    };
    QList<Active> active(format == Format::Csv ? 64 : 1);
    if (format == Format::Csv)
        buf += "conversation_id,timestamp,sender,text\n";
    else if (format == Format::Json)
        buf += "{\"exported\": \"2024-05-03\", \"conversations\": [\n";
    for (qint64 i = 0; written + buf.size() < bytes; ++i) {
        Active &a = active[rng.bounded(int(active.size()))];
        if (a.left-- <= 0) {
            a.id = ++conversations;
            a.left = rng.bounded(a.id % 50 == 0 ? 5000 : 40);
            if (format == Format::Text)
                buf += "=== Samtale " + QByteArray::number(a.id) + " ===\n";
            else if (format == Format::Json)
                buf += QByteArray(a.id == 1 ? "" : "]},\n") + "{\"conversation\": {\"id\": \"c" + QByteArray::number(a.id)
                    + "\", \"reference\": \"r" + QByteArray::number(a.id) + "\"}, \"messages\": [\n";
        } else if (format == Format::Json) {
            buf += ",\n";
        }
        const QByteArray minute = QByteArray::number(10 + i % 50);
        const QByteArray text = messageText(rng, int(i)).toUtf8();
        switch (format) {
        case Format::Text:
            buf += "[2024-05-02 08:" + minute + "] " + (i % 2 ? "Kunde" : "Bot") + ": " + text + '\n';
            if (i % 7 == 0)
                buf += "og en linje til\n";
            break;
        case Format::Csv:
            buf += "c" + QByteArray::number(a.id) + ",2024-05-02 08:" + minute + "," + (i % 2 ? "Kunde" : "Bot") + ",\""
                + text + (i % 7 == 0 ? "\nog en linje til" : "") + "\"\n";
            break;
        case Format::Json:
            buf += "  {\"id\": \"m" + QByteArray::number(i) + "\", \"source\": \"" + (i % 2 ? "client" : "bot")
                + "\", \"date_created\": \"2024-05-02T06:" + minute
                + ":00Z\", \"elements\": [{\"type\": \"text\", \"payload\": {\"text\": \"" + text + "\"}}]}";
            break;
        }
        if (buf.size() > (1 << 20)) {
            written += f.write(buf);
            buf.clear();
        }
    }
    if (format == Format::Json)
        buf += "]}\n]}\n";
    f.write(buf);
}

// Runs kapsel-cli in a child and prints its wall time and peak RSS; in --rss mode this process is that
// child's parent, so RUSAGE_CHILDREN holds only its figures.
int rssChild(const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer t;
    t.start();
    p.start(args.first(), args.mid(1));
    p.waitForFinished(-1);
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return 1;
    rusage u {};
    getrusage(RUSAGE_CHILDREN, &u);
    printf("%.2f %ld\n", t.elapsed() / 1000.0, u.ru_maxrss);
    return 0;
}

bool streamingImports(QTextStream &out, const QString &self, const QDir &dir)
{
    const QString cli = QDir(QCoreApplication::applicationDirPath()).filePath(u"../app/kapsel-cli"_s);
    QList<qint64> sizes { 200'000'000 };
    if (!qEnvironmentVariableIsSet("KAPSEL_BENCH_QUICK"))
        sizes << 2'000'000'000;
    if (qEnvironmentVariableIsSet("KAPSEL_BENCH_SIZES")) { // in MB, e.g. "2000"
        sizes.clear();
        for (const QString &mb : qEnvironmentVariable("KAPSEL_BENCH_SIZES").split(u','))
            sizes << mb.toLongLong() * 1'000'000;
    }
    const QStringList only = qEnvironmentVariable("KAPSEL_BENCH_FORMATS", u"txt,csv,json"_s).split(u',');
    const QList<std::pair<Format, QString>> formats { { Format::Text, u"transcript"_s }, { Format::Csv, u"CSV"_s },
        { Format::Json, u"JSON"_s } };
    bool allMet = true;
    for (const qint64 size : sizes) {
        for (const auto &[format, name] : formats) {
            const QString suffix = format == Format::Text ? u"txt"_s : format == Format::Csv ? u"csv"_s : u"json"_s;
            if (!only.contains(suffix))
                continue;
            const QString path = dir.filePath(u"export-%1.%2"_s.arg(size).arg(suffix));
            writeExport(path, size, format);
            QProcess p;
            p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            p.start(self, { u"--rss"_s, cli, u"--db"_s, path + u".kapsel"_s, u"import"_s, path });
            p.waitForFinished(-1);
            const qint64 fileSize = QFileInfo(path).size();
            QFile::remove(path);
            QFile::remove(path + u".kapsel"_s);
            const QList<QByteArray> r = p.readAllStandardOutput().trimmed().split(' ');
            if (r.size() != 2)
                return false;
            const double secs = r[0].toDouble();
            const long rssMiB = r[1].toLong() / 1024;
            allMet &= rssMiB <= 256;
            out << u"%1 of %2 MB: kapsel-cli import %3 s (%4 MB/s), peak RSS %5 MiB (goal <= 256)%6"_s.arg(name)
                       .arg(fileSize / 1000000)
                       .arg(secs, 0, 'f', 1)
                       .arg(fileSize / 1e6 / secs, 0, 'f', 1)
                       .arg(rssMiB)
                       .arg(rssMiB <= 256 ? QString() : u"  MISSED"_s)
                << Qt::endl;
        }
    }
    return allMet;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (app.arguments().size() > 2 && app.arguments().at(1) == u"--rss")
        return rssChild(app.arguments().mid(2));
    QTextStream out(stdout);
    const int messages = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 250000;
    QTemporaryDir dir;
    const QList<std::pair<QString, QString>> formats = { { u"export.csv"_s, csvExport(messages) },
        { u"export.txt"_s, textExport(messages) }, { u"export.json"_s, jsonExport(messages) } };
    for (const auto &[name, content] : formats) {
        const QString path = dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        const QByteArray bytes = content.toUtf8();
        f.write(bytes);
        f.close();
        const QString ws = dir.filePath(name + u".kapsel"_s);
        if (!Workspace::open(ws))
            return 1;
        QElapsedTimer t;
        t.start();
        auto report = ImportService::importFile(ws, path, {}, nullptr);
        const double s = t.elapsed() / 1000.0;
        if (!report) {
            out << name << ": " << report.error().toString() << Qt::endl;
            return 1;
        }
        out << u"%1: %2 MB, %3 messages stored in %4 s: %5 MB/s, %6 messages/s"_s.arg(name)
                   .arg(bytes.size() / 1e6, 0, 'f', 1)
                   .arg(report->rowsStored)
                   .arg(s, 0, 'f', 2)
                   .arg(bytes.size() / 1e6 / s, 0, 'f', 1)
                   .arg(report->rowsStored / s, 0, 'f', 0)
            << Qt::endl;
    }
    // Gigabyte exports need room: KAPSEL_BENCH_TMP names a folder with enough space (default: the system's).
    QTemporaryDir big(qEnvironmentVariable("KAPSEL_BENCH_TMP", QDir::tempPath()) + u"/kapsel-bench-XXXXXX"_s);
    if (!big.isValid())
        return 1;
    return streamingImports(out, app.applicationFilePath(), QDir(big.path())) ? 0 : 1;
}
