// SPDX-License-Identifier: GPL-3.0-or-later
// `kapsel-cli redact` end to end: the real executable through QProcess, on a hand-written transcript with
// a hand-written expected output, on stdin, on bad input, and on a few megabytes compared with the engine.
#include "redaction/redactor.h"
#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run cli(const QStringList &args, const QByteArray &stdinData = QByteArray())
{
    const TestSupport::CliRun r = TestSupport::runCli(QStringList { u"--lang"_s, u"en"_s } + args, {}, stdinData);
    return Run { r.code, r.out, r.err };
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestRedactionCli : public QObject
{
    Q_OBJECT

private slots:
    void fileToStdout()
    {
        const Run r
            = cli({ u"redact"_s, u"--marker"_s, u"[X]"_s, TestSupport::testData(u"redaction/transcript.txt"_s) });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err, QByteArray());
        QCOMPARE(r.out, readAll(TestSupport::testData(u"redaction/transcript.redacted.txt"_s)));
    }

    void stdinToStdout_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("dash") << QStringList { u"redact"_s, u"--marker"_s, u"[X]"_s, u"-"_s };
        QTest::newRow("no file") << QStringList { u"redact"_s, u"--marker=[X]"_s };
    }

    void stdinToStdout()
    {
        QFETCH(QStringList, args);
        const Run r = cli(args, readAll(TestSupport::testData(u"redaction/transcript.txt"_s)));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, readAll(TestSupport::testData(u"redaction/transcript.redacted.txt"_s)));
    }

    void emptyMarker()
    {
        const Run r = cli({ u"redact"_s, u"--marker"_s, QString(), u"-"_s }, "a 1234567 b\r\nc 123\n4567 d");
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QByteArray("a  b\r\nc \n d"));
    }

    void defaultMarkerIsTranslated()
    {
        const Run en = cli({ u"redact"_s }, "x 1234567");
        QCOMPARE(en.out, QByteArray("x [removed]"));
        QProcess p;
        p.start(QStringLiteral(KAPSEL_CLI_PATH), { u"--lang"_s, u"nb"_s, u"redact"_s });
        QVERIFY(p.waitForStarted());
        p.write("x 1234567");
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished());
        QCOMPARE(p.readAllStandardOutput(), QByteArray("x [fjernet]"));
    }

    void ruleSets_data()
    {
        QTest::addColumn<QString>("rules");
        QTest::addColumn<QByteArray>("in");
        QTest::addColumn<QByteArray>("out");
        QTest::newRow("standard keeps e-mail")
            << u"standard"_s << QByteArray("til ola@nav.no\n") << QByteArray("til ola@nav.no\n");
        QTest::newRow("strict removes e-mail")
            << u"strict"_s << QByteArray("til ola@nav.no\n") << QByteArray("til #\n");
        QTest::newRow("strict spelled") << u"strict"_s << QByteArray("fnr en fem en null \xc3\xa5tte seks ni\n")
                                        << QByteArray("fnr #\n");
        // standard@2: numbers grouped by commas (Indian too), apostrophes and Arabic separators, and keycap digits;
        // a list and a Swiss price stay.
        QTest::newRow("standard, more ways to write a number")
            << u"standard"_s
            << u"Konto 12,34,567 og 1’234’567, kode 1️⃣2️⃣3️⃣4️⃣5️⃣6️⃣7️⃣, nr ١٬٢٣٤٬٥٦٧; velg 1, 2, 3, 4, 5, 6, 7 for CHF 1'234.50\n"_s
                   .toUtf8()
            << QByteArray("Konto # og #, kode #, nr #; velg 1, 2, 3, 4, 5, 6, 7 for CHF 1'234.50\n");
        QTest::newRow("audit literal") << u"audit"_s << QByteArray("1234567 og 123 4567\n")
                                       << QByteArray("# og 123 4567\n");
    }

    void ruleSets()
    {
        QFETCH(QString, rules);
        QFETCH(QByteArray, in);
        QFETCH(QByteArray, out);
        const Run r = cli({ u"redact"_s, u"--rules"_s, rules, u"--marker"_s, u"#"_s }, in);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, out);
    }

    void preview()
    {
        const Run r = cli({ u"redact"_s, u"--preview"_s, TestSupport::testData(u"redaction/transcript.txt"_s) });
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts);
        // Positions counted by hand in the fixture (1-based columns, last character inclusive).
        const QStringList expected = {
            u"1:2-17 R4-date date kept: «2024-05-02 08:01»"_s,
            u"1:36-47 R3 identity number removed: «151086 95088»"_s,
            u"1:55-68 R2 number combination removed: «+47 912 34 567»"_s,
            u"2:2-17 R4-date date kept: «2024-05-02 08:02»"_s,
            u"2:40-49 R4-date date kept: «15.01.2023»"_s,
            u"3:2-17 R4-date date kept: «2024-05-02 08:03»"_s,
            u"3:39-50 R4-amount amount kept: «1 234 567,89»"_s,
            u"4:2-17 R4-date date kept: «2024-05-02 08:04»"_s,
            u"4:32-49 R2 number combination removed: «NO93 8601 1117 947»"_s,
            u"5:1-7:5 R3 identity number removed: «151086\u21B5\u21B595088»"_s,
            u"Removed: 4, kept: 6 (rule set standard@2)"_s,
        };
        QCOMPARE(lines, expected);
    }

    void invalidUtf8()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"latin1.txt"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("linje en\nlinje to\nHei p\xe5 deg, fnr 15108695088\n");
        f.close();
        const Run r = cli({ u"redact"_s, path });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith(u"kapsel-cli: %1:3: "_s.arg(path).toUtf8()), r.err.constData());
        QVERIFY(r.err.contains("UTF-8"));
        QVERIFY(!r.out.contains("15108695088")); // the raw number never reaches the output
    }

    void badUsage()
    {
        QCOMPARE(cli({ u"redact"_s, u"--rules"_s, u"lenient"_s }).exitCode, 2);
        QCOMPARE(cli({ u"redact"_s, u"a"_s, u"b"_s }).exitCode, 2);
        const Run missing = cli({ u"redact"_s, u"/nonexistent/chat.txt"_s });
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains("/nonexistent/chat.txt"));
        const Run help = cli({ u"redact"_s, u"--help"_s });
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("--preview"));
    }

    void emptyInput()
    {
        const Run r = cli({ u"redact"_s }, QByteArray());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QByteArray());
    }

    // Several megabytes (many chunks of the filter) give exactly what the engine gives on the whole text.
    void largeInputMatchesEngine()
    {
        QRandomGenerator rng(11);
        QString text;
        text.reserve(3'200'000);
        const QStringList words = { u"Hei"_s, u"takk"_s, u"fnr"_s, u"kr"_s, u"møte"_s, u"\n"_s, u"\r\n"_s, u"\u00A0"_s,
            u"\u200B"_s, u","_s, u":"_s };
        while (text.size() < 3'000'000) {
            const int k = int(rng.bounded(10));
            if (k < 4)
                text += QString::number(rng.bounded(1000));
            else if (k < 7)
                text += u' ';
            else
                text += words.at(rng.bounded(words.size()));
        }
        const QByteArray expected = Redactor::redact(text, RuleSet::standard(), u"[X]"_s).toUtf8();
        const Run r = cli({ u"redact"_s, u"--marker"_s, u"[X]"_s }, text.toUtf8());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.size(), expected.size());
        QVERIFY(r.out == expected);
    }
};

QTEST_GUILESS_MAIN(TestRedactionCli)
#include "test_redaction_cli.moc"
