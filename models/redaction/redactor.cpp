// SPDX-License-Identifier: GPL-3.0-or-later
// The redaction engine: one pass over UTF-16 with a table lookup per code unit. A "run" is a sequence of
// digits linked by short gaps (R1 links, commas that group digits included, and the wider R3 links by `:`,
// other commas or two line breaks); each run is judged as a whole, so no decision ever looks further than a run
// and a few characters around it.
#include "redaction/redactor.h"

#include "redaction/charclass.h"
#include "redaction/norwegianid.h"

#include <algorithm>
#include <array>
#ifdef __SSE2__
#include <emmintrin.h>
#endif
#include <cstring>
#include <optional>
#include <string_view>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

namespace CC = CharClass;

// R1 limits of a gap between two digits of one combination.
constexpr int kMaxGap = 4;
constexpr int kMaxGapPunct = 2;
constexpr int kMaxGapBreaks = 1;
// R3: an identity number may be split more widely.
constexpr int kMaxWideGap = 6;
constexpr int kMaxWidePunct = 3;
constexpr int kMaxWideBreaks = 2;
// Invisible characters do not count, but an absurd pile of them still ends a run (keeps lookahead bounded).
constexpr int kMaxFormatInGap = 32;
// R4 amounts: at most this many spaces between the amount and its currency marker.
constexpr int kMaxCurrencySpaces = 8;

struct Digit
{
    qsizetype pos;
    qsizetype end;
    std::uint8_t value;
    bool wideLink; // the gap before this digit only qualifies as an R3 link
    bool adjacent; // nothing but invisible characters before this digit (same block)
    bool spacesOnly; // the gap before this digit is whitespace only
    char16_t sep; // the gap's only visible character, or 0 when it has none or several
};

struct Interval // digit indices [a, b) of the current run
{
    int a;
    int b;
    QString rule;
    bool identity;
    NorwegianId::Kind kind = NorwegianId::Kind::Invalid;
};

bool isAsciiLetter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
}

struct IbanCountry
{
    char code[3];
    int length;
};

// SWIFT IBAN registry: country code and IBAN length.
constexpr IbanCountry kIbanCountries[] = {
    { "AD", 24 },
    { "AE", 23 },
    { "AL", 28 },
    { "AT", 20 },
    { "AZ", 28 },
    { "BA", 20 },
    { "BE", 16 },
    { "BG", 22 },
    { "BH", 22 },
    { "BI", 27 },
    { "BR", 29 },
    { "BY", 28 },
    { "CH", 21 },
    { "CR", 22 },
    { "CY", 28 },
    { "CZ", 24 },
    { "DE", 22 },
    { "DJ", 27 },
    { "DK", 18 },
    { "DO", 28 },
    { "EE", 20 },
    { "EG", 29 },
    { "ES", 24 },
    { "FI", 18 },
    { "FK", 18 },
    { "FO", 18 },
    { "FR", 27 },
    { "GB", 22 },
    { "GE", 22 },
    { "GI", 23 },
    { "GL", 18 },
    { "GR", 27 },
    { "GT", 28 },
    { "HR", 21 },
    { "HU", 28 },
    { "IE", 22 },
    { "IL", 23 },
    { "IQ", 23 },
    { "IS", 26 },
    { "IT", 27 },
    { "JO", 30 },
    { "KW", 30 },
    { "KZ", 20 },
    { "LB", 28 },
    { "LC", 32 },
    { "LI", 21 },
    { "LT", 20 },
    { "LU", 20 },
    { "LV", 21 },
    { "LY", 25 },
    { "MC", 27 },
    { "MD", 24 },
    { "ME", 22 },
    { "MK", 19 },
    { "MN", 20 },
    { "MR", 27 },
    { "MT", 31 },
    { "MU", 30 },
    { "NI", 28 },
    { "NL", 18 },
    { "NO", 15 },
    { "OM", 23 },
    { "PK", 24 },
    { "PL", 28 },
    { "PS", 29 },
    { "PT", 25 },
    { "QA", 29 },
    { "RO", 24 },
    { "RS", 22 },
    { "RU", 33 },
    { "SA", 24 },
    { "SC", 31 },
    { "SD", 18 },
    { "SE", 24 },
    { "SI", 19 },
    { "SK", 24 },
    { "SM", 27 },
    { "SO", 23 },
    { "ST", 25 },
    { "SV", 28 },
    { "TL", 23 },
    { "TN", 24 },
    { "TR", 26 },
    { "UA", 29 },
    { "VA", 22 },
    { "VG", 24 },
    { "XK", 20 },
    { "YE", 30 },
};

int ibanLength(char16_t a, char16_t b)
{
    for (const IbanCountry &c : kIbanCountries)
        if (c.code[0] == a && c.code[1] == b)
            return c.length;
    return 0;
}

// Index of the first code unit at or after i that may start a number: an ASCII digit, a Latin-1 character
// below U+00C0 (superscripts ¹²³) or anything above U+00FF. Everything skipped here is class Other or a
// joiner, and neither starts a number.
inline qsizetype skipQuiet(const char16_t *data, qsizetype i, qsizetype n)
{
#ifdef __SSE2__
    const __m128i zero = _mm_setzero_si128();
    const __m128i c0 = _mm_set1_epi16(u'0'), c9 = _mm_set1_epi16(9);
    const __m128i c80 = _mm_set1_epi16(0x80), c3f = _mm_set1_epi16(0x3F);
    while (i + 8 <= n) {
        const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + i));
        const __m128i digit = _mm_cmpeq_epi16(_mm_subs_epu16(_mm_sub_epi16(x, c0), c9), zero);
        const __m128i high = _mm_cmpgt_epi16(_mm_srli_epi16(x, 8), zero);
        const __m128i latin1Sign = _mm_cmpeq_epi16(_mm_subs_epu16(_mm_sub_epi16(x, c80), c3f), zero);
        const int mask = _mm_movemask_epi8(_mm_or_si128(_mm_or_si128(digit, high), latin1Sign));
        if (mask != 0)
            return i + (qCountTrailingZeroBits(uint(mask)) >> 1);
        i += 8;
    }
#endif
    while (i < n) {
        const char16_t u = data[i];
        if ((u >= u'0' && u <= u'9') || u >= 0x100 || (u >= 0x80 && u < 0xC0))
            return i;
        ++i;
    }
    return i;
}

