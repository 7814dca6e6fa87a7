// SPDX-License-Identifier: GPL-3.0-or-later
#include "redaction/redactionfilter.h"

#include "redaction/charclass.h"
#include "redaction/utf8text.h"

#include <algorithm>
#include <condition_variable>
#include <cstring>
#include <mutex>
#include <system_error>
#include <thread>

using namespace Qt::StringLiterals;

RedactionFilter::RedactionFilter(const RuleSet &rules, const QString &marker, const QString &fileName)
    : m_rules(rules)
    , m_markerUtf8(marker.toUtf8())
    , m_fileName(fileName)
{ }

RedactionFilter::~RedactionFilter() = default;

Error RedactionFilter::invalidUtf8(qint64 line, unsigned char byte) const
{
    return Error {
        m_fileName, int(line),
        tr("not valid UTF-8 text (byte 0x%1); the file must be saved as UTF-8").arg(uint(byte), 2, 16, QLatin1Char('0'))
    };
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
    const qsizetype old = m_buffer.size();
    if (m_buffer.capacity() < old + bytes.size())
        m_buffer.reserve(std::max(old + bytes.size(), 2 * m_buffer.capacity()));
    m_buffer.resize(old + bytes.size()); // UTF-16 never needs more code units than UTF-8 bytes
    qsizetype complete = 0, written = 0;
    qint64 lines = 0;
    const qsizetype bad = Utf8Text::decode(
        p, bytes.size(), reinterpret_cast<char16_t *>(m_buffer.data() + old), complete, lines, written);
    m_buffer.resize(old + written);
    if (bad >= 0)
        return invalidUtf8(m_bytesLines + lines + 1, p[bad]);
    m_bytesLines += lines;
    m_pending = bytes.sliced(complete).toByteArray();
    m_peakBuffer = std::max(m_peakBuffer, m_buffer.size());
    return std::nullopt;
}

void RedactionFilter::decideMode()
{
    if (m_mode == Mode::Undecided)
        m_mode = preview ? Mode::Slow : Mode::Fast;
}

