// SPDX-License-Identifier: GPL-3.0-or-later
// Importing chat exports: parse + redact + store, per format, on a generated export of about 20 MB.
// Prints MB/s and messages/s so a regression in the importers or the store shows.
#include "redaction/norwegianid.h"
#include "storage/importservice.h"
#include "storage/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

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

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
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
    return 0;
}
