// SPDX-License-Identifier: GPL-3.0-or-later
#include "chats/chatpreview.h"

#include "chats/chatsink.h"
#include "core/deferredtext.h"
#include "core/filequote.h"
#include "importers/importcontext.h"
#include "importers/importerregistry.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace {

void wipe(QString &s)
{
    // Overwrite in place (detaching only if shared) so the raw text does not linger in freed memory.
    s.fill(u'\0');
    s.clear();
}

} // namespace

Status CollectingChatSink::addConversation(const ChatConversationRecord &c)
{
    const auto open = c.continuesEarlierPart ? m_open.constFind(c.externalId) : m_open.constEnd();
    qsizetype at = -1;
    if (open != m_open.constEnd()) {
        at = *open;
        m_out[at].messages << c.messages;
    } else if (!c.messages.isEmpty()) {
        at = m_out.size();
        m_out << c;
        m_out.last().continuesEarlierPart = false;
        m_out.last().morePartsFollow = false;
    }
    if (c.morePartsFollow && at >= 0)
        m_open.insert(c.externalId, at);
    else if (open != m_open.constEnd())
        m_open.erase(open);
    return {};
}

Status ChatSink::addStored(const StoredConversation &, const QList<StoredMessage> &)
{
    return Error { QString(), 0, QCoreApplication::translate("ChatSink", "this sink does not store conversations") };
}

ChatPreview::~ChatPreview()
{
    clear();
}

Expected<std::shared_ptr<ChatPreview>> ChatPreview::load(
    const QString &filePath, ImportProgress *progress, const QTimeZone &zone)
{
    const QFileInfo info(filePath);
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return Error { info.fileName(), 0, tr("cannot read the file: %1").arg(file.errorString()) };
    if (file.size() == 0)
        return Error { info.fileName(), 0, tr("the file is empty") };
    const Importer *best = ImporterRegistry::detect(file.peek(64 * 1024), info.fileName(), ImportKind::Chats);
    if (!best)
        return Error { info.fileName(), 1,
            tr("this is not a chat export Kapsel knows (Boost.ai JSON, CSV with conversation_id,timestamp,"
               "sender,text, or a plain-text transcript)") };

    std::shared_ptr<ChatPreview> preview(new ChatPreview);
    preview->m_filePath = info.absoluteFilePath();
    preview->m_importerName = best->name();
    CollectingChatSink sink(preview->m_conversations);
    ImportContext ctx;
    ctx.fileName = info.fileName();
    ctx.filePath = info.absoluteFilePath();
    ctx.totalBytes = file.size();
    ctx.timeZone = zone;
    ctx.progressState = progress;
    ctx.chats = &sink;
    ImporterRegistry::skipUtf8Bom(file);
    if (Status s = best->read(file, ctx))
        return *s;
    if (ctx.cancelled())
        return Error { info.fileName(), 0, tr("opening the file was cancelled") };
    preview->m_notes = DeferredText::show(ctx.notes);
    preview->setRuleSet(RuleSet::standard(), RuleSet::defaultMarker());
    return preview;
}

QString ChatPreview::formatName() const
{
    const Importer *i = ImporterRegistry::byName(m_importerName);
    return i ? i->displayName() : m_importerName;
}

qsizetype ChatPreview::messageCount() const
{
    qsizetype n = 0;
    for (const ChatConversationRecord &c : m_conversations)
        n += c.messages.size();
    return n;
}

ChatPreview::Judgement ChatPreview::judge(const RuleSet &rules, const QString &marker) const
{
    Judgement j { rules, marker, {}, {}, {} };
    const RuleSet standard = RuleSet::standard();
    j.comparedWithStandard = rules.name != standard.name;
    for (const ChatConversationRecord &c : m_conversations) {
        QList<QList<RedactionSpan>> perMessage, beyondPerMessage;
        RedactionTally t;
        for (const ChatMessageRecord &m : c.messages) {
            perMessage << Redactor::findSpans(m.text, rules);
            t.add(perMessage.last());
            if (j.comparedWithStandard) {
                beyondPerMessage << beyond(perMessage.last(), Redactor::findSpans(m.text, standard));
                j.beyondStandardTally.add(beyondPerMessage.last());
            }
        }
        j.spans << perMessage;
        j.beyondStandard << beyondPerMessage;
        j.conversationTallies << t;
        j.tally.add(t);
    }
    return j;
}

QList<RedactionSpan> ChatPreview::beyond(const QList<RedactionSpan> &spans, const QList<RedactionSpan> &baseline)
{
    QList<RedactionSpan> out;
    for (const RedactionSpan &s : spans) {
        if (s.action != RedactionSpan::Action::Remove)
            continue;
        // Walk the baseline's removals (sorted, not overlapping) over the span: any gap is a character it leaves.
        qsizetype covered = s.start;
        for (const RedactionSpan &b : baseline) {
            if (b.action != RedactionSpan::Action::Remove || b.end <= covered)
                continue;
            if (b.start > covered || covered >= s.end)
                break;
            covered = b.end;
        }
        if (covered < s.end)
            out << s;
    }
    return out;
}

const QList<RedactionSpan> &ChatPreview::beyondStandard(qsizetype conversation, qsizetype message) const
{
    static const QList<RedactionSpan> none;
    return m_comparedWithStandard ? m_beyondStandard[conversation][message] : none;
}

void ChatPreview::apply(Judgement judgement)
{
    m_rules = std::move(judgement.rules);
    m_marker = std::move(judgement.marker);
    m_spans = std::move(judgement.spans);
    m_conversationTallies = std::move(judgement.conversationTallies);
    m_tally = judgement.tally;
    m_comparedWithStandard = judgement.comparedWithStandard;
    m_beyondStandard = std::move(judgement.beyondStandard);
    m_beyondStandardTally = judgement.beyondStandardTally;
}

void ChatPreview::setRuleSet(const RuleSet &rules, const QString &marker)
{
    apply(judge(rules, marker));
}

const QList<RedactionSpan> &ChatPreview::spans(qsizetype conversation, qsizetype message) const
{
    return m_spans[conversation][message];
}

QString ChatPreview::redacted(qsizetype conversation, qsizetype message) const
{
    return Redactor::apply(
        m_conversations[conversation].messages[message].text, m_spans[conversation][message], m_marker);
}

void ChatPreview::clear()
{
    for (ChatConversationRecord &c : m_conversations)
        for (ChatMessageRecord &m : c.messages)
            wipe(m.text);
    m_conversations.clear();
    m_spans.clear();
    m_conversationTallies.clear();
    m_tally = RedactionTally();
    m_beyondStandard.clear();
    m_beyondStandardTally = RedactionTally();
}
