// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/terminalguard.h"

namespace {

// UTF-8 of U+FFFD and of the control pictures U+2400 + c (E2 90 80+c) and U+2421 for DEL.
constexpr char kReplacement[] = "\xEF\xBF\xBD";

void appendPicture(QByteArray &out, unsigned c)
{
    const unsigned picture = c == 0x7F ? 0x2421 : 0x2400 + c;
    out += char(0xE0 | (picture >> 12));
    out += char(0x80 | ((picture >> 6) & 0x3F));
    out += char(0x80 | (picture & 0x3F));
}

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

bool steers(const unsigned char *s, int n)
{
    if (n == 2) // U+0080..U+009F: C2 80..C2 9F
        return s[0] == 0xC2 && s[1] >= 0x80 && s[1] <= 0x9F;
    if (n == 3 && s[0] == 0xE2) {
        // U+202A..U+202E (E2 80 AA..AE), U+2066..U+2069 (E2 81 A6..A9)
        return (s[1] == 0x80 && s[2] >= 0xAA && s[2] <= 0xAE) || (s[1] == 0x81 && s[2] >= 0xA6 && s[2] <= 0xA9);
    }
    return false;
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
        if (c < 0x20 || c == 0x7F) {
            if (c == '\t' || c == '\n' || c == '\r')
                out += char(c);
            else
                appendPicture(out, c);
            ++i;
            continue;
        }
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
        if (steers(s + i, len))
            out += kReplacement;
        else
            out.append(reinterpret_cast<const char *>(s + i), len);
        i += len;
    }
    if (!out.isEmpty() && m_target->write(out) < 0)
        return -1;
    return size;
}