Status RedactionFilter::feed(QByteArrayView bytes)
{
    decideMode();
    if (m_mode == Mode::Fast)
        return feedFast(bytes);
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
    decideMode();
    if (m_mode == Mode::Fast) {
        if (Status s = runFast(true))
            return s;
        // All before m_complete is judged and valid; after it come at most three bytes of one character.
        if (m_complete < m_raw.size()) {
            const auto *p = reinterpret_cast<const unsigned char *>(m_raw.constData());
            qsizetype incomplete = 0;
            const qsizetype bad = Utf8Text::validate(p + m_complete, m_raw.size() - m_complete, incomplete);
            if (bad >= 0)
                return invalidUtf8(m_bytesLines + 1, p[m_complete + bad]);
        }
    } else if (m_pending.isEmpty()) {
        process(m_buffer.size());
    }
    if (m_mode == Mode::Fast ? m_complete < m_raw.size() : !m_pending.isEmpty())
        return Error { m_fileName, int(m_bytesLines + 1), tr("the file ends inside a UTF-8 character") };
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

void RedactionFilter::process(qsizetype cut)
{
    const QStringView all(m_buffer);
    QList<RedactionSpan> &spans = m_spans; // reused: no allocation per chunk
    Redactor::findSpansInto(all, m_rules, m_from, spans, true);
    // Spans at or after the cut are found again, with full lookahead, in the next round.
    while (!spans.isEmpty() && spans.back().start >= cut)
        spans.removeLast();
    // Only a forced cut can fall inside a span: move it behind the span rather than split it.
    if (!spans.isEmpty() && spans.back().end > cut)
        cut = spans.back().end;
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

    // Keep kContext characters before the cut as read-only context for the next round.
    // Moved within the same allocation: a fresh buffer per chunk costs page faults.
    const qsizetype keepFrom = std::max<qsizetype>(0, cut - kContext);
    const qsizetype rest = m_buffer.size() - keepFrom;
    QChar *d = m_buffer.data();
    std::memmove(d, d + keepFrom, size_t(rest) * sizeof(QChar));
    m_buffer.resize(rest);
    m_from = cut - keepFrom;
}

// ---- Fast path ----------------------------------------------------------------------------------------
//
// Why judging blocks cut on the bytes gives the same output as the whole-text engine (every rule set; only the
// preview, which reports lines and columns, takes the slow path):
//
// 1. A safe cut S here is a byte position where S-1 is ASCII whitespace and the character before it is a BMP
//    character of class Other (a letter, most punctuation): a subset of the slow path's safe cuts. No run of
//    digits crosses it, as the gap after a digit ends at the first character of class Other; no span starting
//    after it reaches back over it, as the '+' or IBAN letters must touch the number (only invisible
//    characters between) and whitespace is not invisible.
// 2. What the engine reads around a run that starts in [A, B), A and B safe cuts: backwards at most five
//    code units before A (currencyBefore: spaces stop at, then "nok" or "chf" and the character
//    before it; the IBAN check and the '+' stop at the whitespace A-1); forwards at most two code units after B
//    (the gap, dates, amounts and the combining marks a removed number takes along stop at the Other character
//    before B-1; currencyAfter reads "nok" or "chf" and one character after it). kBlockContext bytes on each
//    side always hold that: the whitespace and the character before it take at most four bytes, three code
//    units at most eight more.
// 3. E-mail addresses hold no whitespace, so none crosses a cut, and the engine reads none before A (its
//    local part stops at the whitespace A-1). A spelled-digit run is linked across whitespace, so where the
//    rule set reads spelled digits, a letter before the whitespace must end a word of at least six letters:
//    no digit word is that long, so the word ends any run, and the next run starts after the cut.
// So each block [A, B) is judged with kBlockContext bytes of context and lookahead; runs the engine finds
// in the lookahead are dropped, they belong to the next block. Blocks are independent, so several are judged at
// a time on worker threads: the engine's time per number dominates, not the bytes between numbers.
// Where no safe cut comes for kMaxBuffer bytes (pathological input), a cut is forced as on the slow path.
//
// Validation: the bytes are cut before they are validated (a cut reads a few bytes before an ASCII
// whitespace and stays inside the buffer whatever they hold). Each block validates its context, its own
// bytes and its lookahead before it decodes them, so validating runs on both threads as well. Blocks are
// written in order and the first block holding an invalid byte stops the filter: every byte before its
// start was valid, so what it finds is the first invalid byte of the input, and that byte's line is the line
// feeds of the blocks written so far plus those of the block up to it.

namespace {

inline bool isAsciiWhitespace(unsigned char b)
{
    return b == ' ' || b == '\n' || b == '\r' || b == '\t' || b == '\v' || b == '\f';
}

// Whether S is a safe cut (see above); bytes before p[0] are unknown.
bool isSafeCut(const unsigned char *p, qsizetype s, bool spelled)
{
    if (s < 2 || !isAsciiWhitespace(p[s - 1]))
        return false;
    qsizetype k = s - 2;
    while (k > 0 && Utf8Text::isContinuation(p[k]))
        --k;
    if (Utf8Text::isContinuation(p[k]))
        return false;
    int width;
    const char32_t c = Utf8Text::at(p, k, width);
    if (k + width != s - 1 || c >= 0x10000 || CharClass::table()[c] != CharClass::Other)
        return false;
    if (!spelled || !CharClass::isWordLetter(char16_t(c)))
        return true;
    // Spelled-out digits (3): the word before the whitespace is at least six letters, too long for a digit word.
    for (int letters = 1; letters < 6; ++letters) {
        if (k == 0)
            return false;
        qsizetype q = k - 1;
        while (q > 0 && Utf8Text::isContinuation(p[q]))
            --q;
        if (Utf8Text::isContinuation(p[q]))
            return false;
        const char32_t d = Utf8Text::at(p, q, width);
        if (q + width != k || d >= 0x10000 || !CharClass::isWordLetter(char16_t(d)))
            return false;
        k = q;
    }
    return true;
}

// The last safe cut S with lo < S <= hi, or -1.
qsizetype lastSafeCut(const unsigned char *p, qsizetype lo, qsizetype hi, bool spelled)
{
    for (qsizetype s = hi; s > lo; --s)
        if (isAsciiWhitespace(p[s - 1]) && isSafeCut(p, s, spelled))
            return s;
    return -1;
}

} // namespace

// Judges one block; touches nothing but the block, so it may run on a worker thread. A forced cut inside a
// span moves behind it (b.cut is updated). The block validates its own bytes, context and lookahead included,
// before it decodes them (see "Validation" above).
void RedactionFilter::judgeBlock(Block &b, const RuleSet &rules, const QByteArray &marker)
{
    const auto *p = reinterpret_cast<const unsigned char *>(b.bytes.constData());
    b.error = -1;
    if (b.text.size() < b.end)
        b.text.resize(b.end);
    auto *u = reinterpret_cast<char16_t *>(b.text.data());
    // Validated and decoded in one pass, a part at a time: the context, the block's own bytes (their line feeds
    // counted) and the lookahead. Each part starts and ends on a character boundary (see "Validation"), so a
    // sequence cut off by a part's end is invalid.
    const qsizetype bounds[4] = { 0, b.start, b.cut, b.end };
    qsizetype units[3] = {};
    for (int part = 0, written = 0; part < 3; written += int(units[part]), ++part) {
        const qsizetype from = bounds[part], length = bounds[part + 1] - from;
        qsizetype incomplete = 0;
        qint64 lines = 0;
        const qsizetype bad = Utf8Text::decode(p + from, length, u + written, incomplete, lines, units[part]);
        if (bad >= 0 || incomplete < length) {
            b.error = std::max(b.start, from + (bad >= 0 ? bad : incomplete));
            b.lines = Utf8Text::countLineFeeds(p + b.start, b.error - b.start);
            b.out.clear();
            return;
        }
        if (part == 1)
            b.lines = lines;
    }
    const qsizetype u0 = units[0], u1 = units[1], u2 = units[2];
    Redactor::findSpansInto(QStringView(u, u0 + u1 + u2), rules, u0, b.spans, false);
    const qsizetype cutUnit = u0 + u1;
    while (!b.spans.isEmpty() && b.spans.back().start >= cutUnit)
        b.spans.removeLast();

    // Outside the removed spans the output is the input's own bytes: no encoding back from UTF-16.
    // At most the bytes up to the end (a forced cut may move into the lookahead) and a marker per span.
    b.out.resize(b.end - b.start + b.spans.size() * marker.size());
    char *o = b.out.data();
    qsizetype byte = b.start, unit = u0;
    for (const RedactionSpan &s : std::as_const(b.spans)) {
        if (s.action != RedactionSpan::Action::Remove)
            continue;
        const qsizetype first = Utf8Text::advanceUnits(p, byte, s.start - unit, b.end);
        std::memcpy(o, p + byte, size_t(first - byte));
        o += first - byte;
        std::memcpy(o, marker.constData(), size_t(marker.size()));
        o += marker.size();
        // Line breaks stay, after the marker: the text keeps its line count. Printable ASCII holds none (they are
        // \n, \r, U+0085, U+2028 and U+2029), and most removed numbers are nothing else.
        const qsizetype last = Utf8Text::advanceUnits(p, first, s.end - s.start, b.end);
        if (std::all_of(p + first, p + last, [](unsigned char c) { return c >= 0x20 && c < 0x80; })) {
            byte = last;
            unit = s.end;
            continue;
        }
        byte = first;
        for (unit = s.start; unit < s.end;) {
            int width;
            const char32_t c = Utf8Text::at(p, byte, width);
            if (c < 0x10000 && CharClass::table()[c] == CharClass::LineBreak) {
                std::memcpy(o, p + byte, size_t(width));
                o += width;
            }
            byte += width;
            unit += width == 4 ? 2 : 1;
        }
    }
    // A forced cut inside the last span moves behind it; a safe cut is never inside a span (see above).
    Q_ASSERT(b.forced || byte <= b.cut);
    if (byte > b.cut) {
        b.lines += Utf8Text::countLineFeeds(p + b.cut, byte - b.cut);
        b.cut = byte;
    } else {
        std::memcpy(o, p + byte, size_t(b.cut - byte));
        o += b.cut - byte;
    }
    b.out.resize(o - b.out.data());
}

Status RedactionFilter::feedFast(QByteArrayView bytes)
{
    m_raw.append(bytes.data(), bytes.size());
    const auto *p = reinterpret_cast<const unsigned char *>(m_raw.constData());
    // Hold back a character the chunk cuts off: the last lead byte, when its sequence is longer than what
    // follows it. Whether the bytes are valid is for the blocks to find.
    const qsizetype n = m_raw.size();
    m_complete = n;
    for (qsizetype k = n - 1; k >= std::max<qsizetype>(0, n - 4); --k) {
        if (Utf8Text::isContinuation(p[k]))
            continue;
        const int length = p[k] >= 0xF0 ? 4 : p[k] >= 0xE0 ? 3 : p[k] >= 0xC0 ? 2 : 1;
        if (k + length > n)
            m_complete = k;
        break;
    }
    notePeak();
    if (Status s = runFast(false))
        return s;
    trimRaw();
    return std::nullopt;
}

Status RedactionFilter::runFast(bool atEnd)
{
    const auto *p = reinterpret_cast<const unsigned char *>(m_raw.constData());
    const qsizetype n = m_complete;
    if (atEnd) {
        if (n > m_done)
            if (Status s = cutBlock(n, n, false))
                return s;
        return writeAll();
    }
    const qsizetype hi = n - kBlockContext; // a cut needs its lookahead
    if (hi - m_done < m_blockBytes)
        return std::nullopt;
    const qsizetype cut = lastSafeCut(p, std::max(m_done, m_searched), hi, m_rules.spelledDigits);
    m_searched = hi;
    if (cut > 0) {
        qsizetype end = cut + kBlockContext;
        while (end < n && Utf8Text::isContinuation(p[end]))
            ++end;
        return cutBlock(cut, end, false);
    }
    if (n - m_done > kMaxBuffer) {
        // No safe cut in kMaxBuffer bytes: force one kContext bytes before the end, as the slow path does.
        qsizetype forced = n - kContext;
        while (forced < n && Utf8Text::isContinuation(p[forced]))
            ++forced;
        return cutBlock(forced, n, true);
    }
    return std::nullopt;
}

// The worker threads: they take blocks in the order given and judge them; a block is done when its `pending`
// flag (guarded by the mutex) is cleared.
class RedactionFilter::Workers
{
public:
    explicit Workers(RedactionFilter *filter)
        : m_filter(filter)
    { }

    ~Workers()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_work.notify_all();
        for (std::thread &t : m_threads)
            t.join(); // after the blocks already given are judged
    }

    // At least one thread, or false.
    bool start(int count)
    {
        try {
            for (int k = 0; k < count; ++k)
                m_threads.emplace_back([this] { run(); });
        } catch (const std::system_error &) {
            // Fewer threads than asked: those there are will do.
        }
        return !m_threads.empty();
    }

    void submit(Block *b)
    {
        {
            const std::lock_guard lock(m_mutex);
            b->pending = true;
            m_jobs.push_back(b);
        }
        m_work.notify_one();
    }

    bool isDone(const Block *b)
    {
        const std::lock_guard lock(m_mutex);
        return !b->pending;
    }

    void wait(const Block *b)
    {
        std::unique_lock lock(m_mutex);
        m_done.wait(lock, [b] { return !b->pending; });
    }

private:
    void run()
    {
        for (;;) {
            Block *b = nullptr;
            {
                std::unique_lock lock(m_mutex);
                m_work.wait(lock, [this] { return m_stop || !m_jobs.empty(); });
                if (m_jobs.empty())
                    return;
                b = m_jobs.front();
                m_jobs.pop_front();
            }
            judgeBlock(*b, m_filter->m_rules, m_filter->m_markerUtf8);
            {
                const std::lock_guard lock(m_mutex);
                b->pending = false;
            }
            m_done.notify_all();
        }
    }

    RedactionFilter *m_filter;
    std::mutex m_mutex;
    std::condition_variable m_work;
    std::condition_variable m_done;
    std::deque<Block *> m_jobs;
    bool m_stop = false;
    std::vector<std::thread> m_threads;
};

