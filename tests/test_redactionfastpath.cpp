// SPDX-License-Identifier: GPL-3.0-or-later
// The streaming filter's fast path (blocks cut on the UTF-8 bytes, two judged at a time, one on a worker
// thread) against the reference: the whole-text engine on a QString. Random texts rich in everything a number
// can be made of and everything around one that the rules read (currency markers, IBAN letters, '+', line
// breaks, invisible characters, four-byte characters right before a space), fed in random chunk sizes down to
// one byte, some big enough to be judged in parallel blocks.
#include "redaction/norwegianid.h"
#include "redaction/redactionfilter.h"
#include "redaction/redactor.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString randomPiece(QRandomGenerator &rng)
{
    static const QStringList digits = { u"0"_s, u"1"_s, u"2"_s, u"3"_s, u"4"_s, u"5"_s, u"6"_s, u"7"_s, u"8"_s, u"9"_s,
        u"\uFF11"_s, u"\uFF19"_s, u"\u0663"_s, u"\u06F4"_s, u"\u0967"_s, u"\u00B2"_s, u"\u2081"_s, u"\u2460"_s,
        u"\U0001D7CF"_s, u"\U0001D7D7"_s, u"1\uFE0F\u20E3"_s, u"7\u0301"_s };
    static const QStringList joiners = { u" "_s, u" "_s, u" "_s, u"\u00A0"_s, u"\u202F"_s, u"\t"_s, u"."_s, u"-"_s,
        u"/"_s, u"\\"_s, u"_"_s, u"("_s, u")"_s, u"\u2010"_s, u"\u2013"_s, u"\u2212"_s, u"\uFF0E"_s, u":"_s, u","_s,
        u","_s, u"\uFF0C"_s, u"'"_s, u"\u2019"_s, u"\u00B7"_s, u"\u066C"_s, u"\u066B"_s };
    static const QStringList breaks = { u"\n"_s, u"\r\n"_s, u"\r"_s, u"\u2028"_s, u"\u0085"_s, u"\n\n"_s };
    static const QStringList formats = { u"\u200B"_s, u"\u200D"_s, u"\u2060"_s, u"\uFEFF"_s, u"\u00AD"_s, u"\u200E"_s,
        u"\u2066"_s, u"\u0301"_s, u"\uFE0F"_s, u"\uFE0E"_s, u"\u20E3"_s, u"\u0336"_s };
    static const QStringList words = { u"Hei "_s, u"kr"_s, u" kr"_s, u"kr. "_s, u"NOK"_s, u"nok "_s, u"€"_s, u"€ "_s,
        u"$"_s, u",-"_s, u",50"_s, u"+"_s, u"\uFF0B"_s, u"NO"_s, u"GB"_s, u"IBAN "_s, u"xkr "_s, u"å "_s, u"ø"_s,
        u"på "_s, u"😀 "_s, u"😀"_s, u"\U0001D400 "_s, u"! "_s, u"? "_s, u"] "_s, u"a@b.no "_s,
        u"en to tre fire fem seks sju "_s, u"Fødselsnummeret mitt er "_s, u"kl "_s, u"x"_s, u"null"_s, u"ni "_s,
        u"Seks "_s, u"åtte\n"_s, u"ÉN "_s, u"three "_s, u"lurer "_s, u"hvorfor "_s, u"tusen "_s, u"kundene "_s,
        u"ola.nordmann@firma.no "_s, u"x@y.com. "_s, u"post@eksempel.no\n"_s, u"@"_s, u"CHF "_s, u" CHF"_s, u"₹"_s,
        u"it's "_s, u"e\u0301 "_s };
    const int kind = int(rng.bounded(100));
    if (kind < 40) {
        QString s;
        const int n = 1 + int(rng.bounded(5));
        for (int k = 0; k < n; ++k)
            s += digits.at(rng.bounded(100) < 75 ? rng.bounded(10) : rng.bounded(digits.size()));
        return s;
    }
    if (kind < 62)
        return joiners.at(rng.bounded(joiners.size()));
    if (kind < 68)
        return breaks.at(rng.bounded(breaks.size()));
    if (kind < 74)
        return formats.at(rng.bounded(formats.size()));
    if (kind < 93)
        return words.at(rng.bounded(words.size()));
    // Whole phrases: kept dates and amounts, numbers written the ways standard@2 reads, and an identity number.
    static const QStringList phrases
        = { u"15.01.2023 14:30 "_s, u"[2024-05-02 08:00] "_s, u"1 234 567,89 kr "_s, u"Ring meg på +47 912 34 567. "_s,
              u"Kontonummer 12,34,567 eller 1,234,567.89 "_s, u"$1,234,567.89 og CHF 12'345.50 og ₹12,34,567 "_s,
              u"1\uFE0F\u20E32\uFE0F\u20E33\uFE0F\u20E34\uFE0F\u20E35\uFE0F\u20E36\uFE0F\u20E37\uFE0F\u20E3 "_s,
              u"1'234'567 ١٬٢٣٤٬٥٦٧ 1, 2, 3, 4, 5, 6, 7 "_s };
    const int pick = int(rng.bounded(int(phrases.size()) + 1));
    if (pick < phrases.size())
        return phrases.at(pick);
    const QString f = NorwegianId::generate(rng);
    return f.left(6) + (rng.bounded(2) ? u" "_s : u"\n"_s) + f.mid(6);
}

