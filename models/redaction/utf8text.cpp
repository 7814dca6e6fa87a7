// SPDX-License-Identifier: GPL-3.0-or-later
#include "redaction/utf8text.h"

#include <QtAlgorithms>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace {

inline int popcount16(uint v)
{
    v = v - ((v >> 1) & 0x5555u);
    v = (v & 0x3333u) + ((v >> 2) & 0x3333u);
    v = (v + (v >> 4)) & 0x0F0Fu;
    return int((v + (v >> 8)) & 0x1Fu);
}

#ifdef __SSE2__
// Length of the ASCII prefix of the sixteen bytes at p (16 when all are ASCII), line feeds in it added to
// `lines`.
inline int asciiPrefix16(const unsigned char *p, qint64 &lines, __m128i &x)
{
    x = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
    const uint high = uint(_mm_movemask_epi8(x));
    const uint feeds = uint(_mm_movemask_epi8(_mm_cmpeq_epi8(x, _mm_set1_epi8('\n'))));
    const int ascii = high ? int(qCountTrailingZeroBits(high)) : 16;
    lines += popcount16(feeds & ((1u << ascii) - 1));
    return ascii;
}
#endif

// Writes a code point as one UTF-16 unit or a surrogate pair; returns the new end.
inline char16_t *putUtf16(char16_t *o, char32_t cp)
{
    if (cp >= 0x10000) {
        *o++ = QChar::highSurrogate(cp);
        *o++ = QChar::lowSurrogate(cp);
    } else {
        *o++ = char16_t(cp);
    }
    return o;
}

} // namespace

int Utf8Text::sequence(const unsigned char *p, qsizetype i, qsizetype n, char32_t &cp)
{
    const unsigned char c = p[i];
    if (c < 0x80) {
        cp = c;
        return 1;
    }
    int len;
    unsigned char lo = 0x80, hi = 0xBF; // allowed range of the second byte
    if (c >= 0xC2 && c <= 0xDF) {
        len = 2;
        cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        cp = c & 0x0F;
        if (c == 0xE0)
            lo = 0xA0; // overlong
        else if (c == 0xED)
            hi = 0x9F; // surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        cp = c & 0x07;
        if (c == 0xF0)
            lo = 0x90;
        else if (c == 0xF4)
            hi = 0x8F; // above U+10FFFF
    } else {
        return -1;
    }
    for (int k = 1; k < len; ++k) {
        if (i + k >= n)
            return 0;
        const unsigned char b = p[i + k];
        if (k == 1 ? (b < lo || b > hi) : (b < 0x80 || b > 0xBF))
            return -1;
        cp = (cp << 6) | (b & 0x3F);
    }
    return len;
}

qsizetype Utf8Text::validate(const unsigned char *p, qsizetype n, qsizetype &incomplete)
{
    incomplete = n;
    qsizetype i = 0;
    while (i < n) {
#ifdef __SSE2__
        // ASCII sixteen bytes at a time; a block with a non-ASCII byte still takes its ASCII prefix.
        while (i + 16 <= n) {
            const uint high = uint(_mm_movemask_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i *>(p + i))));
            if (high) {
                i += qCountTrailingZeroBits(high);
                break;
            }
            i += 16;
        }
#endif
        if (i >= n)
            break;
        const unsigned char b = p[i];
        if (b < 0x80) {
            ++i;
            continue;
        }
        if (b >= 0xC2 && b <= 0xDF && i + 1 < n && isContinuation(p[i + 1])) {
            i += 2; // æ, ø, å: the common case, checked here without a call
            continue;
        }
        char32_t cp;
        const int len = sequence(p, i, n, cp);
        if (len < 0)
            return i;
        if (len == 0) {
            incomplete = i;
            return -1;
        }
        i += len;
    }
    return -1;
}

