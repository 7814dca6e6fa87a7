// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chats/chataudit.h"
#include "chats/chatsink.h"
#include "chats/redactiontally.h"
#include "core/error.h"
#include "redaction/redactor.h"
#include "redaction/ruleset.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

class ImportContext;
struct ImportFootprint;

// A stored conversation (its text is redacted).
struct StoredConversation
{
    qint64 id = 0;
    qint64 importId = 0;
    QString externalId;
    QString reference;
    QDateTime startedAt; // UTC; invalid when unknown
    QDateTime endedAt;
    qint64 messageCount = 0;
    qint64 removedCount = 0;
    QString ruleSet;
};

// A stored message; `text` is the redacted text.
struct StoredMessage
{
    qint64 id = 0;
    qint64 conversationId = 0;
    QString conversationExternalId;
    int seq = 0;
    QString externalId; // the message's id in the export (redacted when it held an identity number)
    QDateTime sentAt;
    QString sender; // role
    QString text;
};

struct ChatCounts
{
    qint64 conversations = 0;
    qint64 messages = 0;
    qint64 removed = 0;
    qint64 auditEntries = 0;
};

// What a new rule set would remove from one stored message in addition to what is already gone.
struct RuleSetAddition
{
    StoredMessage message;
    QList<RedactionSpan> spans; // Remove spans in message.text
    QString newText;
};

// The result of previewing a rule set on the stored text.
struct RuleSetPreview
{
    QString ruleSet; // id
    QList<RuleSetAddition> additions;
    RedactionTally tally;
    qint64 messagesScanned = 0;
};

// The chats area's port: the stored, redacted conversations, their maintenance (retention, a stricter rule set)
// and the redaction audit log. Only redacted text ever crosses it towards storage: the sink redacts before it
// stores.
class ChatArchive
{
public:
    virtual ~ChatArchive() = default;

    // The sink chat importers write to, inside the import's transaction: it redacts with ctx.options' rule set.
    virtual std::unique_ptr<ChatSink> openSink(ImportContext &ctx) = 0;

    // Conversations, newest first. With `search`, only those with a message matching the full-text search.
    virtual QList<StoredConversation> conversations(const QString &search = {}, int limit = -1) = 0;
    virtual QList<StoredMessage> messages(qint64 conversationId) = 0;
    // Messages across conversations in conversation then message order (the CLI's listing); `search`
    // restricts to messages matching the full-text search.
    virtual Expected<QList<StoredMessage>> allMessages(const QString &search = {}, int limit = -1) = 0;
    virtual ChatCounts counts() = 0;

    // Retention in days after a conversation's last message; 0 = off (the default).
    virtual int retentionDays() = 0;
    virtual Status setRetentionDays(int days) = 0;
    // How many conversations a retention of `days` would delete now.
    virtual qint64 expiredCount(int days, const QDateTime &now = QDateTime::currentDateTimeUtc()) = 0;
    // Deletes conversations whose last message is older than the retention period, so that nothing of them
    // survives in the storage's own files, with an audit entry. Returns the number deleted.
    Expected<qint64> purgeExpired(const QDateTime &now = QDateTime::currentDateTimeUtc())
    {
        return purgeOlderThan(retentionDays(), now);
    }
    // The same for conversations whose last message is older than `days` (kapsel-cli chats purge --older-than),
    // whatever the retention period; `days` <= 0 deletes nothing.
    virtual Expected<qint64> purgeOlderThan(int days, const QDateTime &now = QDateTime::currentDateTimeUtc()) = 0;

    // What `rules` would remove from the STORED text in addition.
    virtual Expected<RuleSetPreview> previewRuleSet(const RuleSet &rules, const QString &marker) = 0;
    // Rewrites the stored text with `rules`, with an audit entry; nothing of the old text survives.
    virtual Expected<RuleSetPreview> applyRuleSet(const RuleSet &rules, const QString &marker) = 0;

    // What one import stored (ImportRemoval): its conversations and their messages.
    virtual Status describeImport(qint64 importId, ImportFootprint &into) = 0;
    // Deletes them inside the caller's write transaction, the search index's words of them included.
    virtual Status removeImport(qint64 importId) = 0;
    // After the commit of such a deletion: leaves nothing of the deleted text in the storage's own files, as a
    // purge does.
    virtual Status settleDeletion() = 0;

    virtual Status recordAudit(const ChatAuditEntry &entry) = 0;
    virtual QList<ChatAuditEntry> auditLog() = 0; // newest first
};