// At least `size` code units; sentences without digits between, so that long digit-free stretches (copied as
// they are) alternate with dense ones.
QString randomText(QRandomGenerator &rng, qsizetype size)
{
    QString t;
    t.reserve(size + 200);
    while (t.size() < size) {
        const int parts = 1 + int(rng.bounded(40));
        for (int p = 0; p < parts; ++p)
            t += randomPiece(rng);
        if (rng.bounded(3) == 0)
            t += u" Dette er en vanlig setning uten tall, skrevet av en kunde i chatten. "_s;
    }
    return t;
}

struct Result
{
    QByteArray out;
    Status status;
    qsizetype peak = 0;
};

// Feeds `input` in random chunks of 1..maxChunk bytes; blockBytes 0 keeps the filter's default.
Result runFilter(const RuleSet &rules, const QByteArray &input, quint32 seed, int maxChunk, const QString &marker,
    qsizetype blockBytes = 0)
{
    QRandomGenerator rng(seed);
    RedactionFilter filter(rules, marker, u"chat.txt"_s);
    if (blockBytes > 0)
        filter.setBlockBytes(blockBytes);
    Result r;
    filter.output = [&](QByteArrayView b) { r.out += b; };
    qsizetype pos = 0;
    while (pos < input.size() && !r.status) {
        const qsizetype n = std::min<qsizetype>(input.size() - pos, 1 + rng.bounded(maxChunk));
        r.status = filter.feed(QByteArrayView(input.constData() + pos, n));
        pos += n;
    }
    if (!r.status)
        r.status = filter.finish();
    r.peak = filter.peakBuffer();
    return r;
}

// The engine's spans with its shortcuts and with the general judgement only, and the index of the first span
// where they differ in any field (-1 when they are the same).
struct ShortcutComparison
{
    QList<RedactionSpan> general;
    qsizetype difference = -1;
};

ShortcutComparison compareShortcuts(const QString &text, const RuleSet &rules, bool keeps)
{
    QList<RedactionSpan> fast;
    ShortcutComparison c;
    Redactor::findSpansInto(text, rules, 0, fast, keeps, Redactor::Shortcuts::On);
    Redactor::findSpansInto(text, rules, 0, c.general, keeps, Redactor::Shortcuts::Off);
    const qsizetype common = std::min(fast.size(), c.general.size());
    for (qsizetype k = 0; k < common && c.difference < 0; ++k) {
        const RedactionSpan &x = fast[k], &y = c.general[k];
        if (x.start != y.start || x.end != y.end || x.rule != y.rule || x.action != y.action
            || x.isIdentityNumber != y.isIdentityNumber || x.idKind != y.idKind)
            c.difference = k;
    }
    if (c.difference < 0 && fast.size() != c.general.size())
        c.difference = common;
    return c;
}

} // namespace