// The worker threads, started with the first block worth one; false when no thread can be had.
bool RedactionFilter::startWorkers()
{
    if (!m_workers) {
        m_workers = std::make_unique<Workers>(this);
        m_workersStarted = m_workers->start(judgedAtOnce());
    }
    return m_workersStarted;
}

int RedactionFilter::judgedAtOnce()
{
    static const int n = std::clamp(int(std::thread::hardware_concurrency()), 2, 8);
    return n;
}

// The block from m_done to `cut`, with its context and lookahead, copied and handed to a worker thread (a
// small one is judged here); m_done moves to the cut. Blocks already judged are written, and while
// judgedAtOnce() are being judged, the first of them is waited for. A forced cut may move behind a span, so the
// next block cannot be cut before it is judged: it is judged here, after everything before it is written.
Status RedactionFilter::cutBlock(qsizetype cut, qsizetype end, bool forced)
{
    const char *raw = m_raw.constData();
    qsizetype context = std::max<qsizetype>(0, m_done - kBlockContext);
    while (context > 0 && Utf8Text::isContinuation(static_cast<unsigned char>(raw[context])))
        --context;
    std::unique_ptr<Block> b;
    if (m_spare.empty()) {
        b = std::make_unique<Block>();
    } else {
        b = std::move(m_spare.back());
        m_spare.pop_back();
    }
    b->bytes.resize(end - context);
    std::memcpy(b->bytes.data(), raw + context, size_t(end - context));
    b->start = m_done - context;
    b->cut = cut - context;
    b->end = end - context;
    b->forced = forced;
    if (forced) {
        if (Status s = writeAll())
            return s;
        judgeBlock(*b, m_rules, m_markerUtf8);
        m_done = context + b->cut; // perhaps behind the span the cut fell into
        m_searched = std::max(m_searched, m_done);
        m_queue.push_back(std::move(b));
        return writeAll();
    }
    m_done = cut;
    if (b->cut - b->start < kParallelBlock || !startWorkers())
        judgeBlock(*b, m_rules, m_markerUtf8);
    else
        m_workers->submit(b.get());
    m_queue.push_back(std::move(b));
    notePeak();
    while (!m_queue.empty()) {
        if (m_workers && !m_workers->isDone(m_queue.front().get()) && qsizetype(m_queue.size()) < judgedAtOnce())
            break;
        if (Status s = writeFront())
            return s;
    }
    return std::nullopt;
}

