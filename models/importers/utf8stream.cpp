// SPDX-License-Identifier: GPL-3.0-or-later
#include "importers/utf8stream.h"

#include <QIODevice>

using namespace Qt::StringLiterals;

namespace {
// The 0x80..0x9F block of Windows-1252; the rest of the upper half equals Latin-1.
constexpr char16_t kCp1252High[32] = { 0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030,
    0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178 };

void appendCp1252(QByteArrayView in, QByteArray &out)
{
    out.reserve(out.size() + in.size() + in.size() / 8);
    for (char ch : in) {
        const auto c = static_cast<unsigned char>(ch);
        if (c < 0x80) {
            out.append(ch);
            continue;
        }
        const char16_t u = c < 0xA0 ? kCp1252High[c - 0x80] : char16_t(c);
        if (u < 0x800) {
            out.append(char(0xC0 | (u >> 6)));
            out.append(char(0x80 | (u & 0x3F)));
        } else {
            out.append(char(0xE0 | (u >> 12)));
            out.append(char(0x80 | ((u >> 6) & 0x3F)));
            out.append(char(0x80 | (u & 0x3F)));
        }
    }
}
} // namespace

Utf8Stream::Utf8Stream(QIODevice &in)
    : m_in(in)
{
    m_encoding = detect(in.peek(64 * 1024));
    if (m_encoding == TextEncoding::Utf16LE)
        m_utf16 = QStringDecoder(QStringConverter::Utf16LE);
    else if (m_encoding == TextEncoding::Utf16BE)
        m_utf16 = QStringDecoder(QStringConverter::Utf16BE);
}

TextEncoding Utf8Stream::detect(QByteArrayView head)
{
    if (head.startsWith("\xEF\xBB\xBF"))
        return TextEncoding::Utf8Bom;
    if (head.startsWith("\xFF\xFE"))
        return TextEncoding::Utf16LE;
    if (head.startsWith("\xFE\xFF"))
        return TextEncoding::Utf16BE;
    return isValidUtf8(head, true) ? TextEncoding::Utf8 : TextEncoding::Windows1252;
}

bool Utf8Stream::isValidUtf8(QByteArrayView b, bool allowCutAtEnd)
{
    const qsizetype n = b.size();
    qsizetype i = 0;
    while (i < n) {
        const auto c = static_cast<unsigned char>(b[i]);
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len = 0;
        if (c >= 0xC2 && c <= 0xDF)
            len = 2;
        else if (c >= 0xE0 && c <= 0xEF)
            len = 3;
        else if (c >= 0xF0 && c <= 0xF4)
            len = 4;
        else
            return false;
        if (i + len > n)
            return allowCutAtEnd;
        for (int k = 1; k < len; ++k) {
            if ((static_cast<unsigned char>(b[i + k]) & 0xC0) != 0x80)
                return false;
        }
        i += len;
    }
    return true;
}

QByteArray Utf8Stream::fromWindows1252(QByteArrayView bytes)
{
    QByteArray out;
    appendCp1252(bytes, out);
    return out;
}

bool Utf8Stream::isPlausibleWindows1252(QByteArrayView bytes)
{
    for (const char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F)
            return false;
        if (c == 0x81 || c == 0x8D || c == 0x8F || c == 0x90 || c == 0x9D)
            return false;
    }
    return true;
}

QString Utf8Stream::encodingName(TextEncoding e)
{
    switch (e) {
    case TextEncoding::Utf8:
        return u"UTF-8"_s;
    case TextEncoding::Utf8Bom:
        return u"UTF-8 (BOM)"_s;
    case TextEncoding::Utf16LE:
        return u"UTF-16LE"_s;
    case TextEncoding::Utf16BE:
        return u"UTF-16BE"_s;
    case TextEncoding::Windows1252:
        return u"Windows-1252"_s;
    }
    return {};
}

bool Utf8Stream::readChunk(QByteArray &out, qint64 maxRawBytes)
{
    if (m_atEnd)
        return false;
    if (m_encoding == TextEncoding::Utf8 || m_encoding == TextEncoding::Utf8Bom) {
        // Read straight into the caller's buffer: no chunk allocated and copied per call, which showed in
        // profiles of gigabyte imports (a fresh 1 MiB block is fresh pages every time).
        const qsizetype old = out.size();
        out.resize(old + qsizetype(maxRawBytes));
        const qint64 got = m_in.read(out.data() + old, maxRawBytes);
        if (got <= 0) {
            out.resize(old);
            m_atEnd = true;
            return false;
        }
        out.resize(old + qsizetype(got));
        m_rawRead += got;
        if (!m_started) {
            m_started = true;
            if (m_encoding == TextEncoding::Utf8Bom && QByteArrayView(out).sliced(old).startsWith("\xEF\xBB\xBF"))
                out.remove(old, 3);
        }
        return true;
    }
    QByteArray raw = m_in.read(maxRawBytes);
    if (raw.isEmpty()) {
        m_atEnd = true;
        return false;
    }
    m_rawRead += raw.size();
    QByteArrayView view(raw);
    m_started = true;
    if (m_encoding == TextEncoding::Utf16LE || m_encoding == TextEncoding::Utf16BE) {
        // The decoder is stateful: a character split between two chunks is completed on the next call,
        // and it drops the BOM itself.
        const QString text = m_utf16.decode(view);
        out.append(text.toUtf8());
    } else {
        appendCp1252(view, out);
    }
    return true;
}

QByteArray Utf8Stream::readAll(qint64 limitBytes)
{
    QByteArray out;
    while (rawBytesRead() < limitBytes && readChunk(out, 1 << 20)) { }
    return out;
}