// Proleptic Gregorian, like QDate::isValid, but inline: it runs for every timestamp in a transcript.
inline bool isCalendarDate(int year, int month, int day)
{
    static constexpr int kDays[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    if (month < 1 || month > 12 || day < 1)
        return false;
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return day <= kDays[month - 1] + (month == 2 && leap ? 1 : 0);
}

// R3's check on 11 digit values, `value(k)` the k-th. The check digits first, straight from the values: 1 in 30
// passes, only those build a string.
template <typename Value> bool isIdentityDigits(Value value)
{
    static constexpr int w1[10] = { 3, 7, 6, 1, 8, 9, 4, 5, 2, 1 };
    static constexpr int w2[11] = { 5, 4, 3, 2, 7, 6, 5, 4, 3, 2, 1 };
    // A plausible day and month (with the D-, H- and synthetic offsets) or an FH-number's 8/9, before any
    // arithmetic: prunes nearly every window of timestamps and the like.
    const int day = value(0) * 10 + value(1), month = value(2) * 10 + value(3);
    const bool fh = value(0) >= 8;
    const bool dayOk = (day >= 1 && day <= 31) || (day >= 41 && day <= 71);
    const bool monthOk = (month >= 1 && month <= 12) || (month >= 41 && month <= 52) || (month >= 81 && month <= 92);
    if (!fh && !(dayOk && monthOk))
        return false;
    int s1 = 0, s2 = 0;
    for (int k = 0; k < 10; ++k) {
        s1 += w1[k] * value(k);
        s2 += w2[k] * value(k);
    }
    s2 += value(10);
    if (s1 % 11 > 3 || s2 % 11 != 0)
        return false;
    char16_t buf[11];
    for (int k = 0; k < 11; ++k)
        buf[k] = char16_t(u'0' + value(k));
    return NorwegianId::isValid(QStringView(buf, 11));
}

// The one rule for spans that overlap, shared by the digit scanner (within a run) and normalise() (across runs
// and scanners), so that the preview (kept spans listed) and the stored text (only removals asked for) always
// remove the same characters. `spans` are sorted by start; chains of overlapping spans are settled together:
// - a chain holding a removal becomes one removal over the whole chain: a kept date or amount that overlaps a
//   removal (or a kept case that does) goes with it, every one of its digits, as the privacy page promises
//   that no combination of seven digits or more survives; an identity number names the result;
// - a chain of kept cases only keeps the first of overlapping ones (the others' digits are judged kept too).
void settle(const RedactionSpan *first, const RedactionSpan *last, QList<RedactionSpan> &out)
{
    while (first != last) {
        const RedactionSpan *end = first + 1;
        qsizetype reach = first->end;
        bool removes = first->action == RedactionSpan::Action::Remove;
        for (; end != last && end->start < reach; ++end) {
            reach = std::max(reach, end->end);
            removes = removes || end->action == RedactionSpan::Action::Remove;
        }
        if (removes) {
            RedactionSpan m;
            m.start = first->start;
            m.end = reach;
            m.action = RedactionSpan::Action::Remove;
            bool named = false; // by the first removal, or the first identity number
            for (const RedactionSpan *s = first; s != end; ++s) {
                if (s->action == RedactionSpan::Action::Remove
                    && (!named || (s->isIdentityNumber && !m.isIdentityNumber))) {
                    m.rule = s->rule;
                    m.isIdentityNumber = s->isIdentityNumber;
                    m.idKind = s->idKind;
                    named = true;
                }
            }
            out.push_back(m);
        } else {
            qsizetype lastKeepEnd = -1;
            for (const RedactionSpan *s = first; s != end; ++s) {
                if (s->start >= lastKeepEnd) {
                    out.push_back(*s);
                    lastKeepEnd = s->end;
                }
            }
        }
        first = end;
    }
}

inline int asciiDigit(char16_t c)
{
    return char16_t(c - u'0') < 10 ? int(c - u'0') : -1;
}

class DigitScanner
{
public:
    DigitScanner(QStringView text, QList<RedactionSpan> &out, bool keeps, bool shortcuts)
        : m_text(text)
        , m_out(out)
        , m_keeps(keeps)
        , m_shortcuts(shortcuts)
    { }

    void scan(qsizetype from)
    {
        const char16_t *data = reinterpret_cast<const char16_t *>(m_text.data());
        const qsizetype n = m_text.size();
        const std::uint8_t *tab = CC::table();
        qsizetype i = from;
        while (i < n) {
            // Hot loop: skip everything that cannot start a number: ASCII other than '0'..'9' and the
            // Latin-1 letters (æ, ø, å, é ...), eight code units at a time.
            i = skipQuiet(data, i, n);
            if (i >= n)
                break;
            const std::uint8_t c = tab[data[i]];
            if (c > 9) [[likely]] {
                if (c != CC::HighSurrogate) {
                    ++i;
                    continue;
                }
                int w;
                if (!CC::isDigit(CC::at(m_text, i, w))) {
                    i += w;
                    continue;
                }
            }
            if (m_shortcuts) {
                if (const qsizetype end = transcriptStamp(i); end > 0) {
                    i = end;
                    continue;
                }
            }
            i = scanRun(i);
        }
    }

private:
    // Shortcut for the timestamp that starts every line of a plain-text transcript, "yyyy-mm-dd hh:mm" in
    // ASCII followed by an ASCII character of class Other (such as ']'). When it is a valid date and time and
    // neither 11-digit window is an identity number, the general judgement below is known to keep it as an
    // R4 date and remove nothing:
    // - the run is exactly these 12 digits: every gap is one joiner, and the character after ends the run;
    // - ':' is an R3-only link, so the R1 groups are the 10 digits "yyyy-mm-dd hh" and the 2 digits "mm";
    // - the first group is a date with '-' and a four-digit year, then hh after a space, then ":mm" right after
    //   the group, and no ":ss" (the character after is not ':'): dateEnd() keeps up to the minutes;
    // - the second group is too short to judge, and both 11-digit windows cross the ':' link, so R3 checks them:
    //   if either passes, the general path decides.
    // Returns the index after the minutes, or 0 when the general judgement must decide.
    qsizetype transcriptStamp(qsizetype s) const
    {
        const qsizetype n = m_text.size();
        if (s + 16 >= n)
            return 0;
        const char16_t *d = reinterpret_cast<const char16_t *>(m_text.data()) + s;
        if (d[4] != u'-' || d[7] != u'-' || d[10] != u' ' || d[13] != u':' || d[16] >= 0x80
            || CC::table()[d[16]] != CC::Other)
            return 0;
        static constexpr int kDigitAt[12] = { 0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15 };
        std::uint8_t v[12];
        for (int k = 0; k < 12; ++k) {
            const int x = asciiDigit(d[kDigitAt[k]]);
            if (x < 0)
                return 0;
            v[k] = std::uint8_t(x);
        }
        const int year = v[0] * 1000 + v[1] * 100 + v[2] * 10 + v[3];
        const int month = v[4] * 10 + v[5], day = v[6] * 10 + v[7];
        const int hour = v[8] * 10 + v[9], minute = v[10] * 10 + v[11];
        if (year < 1000 || !isCalendarDate(year, month, day) || hour > 23 || minute > 59)
            return 0;
        if (isIdentityDigits([&v](int k) { return v[k]; }) || isIdentityDigits([&v](int k) { return v[k + 1]; }))
            return 0;
        if (m_keeps)
            m_out.push_back(RedactionSpan { s, s + 16, u"R4-date"_s, RedactionSpan::Action::Keep, false });
        return s + 16;
    }

    // Collects the run starting at the digit at `start`, judges it, returns the index after it.
    qsizetype scanRun(qsizetype start)
    {
        m_digits.clear();
        m_commas = false;
        qsizetype i = start;
        bool wide = false;
        bool adjacent = true;
        bool spacesOnly = false;
        char16_t sep = 0;
        const qsizetype n = m_text.size();
        for (;;) {
            int w;
            const std::uint8_t c = CC::at(m_text, i, w);
            m_digits.push_back(Digit { i, i + w, c, wide, adjacent, spacesOnly, sep });
            i += w;
            // ASCII digits straight after it: the common case, without the general gap reader.
            const char16_t *data = reinterpret_cast<const char16_t *>(m_text.data());
            while (i < n && char16_t(data[i] - u'0') < 10) {
                m_digits.push_back(Digit { i, i + 1, std::uint8_t(data[i] - u'0'), false, true, false, 0 });
                ++i;
            }
            // Read the gap after this digit.
            int len = 0, punct = 0, breaks = 0, formats = 0;
            wide = false;
            adjacent = true;
            spacesOnly = true;
            sep = 0;
            qsizetype j = i;
            bool linked = false;
            while (j < n) {
                int gw;
                const std::uint8_t g = CC::at(m_text, j, gw);
                if (CC::isDigit(g)) {
                    linked = true;
                    break;
                }
                if (g == CC::Format) {
                    if (++formats > kMaxFormatInGap)
                        break;
                    j += gw;
                    continue;
                }
                adjacent = false;
                sep = len == 0 ? m_text[j].unicode() : char16_t(0);
                if (g == CC::Space) {
                    ++len;
                } else if (g == CC::Punct) {
                    spacesOnly = false;
                    ++len;
                    ++punct;
                } else if (g == CC::WideSep || g == CC::Comma) {
                    spacesOnly = false;
                    ++len;
                    ++punct;
                    wide = true; // a comma that groups digits is made a link again by joinGroupingCommas()
                    m_commas = m_commas || g == CC::Comma;
                } else if (g == CC::LineBreak) {
                    spacesOnly = false;
                    if (m_text[j] == u'\r' && j + 1 < n && m_text[j + 1] == u'\n')
                        gw = 2;
                    ++len;
                    ++breaks;
                } else {
                    break;
                }
                if (len > kMaxWideGap || punct > kMaxWidePunct || breaks > kMaxWideBreaks)
                    break;
                if (len > kMaxGap || punct > kMaxGapPunct || breaks > kMaxGapBreaks)
                    wide = true;
                j += gw;
            }
            if (!linked)
                break;
            i = j;
        }
        judgeRun();
        return i;
    }

    // Groups are the R1 combinations inside the run: split where a link is only wide.
    void judgeRun()
    {
        const int count = int(m_digits.size());
        if (count < 7)
            return; // neither a combination of 7 nor an identity number: nothing to decide
        m_remove.clear();
        m_keep.clear();
        if (m_commas)
            joinGroupingCommas();

        int a = 0;
        while (a < count) {
            int b = a + 1;
            while (b < count && !m_digits[b].wideLink)
                ++b;
            judgeGroup(a, b);
            a = b;
        }
        findIdentityWindows(count);
        emitSpans();
    }

    // A comma alone between two blocks of digits is a wide link (a list "1,2,3", a decimal comma, coordinates),
    // but a comma that groups digits, as in 1,234,567 or the Indian 12,34,567, is an R1 link: from the left, the
    // longest grouping of blocks each after a comma alone is one number. Other commas stay wide links (R3 still
    // reads across them).
    void joinGroupingCommas()
    {
        blocksOf(0, int(m_digits.size()), m_blocks);
        const size_t count = m_blocks.size();
        const auto byComma = [this, count](size_t k) { return k < count && isComma(m_blocks[k].sep); };
        for (size_t first = 0, next = 0; first < count; first = next) {
            const size_t last = groupingFrom(first, true, byComma, next);
            for (size_t k = first + 1; k <= last; ++k)
                m_digits[size_t(m_blocks[k].a)].wideLink = false;
        }
    }

    static bool isComma(QChar c) { return !c.isNull() && CC::table()[c.unicode()] == CC::Comma; }

    // The last block of the longest grouping of one number that starts at block `first` (`first` when there is
    // none): 1-3 digits, then groups of three, or, when `indian`, 1-2 digits, groups of two and a last group of
    // three. `linked(k)` tells whether block k's separator may continue it. `next` receives the block a further
    // grouping may start at, after `first`: one pass over the blocks, however long.
    template <typename Linked> size_t groupingFrom(size_t first, bool indian, Linked linked, size_t &next) const
    {
        auto len = [this](size_t k) { return m_blocks[k].b - m_blocks[k].a; };
        next = first + 1;
        if (len(first) > 3 || !linked(first + 1))
            return first;
        size_t last = first + 1;
        const int group = len(last);
        if (group == 3) {
            while (linked(last + 1) && len(last + 1) == 3)
                ++last;
            next = last + 1;
            return last;
        }
        if (!indian || group != 2 || len(first) > 2)
            return first;
        while (linked(last + 1) && len(last + 1) == 2)
            ++last;
        // Every block up to `last` starts only the same groups of two: none of them starts a grouping either
        // unless a group of three ends it.
        next = last + 1;
        if (!linked(last + 1) || len(last + 1) != 3)
            return first;
        next = last + 2;
        return last + 1;
    }

    void judgeGroup(int a, int b)
    {
        const int nd = b - a;
        if (nd < 7)
            return;
        if (nd == 11 && isIdentity(a)) {
            m_remove.push_back({ a, b, u"R3"_s, true, identityKind(a) });
            return;
        }
        if (qsizetype end = dateEnd(a, b); end > 0) {
            m_keep.push_back(RedactionSpan { m_digits[a].pos, end, u"R4-date"_s, RedactionSpan::Action::Keep, false });
            return;
        }
        if (qsizetype end = amountEnd(a, b); end > 0) {
            m_keep.push_back(
                RedactionSpan { m_digits[a].pos, end, u"R4-amount"_s, RedactionSpan::Action::Keep, false });
            return;
        }
        m_remove.push_back({ a, b, u"R2"_s, false });
    }

    bool isIdentity(int first) const
    {
        const Digit *d = m_digits.data() + first;
        return isIdentityDigits([d](int k) { return d[k].value; });
    }

    // Only for the few windows isIdentity() passed.
    NorwegianId::Kind identityKind(int first) const
    {
        char16_t buf[11];
        for (int k = 0; k < 11; ++k)
            buf[k] = char16_t(u'0' + m_digits[size_t(first + k)].value);
        return NorwegianId::classify(QStringView(buf, 11));
    }

    // R3: 11 consecutive digits of the run that cross a wide link and pass the check digits.
    void findIdentityWindows(int count)
    {
        if (count < 11)
            return;
        for (int s = 0; s + 11 <= count; ++s) {
            bool crossesWide = false;
            for (int k = s + 1; k < s + 11 && !crossesWide; ++k)
                crossesWide = m_digits[k].wideLink;
            if (crossesWide && isIdentity(s))
                m_remove.push_back({ s, s + 11, u"R3"_s, true, identityKind(s) });
        }
    }

    // Blocks: maximal digit sequences with nothing visible between them.
    struct Block
    {
        int a;
        int b;
        QChar sep; // the single visible character before the block, or 0 (none or several)
        bool spacesOnly; // the gap before is whitespace only
    };

    void blocksOf(int a, int b, std::vector<Block> &blocks) const
    {
        blocks.clear();
        for (int k = a; k < b; ++k) {
            const Digit &d = m_digits[k];
            if (k == a)
                blocks.push_back({ k, k + 1, QChar(), false });
            else if (!d.adjacent)
                blocks.push_back({ k, k + 1, QChar(d.sep), d.spacesOnly });
            else
                blocks.back().b = k + 1;
        }
    }

    int valueOf(int a, int b) const
    {
        int v = 0;
        for (int k = a; k < b; ++k)
            v = v * 10 + m_digits[k].value;
        return v;
    }

    // The combining marks right after a removed number's last digit go with it (a keycap emoji's U+FE0F U+20E3):
    // none is left behind on the marker. They are of class Format, so they never cross a safe cut.
    qsizetype afterMarks(qsizetype p) const
    {
        const qsizetype n = m_text.size();
        while (p < n) {
            const char16_t u = m_text[p].unicode();
            if (u < 0x300) // no combining mark is below U+0300
                break;
            int w = 1;
            char32_t cp = u;
            if (QChar::isHighSurrogate(u) && p + 1 < n && m_text[p + 1].isLowSurrogate()) {
                cp = QChar::surrogateToUcs4(u, m_text[p + 1].unicode());
                w = 2;
            }
            if (!CC::isCombiningMark(cp))
                break;
            p += w;
        }
        return p;
    }

    // Skips invisible characters from p forwards.
    qsizetype skipFormat(qsizetype p) const
    {
        int w;
        while (p < m_text.size() && CC::at(m_text, p, w) == CC::Format)
            p += w;
        return p;
    }

    // The two-digit field ":dd" directly at p; returns its value or -1.
    int colonField(qsizetype p, qsizetype &after) const
    {
        if (p >= m_text.size() || m_text[p] != u':')
            return -1;
        int w1, w2, w3;
        qsizetype q = p + 1;
        if (q >= m_text.size())
            return -1;
        const std::uint8_t d1 = CC::at(m_text, q, w1);
        if (!CC::isDigit(d1) || q + w1 >= m_text.size())
            return -1;
        const std::uint8_t d2 = CC::at(m_text, q + w1, w2);
        if (!CC::isDigit(d2))
            return -1;
        after = q + w1 + w2;
        if (after < m_text.size() && CC::isDigit(CC::at(m_text, after, w3)))
            return -1;
        return d1 * 10 + d2;
    }

    // R4: the group is exactly a valid date with a four-digit year, optionally with a valid time.
    // Returns the end of what is kept, or 0.
    qsizetype dateEnd(int a, int b)
    {
        blocksOf(a, b, m_blocks);
        if (m_blocks.size() < 3 || m_blocks.size() > 6)
            return 0;
        const Block &x = m_blocks[0], &y = m_blocks[1], &z = m_blocks[2];
        const QChar s1 = y.sep, s2 = z.sep;
        if (s1.isNull() || s1 != s2)
            return 0;
        auto len = [](const Block &bl) { return bl.b - bl.a; };
        int day = 0, month = 0, year = 0;
        if ((s1 == u'.' || s1 == u'/') && len(x) <= 2 && len(y) <= 2 && len(z) == 4) {
            day = valueOf(x.a, x.b);
            month = valueOf(y.a, y.b);
            year = valueOf(z.a, z.b);
        } else if (s1 == u'-' && len(x) == 4 && len(y) == 2 && len(z) == 2) {
            year = valueOf(x.a, x.b);
            month = valueOf(y.a, y.b);
            day = valueOf(z.a, z.b);
        } else {
            return 0;
        }
        if (year < 1000 || !isCalendarDate(year, month, day))
            return 0;
        if (m_blocks.size() == 3)
            return m_digits[b - 1].end;

        // A time: hh after whitespace, then mm and ss by '.' inside the group or by ':' right after it.
        const Block &h = m_blocks[3];
        if (!h.spacesOnly || len(h) > 2 || valueOf(h.a, h.b) > 23)
            return 0;
        int fields = 1;
        for (size_t k = 4; k < m_blocks.size(); ++k) {
            const Block &f = m_blocks[k];
            if (f.sep != u'.' || len(f) != 2 || valueOf(f.a, f.b) > 59)
                return 0;
            ++fields;
        }
        qsizetype end = m_digits[b - 1].end;
        while (fields < 3) {
            qsizetype after = 0;
            const int v = colonField(skipFormat(end), after);
            if (v < 0 || v > 59)
                break;
            end = after;
            ++fields;
        }
        return fields >= 2 ? end : 0;
    }

    // Whether c may be the lower-case ASCII `letter` to a case-insensitive comparison: turns away most characters
    // before one is made (beyond ASCII only the comparison can tell: the Kelvin sign is a k).
    static bool mayBeLetter(QChar c, QLatin1Char letter)
    {
        return c.unicode() >= 0x80 || (c.unicode() | 0x20) == letter.unicode();
    }

    // A currency marker ending right before p (only whitespace between: an invisible character is suspect).
    bool currencyBefore(qsizetype p) const
    {
        qsizetype q = p;
        int spaces = 0;
        int w;
        while (q > 0 && spaces <= kMaxCurrencySpaces) {
            if (CC::at(m_text, q - 1, w) != CC::Space)
                break;
            ++spaces;
            --q;
        }
        if (q <= 0)
            return false;
        const QChar c = m_text[q - 1];
        if (c == u'€' || c == u'$' || c == u'₹')
            return true;
        if (c == u'.') // "kr. 100"
            --q;
        auto wordBefore = [&](QLatin1StringView word) {
            const qsizetype s = q - word.size();
            if (s < 0 || !mayBeLetter(m_text[q - 1], word.back())
                || m_text.mid(s, word.size()).compare(word, Qt::CaseInsensitive) != 0)
                return false;
            return s == 0 || !m_text[s - 1].isLetterOrNumber();
        };
        return wordBefore("kr"_L1) || wordBefore("nok"_L1) || wordBefore("chf"_L1);
    }

    // A currency marker starting after p (spaces allowed between).
    bool currencyAfter(qsizetype p) const
    {
        int spaces = 0;
        int w;
        const qsizetype n = m_text.size();
        while (p < n && spaces <= kMaxCurrencySpaces) {
            if (CC::at(m_text, p, w) != CC::Space)
                break;
            ++spaces;
            p += w;
        }
        if (p >= n)
            return false;
        const QChar c = m_text[p];
        if (c == u'€' || c == u'$' || c == u'₹')
            return true;
        if (c == u',' && p + 1 < n && m_text[p + 1] == u'-')
            return true;
        auto wordAt = [&](QLatin1StringView word) {
            if (p + word.size() > n || !mayBeLetter(m_text[p], word.front())
                || m_text.mid(p, word.size()).compare(word, Qt::CaseInsensitive) != 0)
                return false;
            return p + word.size() == n || !m_text[p + word.size()].isLetterOrNumber();
        };
        return wordAt("kr"_L1) || wordAt("nok"_L1) || wordAt("chf"_L1);
    }

    // What groups the digits of an amount: a space (NBSP, narrow NBSP and thin space too), '.', a comma, and the
    // group separators of R0: ' U+2019 U+00B7 U+066C.
    static bool isAmountGroupSeparator(QChar c)
    {
        switch (c.unicode()) {
        case u' ':
        case 0x00A0:
        case 0x202F:
        case 0x2009:
        case u'.':
        case u'\'':
        case 0x2019:
        case 0x00B7:
        case 0x066C:
            return true;
        default:
            return isComma(c);
        }
    }

    // R4: at most 10 digits, plain or grouped in threes (by commas also the Indian way), with an optional decimal
    // part: ",dd" or ",-" after them, or ".dd" where '.' does not group the thousands; next to a currency marker.
    qsizetype amountEnd(int a, int b)
    {
        // At most 10 digits before a decimal part ".dd", told without the blocks first: most long groups are no
        // amount.
        const bool dotTail
            = b - a > 2 && !m_digits[b - 2].adjacent && m_digits[b - 2].sep == u'.' && m_digits[b - 1].adjacent;
        if (b - a - (dotTail ? 2 : 0) > 10)
            return 0;
        blocksOf(a, b, m_blocks);
        size_t whole = m_blocks.size(); // the blocks before a decimal part ".dd"
        const auto len = [this](size_t k) { return m_blocks[k].b - m_blocks[k].a; };
        if (whole > 1 && m_blocks[whole - 1].sep == u'.' && len(whole - 1) == 2
            && (whole == 2 || m_blocks[1].sep != u'.'))
            --whole;
        if (m_blocks[whole - 1].b - a > 10)
            return 0;
        if (whole > 1) {
            const QChar sep = m_blocks[1].sep;
            const auto bySep = [this, whole, sep](size_t k) { return k < whole && m_blocks[k].sep == sep; };
            size_t next = 0;
            if (!isAmountGroupSeparator(sep) || groupingFrom(0, isComma(sep), bySep, next) != whole - 1)
                return 0;
        }
        const bool decimals = whole < m_blocks.size();
        qsizetype end = m_digits[b - 1].end;
        const qsizetype n = m_text.size();
        bool marked = false;
        const qsizetype p = skipFormat(end);
        if (!decimals && p + 1 < n && m_text[p] == u',' && m_text[p + 1] == u'-') {
            end = p + 2;
            marked = true; // ",-" is itself a currency marker
        } else if (!decimals && p < n && m_text[p] == u',') {
            qsizetype q = p + 1;
            int w1, w2, w3;
            if (q < n && CC::isDigit(CC::at(m_text, q, w1)) && q + w1 < n && CC::isDigit(CC::at(m_text, q + w1, w2))) {
                const qsizetype after = q + w1 + w2;
                if (after >= n || !CC::isDigit(CC::at(m_text, after, w3)))
                    end = after;
            }
        }
        if (!marked)
            marked = currencyAfter(end) || currencyBefore(m_digits[a].pos);
        return marked ? end : 0;
    }

    // The '+' and the IBAN country letters a removed combination takes along.
    qsizetype extendStart(int first, int groupEnd) const
    {
        qsizetype p = m_digits[first].pos;
        const bool groupStart = first == 0 || m_digits[first].wideLink;
        if (!groupStart)
            return p;
        qsizetype q = p;
        int w;
        while (q > 0 && CC::at(m_text, q - 1, w) == CC::Format)
            --q;
        if (q > 0 && (m_text[q - 1] == u'+' || m_text[q - 1] == QChar(0xFF0B)))
            return q - 1;
        if (q >= 2 && isAsciiLetter(m_text[q - 1]) && isAsciiLetter(m_text[q - 2])
            && (q == 2 || !m_text[q - 3].isLetterOrNumber())) {
            const char16_t c1 = m_text[q - 2].toUpper().unicode(), c2 = m_text[q - 1].toUpper().unicode();
            const int length = ibanLength(c1, c2);
            if (length > 0 && (groupEnd - first + 2 == length || ibanChecks(c1, c2, first, groupEnd)))
                return q - 2;
        }
        return p;
    }

    // ISO 13616 mod-97: BBAN digits, then the letters as 10-35, then the check digits; remainder 1.
    bool ibanChecks(char16_t c1, char16_t c2, int first, int end) const
    {
        if (end - first < 4)
            return false;
        int r = 0;
        for (int k = first + 2; k < end; ++k)
            r = (r * 10 + m_digits[k].value) % 97;
        for (char16_t c : { c1, c2 })
            r = (r * 100 + (c - u'A' + 10)) % 97;
        r = (r * 10 + m_digits[first].value) % 97;
        r = (r * 10 + m_digits[first + 1].value) % 97;
        return r == 1;
    }

    int groupEndOf(int k) const
    {
        int e = k + 1;
        while (e < int(m_digits.size()) && !m_digits[e].wideLink)
            ++e;
        return e;
    }

    // Whether a kept case is listed: always when asked for; otherwise only when it reaches past the run's last
    // digit (a time's ":mm" after a pile of invisible characters, a decimal part ",dd"), where a removal in the next
    // run may overlap it: normalise() then removes it, as it does when kept cases are listed.
    bool listed(const RedactionSpan &keep) const { return m_keeps || keep.end > m_digits.back().end; }

    void emitSpans()
    {
        if (m_remove.empty()) { // the common case of a timestamp or an amount: only kept cases, first one wins
            qsizetype lastEnd = -1;
            for (const RedactionSpan &k : m_keep) {
                if (k.start < lastEnd)
                    continue;
                lastEnd = k.end;
                if (listed(k))
                    m_out.push_back(k);
            }
            return;
        }
        std::sort(m_remove.begin(), m_remove.end(), [](const Interval &x, const Interval &y) { return x.a < y.a; });
        // Merge overlapping removals; an identity number names the merged span.
        std::vector<Interval> merged;
        for (const Interval &iv : m_remove) {
            if (!merged.empty() && iv.a < merged.back().b) {
                Interval &m = merged.back();
                m.b = std::max(m.b, iv.b);
                if (iv.identity && !m.identity) {
                    m.identity = true;
                    m.rule = iv.rule;
                    m.kind = iv.kind;
                }
            } else {
                merged.push_back(iv);
            }
        }
        m_pending.clear();
        for (const Interval &m : merged) {
            RedactionSpan s;
            s.start = extendStart(m.a, groupEndOf(m.a));
            s.end = afterMarks(m_digits[m.b - 1].end);
            s.rule = m.rule;
            s.action = RedactionSpan::Action::Remove;
            s.isIdentityNumber = m.identity;
            s.idKind = m.kind;
            m_pending.push_back(s);
        }
        m_pending.insert(m_pending.end(), m_keep.begin(), m_keep.end());
        std::stable_sort(m_pending.begin(), m_pending.end(),
            [](const RedactionSpan &x, const RedactionSpan &y) { return x.start < y.start; });
        // A kept case overlapping a removal (an identity number crossing into a "date", a date whose minutes start
        // a removed number) is removed with it: the same rule as normalise().
        m_settled.clear();
        settle(m_pending.data(), m_pending.data() + m_pending.size(), m_settled);
        for (const RedactionSpan &s : std::as_const(m_settled))
            if (s.action == RedactionSpan::Action::Remove || listed(s))
                m_out.push_back(s);
    }

    QStringView m_text;
    QList<RedactionSpan> &m_out;
    bool m_keeps;
    bool m_shortcuts;
    std::vector<Digit> m_digits;
    std::vector<Interval> m_remove;
    std::vector<RedactionSpan> m_keep; // kept cases of the run, by start
    std::vector<RedactionSpan> m_pending; // removals and kept cases of a run that has both, by start
    QList<RedactionSpan> m_settled;
    std::vector<Block> m_blocks;
    bool m_commas = false; // the run has a gap of which a comma is part
};

// The audit rule: the literal reading of the vendor's promise, bare ASCII runs of 7 or more digits.
void scanAudit(QStringView text, qsizetype from, QList<RedactionSpan> &out)
{
    const qsizetype n = text.size();
    qsizetype i = from;
    while (i < n) {
        if (text[i] < u'0' || text[i] > u'9') {
            ++i;
            continue;
        }
        qsizetype j = i;
        while (j < n && text[j] >= u'0' && text[j] <= u'9')
            ++j;
        if (j - i >= 7)
            out.push_back(RedactionSpan { i, j, u"audit"_s, RedactionSpan::Action::Remove, false });
        i = j;
    }
}

bool isEmailLocalChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'.' || c == u'_' || c == u'%' || c == u'+' || c == u'-' || c == u'\'';
}

