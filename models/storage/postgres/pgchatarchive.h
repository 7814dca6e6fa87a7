// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chats/chatarchive.h"

#include <functional>

class PgConnection;

// The chats area on a team workspace (PostgreSQL): chat_conversations, chat_messages with a search column
// that finds what the SQLite workspace's FTS5 index finds (pgchatsearch.h), chat_audit and chat_settings
// (schema/1/30-chats.sql); the same results as the SQLite backend for the same calls. Purges and rewrites run
// in their own transaction and end with VACUUM FULL of the chat tables, so that the server's table files keep
// no old row. Uses one connection, so it lives on that connection's thread.
class PgChatArchive final : public ChatArchive
{
public:
    // How long a purge or rewrite waits for a running import of chats, then says the workspace is busy.
    static constexpr int kChangeLockWaitSeconds = 15;
    // The meta key that says a member purged or rewrote chats, whose old rows only the owner can compact away.
    static constexpr const char *kCompactionMark = "chats.compaction_pending";

    // For the tables' owner: compacts the chat tables if a member's purge or rewrite left old rows in their
    // files (VACUUM FULL; outside a transaction). True when it did; false for anyone else or when nothing waits.
    Expected<bool> compactIfMarked();

    explicit PgChatArchive(PgConnection &conn)
        : m_conn(conn)
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
    Status recordAudit(const ChatAuditEntry &entry) override { return recordAudit(m_conn, entry); }
    QList<ChatAuditEntry> auditLog() override;

    // For the store, inside its import's transaction.
    static Status recordAudit(PgConnection &conn, const ChatAuditEntry &entry);

private:
    Expected<bool> ownsChatTables();
    Status compact();

    Expected<QList<StoredMessage>> readMessages(const QByteArray &where, const QByteArrayList &params, int limit);
    // Runs `change` in a transaction of its own, then compacts the chat tables (see the class comment).
    template <typename T> Expected<T> inOwnTransaction(const std::function<Expected<T>()> &change);

    PgConnection &m_conn;
};

// The storing sink of a team workspace's chats area (pgchatsink.cpp), for an import running in `conn`'s open
// transaction: it writes only what RedactingChatSink hands it, which is redacted already.
std::unique_ptr<ChatSink> openPgChatStore(PgConnection &conn, ImportContext &ctx);
