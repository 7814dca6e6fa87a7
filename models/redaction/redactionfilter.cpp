// SPDX-License-Identifier: GPL-3.0-or-later
#include "redaction/redactionfilter.h"

#include "redaction/charclass.h"

#include <cstring>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

using namespace Qt::StringLiterals;

namespace {

inline int popcount16(uint v)
{
    v = v - ((v >> 1) & 0x5555u);
    v = (v & 0x3333u) + ((v >> 2) & 0x3333u);
    v = (v + (v >> 4)) & 0x0F0Fu;
    return int((v + (v >> 8)) & 0x1Fu);
}

// Validates and decodes UTF-8 in one pass, appending UTF-16 at `out`. Returns the index of the first byte
// that makes the input invalid, or -1. `incomplete` receives where a sequence cut off by the end of the chunk
// begins (n when none), to be carried to the next chunk; `lines` the number of line feeds before the stop,
// for error messages; `written` the number of code units appended.
qsizetype decodeUtf8(
    const unsigned char *p, qsizetype n, char16_t *out, qsizetype &incomplete, qint64 &lines, qsizetype &written)
{
    incomplete = n;
    lines = 0;
    char16_t *o = out;
    qsizetype i = 0;
    while (i < n) {
#ifdef __SSE2__
        // ASCII fast path: sixteen bytes at a time, widened to UTF-16, line feeds counted. A block with a
        // non-ASCII byte still takes its ASCII prefix, so Norwegian text (æ, ø, å) stays mostly on this path.
        const __m128i zero = _mm_setzero_si128();
        const __m128i feed = _mm_set1_epi8('\n');
        while (i + 16 <= n) {
            const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + i));
            const uint high = uint(_mm_movemask_epi8(x));
            _mm_storeu_si128(reinterpret_cast<__m128i *>(o), _mm_unpacklo_epi8(x, zero));
            _mm_storeu_si128(reinterpret_cast<__m128i *>(o + 8), _mm_unpackhi_epi8(x, zero));
            const uint feeds = uint(_mm_movemask_epi8(_mm_cmpeq_epi8(x, feed)));
            const int ascii = high ? int(qCountTrailingZeroBits(high)) : 16;
            lines += popcount16(feeds & ((1u << ascii) - 1));
            i += ascii;
            o += ascii;
            if (ascii < 16)
                break;
        }
#endif
        if (i >= n)
            break;
        const unsigned char c = p[i];
        if (c < 0x80) {
            lines += c == '\n' ? 1 : 0;
            *o++ = c;
            ++i;
            continue;
        }
        int len;
        unsigned char lo = 0x80, hi = 0xBF; // allowed range of the second byte
        char32_t cp;
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
            written = o - out;
            return i;
        }
        for (int k = 1; k < len; ++k) {
            if (i + k >= n) {
                incomplete = i;
                written = o - out;
                return -1;
            }
            const unsigned char b = p[i + k];
            if (k == 1 ? (b < lo || b > hi) : (b < 0x80 || b > 0xBF)) {
                written = o - out;
                return i;
            }
            cp = (cp << 6) | (b & 0x3F);
        }
        if (cp >= 0x10000) {
            *o++ = QChar::highSurrogate(cp);
            *o++ = QChar::lowSurrogate(cp);
        } else {
            *o++ = char16_t(cp);
        }
        i += len;
    }
    written = o - out;
    return -1;
}

// Encodes valid UTF-16 (no lone surrogates: it came from valid UTF-8) at `o`; returns the new end.
char *encodeUtf8(QStringView text, char *o)
{
    const char16_t *p = reinterpret_cast<const char16_t *>(text.data());
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
#ifdef __SSE2__
        while (i + 8 <= n) {
            const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + i));
            const uint wide = uint(_mm_movemask_epi8(_mm_cmpgt_epi16(_mm_srli_epi16(x, 7), _mm_setzero_si128())));
            _mm_storel_epi64(reinterpret_cast<__m128i *>(o), _mm_packus_epi16(x, x));
            const int ascii = wide ? int(qCountTrailingZeroBits(wide) >> 1) : 8; // bytes: two per unit
            i += ascii;
            o += ascii;
            if (ascii < 8)
                break;
        }
