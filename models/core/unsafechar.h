// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The one rule for characters that must not pass from a file into a message or onto a terminal as they are,
// shared by FileQuote (messages, logs, notes) and TerminalGuard (kapsel-cli's stdout and stderr):
// - the C0 controls (ESC and BEL steer a terminal; NUL, BS and the others garble it) but those the context keeps:
//   tab, line feed and carriage return each where the caller allows it; DEL;
// - the C1 controls U+0080..U+009F (some terminals obey U+009B as CSI and U+009D as OSC);
// - what makes text read other than it is stored: the bidirectional embeddings and overrides U+202A..U+202E, the
//   isolates U+2066..U+2069, the marks U+200E, U+200F and U+061C;
// - the line and paragraph separators U+2028 and U+2029, which end a line without saying so, and the interlinear
//   annotation characters U+FFF9..U+FFFB, which hide the text between them.
namespace UnsafeChar {

enum Keep : unsigned {
    KeepNone = 0,
    KeepTab = 1,
    KeepLineFeed = 2,
    KeepCarriageReturn = 4,
};

// 0 when `c` passes as it is; otherwise what is shown instead: the control picture for C0 and DEL ("␛" for ESC,
// "␇" for BEL, "␡" for DEL), U+FFFD for the others. `keep` is a combination of the Keep flags.
char32_t replacement(char32_t c, unsigned keep);

} // namespace UnsafeChar
