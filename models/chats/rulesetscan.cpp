// SPDX-License-Identifier: GPL-3.0-or-later
#include "chats/rulesetscan.h"

#include <QSet>

using namespace Qt::StringLiterals;

RuleSetScan::RuleSetScan(const RuleSet &rules, QString marker)
    : m_rules(rules)
    , m_marker(std::move(marker))
{
    m_preview.ruleSet = rules.id();
}

void RuleSetScan::add(StoredMessage message)
{
    ++m_preview.messagesScanned;
    QList<RedactionSpan> spans = Redactor::findSpans(message.text, m_rules);
    spans.removeIf([](const RedactionSpan &s) { return s.action != RedactionSpan::Action::Remove; });
    if (spans.isEmpty())
        return;
    m_preview.tally.add(spans);
    RuleSetAddition a;
    a.newText = Redactor::apply(message.text, spans, m_marker);
    a.message = std::move(message);
    a.spans = std::move(spans);
    m_preview.additions << std::move(a);
}

ChatAuditEntry RuleSetScan::reapplyEntry(const RuleSetPreview &applied, const QString &osUser)
{
    QSet<qint64> conversations;
    for (const RuleSetAddition &a : applied.additions)
        conversations.insert(a.message.conversationId);
    ChatAuditEntry e;
    e.osUser = osUser;
    e.action = u"reapply"_s;
    e.ruleSet = applied.ruleSet;
    e.conversations = conversations.size();
    e.messages = applied.additions.size();
    e.tally = applied.tally;
    return e;
}
