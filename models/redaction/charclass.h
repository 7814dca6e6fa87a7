// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

#include <cstdint>

// R0 of the redaction rules: what a character means inside a number. One byte per UTF-16 code unit from a
// table built once, so the engine's hot loop never calls into Unicode normalisation.
namespace CharClass {

// 0-9 are digits (any character whose NFKC form is a decimal digit), the rest are these classes.
enum : std::uint8_t {
    Other = 10, // breaks a number
    Format, // ignored inside a number: invisible (ZWSP, ZWJ/ZWNJ, word joiner, BOM, soft hyphen, bidi marks) and
            // combining marks (accents, variation selectors, the keycap U+20E3: a digit keeps its marks)
    Space, // whitespace joiner, NBSP and narrow NBSP included
    Punct, // joiner punctuation: . - / \ _ ( ) U+2010-U+2015 U+2212, the group separators ' U+2019 U+00B7 U+066C and
           // the Arabic decimal separator U+066B (and their NFKC look-alikes)
    LineBreak, // \n, \r (CRLF counts once), U+0085, U+2028, U+2029
    WideSep, // : which only an identity number may be split by (R3)
    Comma, // , like ':', but a joiner where it groups digits (1,234,567 and the Indian 12,34,567)
    Plus, // + (kept with a phone number)
    HighSurrogate // first half of a pair: classify the code point with ofCodePoint()
};

// Table of the 65536 BMP code units, built during static initialisation (no guard in the hot loop).
extern const std::uint8_t *const g_table;
inline const std::uint8_t *table()
{
    return g_table;
}
// Classification of any code point (slow path for surrogate pairs).
std::uint8_t ofCodePoint(char32_t ucs4);
// A combining mark (Unicode Mn or Me): it belongs to the character before it. Not for the hot loop.
bool isCombiningMark(char32_t ucs4);

// An ASCII letter, or a Latin-1 letter from U+00C0 on (æ, ø, å ...) but × and ÷: every digit word is made of
// these.
inline bool isPlainLetter(char16_t u)
{
    return char16_t((u | 0x20) - u'a') < 26 || (u >= 0xC0 && u <= 0xFF && u != 0xD7 && u != 0xF7);
}

// A letter of a word, as the spelled-digit rule reads words: QChar::isLetter(), with ASCII and the Latin-1
// letters from U+00C0 on decided without a call.
inline bool isWordLetter(char16_t u)
{
    if (u < 0x80 || (u >= 0xC0 && u <= 0xFF))
        return isPlainLetter(u);
    return QChar(u).isLetter();
}

inline bool isDigit(std::uint8_t c)
{
    return c <= 9;
}

// Class of the character at i; `width` is 2 for a surrogate pair, else 1.
Q_ALWAYS_INLINE std::uint8_t at(QStringView text, qsizetype i, int &width)
{
    const std::uint8_t c = g_table[text[i].unicode()];
    width = 1;
    if (c != HighSurrogate) [[likely]]
        return c;
    if (i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
        width = 2;
        return ofCodePoint(QChar::surrogateToUcs4(text[i], text[i + 1]));
    }
    return Other;
}

} // namespace CharClass