bool isEmailDomainChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'.' || c == u'-';
}

void scanEmails(QStringView text, qsizetype from, QList<RedactionSpan> &out)
{
    qsizetype at = text.indexOf(u'@', from);
    while (at >= 0) {
        qsizetype s = at;
        while (s > 0 && isEmailLocalChar(text[s - 1]))
            --s;
        while (s < at && text[s] == u'.')
            ++s;
        qsizetype e = at + 1;
        while (e < text.size() && isEmailDomainChar(text[e]))
            ++e;
        while (e > at + 1 && (text[e - 1] == u'.' || text[e - 1] == u'-'))
            --e; // a full stop ending the sentence
        const QStringView domain = text.mid(at + 1, e - at - 1);
        const qsizetype dot = domain.lastIndexOf(u'.');
        bool ok = s < at && dot > 0 && domain.size() - dot - 1 >= 2;
        if (ok)
            for (QChar c : domain.mid(dot + 1))
                ok = ok && c.isLetter();
        if (ok && s >= from)
            out.push_back(RedactionSpan { s, e, u"email"_s, RedactionSpan::Action::Remove, false });
        at = text.indexOf(u'@', std::max(e, at + 1));
    }
}

// A word of at most five letters below U+0100, lower-cased (A-Z, Å, É), packed a byte per letter after its
// length; 0 for anything else.
constexpr std::uint64_t packWord(std::u16string_view w)
{
    if (w.size() < 1 || w.size() > 5)
        return 0;
    std::uint64_t v = w.size();
    for (char16_t c : w) {
        if (c >= 0x100)
            return 0;
        const bool upper = char16_t(c - u'A') < 26 || c == u'\u00C5' || c == u'\u00C9';
        v = (v << 8) | std::uint64_t(c + (upper ? 32 : 0));
    }
    return v;
}

