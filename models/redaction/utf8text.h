// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

#include <cstdint>

// UTF-8 helpers of the streaming redaction filter: it reads and writes UTF-8 while the engine works on
// UTF-16. The fast path copies the input's own bytes outside removed spans, so it only decodes.
namespace Utf8Text {

inline bool isContinuation(unsigned char b)
{
    return (b & 0xC0) == 0x80;
}

// The sequence starting at p[i] (i < n): its length, 0 when it is cut off by n, -1 when invalid
// (stray or overlong byte, surrogate, above U+10FFFF). `cp` receives the code point.
int sequence(const unsigned char *p, qsizetype i, qsizetype n, char32_t &cp);

// Validates p[0, n). Returns the index of the first invalid byte, or -1. `incomplete` receives where a
// sequence cut off by n begins (n when none).
qsizetype validate(const unsigned char *p, qsizetype n, qsizetype &incomplete);

// Validates and decodes in one pass, appending UTF-16 at `out` (at most n code units). Same results as
// validate(); `lines` receives the number of line feeds before the stop, `written` the number of code units
// appended.
qsizetype decode(
    const unsigned char *p, qsizetype n, char16_t *out, qsizetype &incomplete, qint64 &lines, qsizetype &written);

// The byte offset `units` UTF-16 code units after the character boundary p[from], in valid UTF-8 p[0, n);
// `units` must end on a character boundary.
qsizetype advanceUnits(const unsigned char *p, qsizetype from, qsizetype units, qsizetype n);

// Line feeds in p[0, n).
qint64 countLineFeeds(const unsigned char *p, qsizetype n);

// The code point of the valid character starting at p[i]; `width` receives its length in bytes.
char32_t at(const unsigned char *p, qsizetype i, int &width);

// UTF-16 code units of the valid UTF-8 character whose lead byte is b.
inline int unitsOf(unsigned char b)
{
    return b >= 0xF0 ? 2 : 1;
}

} // namespace Utf8Text
