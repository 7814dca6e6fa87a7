// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/filequote.h"

#include "core/unsafechar.h"
#include "redaction/redactor.h"

using namespace Qt::StringLiterals;

namespace {

QString cleaned(QStringView text, unsigned keep)
{
    QString out;
    out.reserve(text.size());
    for (const QChar ch : text) {
        // Every character the rule replaces is in the BMP: a surrogate is never one of them.
        const char32_t r = UnsafeChar::replacement(ch.unicode(), keep);
        out += r ? QChar(char16_t(r)) : ch;
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
    return cleaned(text, UnsafeChar::KeepTab | UnsafeChar::KeepLineFeed);
}

QStringList FileQuote::clean(const QStringList &texts)
{
    return eachOf(texts, [](const QString &t) { return clean(t); });
}

QString FileQuote::cleanLine(QStringView text)
{
    return cleaned(text, UnsafeChar::KeepNone);
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
