// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/filequote.h"

#include "redaction/redactor.h"

using namespace Qt::StringLiterals;

namespace {

constexpr char16_t kReplacement = 0xFFFD;

bool hidesText(char16_t c)
{
    // Bidirectional embeddings, overrides and isolates; the line and paragraph separators, which end a
    // terminal line without saying so; the interlinear annotation marks.
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x2028 || c == 0x2029
        || (c >= 0xFFF9 && c <= 0xFFFB) || c == 0x061C || c == 0x200E || c == 0x200F;
}

QString cleaned(QStringView text, bool keepLineBreaks)
{
    QString out;
    out.reserve(text.size());
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (c < 0x20) {
            if (keepLineBreaks && (c == u'\t' || c == u'\n'))
                out += ch;
            else
                out += QChar(char16_t(0x2400 + c)); // U+2400 CONTROL PICTURES: "␛", "␇", "␍", "␊"
        } else if (c == 0x7F) {
            out += QChar(char16_t(0x2421)); // "␡"
        } else if ((c >= 0x80 && c <= 0x9F) || hidesText(c)) {
            out += QChar(kReplacement);
        } else {
            out += ch;
        }
    }
    return out;
}

// Each text of a list through `f`.
template <typename F> QStringList eachOf(const QStringList &texts, F f)
{
    QStringList out;
    out.reserve(texts.size());
    for (const QString &t : texts)
        out << f(t);
    return out;
}

} // namespace

QString FileQuote::clean(QStringView text)
{
    return cleaned(text, true);
}

QStringList FileQuote::clean(const QStringList &texts)
{
    return eachOf(texts, [](const QString &t) { return clean(t); });
}

QString FileQuote::cleanLine(QStringView text)
{
    return cleaned(text, false);
}

QString FileQuote::quote(QStringView text, qsizetype maxChars)
{
    // Redact first, on the text as the file has it, so that an elision never cuts a number in two and leaves
    // its first six digits behind.
    QString out = cleanLine(Redactor::redact(text, RuleSet::standard(), RuleSet::defaultMarker()));
    if (maxChars > 0 && out.size() > maxChars) {
        qsizetype cut = maxChars - 1;
        if (out.at(cut - 1).isHighSurrogate())
            --cut;
        out.truncate(cut);
        out += u'…';
    }
    return out;
}

QStringList FileQuote::quote(const QStringList &texts, qsizetype maxChars)
{
    return eachOf(texts, [maxChars](const QString &t) { return quote(t, maxChars); });
}

QString FileQuote::list(const QStringList &items, qsizetype maxItems, qsizetype maxChars)
{
    QStringList out = quote(items.mid(0, maxItems), maxChars);
    if (items.size() > maxItems)
        out << u"…"_s;
    return out.join(u", "_s);
}

QString FileQuote::scrub(QStringView message)
{
    QList<RedactionSpan> ids = Redactor::findSpans(message, RuleSet::standard());
    ids.removeIf(
        [](const RedactionSpan &s) { return !s.isIdentityNumber || s.action != RedactionSpan::Action::Remove; });
    return clean(ids.isEmpty() ? message : QStringView(Redactor::apply(message, ids, RuleSet::defaultMarker())));
}

QStringList FileQuote::scrub(const QStringList &messages)
{
    return eachOf(messages, [](const QString &m) { return scrub(m); });
}
