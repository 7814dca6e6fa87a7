// SPDX-License-Identifier: GPL-3.0-or-later
// The streaming RedactionFilter. The first byte picks the rule set, preview or not, and the block size (small,
// so that block edges fall everywhere); the second seeds the chunk sizes the input is fed in; the rest is the
// file. Checks the filter's promise: for valid UTF-8 its output is byte for byte what the engine gives on the
// whole text at once, however the input is chunked.
#include "fuzzsupport.h"
#include "redaction/redactionfilter.h"

#include <QStringDecoder>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzSupport::init();
    if (size < 2)
        return 0;
    static const RuleSet kRules[] = { RuleSet::standard(), *RuleSet::byName(QStringLiteral("strict")),
        *RuleSet::byName(QStringLiteral("audit")) };
    const RuleSet &rules = kRules[data[0] % 3];
    const bool previewing = data[0] & 0x80;
    const QString marker = QStringLiteral("[x]");
    const QByteArrayView input(reinterpret_cast<const char *>(data) + 2, qsizetype(size - 2));

    RedactionFilter filter(rules, marker, QStringLiteral("input.txt"));
    filter.setBlockBytes(1 + ((data[0] >> 2) & 0x1f) * 8);
    QByteArray out;
    qint64 lastLine = 0;
    if (previewing) {
        filter.preview = [&](const RedactionFilter::Hit &hit) {
            if (hit.line < lastLine || hit.endLine < hit.line || hit.line < 1 || hit.column < 1)
                FuzzSupport::fail("RedactionFilter: a preview hit out of order or before the start");
            lastLine = hit.line;
        };
    } else {
        filter.output = [&](QByteArrayView bytes) { out.append(bytes); };
    }
    quint32 seed = data[1] * 2654435761u + 1;
    Status status;
    for (qsizetype at = 0; at < input.size() && !status;) {
        seed = seed * 1103515245u + 12345u;
        const qsizetype chunk = qMin<qsizetype>(input.size() - at, 1 + (seed >> 16) % 97);
        status = filter.feed(input.sliced(at, chunk));
        at += chunk;
    }
    if (!status)
        status = filter.finish();
    if (status || previewing)
        return 0;
    // The filter keeps a leading BOM as text (byte for byte); QString::fromUtf8 would drop it.
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::ConvertInitialBom);
    const QString whole = decoder(input);
    if (out != Redactor::redact(whole, rules, marker).toUtf8())
        FuzzSupport::fail("RedactionFilter: the streamed output differs from the engine's on the whole text");
    return 0;
}