#endif
        if (i >= n)
            break;
        const char16_t u = p[i];
        if (u < 0x80) {
            *o++ = char(u);
        } else if (u < 0x800) {
            *o++ = char(0xC0 | (u >> 6));
            *o++ = char(0x80 | (u & 0x3F));
        } else if (QChar::isHighSurrogate(u) && i + 1 < n && QChar::isLowSurrogate(p[i + 1])) {
            const char32_t cp = QChar::surrogateToUcs4(u, p[i + 1]);
            *o++ = char(0xF0 | (cp >> 18));
            *o++ = char(0x80 | ((cp >> 12) & 0x3F));
            *o++ = char(0x80 | ((cp >> 6) & 0x3F));
            *o++ = char(0x80 | (cp & 0x3F));
            ++i;
        } else {
            *o++ = char(0xE0 | (u >> 12));
            *o++ = char(0x80 | ((u >> 6) & 0x3F));
            *o++ = char(0x80 | (u & 0x3F));
        }
        ++i;
    }
    return o;
}

} // namespace

RedactionFilter::RedactionFilter(const RuleSet &rules, const QString &marker, const QString &fileName)
    : m_rules(rules)
    , m_marker(marker)
    , m_markerUtf8(marker.toUtf8())
    , m_fileName(fileName)
{ }

Status RedactionFilter::decode(QByteArrayView bytes)
{
    QByteArray joined;
    if (!m_pending.isEmpty()) {
        joined = m_pending + bytes.toByteArray();
        m_pending.clear();
        bytes = joined;
    }
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype old = m_buffer.size();
    if (m_buffer.capacity() < old + bytes.size())
        m_buffer.reserve(std::max(old + bytes.size(), 2 * m_buffer.capacity()));
    m_buffer.resize(old + bytes.size()); // UTF-16 never needs more code units than UTF-8 bytes
    qsizetype complete = 0, written = 0;
    qint64 lines = 0;
    const qsizetype bad
        = decodeUtf8(p, bytes.size(), reinterpret_cast<char16_t *>(m_buffer.data() + old), complete, lines, written);
    m_buffer.resize(old + written);
    if (bad >= 0) {
        return Error { m_fileName, int(m_bytesLines + lines + 1),
            tr("not valid UTF-8 text (byte 0x%1); the file must be saved as UTF-8")
                .arg(uint(p[bad]), 2, 16, QLatin1Char('0')) };
    }
    m_bytesLines += lines;
    m_pending = bytes.sliced(complete).toByteArray();
    m_atStart = false;
    m_peakBuffer = std::max(m_peakBuffer, m_buffer.size());
    return std::nullopt;
}

Status RedactionFilter::feed(QByteArrayView bytes)
{
    if (Status s = decode(bytes))
        return s;
    if (m_buffer.size() - m_from < 2 * kContext)
        return std::nullopt;
    qsizetype cut = safeCut();
    if (cut < 0 && m_buffer.size() - m_from > kMaxBuffer) {
        cut = m_buffer.size() - kContext; // nothing safe in 4 Mi characters: keep memory flat regardless
        if (m_buffer.at(cut).isLowSurrogate())
            --cut;
    }
    if (cut > m_from)
        process(cut);
    return std::nullopt;
}

Status RedactionFilter::finish()
{
    if (!m_pending.isEmpty())
        return Error { m_fileName, int(m_bytesLines + 1), tr("the file ends inside a UTF-8 character") };
    process(m_buffer.size());
    return std::nullopt;
}

