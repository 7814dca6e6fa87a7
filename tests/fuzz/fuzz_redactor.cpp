// SPDX-License-Identifier: GPL-3.0-or-later
// The redaction engine's general path. The first byte picks the rule set (standard, strict, audit), the start
// of the judged part (`from`) and whether removed spans leave a marker; the rest is UTF-8 text. Checks the
// engine's promises: spans sorted, apart and inside the text; the shortcuts give exactly the general
// judgement's spans; apply() keeps everything outside removed spans and the line count.
#include "fuzzsupport.h"
#include "redaction/redactor.h"

namespace {

bool sameSpans(const QList<RedactionSpan> &a, const QList<RedactionSpan> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].start != b[i].start || a[i].end != b[i].end || a[i].rule != b[i].rule || a[i].action != b[i].action
            || a[i].isIdentityNumber != b[i].isIdentityNumber || a[i].idKind != b[i].idKind)
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzSupport::init();
    if (size < 1)
        return 0;
    static const RuleSet kRules[] = { RuleSet::standard(), *RuleSet::byName(QStringLiteral("strict")),
        *RuleSet::byName(QStringLiteral("audit")) };
    const RuleSet &rules = kRules[data[0] % 3];
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    const qsizetype from = (data[0] & 0x80) ? qMin<qsizetype>(text.size(), (data[0] >> 2) & 0x1f) : 0;

    QList<RedactionSpan> fast, general;
    Redactor::findSpansInto(text, rules, from, fast, true, Redactor::Shortcuts::On);
    Redactor::findSpansInto(text, rules, from, general, true, Redactor::Shortcuts::Off);
    if (!sameSpans(fast, general))
        FuzzSupport::fail("Redactor: the shortcuts and the general judgement disagree");
    qsizetype end = 0;
    for (const RedactionSpan &s : fast) {
        if (s.start < end || s.end <= s.start || s.end > text.size())
            FuzzSupport::fail("Redactor: spans overlap, are empty or leave the text");
        end = s.end;
    }
    const QString marker = (data[0] & 0x40) ? QString() : QStringLiteral("[x]");
    const QString out = Redactor::apply(text, fast, marker);
    if (out.count(u'\n') != text.count(u'\n'))
        FuzzSupport::fail("Redactor: apply() changed the line count");
    if (from == 0 && out != Redactor::redact(text, rules, marker))
        FuzzSupport::fail("Redactor: redact() differs from findSpans() + apply()");
    return 0;
}
