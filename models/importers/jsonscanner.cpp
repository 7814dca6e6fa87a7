// SPDX-License-Identifier: GPL-3.0-or-later
#include "importers/jsonscanner.h"

#include "importers/textlimits.h"
#include "importers/timeparsing.h"

#include <array>
#include <cstring>

namespace {
constexpr int kMaxDepth = 200;

// Bytes that end the fast path through a string: the closing quote, a backslash, control characters.
constexpr auto kStringStop = [] {
    std::array<bool, 256> stop {};
    for (int c = 0; c < 0x20; ++c)
        stop[c] = true;
    stop['"'] = true;
    stop['\\'] = true;
    return stop;
}();

void appendUtf8(QByteArray &out, uint cp)
{
    if (cp < 0x80) {
        out.append(char(cp));
    } else if (cp < 0x800) {
        out.append(char(0xC0 | (cp >> 6)));
        out.append(char(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.append(char(0xE0 | (cp >> 12)));
        out.append(char(0x80 | ((cp >> 6) & 0x3F)));
        out.append(char(0x80 | (cp & 0x3F)));
    } else {
        out.append(char(0xF0 | (cp >> 18)));
        out.append(char(0x80 | ((cp >> 12) & 0x3F)));
        out.append(char(0x80 | ((cp >> 6) & 0x3F)));
        out.append(char(0x80 | (cp & 0x3F)));
    }
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}
} // namespace

bool JsonScanner::beginObject()
{
    if (!m_ok || peek() != '{')
        return fail();
    ++m_p;
    m_first = true;
    return ++m_depth <= kMaxDepth || fail();
}

bool JsonScanner::beginArray()
{
    if (!m_ok || peek() != '[')
        return fail();
    ++m_p;
    m_first = true;
    return ++m_depth <= kMaxDepth || fail();
}

bool JsonScanner::nextKey(QByteArray &key)
{
    QByteArrayView view;
    if (!nextKey(view))
        return false;
    key = view.toByteArray();
    return true;
}

bool JsonScanner::nextKey(QByteArrayView &key)
{
    if (!m_ok)
        return false;
    const char c = peek();
    if (c == '}') {
        ++m_p;
        --m_depth;
        m_first = false;
        return false;
    }
    if (!m_first) {
        if (c != ',')
            return fail();
        ++m_p;
    }
    m_first = false;
    if (!readString(key))
        return fail();
    if (peek() != ':')
        return fail();
    ++m_p;
    return true;
}

bool JsonScanner::nextElement()
{
    if (!m_ok)
        return false;
    const char c = peek();
    if (c == ']') {
        ++m_p;
        --m_depth;
        m_first = false;
        return false;
    }
    if (!m_first) {
        if (c != ',')
            return fail();
        ++m_p;
    }
    m_first = false;
    return true;
}

bool JsonScanner::literal(const char *word)
{
    const size_t n = std::strlen(word);
    if (size_t(m_end - m_p) < n || std::memcmp(m_p, word, n) != 0)
        return fail();
    m_p += n;
    return true;
}

bool JsonScanner::isNull()
{
    if (m_ok && peek() == 'n')
        return literal("null");
    return false;
}

bool JsonScanner::readString(QByteArray &out)
{
    out.resize(0);
    if (!m_ok || peek() != '"')
        return fail();
    ++m_p;
    for (;;) {
        const char *start = m_p;
        while (m_p < m_end) {
            const auto c = static_cast<unsigned char>(*m_p);
            if (c == '"' || c == '\\')
                break;
            if (c < 0x20)
                return fail();
            ++m_p;
        }
        out.append(start, m_p - start);
        if (out.size() > TextLimits::kMaxFieldBytes)
            return tooLong();
        if (m_p >= m_end)
            return fail();
        if (*m_p == '"') {
            ++m_p;
            return true;
        }
        ++m_p; // backslash
        if (m_p >= m_end)
            return fail();
        const char e = *m_p++;
        switch (e) {
        case '"':
            out.append('"');
            break;
        case '\\':
            out.append('\\');
            break;
        case '/':
            out.append('/');
            break;
        case 'b':
            out.append('\b');
            break;
        case 'f':
            out.append('\f');
            break;
        case 'n':
            out.append('\n');
            break;
        case 'r':
            out.append('\r');
            break;
        case 't':
            out.append('\t');
            break;
        case 'u': {
            auto hex4 = [this](uint &v) {
                if (m_end - m_p < 4)
                    return false;
                v = 0;
                for (int k = 0; k < 4; ++k) {
                    const int h = hexValue(m_p[k]);
                    if (h < 0)
                        return false;
                    v = v * 16 + uint(h);
                }
                m_p += 4;
                return true;
            };
            uint cp = 0;
            if (!hex4(cp))
                return fail();
            if (cp >= 0xD800 && cp <= 0xDBFF && m_end - m_p >= 6 && m_p[0] == '\\' && m_p[1] == 'u') {
                m_p += 2;
                uint low = 0;
                if (!hex4(low))
                    return fail();
                if (low >= 0xDC00 && low <= 0xDFFF)
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                else
                    cp = 0xFFFD;
            } else if (cp >= 0xD800 && cp <= 0xDFFF) {
                cp = 0xFFFD;
            }
            appendUtf8(out, cp);
            break;
        }
        default:
            return fail();
        }
    }
}

bool JsonScanner::readString(QByteArrayView &out)
{
    if (!m_ok || peek() != '"')
        return fail();
    const char *start = m_p + 1;
    const char *p = start;
    while (p < m_end && !kStringStop[static_cast<unsigned char>(*p)])
        ++p;
    if (p < m_end && *p == '"') {
        if (p - start > TextLimits::kMaxFieldBytes)
            return tooLong();
        out = QByteArrayView(start, p - start);
        m_p = p + 1;
        return true;
    }
    if (p < m_end && static_cast<unsigned char>(*p) < 0x20)
        return fail();
    // An escape (or the end of the text): decode into the scratch buffer, which also reports the errors.
    if (!readString(m_scratch))
        return false;
    out = QByteArrayView(m_scratch);
    return true;
}

bool JsonScanner::scanNumber(QByteArrayView &out)
{
    ws();
    const char *start = m_p;
    if (m_p < m_end && *m_p == '-')
        ++m_p;
    bool digits = false;
    while (m_p < m_end
        && ((*m_p >= '0' && *m_p <= '9') || *m_p == '.' || *m_p == 'e' || *m_p == 'E' || *m_p == '+' || *m_p == '-')) {
        digits = digits || (*m_p >= '0' && *m_p <= '9');
        ++m_p;
    }
    if (!digits)
        return fail();
    out = QByteArrayView(start, m_p - start);
    return true;
}

bool JsonScanner::skipString()
{
    // Jump from quote to quote without decoding: a quote preceded by an odd number of backslashes is
    // escaped.
    const char *start = ++m_p;
    for (;;) {
        const char *q = static_cast<const char *>(std::memchr(m_p, '"', size_t(m_end - m_p)));
        if (!q)
            return fail();
        const char *b = q;
        while (b > m_p && b[-1] == '\\')
            --b;
        m_p = q + 1;
        if (((q - b) & 1) == 0)
            return q - start <= TextLimits::kMaxFieldBytes || tooLong();
    }
}

// Objects and arrays are walked without building anything, but with the full grammar (keys are strings,
// ':' and ',' where they belong, matching brackets), so a damaged line fails here too.
bool JsonScanner::skipContainer(char open)
{
    const char close = open == '{' ? '}' : ']';
    if (++m_depth > kMaxDepth)
        return fail();
    ++m_p;
    ws();
    if (m_p < m_end && *m_p == close) {
        ++m_p;
        --m_depth;
        return true;
    }
    for (;;) {
        if (open == '{') {
            ws();
            if (m_p >= m_end || *m_p != '"' || !skipString())
                return fail();
            ws();
            if (m_p >= m_end || *m_p != ':')
                return fail();
            ++m_p;
        }
        if (!skipValue())
            return false;
        ws();
        if (m_p >= m_end)
            return fail();
        if (*m_p == ',') {
            ++m_p;
            continue;
        }
        if (*m_p != close)
            return fail();
        ++m_p;
        --m_depth;
        return true;
    }
}

bool JsonScanner::skipValue()
{
    if (!m_ok)
        return false;
    ws();
    if (m_p >= m_end)
        return fail();
    switch (*m_p) {
    case '{':
    case '[':
        return skipContainer(*m_p);
    case '"':
        return skipString();
    case 't':
        return literal("true");
    case 'f':
        return literal("false");
    case 'n':
        return literal("null");
    default: {
        QByteArrayView n;
        return scanNumber(n);
    }
    }
}

bool JsonScanner::readScalar(QByteArray &out)
{
    QByteArrayView view;
    const bool ok = readScalar(view);
    out = view.toByteArray();
    return ok;
}

bool JsonScanner::readScalar(QByteArrayView &out)
{
    out = {};
    const char c = peek();
    if (c == '"')
        return readString(out);
    if (c == 'n')
        return literal("null");
    if (c == 't' || c == 'f') {
        if (!literal(c == 't' ? "true" : "false"))
            return false;
        out = c == 't' ? QByteArrayView("true") : QByteArrayView("false");
        return true;
    }
    if (c == '{' || c == '[')
        return fail();
    return scanNumber(out);
}

std::optional<qint64> JsonScanner::readInt()
{
    QByteArray s;
    if (!readScalar(s) || s.isEmpty())
        return std::nullopt;
    return TimeParsing::parseInt(s);
}

std::optional<double> JsonScanner::readNumber()
{
    QByteArray s;
    if (!readScalar(s) || s.isEmpty())
        return std::nullopt;
    return TimeParsing::parseDecimal(s);
}
