// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "redaction/redactor.h"
#include "redaction/ruleset.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QMap>
#include <QString>

#include <algorithm>
#include <deque>
#include <functional>
#include <memory>
#include <vector>

// Streams UTF-8 text through the redaction engine with flat memory: bytes come in chunks of any size, the
// decoded text is judged up to a safe cut (a point no number, address or spelled run can cross) and
// written out; only a short tail plus some read-only context is carried to the next chunk. The output is
// exactly the input outside removed spans, byte for byte (BOM, CRLF, trailing spaces, final newline or not).
//
// Fast path (every rule set, when not previewing): the bytes are cut into blocks at safe cuts found on the
// UTF-8 itself; blocks are judged on worker threads, one per core, and written in order. Why that gives the
// same output as the whole-text engine is explained where the fast path begins in redactionfilter.cpp.
class RedactionFilter
{
    Q_DECLARE_TR_FUNCTIONS(Redactor)

public:
    // One span as the preview shows it: 1-based line and column (in characters) of its first and last
    // character, and its original text.
    struct Hit
    {
        RedactionSpan span;
        qint64 line = 0;
        qint64 column = 0;
        qint64 endLine = 0;
        qint64 endColumn = 0;
        QString original;
    };

    RedactionFilter(const RuleSet &rules, const QString &marker, const QString &fileName);
    ~RedactionFilter();
    Q_DISABLE_COPY_MOVE(RedactionFilter)

    // Receives the redacted text as UTF-8 (not called when previewing).
    std::function<void(QByteArrayView)> output;
    // When set, the filter previews: every span (removed and kept) goes here and no text is written.
    std::function<void(const Hit &)> preview;

    // Invalid UTF-8 gives `FILE:LINE: reason`; after an error the filter must not be fed again.
    Status feed(QByteArrayView bytes);
    Status finish();

    // Fast path: the bytes gathered before a block is cut (the default suits files; tests make it small, so
    // that block edges fall everywhere).
    void setBlockBytes(qsizetype bytes) { m_blockBytes = std::max<qsizetype>(1, bytes); }

    // Removed (and kept) spans so far, per rule id (counted when previewing).
    const QMap<QString, qint64> &counts() const { return m_counts; }
    // Largest text held at any time (UTF-16 code units; on the fast path the UTF-8 bytes read but not written,
    // the blocks being judged included): shows the memory stays flat.
    qsizetype peakBuffer() const { return m_peakBuffer; }

    // Decoder limits, exposed for tests.
    static constexpr qsizetype kContext = 64; // read-only context kept before a cut, lookahead after it
    static constexpr qsizetype kMaxBuffer = 4 << 20; // beyond this a cut is forced (pathological input)
    // Fast path: bytes of context given to the engine before a block, and of lookahead after it.
    static constexpr qsizetype kBlockContext = 16;
    // Blocks smaller than this are judged at once: a worker thread costs more than it saves.
    static constexpr qsizetype kParallelBlock = 32 << 10;
    static constexpr qsizetype kBlockBytes = 512 << 10; // blocks of the fast path
    // Blocks judged at once on worker threads: one per core, at least two, at most eight (memory). Before it
    // reads on, the reading thread waits until fewer are being judged, so it does not compete with them for the
    // cores.
    static int judgedAtOnce();

private:
    enum class Mode { Undecided, Fast, Slow };

    Error invalidUtf8(qint64 line, unsigned char byte) const;

    // Slow path (previews): everything decoded to UTF-16 and judged, every span reported with its line and column.
    Status decode(QByteArrayView bytes);
    qsizetype safeCut() const;
    void process(qsizetype cut);
    void advancePosition(QStringView text);

    // Fast path on the UTF-8 bytes. A block holds a copy of its bytes, so that it can be judged on a worker
    // thread while more input arrives.
    struct Block
    {
        QByteArray bytes; // [0, start) read-only context, [start, cut) to write, [cut, end) lookahead
        qsizetype start = 0;
        qsizetype cut = 0;
        qsizetype end = 0;
        bool forced = false; // the cut is not safe (see runFast)
        qsizetype error = -1; // the first invalid byte at or after start, or -1 (then nothing else is set)
        qint64 lines = 0; // line feeds in [start, cut), or before the invalid byte
        QString text; // buffers reused when the block is
        QList<RedactionSpan> spans;
        QByteArray out;
        bool pending = false; // given to a worker thread and not judged yet (guarded by the workers' mutex)
    };
    class Workers;
    void decideMode();
    Status feedFast(QByteArrayView bytes);
    Status runFast(bool atEnd);
    Status cutBlock(qsizetype cut, qsizetype end, bool forced);
    Status writeFront();
    Status writeAll();
    bool startWorkers();
    void notePeak();
    void trimRaw();
    static void judgeBlock(Block &b, const RuleSet &rules, const QByteArray &marker);

    RuleSet m_rules;
    QByteArray m_markerUtf8;
    QList<RedactionSpan> m_spans;
    QString m_fileName;
    Mode m_mode = Mode::Undecided;
    QByteArray m_pending; // an incomplete UTF-8 sequence at the end of the last chunk
    qint64 m_bytesLines = 0; // line feeds in the bytes already decoded (fast path: before m_done), for errors
    QString m_buffer; // decoded text: [0, m_from) is context already written, the rest is pending
    qsizetype m_from = 0;
    qint64 m_line = 1; // position of m_buffer[m_from] in the input, for the preview
    qint64 m_column = 1;
    QMap<QString, qint64> m_counts;
    qsizetype m_peakBuffer = 0;

    // Fast path state, byte offsets into m_raw.
    // [0, m_complete) whole characters if valid (some read-only context, then pending), then a cut-off sequence.
    // Only blocks validate: before m_done everything is valid.
    QByteArray m_raw;
    qsizetype m_complete = 0;
    qsizetype m_done = 0; // everything before is written or in a block; a safe cut or the start of input
    qsizetype m_searched = 0; // no safe cut in (m_done, m_searched]
    qsizetype m_blockBytes = kBlockBytes;
    std::deque<std::unique_ptr<Block>> m_queue; // cut and not yet written, in input order
    std::vector<std::unique_ptr<Block>> m_spare; // written, kept for their buffers
    std::unique_ptr<Workers> m_workers; // last: goes first, after the blocks given to it are judged
    bool m_workersStarted = false;
};