constexpr int digitWordSlot(std::uint64_t packed)
{
    return int((packed * 0x9E3779B97F4A7C15ull) >> 58);
}

// Norwegian and English digit words. "en"/"ett"/"ei" are one; each counts as one digit.
constexpr std::u16string_view kDigitWordList[] = { u"null", u"en", u"\u00E9n", u"ett", u"ei", u"ein", u"to", u"tre",
    u"fire", u"fem", u"seks", u"sju", u"syv", u"\u00E5tte", u"ni", u"zero", u"one", u"two", u"three", u"four", u"five",
    u"six", u"seven", u"eight", u"nine" };

// The digit words, packed, in a 64-slot open-addressing table.
constexpr std::array<std::uint64_t, 64> kDigitWords = [] {
    std::array<std::uint64_t, 64> table {};
    for (std::u16string_view w : kDigitWordList) {
        const std::uint64_t v = packWord(w);
        int slot = digitWordSlot(v);
        while (table[size_t(slot)] != 0)
            slot = (slot + 1) & 63;
        table[size_t(slot)] = v;
    }
    return table;
}();

// The first two letters of every digit word, each folded to its low five bits (case-insensitive for A-Z, Å and É):
// a 1024-bit set that turns away nearly every other word before it is packed.
constexpr std::array<std::uint64_t, 16> kDigitWordPairs = [] {
    std::array<std::uint64_t, 16> set {};
    for (std::u16string_view w : kDigitWordList) {
        const unsigned pair = ((w[0] & 0x1Fu) << 5) | (w[1] & 0x1Fu);
        set[pair >> 6] |= std::uint64_t(1) << (pair & 63);
    }
    return set;
}();

