// SPDX-License-Identifier: GPL-3.0-or-later
#include "redaction/redactor.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

// Placeholder engine (bare ASCII runs of 7+ digits) until the real rules land.
QList<RedactionSpan> Redactor::findSpans(QStringView text, const RuleSet &rules)
{
    Q_UNUSED(rules);
    static const QRegularExpression re(u"[0-9]{7,}"_s);
    QList<RedactionSpan> spans;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        spans << RedactionSpan{m.capturedStart(), m.capturedEnd(), u"R2"_s};
    }
    return spans;
}

QString Redactor::apply(QStringView text, const QList<RedactionSpan> &spans, const QString &marker)
{
    QString out;
    qsizetype pos = 0;
    for (const RedactionSpan &s : spans) {
        if (s.action != RedactionSpan::Action::Remove)
            continue;
        out += text.mid(pos, s.start - pos);
        out += marker;
        for (QChar c : text.mid(s.start, s.end - s.start))
            if (c == u'\n')
                out += c;
        pos = s.end;
    }
    out += text.mid(pos);
    return out;
}

QString Redactor::redact(QStringView text, const RuleSet &rules, const QString &marker)
{
    return apply(text, findSpans(text, rules), marker);
}
