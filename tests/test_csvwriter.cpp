// SPDX-License-Identifier: GPL-3.0-or-later
// CsvWriter: the one CSV writer; no cell runs as a formula, every cell reads back as written.
#include "cookies/cookiecsv.h"
#include "core/csvwriter.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCsvWriter : public QObject
{
    Q_OBJECT

private slots:
    void cells_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("plain") << u"_ga"_s << u"_ga"_s;
        QTest::newRow("hyperlink") << u"=HYPERLINK(\"http://x\",\"y\")"_s
                                   << u"\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""_s;
        QTest::newRow("dde") << u"+cmd|' /C calc'!A0"_s << u"'+cmd|' /C calc'!A0"_s;
        QTest::newRow("arithmetic") << u"-2+3"_s << u"'-2+3"_s;
        QTest::newRow("at") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
        QTest::newRow("tab") << u"\t=1"_s << u"'\t=1"_s;
        QTest::newRow("cr") << u"\r=1"_s << u"'␍=1"_s;
        QTest::newRow("leading spaces") << u"  =1+1"_s << u"'  =1+1"_s;
        QTest::newRow("fullwidth equals") << u"＝1+1"_s << u"'＝1+1"_s;
        QTest::newRow("negative number") << u"-12"_s << u"-12"_s;
        QTest::newRow("decimal") << u"-3.25"_s << u"-3.25"_s;
        QTest::newRow("dash text") << u"- hello"_s << u"'- hello"_s;
        QTest::newRow("comma") << u"a,b"_s << u"\"a,b\""_s;
        QTest::newRow("semicolon") << u"a;b"_s << u"\"a;b\""_s;
        QTest::newRow("newline") << u"a\r\nb"_s << u"\"a\nb\""_s;
        QTest::newRow("escape") << u"a\x1b[2Jb"_s << u"a␛[2Jb"_s;
        QTest::newRow("empty") << QString() << QString();
    }
    void cells()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(CsvWriter::cell(in), out);
    }

    // Random hostile rows written and read back by the cookie area's RFC 4180 reader: the same number of rows
    // and fields; each field is what was written, with an apostrophe in front exactly when it would have run as
    // a formula, and never starts with a formula character otherwise.
    void roundTrip()
    {
        QRandomGenerator rng(20261203);
        const QString alphabet = u"=+-@\t\r\n,;\"' abcæø0123456789.\x1b\x07|<>`"_s;
        QList<QStringList> rows;
        QString csv;
        for (int r = 0; r < 400; ++r) {
            QStringList cells;
            for (int c = 0; c < 4; ++c) {
                QString s;
                const int n = rng.bounded(8);
                for (int i = 0; i < n; ++i)
                    s += alphabet.at(rng.bounded(int(alphabet.size())));
                cells << s;
            }
            rows << cells;
            csv += CsvWriter::line(cells, rng.bounded(2) ? CsvWriter::LineEnd::CrLf : CsvWriter::LineEnd::Lf);
        }
        QVERIFY(csv.endsWith(u"\n"_s));
        auto parsed = CookieCsv::parse(csv.toUtf8(), u"out.csv"_s);
        QVERIFY(parsed.ok());
        // The reader leaves out rows whose only field is blank; the writer wrote four fields per row.
        QCOMPARE(qsizetype(parsed->size()), rows.size());
        for (qsizetype r = 0; r < rows.size(); ++r) {
            const QStringList &got = (*parsed)[r].fields;
            QCOMPARE(got.size(), 4);
            for (int c = 0; c < 4; ++c) {
                QString want = rows[r][c];
                const QString trimmed = want.trimmed();
                const bool isNumber = [&] {
                    bool ok = false;
                    trimmed.toDouble(&ok);
                    return ok && !trimmed.contains(u'+') && !trimmed.endsWith(u'.') && !trimmed.startsWith(u'.')
                        && !trimmed.contains(u"-."_s);
                }();
                const bool formula = want.startsWith(u'\t') || want.startsWith(u'\r')
                    || (!trimmed.isEmpty() && u"=+-@"_s.contains(trimmed.front()) && !isNumber);
                if (formula)
                    want.prepend(u'\'');
                want.replace(u"\r\n"_s, u"\n"_s);
                QString expected;
                for (const QChar ch : std::as_const(want))
                    expected += ch == u'\x1b' ? QChar(0x241b)
                        : ch == u'\x07'       ? QChar(0x2407)
                        : ch == u'\r'         ? QChar(0x240d)
                                              : ch;
                QVERIFY2(got[c] == expected,
                    qPrintable(u"row %1 cell %2: wrote [%3] read [%4]"_s.arg(r).arg(c).arg(rows[r][c], got[c])));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "test_csvwriter.moc"
