// SPDX-License-Identifier: GPL-3.0-or-later
#include "chats/redactingchatsink.h"

#include "chats/chatarchive.h"
#include "core/deferredtext.h"
#include "importers/importcontext.h"
#include "importers/plausiblevalues.h"
#include "redaction/redactor.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

// The context keeps the translations made when this was the SQLite store's code.
struct StoreTr
{
    Q_DECLARE_TR_FUNCTIONS(ChatStore)
};

// Stands in when the import cannot be stored (an unknown rule set), so the user is told why.
class RefusingChatSink : public ChatSink
{
public:
    explicit RefusingChatSink(Error error)
        : m_error(std::move(error))
    { }
    Status addConversation(const ChatConversationRecord &) override { return m_error; }
    Status finish() override { return m_error; }

private:
    Error m_error;
};

} // namespace

RedactingChatSink::RedactingChatSink(ImportContext &ctx, RuleSet rules, QString marker)
    : m_ctx(ctx)
    , m_rules(std::move(rules))
    , m_marker(std::move(marker))
{ }

std::unique_ptr<ChatSink> RedactingChatSink::open(ImportContext &ctx, const Make &make)
{
    const auto rules = RuleSet::byName(ctx.options.ruleSet);
    if (!rules)
        return refusing(ctx,
            StoreTr::tr("unknown rule set \"%1\"; known rule sets: %2")
                .arg(ctx.options.ruleSet, RuleSet::names().join(u", "_s)));
    const QString marker = ctx.options.markerIsEmpty ? QString()
        : ctx.options.marker.isEmpty()               ? RuleSet::defaultMarker()
                                                     : ctx.options.marker;
    return make(*rules, marker);
}

std::unique_ptr<ChatSink> RedactingChatSink::refusing(const ImportContext &ctx, const QString &reason)
{
    return std::make_unique<RefusingChatSink>(Error { ctx.fileName, 0, reason });
}

QString RedactingChatSink::safeId(const QString &id, const RuleSet &rules, const QString &marker)
{
    const QList<RedactionSpan> spans = Redactor::findSpans(id, rules);
    for (const RedactionSpan &s : spans)
        if (s.isIdentityNumber && s.action == RedactionSpan::Action::Remove)
            return Redactor::apply(id, spans, marker.isEmpty() ? u"_"_s : marker);
    return id;
}

Status RedactingChatSink::addConversation(const ChatConversationRecord &c)
{
    const auto open = c.continuesEarlierPart ? m_open.find(c.externalId) : m_open.end();
    const bool continues = open != m_open.end();
    // A last part closes its conversation: the state kept for it goes, whatever the part holds.
    auto closeIfLast = [&] {
        if (continues && !c.morePartsFollow)
            m_open.erase(open);
    };
    if (c.messages.isEmpty()) {
        if (!c.continuesEarlierPart)
            m_ctx.skip(
                DeferredText::marked("ChatStore", QT_TRANSLATE_NOOP("ChatStore", "conversation without messages"))
                    .toStored(),
                c.line);
        closeIfLast();
        return {};
    }
    // A message whose time no export holds is skipped with its line (PlausibleValues); one without a time is
    // kept (retention then counts from its import).
    QList<const ChatMessageRecord *> kept;
    kept.reserve(c.messages.size());
    for (const ChatMessageRecord &m : c.messages) {
        if (!m.sentAt.isValid() || PlausibleValues::acceptTime(m_ctx, m.sentAt.toSecsSinceEpoch(), m.line))
            kept << &m;
    }
    if (kept.isEmpty()) {
        closeIfLast();
        return {};
    }
    // Redact everything first, in memory; only the redacted strings go to the backend.
    const qint64 seqBefore = continues ? open->row.messages : 0;
    QList<RedactedMessage> messages;
    messages.reserve(kept.size());
    RedactionTally tally;
    QDateTime first, last;
    for (const ChatMessageRecord *message : std::as_const(kept)) {
        const ChatMessageRecord &m = *message;
        const QList<RedactionSpan> spans = Redactor::findSpans(m.text, m_rules);
        tally.add(spans);
        messages << RedactedMessage { seqBefore + messages.size() + 1, safeId(m.externalId, m_rules, m_marker),
            m.sentAt, m.sender, Redactor::apply(m.text, spans, m_marker) };
        if (m.sentAt.isValid()) {
            if (!first.isValid() || m.sentAt < first)
                first = m.sentAt;
            if (!last.isValid() || m.sentAt > last)
                last = m.sentAt;
        }
    }
    OpenConversation conversation;
    if (continues) {
        conversation = *open;
        RedactedConversation &row = conversation.row;
        if (!first.isValid() || (row.first.isValid() && row.first < first))
            first = row.first;
        if (!last.isValid() || (row.last.isValid() && row.last > last))
            last = row.last;
        row.first = first;
        row.last = last;
        row.messages += kept.size();
        row.removed += tally.removedTotal();
        if (Status s = updateConversation(conversation.id, row))
            return s;
        if (c.morePartsFollow)
            *open = conversation;
        else
            m_open.erase(open);
    } else {
        // The first part kept (a part whose messages were all dropped started nothing).
        conversation.row = { safeId(c.externalId, m_rules, m_marker), Redactor::redact(c.reference, m_rules, m_marker),
            first, last, kept.size(), tally.removedTotal(), m_rules.id() };
        auto id = insertConversation(conversation.row);
        if (!id)
            return id.error();
        conversation.id = *id;
        ++m_conversations;
        if (c.morePartsFollow)
            m_open.insert(c.externalId, conversation);
    }
    if (Status s = insertMessages(conversation.id, messages))
        return s;
    m_tally.add(tally);
    m_messages += kept.size();
    m_ctx.rowsStored += kept.size();
    return {};
}