// A cut at S is safe when S-1 is whitespace (no e-mail address crosses it) and S-2 is a character that ends
// every digit run (a letter, most punctuation) and is not the end of a digit word. Numbers after the cut see
// the context before it, numbers before it see at least kContext characters after it.
qsizetype RedactionFilter::safeCut() const
{
    const std::uint8_t *tab = CharClass::table();
    const qsizetype hi = m_buffer.size() - kContext;
    const QChar *d = m_buffer.constData();
    for (qsizetype s = hi; s >= m_from + 2; --s) {
        const std::uint8_t c1 = tab[d[s - 1].unicode()];
        if (c1 != CharClass::Space && c1 != CharClass::LineBreak)
            continue;
        const std::uint8_t c2 = tab[d[s - 2].unicode()];
        if (c2 != CharClass::Other || d[s - 2].isLowSurrogate())
            continue;
        if (m_rules.spelledDigits && d[s - 2].isLetter()) {
            qsizetype w = s - 2;
            while (w > m_from && d[w - 1].isLetter())
                --w;
            if (w == m_from || s - 2 - w + 1 <= 5)
                continue; // may be a digit word (or cut off): look further back
        }
        return s;
    }
    return -1;
}

void RedactionFilter::advancePosition(QStringView text)
{
    for (QChar c : text) {
        if (c == u'\n') {
            ++m_line;
            m_column = 1;
        } else if (!c.isLowSurrogate()) {
            ++m_column;
        }
    }
}

// Encodes the text up to the cut straight into a reused byte buffer: no intermediate QString per chunk.
void RedactionFilter::writeRedacted(QStringView all, const QList<RedactionSpan> &spans, qsizetype cut)
{
    const qsizetype need = (cut - m_from) * 3 + spans.size() * m_markerUtf8.size() + 16;
    if (m_outBytes.size() < need)
        m_outBytes.resize(need);
    char *const begin = m_outBytes.data();
    char *o = begin;
    qsizetype pos = m_from;
    for (const RedactionSpan &s : spans) {
        if (s.action != RedactionSpan::Action::Remove)
            continue;
        o = encodeUtf8(all.mid(pos, s.start - pos), o);
        std::memcpy(o, m_markerUtf8.constData(), size_t(m_markerUtf8.size()));
        o += m_markerUtf8.size();
        // Line breaks stay, after the marker: the text keeps its line count.
        for (qsizetype i = s.start; i < s.end; ++i)
            if (CharClass::table()[all[i].unicode()] == CharClass::LineBreak)
                o = encodeUtf8(all.mid(i, 1), o);
        pos = s.end;
    }
    o = encodeUtf8(all.mid(pos, cut - pos), o);
    output(QByteArrayView(begin, o - begin));
}

void RedactionFilter::process(qsizetype cut)
{
    const QStringView all(m_buffer);
    QList<RedactionSpan> &spans = m_spans; // reused: no allocation per chunk
    Redactor::findSpansInto(all, m_rules, m_from, spans, bool(preview));
    // Spans at or after the cut are found again, with full lookahead, in the next round.
    while (!spans.isEmpty() && spans.back().start >= cut)
        spans.removeLast();
    // Only a forced cut can fall inside a span: move it behind the span rather than split it.
    if (!spans.isEmpty() && spans.back().end > cut)
        cut = spans.back().end;
    if (preview) {
        qsizetype pos = m_from;
        for (const RedactionSpan &s : spans) {
            ++m_counts[s.rule];
            advancePosition(all.mid(pos, s.start - pos));
            Hit h;
            h.span = s;
            h.line = m_line;
            h.column = m_column;
            const QStringView inside = all.mid(s.start, s.end - s.start);
            h.original = inside.toString();
            // The end is the last character, not the one after it.
            advancePosition(inside.chopped(1));
            h.endLine = m_line;
            h.endColumn = m_column;
            advancePosition(inside.last(1));
            pos = s.end;
            preview(h);
        }
        advancePosition(all.mid(pos, cut - pos));
    } else if (output) {
        writeRedacted(all, spans, cut);
    }

    // Keep kContext characters before the cut as read-only context for the next round.
    // Moved within the same allocation: a fresh buffer per chunk costs page faults.
    const qsizetype keepFrom = std::max<qsizetype>(0, cut - kContext);
    const qsizetype rest = m_buffer.size() - keepFrom;
    QChar *d = m_buffer.data();
    std::memmove(d, d + keepFrom, size_t(rest) * sizeof(QChar));
    m_buffer.resize(rest);
    m_from = cut - keepFrom;
}
