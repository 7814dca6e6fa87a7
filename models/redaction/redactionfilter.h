// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "redaction/redactor.h"
#include "redaction/ruleset.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QMap>
#include <QString>

#include <functional>

// Streams UTF-8 text through the redaction engine with flat memory: bytes come in chunks of any size, the
// decoded text is judged up to a safe cut (a point no number, address or spelled run can cross) and
// written out; only a short tail plus some read-only context is carried to the next chunk. The output is
// exactly the input outside removed spans, byte for byte (BOM, CRLF, trailing spaces, final newline or not).
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

    // Receives the redacted text as UTF-8 (not called when previewing).
    std::function<void(QByteArrayView)> output;
    // When set, the filter previews: every span (removed and kept) goes here and no text is written.
    std::function<void(const Hit &)> preview;

    // Invalid UTF-8 gives `FILE:LINE: reason`; after an error the filter must not be fed again.
    Status feed(QByteArrayView bytes);
    Status finish();

    // Removed (and kept) spans so far, per rule id (counted when previewing).
    const QMap<QString, qint64> &counts() const { return m_counts; }
    // Largest text buffer held at any time (UTF-16 code units): shows the memory stays flat.
    qsizetype peakBuffer() const { return m_peakBuffer; }

    // Decoder limits, exposed for tests.
    static constexpr qsizetype kContext = 64; // read-only context kept before a cut, lookahead after it
    static constexpr qsizetype kMaxBuffer = 4 << 20; // beyond this a cut is forced (pathological input)

private:
    Status decode(QByteArrayView bytes);
    qsizetype safeCut() const;
    void process(qsizetype cut);
    void advancePosition(QStringView text);
    void writeRedacted(QStringView all, const QList<RedactionSpan> &spans, qsizetype cut);

    RuleSet m_rules;
    QString m_marker;
    QByteArray m_markerUtf8;
    QByteArray m_outBytes; // reused for every chunk's output
    QList<RedactionSpan> m_spans;
    QString m_fileName;
    QByteArray m_pending; // an incomplete UTF-8 sequence at the end of the last chunk
    qint64 m_bytesLines = 0; // line breaks in the bytes already decoded, for error messages
    bool m_atStart = true;
    QString m_buffer; // decoded text: [0, m_from) is context already written, the rest is pending
    qsizetype m_from = 0;
    qint64 m_line = 1; // position of m_buffer[m_from] in the input, for the preview
    qint64 m_column = 1;
    QMap<QString, qint64> m_counts;
    qsizetype m_peakBuffer = 0;
};
