// SPDX-License-Identifier: GPL-3.0-or-later
// TerminalGuard: nothing written through it can steer a terminal, whatever the write boundaries.
#include "core/filequote.h"
#include "core/terminalguard.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray through(const QByteArray &in, int chunk)
{
    QByteArray out;
    QBuffer target(&out);
    target.open(QIODevice::WriteOnly);
    {
        TerminalGuard g(&target);
        for (qsizetype i = 0; i < in.size(); i += chunk)
            g.write(in.mid(i, chunk));
    }
    return out;
}

// Whether a terminal would obey anything in `bytes`: a C0 control but tab, LF and CR, DEL, a C1 control
// (as the two-byte UTF-8 form or as a raw byte 0x80..0x9F outside any sequence), or a bidi override.
bool steers(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') || u == 0x7f || (u >= 0x80 && u <= 0x9f)
            || (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069))
            return true;
    }
    return bytes.contains('\x1b') || bytes.contains('\x07');
}

} // namespace

class TestTerminalGuard : public QObject
{
    Q_OBJECT

private slots:
    void replaces_data()
    {
        QTest::addColumn<QByteArray>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("title") << QByteArray("x\x1b]0;pwned\x07y\n") << u"x␛]0;pwned␇y\n"_s;
        QTest::newRow("c1 csi") << QByteArray("a\xc2\x9b"
                                              "2Jb")
                                << u"a\uFFFD2Jb"_s;
        QTest::newRow("bidi") << QByteArray("a\xe2\x80\xae"
                                            "b\xe2\x81\xa6")
                              << u"a\uFFFDb\uFFFD"_s;
        QTest::newRow("del") << QByteArray("a\x7f") << u"a␡"_s;
        QTest::newRow("text stays") << QByteArray("Blåbær 😀 – \t\r\n") << u"Blåbær 😀 – \t\r\n"_s;
        // What FileQuote replaced and the guard let through before they shared one rule: the marks that turn text
        // around (U+200E, U+200F, U+061C), the line and paragraph separators, the interlinear annotations.
        QTest::newRow("marks") << QString(u"a\u200Eb\u200Fc\u061Cd"_s).toUtf8() << u"a\uFFFDb\uFFFDc\uFFFDd"_s;
        QTest::newRow("separators") << QString(u"a\u2028b\u2029c"_s).toUtf8() << u"a\uFFFDb\uFFFDc"_s;
        QTest::newRow("annotation") << QString(u"a\uFFF9b\uFFFAc\uFFFBd"_s).toUtf8() << u"a\uFFFDb\uFFFDc\uFFFDd"_s;
        // A lead byte followed by ESC: the ESC is judged on its own, the lead byte passes as invalid.
        QTest::newRow("lead then esc") << QByteArray("\xe2\x1b[2J") << u"\uFFFD␛[2J"_s;
    }
    void replaces()
    {
        QFETCH(QByteArray, in);
        QFETCH(QString, out);
        for (int chunk : { 1, 2, 3, 1000 })
            QCOMPARE(QString::fromUtf8(through(in, chunk)), out);
    }

    // Every code point through both guards: the same characters replaced, by the same replacement, but for the
    // line controls each context keeps (FileQuote::clean keeps tab and line feed, cleanLine none, the terminal
    // tab, line feed and carriage return). The set is written out here, independently of the code under test.
    void oneRuleForFileQuoteAndTerminal()
    {
        const auto unsafe = [](char32_t c) {
            return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x061C || c == 0x200E || c == 0x200F || c == 0x2028
                || c == 0x2029 || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
                || (c >= 0xFFF9 && c <= 0xFFFB);
        };
        int replaced = 0;
        for (char32_t c = 0; c <= 0x10FFFF; c = c < 0x10000 ? c + 1 : c + 0x3FF) {
            if (c >= 0xD800 && c <= 0xDFFF)
                continue;
            const QString in = QString::fromUcs4(&c, 1);
            const QString line = FileQuote::cleanLine(in);
            const QString text = FileQuote::clean(in);
            const QString terminal = QString::fromUtf8(through(in.toUtf8(), 1));
            const bool lineControl = c == U'\t' || c == U'\n' || c == U'\r';
            QVERIFY2((line != in) == unsafe(c), qPrintable(QString::number(c, 16)));
            QVERIFY2((text != in) == (unsafe(c) && c != U'\t' && c != U'\n'), qPrintable(QString::number(c, 16)));
            QVERIFY2((terminal != in) == (unsafe(c) && !lineControl), qPrintable(QString::number(c, 16)));
            if (unsafe(c)) {
                QCOMPARE(line.size(), 1); // one visible stand-in, never dropped
                if (!lineControl)
                    QCOMPARE(terminal, line);
                ++replaced;
            }
        }
        QCOMPARE(replaced, 32 + 33 + 3 + 2 + 5 + 4 + 3);
    }

    // Random bytes (many of them controls and UTF-8 lead bytes) in random chunks: nothing that steers comes
    // out, and valid UTF-8 text without controls passes byte for byte.
    void randomBytes()
    {
        QRandomGenerator rng(11);
        const QByteArray pieces[] = { "\x1b", "\x07", "\xc2\x9b", "\xc2", "\xe2\x80\xae", "\xe2\x80",
            "\xf0\x9f\x98\x80", "\xf0\x9f", "a", "\n", "\xc3\xa5", "\x9b", "\x7f" };
        for (int round = 0; round < 300; ++round) {
            QByteArray in;
            for (int i = 0; i < 40; ++i)
                in += pieces[rng.bounded(int(std::size(pieces)))];
            const QByteArray out = through(in, 1 + rng.bounded(7));
            QVERIFY2(!steers(out), out.toHex(' ').constData());
        }
        const QByteArray clean = QString(u"Blåbær, æøå, 😀 and 中文\n"_s).repeated(50).toUtf8();
        QCOMPARE(through(clean, 5), clean);
    }
};

QTEST_GUILESS_MAIN(TestTerminalGuard)
#include "test_terminalguard.moc"