// Whether a word of at least two letters starting at w passes the two-letter filter.
inline bool mayBeDigitWord(const char16_t *w)
{
    const unsigned pair = ((w[0] & 0x1Fu) << 5) | (w[1] & 0x1Fu);
    return (kDigitWordPairs[pair >> 6] >> (pair & 63)) & 1;
}

inline bool isPackedDigitWord(std::uint64_t packed)
{
    for (int slot = digitWordSlot(packed); kDigitWords[size_t(slot)] != 0; slot = (slot + 1) & 63)
        if (kDigitWords[size_t(slot)] == packed)
            return true;
    return false;
}

inline bool isDigitWord(QStringView w)
{
    if (w.size() < 2 || w.size() > 5 || !mayBeDigitWord(reinterpret_cast<const char16_t *>(w.data())))
        return false;
    const std::uint64_t v
        = packWord(std::u16string_view(reinterpret_cast<const char16_t *>(w.data()), size_t(w.size())));
    return v != 0 && isPackedDigitWord(v);
}

// isDigitWord() for a word of 2 to 5 ASCII or Latin-1 letters that passed mayBeDigitWord(). Setting bit 5
// lower-cases every such letter, and a letter other than A-Z, Å and É it changes is in no digit word, so the
// answer is isDigitWord()'s.
inline bool isPlainDigitWord(const char16_t *w, qsizetype length)
{
    std::uint64_t v = std::uint64_t(length);
    for (qsizetype k = 0; k < length; ++k)
        v = (v << 8) | (w[k] | 0x20u);
    return isPackedDigitWord(v);
}

