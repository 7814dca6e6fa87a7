// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chats/chatarchive.h"

#include <QSqlDatabase>

// The chats area on SQLite: chat_conversations, chat_messages with an FTS5 index over the redacted text
// (external content, kept in step by triggers), chat_audit, and the retention setting in meta. Deletions and
// rewrites run with secure_delete and end with a WAL checkpoint (TRUNCATE), so no old page survives.
class SqliteChatArchive : public ChatArchive
{
public:
    explicit SqliteChatArchive(QSqlDatabase db)
        : m_db(std::move(db))
    { }

    std::unique_ptr<ChatSink> openSink(ImportContext &ctx) override;
    QList<StoredConversation> conversations(const QString &search = {}, int limit = -1) override;
    QList<StoredMessage> messages(qint64 conversationId) override;
    Expected<QList<StoredMessage>> allMessages(const QString &search = {}, int limit = -1) override;
    ChatCounts counts() override;
    int retentionDays() override;
    Status setRetentionDays(int days) override;
    qint64 expiredCount(int days, const QDateTime &now = QDateTime::currentDateTimeUtc()) override;
    Expected<qint64> purgeOlderThan(int days, const QDateTime &now = QDateTime::currentDateTimeUtc()) override;
    Expected<RuleSetPreview> previewRuleSet(const RuleSet &rules, const QString &marker) override;
    Expected<RuleSetPreview> applyRuleSet(const RuleSet &rules, const QString &marker) override;
    Status describeImport(qint64 importId, ImportFootprint &into) override;
    Status removeImport(qint64 importId) override;
    Status settleDeletion() override;
    Status recordAudit(const ChatAuditEntry &entry) override { return recordAudit(m_db, entry); }
    QList<ChatAuditEntry> auditLog() override;

    // For the store, inside its import's transaction.
    static Status recordAudit(QSqlDatabase &db, const ChatAuditEntry &entry);
    // The user's words as an FTS5 query: each word quoted, all must occur (prefix match on the last).
    static QString ftsQuery(const QString &search);

private:
    QSqlDatabase m_db;
};

// The storing sink for an import running in `db`'s open transaction (ctx.importId set): it redacts every message
// with ctx.options.ruleSet / marker BEFORE anything is bound to SQL, so raw chat text never reaches the workspace;
// finish() writes the audit entry and puts the counts per rule in ctx.notes. An unknown rule set gives a sink
// that refuses the import with a clear reason.
std::unique_ptr<ChatSink> openChatStore(QSqlDatabase &db, ImportContext &ctx);