qsizetype Utf8Text::decode(
    const unsigned char *p, qsizetype n, char16_t *out, qsizetype &incomplete, qint64 &lines, qsizetype &written)
{
    incomplete = n;
    lines = 0;
    char16_t *o = out;
    qsizetype i = 0;
    while (i < n) {
#ifdef __SSE2__
        // ASCII fast path: sixteen bytes at a time, widened to UTF-16. Norwegian text (æ, ø, å) stays
        // mostly on this path.
        const __m128i zero = _mm_setzero_si128();
        while (i + 16 <= n) {
            __m128i x;
            const int ascii = asciiPrefix16(p + i, lines, x);
            _mm_storeu_si128(reinterpret_cast<__m128i *>(o), _mm_unpacklo_epi8(x, zero));
            _mm_storeu_si128(reinterpret_cast<__m128i *>(o + 8), _mm_unpackhi_epi8(x, zero));
            i += ascii;
            o += ascii;
            if (ascii < 16)
                break;
        }
#endif
        if (i >= n)
            break;
        const unsigned char b = p[i];
        if (b >= 0xC2 && b <= 0xDF && i + 1 < n && isContinuation(p[i + 1])) {
            *o++ = char16_t(((b & 0x1F) << 6) | (p[i + 1] & 0x3F)); // æ, ø, å: without a call
            i += 2;
            continue;
        }
        char32_t cp;
        const int len = sequence(p, i, n, cp);
        if (len <= 0) {
            written = o - out;
            if (len < 0)
                return i;
            incomplete = i;
            return -1;
        }
        lines += cp == u'\n' ? 1 : 0;
        o = putUtf16(o, cp);
        i += len;
    }
    written = o - out;
    return -1;
}

qsizetype Utf8Text::advanceUnits(const unsigned char *p, qsizetype from, qsizetype units, qsizetype n)
{
    qsizetype i = from;
#ifdef __SSE2__
    // Sixteen bytes hold at most 17 code units (a four-byte character's lead counts two, its continuation
    // bytes none), so a whole block never overshoots while more than 17 remain.
    const __m128i lastContinuation = _mm_set1_epi8(char(0xBF)), lastThreeByte = _mm_set1_epi8(char(0xEF));
    const __m128i one = _mm_set1_epi8(1), zero = _mm_setzero_si128();
    while (units > 17 && i + 16 <= n) {
        const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + i));
        // Signed bytes: a lead or ASCII byte is above 0xBF, a four-byte lead above 0xEF and below zero.
        const __m128i lead = _mm_cmpgt_epi8(x, lastContinuation);
        const __m128i four = _mm_and_si128(_mm_cmpgt_epi8(x, lastThreeByte), _mm_cmplt_epi8(x, zero));
        const __m128i perByte = _mm_add_epi8(_mm_and_si128(lead, one), _mm_and_si128(four, one));
        const __m128i sums = _mm_sad_epu8(perByte, zero);
        units -= _mm_cvtsi128_si32(sums) + _mm_extract_epi16(sums, 4);
        i += 16;
    }
#endif
    // A block may have ended inside a character: its continuation bytes count nothing.
    while (units > 0) {
        const unsigned char b = p[i++];
        if (!isContinuation(b))
            units -= unitsOf(b);
    }
    while (i < n && isContinuation(p[i]))
        ++i;
    return i;
}

char32_t Utf8Text::at(const unsigned char *p, qsizetype i, int &width)
{
    const unsigned char b = p[i];
    if (b < 0x80) {
        width = 1;
        return b;
    }
    if (b < 0xE0) {
        width = 2;
        return (char32_t(b & 0x1F) << 6) | (p[i + 1] & 0x3F);
    }
    if (b < 0xF0) {
        width = 3;
        return (char32_t(b & 0x0F) << 12) | (char32_t(p[i + 1] & 0x3F) << 6) | (p[i + 2] & 0x3F);
    }
    width = 4;
    return (char32_t(b & 0x07) << 18) | (char32_t(p[i + 1] & 0x3F) << 12) | (char32_t(p[i + 2] & 0x3F) << 6)
        | (p[i + 3] & 0x3F);
}

qint64 Utf8Text::countLineFeeds(const unsigned char *p, qsizetype n)
{
    qint64 lines = 0;
    qsizetype i = 0;
#ifdef __SSE2__
    const __m128i feed = _mm_set1_epi8('\n'), zero = _mm_setzero_si128();
    while (i + 16 <= n) {
        // Byte counters (each compare adds one) summed before they can overflow.
        __m128i counts = zero;
        for (int k = 0; k < 255 && i + 16 <= n; ++k, i += 16)
            counts
                = _mm_sub_epi8(counts, _mm_cmpeq_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i *>(p + i)), feed));
        const __m128i sums = _mm_sad_epu8(counts, zero);
        lines += _mm_cvtsi128_si32(sums) + _mm_extract_epi16(sums, 4);
    }
#endif
    for (; i < n; ++i)
        lines += p[i] == '\n' ? 1 : 0;
    return lines;
}