#ifdef __SSE2__
// CC::isPlainLetter() of 16 code units at p, as bits. The units are packed to bytes (those above U+00FF saturate,
// and are masked out) and classified sixteen at a time.
inline std::uint64_t plainLetters16(const char16_t *p)
{
    const __m128i zero = _mm_setzero_si128();
    const __m128i x0 = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
    const __m128i x1 = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + 8));
    const __m128i wide
        = _mm_packs_epi16(_mm_cmpgt_epi16(_mm_srli_epi16(x0, 8), zero), _mm_cmpgt_epi16(_mm_srli_epi16(x1, 8), zero));
    const __m128i b = _mm_packus_epi16(x0, x1);
    // (b | 0x20) - 'a' <= 25 unsigned, as min(v, 25) == v.
    const __m128i folded = _mm_sub_epi8(_mm_or_si128(b, _mm_set1_epi8(0x20)), _mm_set1_epi8('a'));
    const __m128i ascii = _mm_cmpeq_epi8(_mm_min_epu8(folded, _mm_set1_epi8(25)), folded);
    const __m128i latin1 = _mm_cmpeq_epi8(_mm_max_epu8(b, _mm_set1_epi8(char(0xC0))), b);
    const __m128i sign
        = _mm_or_si128(_mm_cmpeq_epi8(b, _mm_set1_epi8(char(0xD7))), _mm_cmpeq_epi8(b, _mm_set1_epi8(char(0xF7))));
    const __m128i letter = _mm_andnot_si128(wide, _mm_or_si128(ascii, _mm_andnot_si128(sign, latin1)));
    return std::uint16_t(_mm_movemask_epi8(letter));
}
#endif