// The bytes read and not yet written: the buffer and the blocks' copies.
void RedactionFilter::notePeak()
{
    qsizetype held = m_raw.size();
    for (const std::unique_ptr<Block> &q : m_queue)
        held += q->bytes.size();
    m_peakBuffer = std::max(m_peakBuffer, held);
}

// Waits for the first block in the queue and writes it, or reports its invalid byte.
Status RedactionFilter::writeFront()
{
    std::unique_ptr<Block> b = std::move(m_queue.front());
    m_queue.pop_front();
    if (m_workers)
        m_workers->wait(b.get());
    if (b->error >= 0) {
        const unsigned char byte = static_cast<unsigned char>(b->bytes.at(b->error));
        const qint64 line = m_bytesLines + b->lines + 1;
        for (const std::unique_ptr<Block> &q : m_queue)
            m_workers->wait(q.get()); // before the blocks still being judged go
        m_queue.clear();
        return invalidUtf8(line, byte);
    }
    if (output && !b->out.isEmpty())
        output(QByteArrayView(b->out));
    m_bytesLines += b->lines;
    m_spare.push_back(std::move(b));
    return std::nullopt;
}

Status RedactionFilter::writeAll()
{
    while (!m_queue.empty())
        if (Status s = writeFront())
            return s;
    return std::nullopt;
}

// Drops the bytes no block and no context needs any more (blocks hold their own copies).
void RedactionFilter::trimRaw()
{
    qsizetype keep = std::max<qsizetype>(0, m_done - kContext);
    const auto *p = reinterpret_cast<const unsigned char *>(m_raw.constData());
    while (keep > 0 && Utf8Text::isContinuation(p[keep]))
        --keep;
    if (keep == 0)
        return;
    // Moved within the same allocation: QByteArray::remove() at the front leaves the space there, and the
    // next append would reallocate.
    char *d = m_raw.data();
    std::memmove(d, d + keep, size_t(m_raw.size() - keep));
    m_raw.resize(m_raw.size() - keep);
    m_complete -= keep;
    m_done -= keep;
    m_searched = std::max<qsizetype>(0, m_searched - keep);
}
