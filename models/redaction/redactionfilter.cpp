// SPDX-License-Identifier: GPL-3.0-or-later
#include "redaction/redactionfilter.h"

#include "redaction/charclass.h"

#include <QStringDecoder>

#include <cstring>

using namespace Qt::StringLiterals;

namespace {

// Index of the first byte that makes `p` invalid UTF-8, or -1. `incomplete` receives where a sequence cut
// off by the end of the chunk begins (n when none), so it can be carried to the next chunk; `lines` the
// number of line feeds before the error (or in the whole chunk), for error messages.
qsizetype firstInvalidUtf8(const unsigned char *p, qsizetype n, qsizetype &incomplete, qint64 &lines)
{
    incomplete = n;
    lines = 0;
    qsizetype i = 0;
    constexpr quint64 kHigh = 0x8080808080808080ULL, kLow7 = 0x7F7F7F7F7F7F7F7FULL, kFeeds = 0x0A0A0A0A0A0A0A0AULL;
    while (i < n) {
        // ASCII fast path, eight bytes at a time, counting line feeds without a branch per byte.
        while (i + 8 <= n) {
            quint64 w;
            std::memcpy(&w, p + i, 8);
            if (w & kHigh)
                break;
            const quint64 x = w ^ kFeeds; // a line feed becomes a zero byte
            const quint64 zeros = ~(((x & kLow7) + kLow7) | x) & kHigh;
            lines += qint64(((zeros >> 7) * 0x0101010101010101ULL) >> 56); // sum of the per-byte 0/1 flags
            i += 8;
        }
        if (i >= n)
            break;
        const unsigned char c = p[i];
        if (c < 0x80) {
            lines += c == '\n' ? 1 : 0;
            ++i;
            continue;
        }
        int len;
        unsigned char lo = 0x80, hi = 0xBF; // allowed range of the second byte
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            if (c == 0xE0)
                lo = 0xA0; // overlong
            else if (c == 0xED)
                hi = 0x9F; // surrogates
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            if (c == 0xF0)
                lo = 0x90;
            else if (c == 0xF4)
                hi = 0x8F; // above U+10FFFF
        } else {
            return i;
        }
        for (int k = 1; k < len; ++k) {
            if (i + k >= n) {
                incomplete = i;
                return -1;
            }
            const unsigned char b = p[i + k];
            if (k == 1 ? (b < lo || b > hi) : (b < 0x80 || b > 0xBF))
                return i;
        }
        i += len;
    }
    return -1;
}

} // namespace

RedactionFilter::RedactionFilter(const RuleSet &rules, const QString &marker, const QString &fileName)
    : m_rules(rules), m_marker(marker), m_markerUtf8(marker.toUtf8()), m_fileName(fileName)
{
}

Status RedactionFilter::decode(QByteArrayView bytes)
{
    QByteArray joined;
    if (!m_pending.isEmpty()) {
        joined = m_pending + bytes.toByteArray();
        m_pending.clear();
        bytes = joined;
    }
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    qsizetype complete = 0;
    qint64 lines = 0;
    const qsizetype bad = firstInvalidUtf8(p, bytes.size(), complete, lines);
    if (bad >= 0) {
        return Error{m_fileName, int(m_bytesLines + lines + 1),
                     tr("not valid UTF-8 text (byte 0x%1); the file must be saved as UTF-8").arg(uint(p[bad]), 2, 16, QLatin1Char('0'))};
    }
    m_bytesLines += lines;
    m_pending = bytes.sliced(complete).toByteArray();

    // Stateless, and an initial BOM is kept as U+FEFF: it is part of what must be copied exactly.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    const qsizetype old = m_buffer.size();
    m_buffer.resize(old + complete); // UTF-16 never needs more code units than UTF-8 bytes
    QChar *end = decoder.appendToBuffer(m_buffer.data() + old, bytes.first(complete));
    m_buffer.resize(end - m_buffer.constData());
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
        return Error{m_fileName, int(m_bytesLines + 1), tr("the file ends inside a UTF-8 character")};
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
    QStringEncoder encoder(QStringEncoder::Utf8, QStringEncoder::Flag::Stateless);
    const qsizetype need = (cut - m_from) * 3 + spans.size() * m_markerUtf8.size() + 16;
    if (m_outBytes.size() < need)
        m_outBytes.resize(need);
    char *const begin = m_outBytes.data();
    char *o = begin;
    qsizetype pos = m_from;
    for (const RedactionSpan &s : spans) {
        if (s.action != RedactionSpan::Action::Remove)
            continue;
        o = encoder.appendToBuffer(o, all.mid(pos, s.start - pos));
        std::memcpy(o, m_markerUtf8.constData(), size_t(m_markerUtf8.size()));
        o += m_markerUtf8.size();
        // Line breaks stay, after the marker: the text keeps its line count.
        for (qsizetype i = s.start; i < s.end; ++i)
            if (CharClass::table()[all[i].unicode()] == CharClass::LineBreak)
                o = encoder.appendToBuffer(o, all.mid(i, 1));
        pos = s.end;
    }
    o = encoder.appendToBuffer(o, all.mid(pos, cut - pos));
    output(QByteArrayView(begin, o - begin));
}

void RedactionFilter::process(qsizetype cut)
{
    const QStringView all(m_buffer);
    QList<RedactionSpan> &spans = m_spans; // reused: no allocation per chunk
    Redactor::findSpansInto(all, m_rules, m_from, spans);
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
    const qsizetype keepFrom = std::max<qsizetype>(0, cut - kContext);
    m_buffer.remove(0, keepFrom);
    m_from = cut - keepFrom;
}