// A spelled run needs a digit word, and an ordinary word ends every run. So with no run open, everything up to
// the next digit word changes nothing, except the tokens after the last ordinary word before it, which the
// digit word may join. The skipper finds both, and the scan goes on from that word's end. The skipper sees
// words of plain letters only (CC::isPlainLetter()); what else there is (digits, joiners, letters and digits beyond
// Latin-1, invisible characters) the scan reads again from the restart. A word the skipper sees may be part of
// a longer word glued to a letter beyond Latin-1: that whole word is no digit word either (no digit word has
// such a letter), so the scan, restarting inside it, is where the general scan is after it: no run open.
// The skipper classifies the text a bit per code unit, as the scan reaches it, and marks the ends of words and
// the starts of possible digit words (two to five letters, and a first pair of letters some digit word has);
// then it goes from one such start to the next with bit operations.
class SpelledSkipper
{
public:
    struct Next
    {
        qsizetype restart; // where the scan goes on, with no run open: after the last ordinary word
        qsizetype candidate; // the digit word it must see
    };

    SpelledSkipper(const char16_t *data, qsizetype from, qsizetype n)
        : m_data(data)
        , m_base(from)
        , m_n(n)
        , m_words(size_t((n - from + 63) / 64))
    {
        m_letters.resize(m_words + 1); // one more, never a letter: what follows the text
        m_ends.resize(m_words);
        m_candidates.resize(m_words);
    }

    // From i (no run open, not inside a word): the next digit word, and the end of the last ordinary word
    // before it, where the general scan has no run open either. Both are n when there is none.
    Next next(qsizetype i)
    {
        const qsizetype offset = i - m_base;
        qsizetype clean = i;
        for (size_t q = size_t(offset >> 6); q < m_words; ++q) {
            if (q >= m_prepared)
                prepare(q);
            const std::uint64_t mask
                = q == size_t(offset >> 6) ? ~std::uint64_t(0) << (offset & 63) : ~std::uint64_t(0);
            const qsizetype at = m_base + qsizetype(q) * 64;
            const std::uint64_t ends = m_ends[q] & mask;
            for (std::uint64_t pass = m_candidates[q] & mask; pass; pass &= pass - 1) {
                const int k = int(qCountTrailingZeroBits(pass));
                const std::uint64_t endsFrom = ends >> k;
                const qsizetype length = endsFrom ? qsizetype(qCountTrailingZeroBits(endsFrom)) + 1
                                                  : 64 - k + qsizetype(qCountTrailingZeroBits(m_ends[q + 1])) + 1;
                if (isPlainDigitWord(m_data + at + k, length))
                    return { lastEnd(ends, k, at, clean), at + k };
            }
            clean = lastEnd(ends, 64, at, clean);
        }
        return { m_n, m_n };
    }

private:
    static constexpr size_t kBatch = 64; // 64-unit groups prepared at a time, while the scan reaches them

    // Classifies the groups from m_prepared on, a batch at a time, so that the words are checked while their
    // text is still in the cache. A word's last letter is followed by no letter (the next group's first
    // letters are classified first); a possible digit word starts with a letter after no letter, is not its
    // own end, ends at most four units on (perhaps in the next group), and passes the two-letter filter. That
    // filter runs without a branch per word: which way it goes is as good as random.
    void prepare(size_t q)
    {
        const size_t target = std::min(m_words, q + kBatch);
        for (; m_classified < std::min(m_words, target + 2); ++m_classified)
            classify(m_classified);
        for (; m_endsReady < std::min(m_words, target + 1); ++m_endsReady) {
            const std::uint64_t l = m_letters[m_endsReady];
            m_ends[m_endsReady] = l & ~((l >> 1) | (m_letters[m_endsReady + 1] << 63));
        }
        for (; m_prepared < target; ++m_prepared) {
            const size_t g = m_prepared;
            const std::uint64_t l = m_letters[g], e = m_ends[g];
            const std::uint64_t nextEnds = g + 1 < m_words ? m_ends[g + 1] : 0;
            const std::uint64_t starts = l & ~((l << 1) | (g > 0 ? m_letters[g - 1] >> 63 : 0));
            const std::uint64_t endSoon = e | (e >> 1) | (e >> 2) | (e >> 3) | (e >> 4) | (nextEnds << 63)
                | (nextEnds << 62) | (nextEnds << 61) | (nextEnds << 60);
            const char16_t *at = m_data + m_base + qsizetype(g) * 64;
            std::uint64_t pass = 0;
            for (std::uint64_t c = starts & ~e & endSoon; c; c &= c - 1) {
                const int k = int(qCountTrailingZeroBits(c));
                pass |= std::uint64_t(mayBeDigitWord(at + k)) << k;
            }
            m_candidates[g] = pass;
        }
    }

    void classify(size_t q)
    {
        const qsizetype at = m_base + qsizetype(q) * 64;
        std::uint64_t l = 0;
        int k = 0;
#ifdef __SSE2__
        for (; k + 16 <= 64 && at + k + 16 <= m_n; k += 16)
            l |= plainLetters16(m_data + at + k) << k;
#endif
        for (; k < 64 && at + k < m_n; ++k)
            l |= std::uint64_t(CC::isPlainLetter(m_data[at + k])) << k;
        m_letters[q] = l;
    }

    // The index after the last word end in `ends` below bit k, or `clean` when there is none.
    static qsizetype lastEnd(std::uint64_t ends, int k, qsizetype at, qsizetype clean)
    {
        const std::uint64_t below = k < 64 ? ends & ((std::uint64_t(1) << k) - 1) : ends;
        return below ? at + 64 - qsizetype(qCountLeadingZeroBits(below)) : clean;
    }

    const char16_t *m_data;
    qsizetype m_base;
    qsizetype m_n;
    size_t m_words; // groups of 64 code units from m_base
    size_t m_classified = 0; // groups with m_letters set
    size_t m_endsReady = 0; // groups with m_ends set
    size_t m_prepared = 0; // groups with m_candidates set
    std::vector<std::uint64_t> m_letters; // CC::isPlainLetter()
    std::vector<std::uint64_t> m_ends; // the last letter of each word
    std::vector<std::uint64_t> m_candidates; // the first letter of each possible digit word
};

