// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <cmath>
#include <cstring>

// LEB128 varints with zigzag for signed values, for the packed BLOBs of the visitor store.
namespace Varint {

// Buf: QByteArray, or std::string where millions of small appends must stay inline.
template <class Buf> inline void putUnsigned(Buf &out, quint64 v)
{
    while (v >= 0x80) {
        out.push_back(char(v | 0x80));
        v >>= 7;
    }
    out.push_back(char(v));
}

// Zigzag: small magnitudes of either sign become small unsigned values (0, -1, 1, -2 ... -> 0, 1, 2, 3 ...).
inline quint64 zigzag(qint64 v)
{
    return (quint64(v) << 1) ^ quint64(v >> 63);
}

inline qint64 unzigzag(quint64 u)
{
    return qint64(u >> 1) ^ -qint64(u & 1);
}

template <class Buf> inline void putSigned(Buf &out, qint64 v)
{
    putUnsigned(out, zigzag(v));
}

template <class Buf> inline void putDouble(Buf &out, double d)
{
    char b[8];
    std::memcpy(b, &d, 8);
    out.append(b, 8);
}

// A figure that is nearly always a whole number (a duration in seconds) in 1 to 3 bytes instead of 8: a whole
// number of at most 2^53 in magnitude as the varint of its zigzag value shifted left once (low bit 0), anything
// else (fractions, -0.0, infinities, NaN) as the varint 1 followed by the 8 bytes of the double.
template <class Buf> inline void putNumber(Buf &out, double d)
{
    constexpr double kExact = 9007199254740992.0; // 2^53: every whole number up to it is exact
    if (d >= -kExact && d <= kExact && d == double(qint64(d)) && !(d == 0 && std::signbit(d))) {
        putUnsigned(out, zigzag(qint64(d)) << 1);
        return;
    }
    putUnsigned(out, 1);
    putDouble(out, d);
}

// Reads from [p, end); every getter returns false instead of reading past the end.
class Reader
{
public:
    Reader(const char *p, const char *end)
        : m_p(p)
        , m_end(end)
    { }
    bool getUnsigned(quint64 &v)
    {
        v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (m_p == m_end)
                return false;
            const quint8 b = quint8(*m_p++);
            v |= quint64(b & 0x7F) << shift;
            if (!(b & 0x80))
                return true;
        }
        return false;
    }
    bool getSigned(qint64 &v)
    {
        quint64 u;
        if (!getUnsigned(u))
            return false;
        v = unzigzag(u);
        return true;
    }
    bool getDouble(double &d)
    {
        if (m_end - m_p < 8)
            return false;
        std::memcpy(&d, m_p, 8);
        m_p += 8;
        return true;
    }
    bool getNumber(double &d)
    {
        quint64 u;
        if (!getUnsigned(u))
            return false;
        if (u == 1)
            return getDouble(d);
        if (u & 1)
            return false; // no other odd header is written
        d = double(unzigzag(u >> 1));
        return true;
    }
    bool getByte(quint8 &b)
    {
        if (m_p == m_end)
            return false;
        b = quint8(*m_p++);
        return true;
    }
    bool getBytes(qsizetype n, const char *&start)
    {
        if (n < 0 || m_end - m_p < n)
            return false;
        start = m_p;
        m_p += n;
        return true;
    }
    bool atEnd() const { return m_p == m_end; }

private:
    const char *m_p;
    const char *m_end;
};

} // namespace Varint