Status RedactingChatSink::addStored(const StoredConversation &c, const QList<StoredMessage> &stored)
{
    m_copied = true;
    RedactionTally tally;
    QList<RedactedMessage> messages;
    messages.reserve(stored.size());
    for (const StoredMessage &m : stored) {
        const QList<RedactionSpan> spans = Redactor::findSpans(m.text, m_rules);
        tally.add(spans);
        messages << RedactedMessage { m.seq, safeId(m.externalId, m_rules, m_marker), m.sentAt, m.sender,
            spans.isEmpty() ? m.text : Redactor::apply(m.text, spans, m_marker) };
    }
    const RedactedConversation row { safeId(c.externalId, m_rules, m_marker),
        Redactor::redact(c.reference, m_rules, m_marker), c.startedAt, c.endedAt, c.messageCount,
        c.removedCount + tally.removedTotal(), c.ruleSet };
    auto id = insertConversation(row);
    if (!id)
        return id.error();
    if (Status s = insertMessages(*id, messages))
        return s;
    m_ctx.rowsStored += messages.size();
    return {};
}

Status RedactingChatSink::finish()
{
    if (Status s = flush())
        return s;
    if (m_copied && m_conversations == 0)
        return {};
    ChatAuditEntry e;
    e.at = QDateTime::currentDateTimeUtc();
    e.importId = m_ctx.importId;
    e.fileName = m_ctx.fileName;
    e.ruleSet = m_rules.id();
    e.conversations = m_conversations;
    e.messages = m_messages;
    e.tally = m_tally;
    e.action = u"import"_s;
    const ImportFacts facts = importFacts();
    e.fileSha256 = facts.sha256;
    e.osUser = facts.osUser.isEmpty() ? u"unknown"_s : facts.osUser;
    if (facts.format == u"demo")
        e.action = u"demo"_s;
    if (Status s = recordAudit(e)) {
        Error err = *s;
        err.file = m_ctx.fileName;
        return err;
    }
    m_ctx.notes << DeferredText::marked("ChatStore",
        QT_TRANSLATE_N_NOOP("ChatStore", "Redacted with the rule set %1: %Ln span(s) removed"),
        int(m_tally.removedTotal()))
                       .arg(m_rules.id())
                       .toStored();
    for (const DeferredText &line : m_tally.describeLater())
        m_ctx.notes << line.toStored();
    return {};
}