// Spelled-out digits: a run of digit words (and digits) linked like R1 combinations, 7 digits or more, at
// least one of them a word. `shortcuts` lets a SpelledSkipper skip what changes nothing.
void scanSpelled(QStringView text, qsizetype from, QList<RedactionSpan> &out, bool shortcuts)
{
    const qsizetype n = text.size();
    qsizetype runStart = -1, runEnd = -1;
    int runDigits = 0;
    bool runHasWord = false;
    auto close = [&]() {
        if (runStart >= 0 && runDigits >= 7 && runHasWord)
            out.push_back(RedactionSpan { runStart, runEnd, u"spelled"_s, RedactionSpan::Action::Remove, false });
        runStart = -1;
        runDigits = 0;
        runHasWord = false;
    };
    const char16_t *data = reinterpret_cast<const char16_t *>(text.data());
    std::optional<SpelledSkipper> skipper;
    if (shortcuts && from < n)
        skipper.emplace(data, from, n);
    qsizetype i = from;
    qsizetype noSkipUntil = from; // the scan itself goes up to this candidate
    while (i < n) {
        if (runStart < 0 && skipper && i >= noSkipUntil) {
            const SpelledSkipper::Next next = skipper->next(i);
            if (next.restart >= n)
                break;
            i = next.restart;
            noSkipUntil = next.candidate + 1;
        }
        // ASCII punctuation and spaces between words are the bulk: leave them without a table lookup.
        const char16_t u = data[i];
        if (u < 0x80 && char16_t((u | 0x20) - u'a') >= 26 && char16_t(u - u'0') >= 10) {
            ++i;
            continue;
        }
        int w;
        const std::uint8_t c = CC::at(text, i, w);
        qsizetype tokEnd = i;
        int tokDigits = 0;
        bool isWord = false;
        if (CC::isDigit(c)) {
            while (tokEnd < n) {
                int tw;
                const std::uint8_t t = CC::at(text, tokEnd, tw);
                if (!CC::isDigit(t) && t != CC::Format)
                    break;
                tokDigits += CC::isDigit(t) ? 1 : 0;
                tokEnd += tw;
            }
        } else if (CC::isWordLetter(data[i])) {
            while (tokEnd < n && CC::isWordLetter(data[tokEnd]))
                ++tokEnd;
            isWord = true;
            if (isDigitWord(text.mid(i, tokEnd - i)))
                tokDigits = 1;
            else
                tokDigits = 0;
        } else {
            i += w;
            continue;
        }
        if (tokDigits == 0) { // an ordinary word breaks a run
            if (runStart >= 0)
                close();
            i = tokEnd;
            continue;
        }
        // Is the gap from the run's end to this token a joiner gap?
        bool linked = false;
        if (runStart >= 0) {
            int len = 0, breaks = 0;
            linked = true;
            for (qsizetype p = runEnd; p < i && linked; ++p) {
                int gw;
                const std::uint8_t g = CC::at(text, p, gw);
                if (g == CC::Format)
                    continue;
                ++len;
                if (g == CC::LineBreak)
                    ++breaks;
                else if (g != CC::Space && g != CC::Punct && !(g == CC::Comma && text[p] == u','))
                    linked = false;
            }
            linked = linked && len <= kMaxGap && breaks <= kMaxGapBreaks;
        }
        if (!linked) {
            close();
            runStart = i;
        }
        runEnd = tokEnd;
        runDigits += tokDigits;
        runHasWord = runHasWord || isWord;
        i = tokEnd;
    }
    close();
}

// Spans sorted by start made non-overlapping by settle().
QList<RedactionSpan> normalise(const QList<RedactionSpan> &spans)
{
    QList<RedactionSpan> result;
    result.reserve(spans.size());
    settle(spans.constData(), spans.constData() + spans.size(), result);
    return result;
}

} // namespace

QList<RedactionSpan> Redactor::findSpans(QStringView text, const RuleSet &rules)
{
    return findSpans(text, rules, 0);
}

QList<RedactionSpan> Redactor::findSpans(QStringView text, const RuleSet &rules, qsizetype from)
{
    QList<RedactionSpan> spans;
    findSpansInto(text, rules, from, spans);
    return spans;
}

void Redactor::findSpansInto(
    QStringView text, const RuleSet &rules, qsizetype from, QList<RedactionSpan> &spans, bool keeps)
{
    findSpansInto(text, rules, from, spans, keeps, Shortcuts::On);
}

void Redactor::findSpansInto(QStringView text, const RuleSet &rules, qsizetype from, QList<RedactionSpan> &spans,
    bool keeps, Shortcuts shortcuts)
{
    spans.clear();
    if (rules.auditLiteral) {
        scanAudit(text, from, spans);
        return;
    }
    // Without `keeps` the removals must still be those of the listing with kept cases: a kept case that overlaps a
    // removal is removed with it (settle()). Within a run the scanner settles that itself; across runs it lists
    // the kept cases that reach out of their run, and every kept case where other scanners may overlap one. They
    // are dropped again at the end.
    const bool scannerKeeps = keeps || rules.emails || rules.spelledDigits;
    DigitScanner(text, spans, scannerKeeps, shortcuts == Shortcuts::On).scan(from);
    const qsizetype digitSpans = spans.size();
    if (rules.emails)
        scanEmails(text, from, spans);
    const qsizetype emailSpans = spans.size();
    if (rules.spelledDigits)
        scanSpelled(text, from, spans, shortcuts == Shortcuts::On);
    if (spans.size() == digitSpans) {
        // Only the digit scanner's spans, sorted by start. Disjoint but for a kept case whose end reaches into the
        // next run's digits ("15.01.2023 8:01.1.2023 ..."; found by fuzz-redactor): then normalise.
        const auto overlap = [](const RedactionSpan &x, const RedactionSpan &y) { return y.start < x.end; };
        if (std::adjacent_find(spans.cbegin(), spans.cend(), overlap) != spans.cend())
            spans = normalise(spans);
    } else {
        // Each scanner's spans are sorted by start: merged, they are as a stable sort would have them.
        const auto byStart = [](const RedactionSpan &x, const RedactionSpan &y) { return x.start < y.start; };
        std::inplace_merge(spans.begin(), spans.begin() + digitSpans, spans.begin() + emailSpans, byStart);
        std::inplace_merge(spans.begin(), spans.begin() + emailSpans, spans.end(), byStart);
        spans = normalise(spans);
    }
    if (!keeps)
        spans.removeIf([](const RedactionSpan &s) { return s.action == RedactionSpan::Action::Keep; });
}

QString Redactor::apply(QStringView text, const QList<RedactionSpan> &spans, const QString &marker)
{
    QString out;
    out.reserve(text.size());
    qsizetype pos = 0;
    for (const RedactionSpan &s : spans) {
        if (s.action != RedactionSpan::Action::Remove)
            continue;
        out += text.mid(pos, s.start - pos);
        out += marker;
        // Line breaks stay, after the marker: the text keeps its line count.
        for (QChar c : text.mid(s.start, s.end - s.start))
            if (CharClass::table()[c.unicode()] == CharClass::LineBreak)
                out += c;
        pos = s.end;
    }
    out += text.mid(pos);
    return out;
}

QString Redactor::redact(QStringView text, const RuleSet &rules, const QString &marker)
{
    return apply(text, findSpans(text, rules), marker);
}
