// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chats/chataudit.h"
#include "chats/chatsink.h"
#include "chats/redactiontally.h"
#include "redaction/ruleset.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

class ImportContext;

// A conversation as a storing sink writes it: every text already redacted.
struct RedactedConversation
{
    QString externalId; // the export's id, redacted when it holds an identity number
    QString reference; // redacted like the text
    QDateTime first, last; // of its messages with a time; invalid when none has one
    qint64 messages = 0;
    qint64 removed = 0; // spans the redaction removed
    QString ruleSet; // the id of the rule set the text went through, e.g. standard@2
};

// A message as a storing sink writes it: `text` is the REDACTED text.
struct RedactedMessage
{
    qint64 seq = 0; // 1, 2, ... within its conversation
    QString externalId; // redacted when it holds an identity number
    QDateTime sentAt;
    QString sender;
    QString text;
};

// The backend-neutral part of storing a chat import: parts joined into their conversations, implausible times
// skipped, every text redacted with the import's rule set in memory, the tally, the audit entry and the notes.
// A backend only writes what it is handed (the protected hooks), which is redacted already: raw chat text
// never reaches any storage through this class.
class RedactingChatSink : public ChatSink
{
public:
    RedactingChatSink(ImportContext &ctx, RuleSet rules, QString marker);

    Status addConversation(const ChatConversationRecord &conversation) final;
    // The rules run again on the stored text, which they leave as it is (what they remove is gone already);
    // should they find more, that goes too and counts as removed: a copy never carries what they would remove.
    Status addStored(const StoredConversation &conversation, const QList<StoredMessage> &messages) final;
    // Ends the backend's writes, then stores the audit entry and puts the counts per rule in ctx.notes; for a
    // copy (only addStored) only the writes: the copied audit log tells how the text was redacted.
    Status finish() final;

    // A storing sink for `ctx`'s rule set and marker (ctx.options), made by `make`; a sink that refuses the
    // import with a clear reason when the rule set does not exist.
    using Make = std::function<std::unique_ptr<ChatSink>(const RuleSet &rules, const QString &marker)>;
    static std::unique_ptr<ChatSink> open(ImportContext &ctx, const Make &make);
    // A sink that refuses every call with `reason` (for `ctx`'s file).
    static std::unique_ptr<ChatSink> refusing(const ImportContext &ctx, const QString &reason);

    // Ids come from the chat tool and are kept as they are (an 8-digit ticket number is not personal data),
    // unless one holds an identity number: then it is redacted like the text.
    static QString safeId(const QString &id, const RuleSet &rules, const QString &marker);

protected:
    // What the import history says about the running import.
    struct ImportFacts
    {
        QString sha256;
        QString osUser;
        QString format;
    };

    ImportContext &context() const { return m_ctx; }

    // Stores a new conversation; returns its id.
    virtual Expected<qint64> insertConversation(const RedactedConversation &conversation) = 0;
    // A conversation grown by a later part: its counts and time range are written again.
    virtual Status updateConversation(qint64 id, const RedactedConversation &conversation) = 0;
    virtual Status insertMessages(qint64 conversationId, const QList<RedactedMessage> &messages) = 0;
    // Called by finish() before the audit entry: whatever the backend still holds back is written.
    virtual Status flush() { return {}; }
    virtual ImportFacts importFacts() = 0;
    virtual Status recordAudit(const ChatAuditEntry &entry) = 0;

private:
    // A conversation with more parts to come.
    struct OpenConversation
    {
        qint64 id = 0;
        RedactedConversation row;
    };

    ImportContext &m_ctx;
    RuleSet m_rules;
    QString m_marker;
    // Conversations with more parts to come, by the export's id (raw, in memory only).
    QHash<QString, OpenConversation> m_open;
    RedactionTally m_tally;
    qint64 m_conversations = 0;
    qint64 m_messages = 0;
    bool m_copied = false; // addStored was called
};
