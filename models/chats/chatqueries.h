// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chats/redactiontally.h"
#include "core/error.h"
#include "redaction/redactor.h"
#include "redaction/ruleset.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

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

// Read and maintenance queries over the stored, redacted conversations. All SQL of the chat area lives
// here and in the store; views and the CLI call these.
class ChatQueries
{
    Q_DECLARE_TR_FUNCTIONS(ChatQueries)

public:
    // Conversations, newest first. With `search`, only those with a message matching the full-text search.
    static QList<StoredConversation> conversations(QSqlDatabase &db, const QString &search = {}, int limit = -1);
    static QList<StoredMessage> messages(QSqlDatabase &db, qint64 conversationId);
    // Messages across conversations in conversation then message order (the CLI's listing); `search`
    // restricts to messages matching the full-text search.
    static Expected<QList<StoredMessage>> allMessages(QSqlDatabase &db, const QString &search = {}, int limit = -1);
    static ChatCounts counts(QSqlDatabase &db);

    // The user's words as an FTS5 query: each word quoted, all must occur (prefix match on the last).
    static QString ftsQuery(const QString &search);

    // Retention in days after a conversation's last message; 0 = off (the default).
    static int retentionDays(QSqlDatabase &db);
    static Status setRetentionDays(QSqlDatabase &db, int days);
    // How many conversations a retention of `days` would delete now.
    static qint64 expiredCount(QSqlDatabase &db, int days, const QDateTime &now = QDateTime::currentDateTimeUtc());
    // Deletes conversations whose last message is older than the retention period (secure_delete, WAL
    // checkpointed), with an audit entry. Returns the number of conversations deleted.
    static Expected<qint64> purgeExpired(QSqlDatabase &db, const QDateTime &now = QDateTime::currentDateTimeUtc());

    // What `rules` would remove from the STORED text in addition.
    static Expected<RuleSetPreview> previewRuleSet(QSqlDatabase &db, const RuleSet &rules, const QString &marker);
    // Rewrites the stored text with `rules`, rebuilds the full-text index, writes the audit entry, then
    // checkpoints the WAL (TRUNCATE) so no old page survives there.
    static Expected<RuleSetPreview> applyRuleSet(QSqlDatabase &db, const RuleSet &rules, const QString &marker);
};
