// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/terminalguard.h"

#include "core/unsafechar.h"

namespace {

constexpr unsigned kKeep = UnsafeChar::KeepTab | UnsafeChar::KeepLineFeed | UnsafeChar::KeepCarriageReturn;

// How many bytes the UTF-8 sequence starting with `lead` claims (1 for ASCII and for bytes that start
// nothing, which are passed on as they are: the terminal shows them as invalid, they steer nothing).
int sequenceLength(unsigned char lead)
{
    if (lead >= 0xF0 && lead <= 0xF4)
        return 4;
    if (lead >= 0xE0)
        return lead <= 0xEF ? 3 : 1;
    if (lead >= 0xC2)
        return 2;
    return 1;
}

// The code point of a complete sequence of `n` bytes (a byte that starts nothing stands for itself).
char32_t decode(const unsigned char *s, int n)
{
    if (n == 1)
        return s[0];
    char32_t c = s[0] & (0x7F >> n);
    for (int k = 1; k < n; ++k)
        c = (c << 6) | (s[k] & 0x3F);
    return c;
}

// UTF-8 of a replacement: a control picture (U+2400..U+2421) or U+FFFD, three bytes each.
void appendReplacement(QByteArray &out, char32_t r)
{
    out += char(0xE0 | (r >> 12));
    out += char(0x80 | ((r >> 6) & 0x3F));
    out += char(0x80 | (r & 0x3F));
}

} // namespace

TerminalGuard::TerminalGuard(QIODevice *target, QObject *parent)
    : QIODevice(parent)
    , m_target(target)
{
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

TerminalGuard::~TerminalGuard()
{
    flushPending();
}

void TerminalGuard::flushPending()
{
    if (!m_pending.isEmpty())
        m_target->write(m_pending);
    m_pending.clear();
}

qint64 TerminalGuard::writeData(const char *data, qint64 size)
{
    QByteArray in = m_pending + QByteArray::fromRawData(data, size);
    m_pending.clear();
    QByteArray out;
    out.reserve(in.size() + 16);
    const auto *s = reinterpret_cast<const unsigned char *>(in.constData());
    const qsizetype n = in.size();
    for (qsizetype i = 0; i < n;) {
        const unsigned char c = s[i];
        int len = sequenceLength(c);
        // Only continuation bytes may follow a lead byte; anything else (an ESC among them) is judged on its
        // own, and the lead byte goes out alone as the invalid byte it is.
        int have = 1;
        while (have < len && i + have < n && (s[i + have] & 0xC0) == 0x80)
            ++have;
        if (have < len && i + have == n) { // the rest may arrive with the next write
            m_pending = in.mid(i);
            break;
        }
        if (have < len)
            len = 1;
        // A byte that starts nothing (len 1, 0x80 and above) is no character: it passes as the invalid byte it is.
        const char32_t r = len == 1 && c >= 0x80 ? 0 : UnsafeChar::replacement(decode(s + i, len), kKeep);
        if (r)
            appendReplacement(out, r);
        else
            out.append(reinterpret_cast<const char *>(s + i), len);
        i += len;
    }
    if (!out.isEmpty() && m_target->write(out) < 0)
        return -1;
    return size;
}