class TestRedactionFastPath : public QObject
{
    Q_OBJECT

private slots:
    // The issue's must-hold cases and the cases at a block's edge, one byte at a time and whole.
    void mustHold_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("fnr with space") << u"Fnr 151086 95088"_s;
        QTest::newRow("fnr over a line break") << u"Fnr 151086\n95088 ok"_s;
        QTest::newRow("fnr zero-width space") << u"151086\u200B95088"_s;
        QTest::newRow("fnr fullwidth") << u"１５１０８６９５０８８"_s;
        QTest::newRow("phone with +") << u"Ring +47 912 34 567"_s;
        QTest::newRow("iban") << u"IBAN NO93 8601 1117 947"_s;
        QTest::newRow("date and time kept") << u"Møtet er 15.01.2023 kl 14:30"_s;
        QTest::newRow("amount kept") << u"Jeg skylder 1 234 567,89 kr"_s;
        QTest::newRow("currency before, after a cut") << u"Det koster kr 1234567 totalt"_s;
        QTest::newRow("currency word glued") << u"xkr 1234567 og nok 7654321"_s;
        QTest::newRow("euro before") << u"Pris € 1234567 her"_s;
        QTest::newRow("amount marked after") << u"Sum 1 234 567 NOK ferdig"_s;
        QTest::newRow("four-byte letter before a space") << u"\U0001D400 1234567 \U0001D400 12 34"_s;
        QTest::newRow("crlf inside") << u"a 123\r\n4567 b\r\n"_s;
        QTest::newRow("bom and no final newline") << u"\uFEFFHei 1234567"_s;
        QTest::newRow("digits at start and end") << u"1234567 midt 7654321"_s;
        QTest::newRow("only digits") << u"15108695088"_s;
        QTest::newRow("indian grouping") << u"Konto 12,34,567 og 1,23,45,678"_s;
        QTest::newRow("comma list kept") << u"Velg 1, 2, 3, 4, 5, 6, 7 eller 1,2,3,4,5,6,7"_s;
        QTest::newRow("swiss grouping") << u"Konto 12'345'678 og 1\u2019234\u2019567, men CHF 12'345.50"_s;
        QTest::newRow("arabic separators") << u"رقم ١٬٢٣٤٬٥٦٧ و ١٢٣٤٫٥٦٧"_s;
        QTest::newRow("keycaps before a space")
            << u"Kode 1\uFE0F\u20E32\uFE0F\u20E33\uFE0F\u20E34\uFE0F\u20E35\uFE0F\u20E36\uFE0F\u20E37\uFE0F\u20E3 takk"_s;
        QTest::newRow("marks before a space") << u"a 1234567\u0301\u0336 b e\u0301 c"_s;
    }

    void mustHold()
    {
        QFETCH(QString, text);
        const RuleSet rules = RuleSet::standard();
        const QByteArray expected = Redactor::redact(text, rules, u"X"_s).toUtf8();
        for (int maxChunk : { 1, 3, 1 << 16 }) {
            for (qsizetype blockBytes : { 1, 5, 0 }) {
                const Result r = runFilter(rules, text.toUtf8(), 7, maxChunk, u"X"_s, blockBytes);
                QVERIFY(!r.status);
                QCOMPARE(r.out, expected);
            }
        }
    }

    // Byte for byte what the whole-text engine gives, whatever the chunk and block sizes: one-byte blocks put
    // a block edge at every safe cut; blocks of 40 KB are judged two at a time on two threads.
    void differential_data()
    {
        QTest::addColumn<QString>("rules");
        QTest::addColumn<int>("maxChunk");
        QTest::addColumn<int>("blockBytes");
        QTest::addColumn<int>("size");
        QTest::addColumn<quint32>("seed");
        QTest::newRow("standard, 1-byte chunks, 1-byte blocks") << u"standard"_s << 1 << 1 << 60000 << 1u;
        QTest::newRow("standard, tiny chunks, 1-byte blocks") << u"standard"_s << 7 << 1 << 300000 << 2u;
        QTest::newRow("standard, small chunks, 64-byte blocks") << u"standard"_s << 300 << 64 << 300000 << 3u;
        QTest::newRow("standard, CLI chunks, 1-byte blocks") << u"standard"_s << 65536 << 1 << 300000 << 4u;
        QTest::newRow("standard, parallel blocks") << u"standard"_s << 65536 << 40000 << 1400000 << 5u;
        QTest::newRow("standard, default blocks") << u"standard"_s << 65536 << 0 << 1400000 << 6u;
        QTest::newRow("standard, huge chunks") << u"standard"_s << 3000000 << 0 << 1400000 << 7u;
        QTest::newRow("audit, 1-byte blocks") << u"audit"_s << 300 << 1 << 300000 << 8u;
        QTest::newRow("audit, parallel blocks") << u"audit"_s << 65536 << 40000 << 1400000 << 9u;
        QTest::newRow("strict, small chunks") << u"strict"_s << 500 << 0 << 200000 << 10u;
        QTest::newRow("strict, 1-byte chunks, 1-byte blocks") << u"strict"_s << 1 << 1 << 60000 << 11u;
        QTest::newRow("strict, small chunks, 1-byte blocks") << u"strict"_s << 300 << 1 << 300000 << 12u;
        QTest::newRow("strict, parallel blocks") << u"strict"_s << 65536 << 40000 << 1400000 << 13u;
        QTest::newRow("strict, default blocks") << u"strict"_s << 65536 << 0 << 1400000 << 14u;
    }

    void differential()
    {
        QFETCH(QString, rules);
        QFETCH(int, maxChunk);
        QFETCH(int, blockBytes);
        QFETCH(int, size);
        QFETCH(quint32, seed);
        QRandomGenerator rng(seed);
        const QString text = randomText(rng, size);
        const RuleSet set = *RuleSet::byName(rules);
        const QString marker = u"[fjernet]"_s;
        const QByteArray expected = Redactor::redact(text, set, marker).toUtf8();
        const Result r = runFilter(set, text.toUtf8(), seed, maxChunk, marker, blockBytes);
        QVERIFY(!r.status);
        if (r.out != expected) {
            qsizetype at = 0;
            while (at < r.out.size() && at < expected.size() && r.out.at(at) == expected.at(at))
                ++at;
            QFAIL(qPrintable(u"first difference at byte %1: got «%2», expected «%3»"_s.arg(at).arg(
                QString::fromUtf8(r.out.mid(std::max<qsizetype>(0, at - 40), 80)),
                QString::fromUtf8(expected.mid(std::max<qsizetype>(0, at - 40), 80)))));
        }
    }

    // The engine's shortcut for the timestamp that starts a transcript line gives exactly the spans of the
    // general judgement: timestamps with every field at and beyond its limits, identity numbers hidden in the
    // digits, each character of the pattern now and then replaced, and every kind of neighbour on both sides.
    void transcriptStampShortcut()
    {
        static const QStringList before = { u""_s, u"["_s, u" "_s, u"+"_s, u"kr "_s, u"NO"_s, u"12 "_s, u"1"_s,
            u"\u200B"_s, u"\n"_s, u"2024-05-02 "_s, u"x"_s, u"12,"_s, u"1'"_s, u"7\u20E3"_s, u"CHF "_s };
        static const QStringList after = { u"]"_s, u"] Kunde: hei"_s, u" "_s, u"a"_s, u":"_s, u":59]"_s, u":5]"_s,
            u"1"_s, u"-"_s, u"."_s, u"\n"_s, u","_s, u"\u200B"_s, u"€"_s, u" kr"_s, u"+"_s, u"😀"_s, u""_s, u" 95088"_s,
            u"\u00A0"_s, u"!"_s, u"] 1234567"_s, u",567"_s, u",567,890"_s, u"'"_s, u"'345"_s, u"\u2019"_s, u"\u00B7"_s,
            u"\u066C"_s, u"\uFE0F\u20E3"_s, u"\u0301]"_s, u" CHF"_s, u"₹"_s };
        static const QStringList replacements = { u"."_s, u"/"_s, u":"_s, u" "_s, u"-"_s, u"\u00A0"_s, u"\u200B"_s,
            u"\n"_s, u"x"_s, u"１"_s, u"7"_s, u"\u2013"_s, u","_s, u"'"_s, u"\u00B7"_s, u"\u20E3"_s };
        auto two = [](int v) { return u"%1"_s.arg(v, 2, 10, QLatin1Char('0')); };
        auto pick = [](QRandomGenerator &rng, std::initializer_list<int> edges, int lo, int hi) {
            return rng.bounded(3) == 0 ? *(edges.begin() + rng.bounded(int(edges.size())))
                                       : lo + rng.bounded(hi - lo + 1);
        };
        QRandomGenerator rng(20241125);
        const RuleSet rules = RuleSet::standard();
        int identities = 0, kept = 0, compared = 0;
        for (int round = 0; round < 60000; ++round) {
            QString stamp;
            if (rng.bounded(8) == 0) {
                // Digits of an identity number laid out as a timestamp (often no valid date or time).
                const QString f = NorwegianId::generate(rng) + QString::number(rng.bounded(10));
                stamp = f.left(4) + u'-' + f.mid(4, 2) + u'-' + f.mid(6, 2) + u' ' + f.mid(8, 2) + u':' + f.mid(10, 2);
            } else {
                const int year = pick(rng, { 0, 999, 1000, 1900, 2000, 2023, 2024, 2100, 9999 }, 1000, 2999);
                stamp = u"%1-%2-%3 %4:%5"_s.arg(year, 4, 10, QLatin1Char('0'))
                            .arg(two(pick(rng, { 0, 1, 2, 12, 13, 99 }, 1, 12)))
                            .arg(two(pick(rng, { 0, 1, 28, 29, 30, 31, 32, 99 }, 1, 28)))
                            .arg(two(pick(rng, { 0, 23, 24, 99 }, 0, 23)))
                            .arg(two(pick(rng, { 0, 59, 60, 99 }, 0, 59)));
            }
            if (rng.bounded(4) == 0)
                stamp.replace(int(rng.bounded(stamp.size())), 1, replacements.at(rng.bounded(replacements.size())));
            const QString text = before.at(rng.bounded(before.size())) + stamp + after.at(rng.bounded(after.size()));
            for (const bool keeps : { true, false }) {
                const ShortcutComparison c = compareShortcuts(text, rules, keeps);
                QVERIFY2(c.difference < 0, qPrintable(u"«%1»: span %2 differs"_s.arg(text).arg(c.difference)));
                const QList<RedactionSpan> &general = c.general;
                ++compared;
                if (keeps) {
                    identities += std::count_if(
                        general.cbegin(), general.cend(), [](const RedactionSpan &s) { return s.isIdentityNumber; });
                    kept += std::count_if(general.cbegin(), general.cend(),
                        [](const RedactionSpan &s) { return s.rule == u"R4-date"_s; });
                }
            }
        }
        // The rounds reached both outcomes the shortcut must tell apart.
        QVERIFY2(identities > 100, qPrintable(QString::number(identities)));
        QVERIFY2(kept > 10000, qPrintable(QString::number(kept)));
        QCOMPARE(compared, 120000);
    }

    // On random text rich in digit words, e-mail addresses and numbers, the shortcuts (the timestamp, and the
    // spelled-digit scan jumping from one possible digit word to the next) give exactly the general spans.
    void shortcutsOnRandomText()
    {
        QRandomGenerator rng(20241126);
        const QString text = randomText(rng, 400000);
        int spelled = 0;
        for (const QString &name : { u"standard"_s, u"strict"_s }) {
            const ShortcutComparison c = compareShortcuts(text, *RuleSet::byName(name), true);
            QVERIFY2(c.difference < 0, qPrintable(u"%1: span %2 differs"_s.arg(name).arg(c.difference)));
            for (const RedactionSpan &s : c.general)
                spelled += s.rule == u"spelled"_s ? 1 : 0;
        }
        QVERIFY2(spelled > 50, qPrintable(QString::number(spelled)));
    }

    // Every BMP code unit next to digit words, letters and digits: the spelled-digit skipper, which classifies
    // sixteen code units at a time, finds exactly the spans of the general scan.
    void skipperSeesEveryCodeUnit()
    {
        const RuleSet rules = *RuleSet::byName(u"strict"_s);
        int spelled = 0;
        for (char32_t u = 0; u <= 0xFFFF; ++u) {
            const QChar c = QChar(char16_t(u));
            QString text = u"Hei "_s + c + u"en to tre fire fem seks sju"_s + c + u"ni "_s + c + u"kunde"_s + c
                + u"ni åtte"_s + c + u" 12"_s + c + u"34 fire fem"_s + c + u"seks"_s;
            text += text; // and once more where the first copy ends (different positions in a 64-unit group)
            const ShortcutComparison result = compareShortcuts(text, rules, true);
            QVERIFY2(result.difference < 0,
                qPrintable(u"U+%1: span %2 differs"_s.arg(uint(u), 4, 16, QLatin1Char('0')).arg(result.difference)));
            for (const RedactionSpan &s : result.general)
                spelled += s.rule == u"spelled"_s ? 1 : 0;
        }
        // Joined by a space or a joiner the digit words form spelled runs; glued to a letter they do not.
        QVERIFY2(spelled > 10000, qPrintable(QString::number(spelled)));
    }

    // Every BMP code unit between digits, in a comma grouping, after a number and before a space (where blocks are
    // cut): the fast path with a block edge at every safe cut, and the shortcuts, give exactly what the general scan
    // of the whole text gives. Among them are the code units standard@2 reads anew: commas, apostrophes, the middle
    // dot, the Arabic separators and the combining marks.
    void everyCodeUnitAroundNumbers()
    {
        QString text;
        for (char32_t u = 0; u <= 0xFFFF; ++u) {
            if (u >= 0xD800 && u <= 0xDFFF)
                continue; // not a character on its own
            const QChar c { char16_t(u) };
            text += u"a 123"_s + c + u"4567"_s + c + u" 12,34"_s + c + u"567"_s + c + u" x"_s + c + u" "_s;
        }
        int removed = 0;
        for (const QString &name : { u"standard"_s, u"strict"_s }) {
            const RuleSet rules = *RuleSet::byName(name);
            const ShortcutComparison c = compareShortcuts(text, rules, true);
            QVERIFY2(c.difference < 0, qPrintable(u"%1: span %2 differs"_s.arg(name).arg(c.difference)));
            const QByteArray expected = Redactor::redact(text, rules, u"X"_s).toUtf8();
            const Result r = runFilter(rules, text.toUtf8(), 29, 65536, u"X"_s, 1);
            QVERIFY(!r.status);
            QCOMPARE(r.out.size(), expected.size());
            QVERIFY(r.out == expected);
            removed += int(std::count_if(c.general.cbegin(), c.general.cend(),
                [](const RedactionSpan &s) { return s.action == RedactionSpan::Action::Remove; }));
        }
        // Most code units end a number: both numbers of each line stay apart, and neither has 7 digits.
        QVERIFY2(removed > 1000 && removed < 40000, qPrintable(QString::number(removed)));
    }

    // The text between numbers is copied as it is: a marker-free run over text without any number gives the
    // input back, and an empty marker still keeps every line break.
    void digitFreeTextUnchanged()
    {
        QRandomGenerator rng(11);
        QString text;
        while (text.size() < 1500000)
            text += u"Hei på deg, æøå ÆØÅ é – «sitat» 😀 \u00A0\u200B\r\n\u2028 tab\there. "_s;
        const QByteArray input = text.toUtf8();
        const Result r = runFilter(RuleSet::standard(), input, 11, 65536, QString());
        QVERIFY(!r.status);
        QVERIFY(r.out == input);
    }

    // An invalid byte deep in a big input: the error names its line, whichever chunk or block it falls in.
    void invalidUtf8InBigInput_data()
    {
        QTest::addColumn<int>("maxChunk");
        QTest::newRow("1-byte chunks") << 1;
        QTest::newRow("CLI chunks") << 65536;
    }

    void invalidUtf8InBigInput()
    {
        QFETCH(int, maxChunk);
        QByteArray input;
        int lines = 0;
        while (input.size() < 1200000) {
            input += "Linje med tall 1234567 og tekst\n";
            ++lines;
        }
        input += "her er en feil \xC3\x28 i teksten\n";
        input += "mer tekst 7654321\n";
        const Result r = runFilter(RuleSet::standard(), input, 13, maxChunk, u"X"_s);
        QVERIFY(r.status);
        QCOMPARE(r.status->line, lines + 1);
        QVERIFY(r.status->toString().startsWith(u"chat.txt:%1: "_s.arg(lines + 1)));
    }

    // An invalid byte anywhere: the error names its line (line feeds before it, counted here), and what was
    // written before the error is the start of what the whole-text engine gives for the valid text before it.
    // Blocks validate themselves, on both threads, so the byte may sit in a block's context, its own bytes, its
    // lookahead, the second block of a pair or the held-back end of a chunk.
    void invalidByteAnywhere_data()
    {
        QTest::addColumn<int>("maxChunk");
        QTest::addColumn<int>("blockBytes");
        QTest::addColumn<int>("size");
        QTest::newRow("1-byte chunks, 1-byte blocks") << 1 << 1 << 20000;
        QTest::newRow("small chunks, 64-byte blocks") << 300 << 64 << 100000;
        QTest::newRow("CLI chunks, parallel blocks") << 65536 << 40000 << 600000;
        QTest::newRow("CLI chunks, default blocks") << 65536 << 0 << 1400000;
    }

    void invalidByteAnywhere()
    {
        QFETCH(int, maxChunk);
        QFETCH(int, blockBytes);
        QFETCH(int, size);
        static const QByteArrayList invalid = { "\xC3\x28", "\x80", "\xFF", "\xE2\x82 ", "\xC0\xAF", "\xED\xA0\x80",
            "\xF4\x90\x80\x80", "\xF0\x9F\x98" };
        QRandomGenerator rng(quint32(size + blockBytes));
        const QString text = randomText(rng, size);
        const QString marker = u"[fjernet]"_s;
        for (int round = 0; round < 6; ++round) {
            qsizetype at = rng.bounded(text.size());
            if (text.at(at).isLowSurrogate())
                --at;
            const QByteArray before = text.left(at).toUtf8();
            const QByteArray bad = invalid.at(rng.bounded(invalid.size()));
            const Result r = runFilter(RuleSet::standard(), before + bad + text.mid(at).toUtf8(), rng.generate(),
                maxChunk, marker, blockBytes);
            QVERIFY2(r.status, bad.toHex().constData());
            QCOMPARE(r.status->line, int(before.count('\n')) + 1);
            const QByteArray expected = Redactor::redact(text.left(at), RuleSet::standard(), marker).toUtf8();
            QVERIFY2(expected.startsWith(r.out),
                qPrintable(u"%1 bytes written of %2 expected"_s.arg(r.out.size()).arg(expected.size())));
        }
    }

    void truncatedAtEnd()
    {
        QByteArray input(700000, 'a');
        input += " 12 \xE2\x82";
        const Result r = runFilter(RuleSet::standard(), input, 17, 65536, u"X"_s);
        QVERIFY(r.status);
        QCOMPARE(r.status->line, 1);
    }

    // Memory stays flat: the bytes held never exceed a few blocks and a chunk, however big the input.
    void memoryFlat_data()
    {
        QTest::addColumn<QString>("rules");
        QTest::newRow("standard") << u"standard"_s;
        QTest::newRow("strict") << u"strict"_s;
    }

    void memoryFlat()
    {
        QFETCH(QString, rules);
        QRandomGenerator rng(19);
        const QByteArray block = randomText(rng, 300000).toUtf8();
        QByteArray input;
        while (input.size() < 8000000)
            input += block + "\n";
        const Result r = runFilter(*RuleSet::byName(rules), input, 19, 65536, u"X"_s);
        QVERIFY(!r.status);
        // The bytes read but not yet written: the blocks being judged, one more waiting, and the buffer.
        const qsizetype bound = (RedactionFilter::judgedAtOnce() + 1)
            * (RedactionFilter::kBlockBytes + 65536 + 4 * RedactionFilter::kContext);
        QVERIFY2(r.peak < bound, qPrintable(u"peak %1, bound %2"_s.arg(r.peak).arg(bound)));
        QVERIFY(r.peak < input.size() / 3);
    }

    // Megabytes without a safe cut (Chinese text has no spaces) force cuts: memory stays bounded, nothing
    // is lost or duplicated, and no seven joined digits get through.
    void noSafeCut()
    {
        QString text;
        QRandomGenerator rng(23);
        while (text.size() < 3000000) {
            text += u"我们的客户服务"_s;
            if (rng.bounded(4) == 0)
                text += QString::number(1000000 + rng.bounded(9000000));
        }
        const QByteArray input = text.toUtf8();
        const Result r = runFilter(RuleSet::standard(), input, 23, 65536, u"X"_s);
        QVERIFY(!r.status);
        // The buffer up to a forced cut, and the block's copy of it.
        const qsizetype bound = 2 * (RedactionFilter::kMaxBuffer + 2 * 65536 + 4 * RedactionFilter::kContext);
        QVERIFY2(r.peak < bound, qPrintable(u"peak %1, bound %2"_s.arg(r.peak).arg(bound)));
        QString out = QString::fromUtf8(r.out);
        QVERIFY(!out.contains(QRegularExpression(u"[0-9]{7}"_s)));
        out.remove(u'X');
        QString letters = text;
        letters.remove(QRegularExpression(u"[0-9]"_s));
        QCOMPARE(out, letters);
    }
};

QTEST_GUILESS_MAIN(TestRedactionFastPath)
#include "test_redactionfastpath.moc"
