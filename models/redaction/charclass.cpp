// SPDX-License-Identifier: GPL-3.0-or-later
#include "redaction/charclass.h"

#include <QString>

#include <array>

namespace {

bool isIgnorableFormat(char32_t c)
{
    switch (c) {
    case 0x00AD: // soft hyphen
    case 0x061C: // Arabic letter mark
    case 0x180E: // Mongolian vowel separator
    case 0xFEFF: // BOM / zero-width no-break space
        return true;
    default:
        break;
    }
    return (c >= 0x200B && c <= 0x200F) // ZWSP, ZWNJ, ZWJ, LRM, RLM
        || (c >= 0x202A && c <= 0x202E) // bidi embeddings and overrides
        || (c >= 0x2060 && c <= 0x2064) // word joiner, invisible operators
        || (c >= 0x2066 && c <= 0x206F) // bidi isolates, deprecated format characters
        || c == 0xE0001 || (c >= 0xE0020 && c <= 0xE007F); // tag characters
}

std::uint8_t ofAscii(char16_t c)
{
    if (c >= u'0' && c <= u'9')
        return std::uint8_t(c - u'0');
    switch (c) {
    case u' ':
    case u'\t':
    case u'\v':
    case u'\f':
        return CharClass::Space;
    case u'\n':
    case u'\r':
        return CharClass::LineBreak;
    case u'.':
    case u'-':
    case u'/':
    case u'\\':
    case u'_':
    case u'(':
    case u')':
    case u'\'': // Swiss grouping: 12'345'678
        return CharClass::Punct;
    case u':':
        return CharClass::WideSep;
    case u',':
        return CharClass::Comma;
    case u'+':
        return CharClass::Plus;
    default:
        return CharClass::Other;
    }
}

// Joiner punctuation beyond ASCII: the dashes and the minus sign, and the separators some scripts group or split
// digits with: the right single quote (Swiss 1’234’567), the middle dot (1·234·567) and the Arabic thousands and
// decimal separators.
bool isJoinerPunct(char32_t c)
{
    return (c >= 0x2010 && c <= 0x2015) || c == 0x2212 || c == 0x2019 || c == 0x00B7 || c == 0x066B || c == 0x066C;
}

std::uint8_t classify(char32_t c)
{
    if (c < 0x80)
        return ofAscii(char16_t(c));
    if (isIgnorableFormat(c) || CharClass::isCombiningMark(c))
        return CharClass::Format;
    if (c == 0x0085 || c == 0x2028 || c == 0x2029)
        return CharClass::LineBreak;
    if (isJoinerPunct(c))
        return CharClass::Punct;
    if (QChar::category(c) == QChar::Number_DecimalDigit) {
        const int v = QChar::digitValue(c);
        return v >= 0 && v <= 9 ? std::uint8_t(v) : std::uint8_t(CharClass::Other);
    }
    if (QChar::isSpace(c))
        return CharClass::Space;
    if (QChar::decompositionTag(c) == QChar::NoDecomposition)
        return CharClass::Other;
    // Compatibility forms (fullwidth, superscripts, circled, mathematical digits, fullwidth punctuation):
    // what their NFKC form is.
    const QString n = QString::fromUcs4(&c, 1).normalized(QString::NormalizationForm_KC);
    if (n.size() != 1)
        return CharClass::Other;
    const char16_t u = n.at(0).unicode();
    if (QChar::category(u) == QChar::Number_DecimalDigit) {
        const int v = QChar::digitValue(u);
        return v >= 0 && v <= 9 ? std::uint8_t(v) : std::uint8_t(CharClass::Other);
    }
    if (u < 0x80) {
        const std::uint8_t k = ofAscii(u);
        return k == CharClass::LineBreak ? std::uint8_t(CharClass::Other) : k;
    }
    if (isJoinerPunct(u))
        return CharClass::Punct;
    return CharClass::Other;
}

const std::uint8_t *buildTable()
{
    static std::array<std::uint8_t, 65536> storage;
    auto *t = &storage;
    for (char32_t c = 0; c < 65536; ++c) {
        if (c >= 0xD800 && c <= 0xDBFF)
            (*t)[c] = CharClass::HighSurrogate;
        else if (c >= 0xDC00 && c <= 0xDFFF)
            (*t)[c] = CharClass::Other;
        else
            (*t)[c] = classify(c);
    }
    return t->data();
}

} // namespace

const std::uint8_t *const CharClass::g_table = buildTable();

bool CharClass::isCombiningMark(char32_t ucs4)
{
    const QChar::Category c = QChar::category(ucs4);
    return c == QChar::Mark_NonSpacing || c == QChar::Mark_Enclosing;
}

std::uint8_t CharClass::ofCodePoint(char32_t ucs4)
{
    if (ucs4 < 0x10000)
        return table()[ucs4];
    return classify(ucs4);
}
