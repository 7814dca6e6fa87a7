// SPDX-License-Identifier: GPL-3.0-or-later
#include "importers/csvreader.h"
#include "importers/linereader.h"

#include <QBuffer>
#include <QStringDecoder>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// Reads every record as a list of strings; the error, if any, as "LINE: reason" in the last entry.
QList<QStringList> readAll(const QByteArray &bytes, char delimiter = 0, char *detected = nullptr)
{
    QByteArray copy = bytes;
    QBuffer b(&copy);
    b.open(QIODevice::ReadOnly);
    CsvReader csv(b, delimiter);
    QList<QStringList> out;
    while (csv.next())
        out << csv.texts();
    if (csv.hasError())
        out << QStringList { QString::number(csv.errorLine()) + u": "_s + csv.errorReason() };
    if (detected)
        *detected = csv.delimiter();
    return out;
}
} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT
private slots:
    void records_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("expected"); // records joined by '\n', fields by '|'
        QTest::newRow("plain") << QByteArray("a,b\n1,2\n") << u"a|b\n1|2"_s;
        QTest::newRow("no final newline") << QByteArray("a,b\n1,2") << u"a|b\n1|2"_s;
        QTest::newRow("crlf") << QByteArray("a,b\r\n1,2\r\n") << u"a|b\n1|2"_s;
        QTest::newRow("lone cr") << QByteArray("a,b\r1,2\r") << u"a|b\n1|2"_s;
        QTest::newRow("quotes") << QByteArray("a,\"b,c\"\n\"x\"\"y\",\"\"\n") << u"a|b,c\nx\"y|"_s;
        QTest::newRow("newline in quotes") << QByteArray("a,\"line1\nline2\"\nz,w\n") << u"a|line1\nline2\nz|w"_s;
        QTest::newRow("semicolon") << QByteArray("a;b;\"c;d\"\n1;2;3\n") << u"a|b|c;d\n1|2|3"_s;
        QTest::newRow("tab") << QByteArray("a\tb,c\n1\t2\n") << u"a|b,c\n1|2"_s;
        QTest::newRow("empty fields") << QByteArray(",,\n") << u"||"_s;
        QTest::newRow("utf8 bom") << QByteArray("\xEF\xBB\xBF"
                                                "a,b\n")
                                  << u"a|b"_s;
        QTest::newRow("windows-1252") << QByteArray("s\xF8k,\x80\n") << u"søk|€"_s;
        QTest::newRow("utf8 kept") << QByteArray("s\xC3\xB8k\n") << u"søk"_s;
    }
    void records()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, expected);
        QStringList lines;
        for (const QStringList &r : readAll(input))
            lines << r.join(u'|');
        QCOMPARE(lines.join(u'\n'), expected);
    }

    void utf16WithBom()
    {
        const QString text = u"bes\u00f8k;varighet\n\u00e6\u00f8\u00e5;00:01:23\n"_s;
        QByteArray le = "\xFF\xFE";
        le += QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
        char d = 0;
        const auto rows = readAll(le, 0, &d);
        QCOMPARE(d, ';');
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[1], (QStringList { u"\u00e6\u00f8\u00e5"_s, u"00:01:23"_s }));
    }

    void lineNumbers()
    {
        QByteArray bytes = "h1,h2\n\"multi\nline\",x\n\nlast,y\n";
        QBuffer b(&bytes);
        b.open(QIODevice::ReadOnly);
        CsvReader csv(b);
        QList<int> lines;
        while (csv.next())
            lines << csv.lineNumber();
        QCOMPARE(lines, (QList<int> { 1, 2, 4, 5 }));
    }

    void unclosedQuoteIsAnError()
    {
        const auto rows = readAll("a,b\n1,\"never closed\n2,3\n");
        QVERIFY(rows.last().first().startsWith(u"2: "_s));
    }

    // A record larger than the reader's chunk size, and many records crossing chunk edges.
    void acrossChunks()
    {
        // 40 quoted fields of 60,000 bytes (under the 64 KiB field limit): some straddle the 1 MiB chunks.
        QByteArray big = "a,b\n";
        for (int i = 0; i < 40; ++i)
            big += "\"" + QByteArray(60000, char('a' + i % 26)) + "\",end\n";
        for (int i = 0; i < 100000; ++i)
            big += QByteArray::number(i) + ",\"v" + QByteArray::number(i) + "\"\n";
        QBuffer b(&big);
        b.open(QIODevice::ReadOnly);
        CsvReader csv(b);
        QVERIFY(csv.next());
        for (int i = 0; i < 40; ++i) {
            QVERIFY(csv.next());
            QCOMPARE(csv.field(0), QByteArray(60000, char('a' + i % 26)));
            QCOMPARE(csv.field(1), QByteArrayView("end"));
        }
        qint64 sum = 0;
        int n = 0;
        while (csv.next()) {
            QCOMPARE(csv.field(1).sliced(1), csv.field(0));
            sum += csv.field(0).toByteArray().toLongLong();
            ++n;
        }
        QVERIFY(!csv.hasError());
        QCOMPARE(n, 100000);
        QCOMPARE(sum, 99999LL * 100000 / 2);
    }

    void hugeRecordIsRefused()
    {
        QByteArray huge(CsvReader::kMaxRecordBytes + 1024, 'z');
        const auto rows = readAll(huge);
        QCOMPARE(rows.size(), 1);
        QVERIFY(rows.first().first().startsWith(u"1: "_s));
    }

    void binaryDoesNotCrash()
    {
        QByteArray junk;
        for (int i = 0; i < 200000; ++i)
            junk.append(char((i * 7919) % 256));
        const auto rows = readAll(junk);
        QVERIFY(!rows.isEmpty());
    }

    void lineReader()
    {
        QByteArray bytes = "one\r\ntwo\n\nthree";
        QBuffer b(&bytes);
        b.open(QIODevice::ReadOnly);
        LineReader r(b);
        QByteArrayView line;
        QStringList got;
        while (r.next(line))
            got << QString::fromUtf8(line);
        QCOMPARE(got, (QStringList { u"one"_s, u"two"_s, QString(), u"three"_s }));
        QCOMPARE(r.lineNumber(), 4);
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "test_csvreader.moc"
