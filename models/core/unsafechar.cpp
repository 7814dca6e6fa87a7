// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/unsafechar.h"

char32_t UnsafeChar::replacement(char32_t c, unsigned keep)
{
    if (c < 0x20) {
        const bool kept = (c == U'\t' && (keep & KeepTab)) || (c == U'\n' && (keep & KeepLineFeed))
            || (c == U'\r' && (keep & KeepCarriageReturn));
        return kept ? 0 : 0x2400 + c; // U+2400 CONTROL PICTURES: "␀" .. "␟"
    }
    if (c < 0x7F)
        return 0;
    if (c == 0x7F)
        return 0x2421; // "␡"
    const bool hidden = c <= 0x9F || c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x2028 && c <= 0x2029)
        || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || (c >= 0xFFF9 && c <= 0xFFFB);
    return hidden ? 0xFFFD : 0;
}
