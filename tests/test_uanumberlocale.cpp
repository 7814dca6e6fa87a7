// SPDX-License-Identifier: GPL-3.0-or-later
#include "importers/uanumberlocale.h"

#include <QTest>

using namespace Qt::StringLiterals;

using Says = UaNumberLocale::Says;

// One cell says what it can about the decimal separator; a file's cells together decide it.
class TestUaNumberLocale : public QObject
{
    Q_OBJECT
private slots:
    void classify_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<int>("says");
        QTest::newRow("whole") << u"812"_s << int(Says::Nothing);
        QTest::newRow("empty") << QString() << int(Says::Nothing);
        QTest::newRow("duration") << u"00:01:06"_s << int(Says::Nothing);
        QTest::newRow("space thousands") << u"1 234"_s << int(Says::Nothing);
        QTest::newRow("percent, comma") << u"55,12 %"_s << int(Says::DecimalComma);
        QTest::newRow("percent, point") << u"55.12%"_s << int(Says::DecimalPoint);
        QTest::newRow("pages per session") << u"2,10"_s << int(Says::DecimalComma);
        QTest::newRow("thousand, dot") << u"1.234"_s << int(Says::Either);
        QTest::newRow("thousand, comma") << u"1,234"_s << int(Says::Either);
        QTest::newRow("million, dots") << u"1.234.567"_s << int(Says::DecimalComma);
        QTest::newRow("million, commas") << u"1,234,567"_s << int(Says::DecimalPoint);
        QTest::newRow("both, comma last") << u"1.234,56"_s << int(Says::DecimalComma);
        QTest::newRow("both, point last") << u"1,234.56"_s << int(Says::DecimalPoint);
        QTest::newRow("spaces and comma") << u"1 234,567"_s << int(Says::DecimalComma);
        QTest::newRow("leading zero") << u"0,125"_s << int(Says::DecimalComma);
        QTest::newRow("four digits before") << u"1234.567"_s << int(Says::DecimalPoint);
        QTest::newRow("negative") << u"-1,5"_s << int(Says::DecimalComma);
        QTest::newRow("browser version") << u"40.0.2214.111"_s << int(Says::NotANumber);
        QTest::newRow("currency") << u"US$ 0,00"_s << int(Says::NotANumber);
        QTest::newRow("word") << u"Chrome"_s << int(Says::NotANumber);
        QTest::newRow("separator at the end") << u"12,"_s << int(Says::NotANumber);
        QTest::newRow("two decimal separators") << u"1,23,4"_s << int(Says::NotANumber);
        QTest::newRow("mixed, comma twice last") << u"1.234,5,6"_s << int(Says::NotANumber);
    }
    void classify()
    {
        QFETCH(QString, cell);
        QFETCH(int, says);
        QCOMPARE(int(UaNumberLocale::classify(cell)), says);
    }

    void decide_data()
    {
        QTest::addColumn<QList<QStringList>>("rows");
        QTest::addColumn<QString>("hint");
        QTest::addColumn<int>("decision"); // 0 point, 1 comma, -1 refused
        QTest::addColumn<int>("line");
        // The case from the issue: a thousands dot in one column, a decimal comma in another.
        QTest::newRow("dot thousands, comma percent")
            << QList<QStringList> { { u"x"_s, u"1.234"_s, u"55,12 %"_s } } << QString() << 1 << 0;
        QTest::newRow("comma thousands, point percent")
            << QList<QStringList> { { u"x"_s, u"1,234"_s, u"55.12%"_s } } << QString() << 0 << 0;
        QTest::newRow("a later row decides")
            << QList<QStringList> { { u"x"_s, u"1.234"_s }, { u"y"_s, u"1.234.567"_s } } << QString() << 1 << 0;
        QTest::newRow("header language decides")
            << QList<QStringList> { { u"x"_s, u"1.234"_s } } << u"sitzungen"_s << 1 << 0;
        QTest::newRow("english header") << QList<QStringList> { { u"x"_s, u"1,234"_s } } << u"sessions"_s << 0 << 0;
        QTest::newRow("nothing decides") << QList<QStringList> { { u"x"_s, u"12"_s }, { u"y"_s, u"1.234"_s } }
                                         << u"sesiones"_s << -1 << 11;
        QTest::newRow("cells contradict")
            << QList<QStringList> { { u"x"_s, u"2,10"_s }, { u"y"_s, u"2.10"_s } } << u"sessions"_s << -1 << 11;
        // A column of versions is not evidence, whatever its dots look like.
        QTest::newRow("names are not numbers")
            << QList<QStringList> { { u"x"_s, u"8.0"_s, u"1,5"_s }, { u"y"_s, u"40.0.2214.111"_s, u"2,5"_s } }
            << QString() << 1 << 0;
        QTest::newRow("no separators at all") << QList<QStringList> { { u"x"_s, u"12"_s } } << QString() << 0 << 0;
    }
    void decide()
    {
        QFETCH(QList<QStringList>, rows);
        QFETCH(QString, hint);
        QFETCH(int, decision);
        QFETCH(int, line);
        QList<int> lines;
        for (qsizetype i = 0; i < rows.size(); ++i)
            lines << int(10 + i);
        UaNumberLocale locale;
        locale.addTable(rows, lines, 1);
        if (!hint.isEmpty())
            locale.addLanguageHint(hint);
        const UaNumberLocale::Decision d = locale.decide();
        if (decision < 0) {
            QVERIFY(!d.ok());
            QCOMPARE(d.line, line);
        } else {
            QVERIFY2(d.ok(), qPrintable(d.problem));
            QCOMPARE(int(d.decimalComma), decision);
        }
    }
};

QTEST_GUILESS_MAIN(TestUaNumberLocale)
#include "test_uanumberlocale.moc"
