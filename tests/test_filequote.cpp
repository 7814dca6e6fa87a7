// SPDX-License-Identifier: GPL-3.0-or-later
// FileQuote: what a message may quote from a file (control characters, identity numbers, length).
#include "core/error.h"
#include "core/filequote.h"
#include "redaction/ruleset.h"
#include "testsupport.h"

#include <QTest>

using namespace Qt::StringLiterals;

using TestSupport::identityNumber;

class TestFileQuote : public QObject
{
    Q_OBJECT

private slots:
    void controlsBecomeVisible_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("clean");
        QTest::addColumn<QString>("cleanLine");
        // OSC 0 (retitle the terminal) ended by BEL; CSI 2J (clear the screen); the C1 form of CSI.
        QTest::newRow("osc title") << u"a\x1b]0;pwned\x07z"_s << u"a␛]0;pwned␇z"_s << u"a␛]0;pwned␇z"_s;
        QTest::newRow("csi clear") << u"\x1b[2J\x1b[H"_s << u"␛[2J␛[H"_s << u"␛[2J␛[H"_s;
        QTest::newRow("c1 csi") << u"x\u009b31mred"_s << u"x\uFFFD31mred"_s << u"x\uFFFD31mred"_s;
        QTest::newRow("del and nul") << u"a\x7f\u0000b"_s << u"a␡␀b"_s << u"a␡␀b"_s;
        QTest::newRow("line breaks") << u"one\ntwo\tthree\rfour"_s << u"one\ntwo\tthree␍four"_s
                                     << u"one␊two␉three␍four"_s;
        QTest::newRow("bidi override") << u"invoice\u202Efdp.exe"_s << u"invoice\uFFFDfdp.exe"_s
                                       << u"invoice\uFFFDfdp.exe"_s;
        QTest::newRow("isolate") << u"a\u2066b\u2069"_s << u"a\uFFFDb\uFFFD"_s << u"a\uFFFDb\uFFFD"_s;
        // The rest of UnsafeChar's set (the terminal guard replaces the same: test_terminalguard).
        QTest::newRow("marks") << u"a\u200Eb\u200Fc\u061Cd"_s << u"a\uFFFDb\uFFFDc\uFFFDd"_s
                               << u"a\uFFFDb\uFFFDc\uFFFDd"_s;
        QTest::newRow("separators and annotations")
            << u"a\u2028b\u2029c\uFFF9d\uFFFBe"_s << u"a\uFFFDb\uFFFDc\uFFFDd\uFFFDe"_s
            << u"a\uFFFDb\uFFFDc\uFFFDd\uFFFDe"_s;
        QTest::newRow("letters stay") << u"Blåbær ÆØÅ 😀 €"_s << u"Blåbær ÆØÅ 😀 €"_s << u"Blåbær ÆØÅ 😀 €"_s;
    }
    void controlsBecomeVisible()
    {
        QFETCH(QString, in);
        QFETCH(QString, clean);
        QFETCH(QString, cleanLine);
        QCOMPARE(FileQuote::clean(in), clean);
        QCOMPARE(FileQuote::cleanLine(in), cleanLine);
        // Nothing below U+0020 but tab and line feed survives clean(), nothing at all survives cleanLine().
        for (const QChar c : FileQuote::clean(in))
            QVERIFY(c.unicode() >= 0x20 || c == u'\n' || c == u'\t');
        for (const QChar c : FileQuote::cleanLine(in))
            QVERIFY(c.unicode() >= 0x20 && c.unicode() != 0x7f && !(c.unicode() >= 0x80 && c.unicode() < 0xa0));
    }

    void quoteRemovesIdentityNumbers()
    {
        const QString id = identityNumber(u"150785"_s);
        QCOMPARE(id.size(), 11);
        const QString spaced = id.left(6) + u' ' + id.mid(6);
        for (const QString &text : QStringList { id, spaced, u"conv-"_s + id, u"ring 912 34 567"_s }) {
            const QString q = FileQuote::quote(text);
            QVERIFY2(!q.contains(id) && !q.contains(spaced) && !q.contains(u"912 34 567"_s), qPrintable(q));
            QVERIFY2(q.contains(RuleSet::defaultMarker()), qPrintable(q));
        }
        // A date, a short id and a price stay as they are: the redactor keeps them.
        QCOMPARE(FileQuote::quote(u"order 12345 on 2024-03-20"_s), u"order 12345 on 2024-03-20"_s);
    }

    void quoteIsShortAndSingleLine()
    {
        const QString longText = QString(500, u'x') + u"\nsecond line"_s;
        const QString q = FileQuote::quote(longText, 40);
        QCOMPARE(q.size(), 40);
        QVERIFY(q.endsWith(u'…'));
        QVERIFY(!q.contains(u'\n'));
        // A surrogate pair is never cut in half.
        const QString emoji = QString(u"a"_s) + QString(30, u'b') + u"😀😀😀😀😀😀"_s;
        const QString e = FileQuote::quote(emoji, 33);
        QVERIFY(!e.at(e.size() - 2).isHighSurrogate());
        QVERIFY(e.size() <= 33);
        // An identity number at the cut is removed before the cut, so its first digits are not left behind.
        const QString id = identityNumber(u"010190"_s);
        const QString cutInside = QString(20, u'a') + u' ' + id;
        QVERIFY(!FileQuote::quote(cutInside, 26).contains(id.left(4)));
    }

    void listIsBounded()
    {
        QStringList headers;
        for (int i = 0; i < 10000; ++i)
            headers << u"column%1"_s.arg(i);
        const QString l = FileQuote::list(headers, 5, 40);
        QCOMPARE(l, u"column0, column1, column2, column3, column4, …"_s);
        QCOMPARE(FileQuote::list({ u"a\x1b[2J"_s, u"b"_s }), u"a␛[2J, b"_s);
    }

    void scrubKeepsNumbersThatAreNotIdentityNumbers()
    {
        const QString id = identityNumber(u"241299"_s);
        const QString msg = u"file.csv:1234567: conversation \"%1\" has 12345678 rows\x1b[0m"_s.arg(id);
        const QString s = FileQuote::scrub(msg);
        QVERIFY2(!s.contains(id), qPrintable(s));
        QVERIFY(s.contains(u"1234567"_s));
        QVERIFY(s.contains(u"12345678 rows"_s));
        QVERIFY(s.contains(u"␛[0m"_s));
        QVERIFY(!s.contains(QChar(0x1b)));
    }

    void errorToStringIsGuarded()
    {
        const QString id = identityNumber(u"311277"_s);
        const Error e { u"chat\x1b]0;x\x07.json"_s, 7, u"conversation %1 is broken"_s.arg(id) };
        const QString s = e.toString();
        QVERIFY2(!s.contains(id), qPrintable(s));
        QVERIFY(!s.contains(QChar(0x1b)) && !s.contains(QChar(0x07)));
        QVERIFY(s.startsWith(u"chat␛]0;x␇.json:7: conversation "_s));
    }
};

QTEST_GUILESS_MAIN(TestFileQuote)
#include "test_filequote.moc"
