// SPDX-License-Identifier: GPL-3.0-or-later
// The chats area's import sink on an SQLite workspace: writes what RedactingChatSink hands it, which is redacted
// already.
#include "chats/redactingchatsink.h"
#include "importers/importcontext.h"
#include "storage/sqlite/sql.h"
#include "storage/sqlite/sqlitechatarchive.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace {

struct StoreTr
{
    Q_DECLARE_TR_FUNCTIONS(ChatStore)
};

// Finalizes a prepared statement when it goes out of scope.
struct Statement
{
    sqlite3_stmt *stmt = nullptr;
    ~Statement() { sqlite3_finalize(stmt); }
};

void bindText(sqlite3_stmt *st, int index, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(st, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void bindTime(sqlite3_stmt *st, int index, const QDateTime &t)
{
    if (t.isValid())
        bindText(st, index, t.toUTC().toString(Qt::ISODateWithMs));
    else
        sqlite3_bind_null(st, index);
}

class ChatStore : public RedactingChatSink
{
public:
    ChatStore(QSqlDatabase &db, ImportContext &ctx, const RuleSet &rules, const QString &marker)
        : RedactingChatSink(ctx, rules, marker)
        , m_db(db)
    { }

    Status prepare()
    {
        m_handle = Sql::handle(m_db);
        if (!m_handle)
            return Error { context().fileName, 0, StoreTr::tr("the workspace connection is not an SQLite connection") };
        if (sqlite3_prepare_v2(m_handle,
                "INSERT INTO chat_conversations(import_id, external_id, reference, started_at, ended_at,"
                " message_count, removed_count, rule_set) VALUES(?,?,?,?,?,?,?,?)",
                -1, &m_conversation.stmt, nullptr)
                != SQLITE_OK
            || sqlite3_prepare_v2(m_handle,
                   "INSERT INTO chat_messages(conversation_id, seq, external_id, sent_at, sender, text)"
                   " VALUES(?,?,?,?,?,?)",
                   -1, &m_message.stmt, nullptr)
                != SQLITE_OK)
            return sqlError();
        return {};
    }

protected:
    Expected<qint64> insertConversation(const RedactedConversation &c) override
    {
        sqlite3_stmt *st = m_conversation.stmt;
        sqlite3_reset(st);
        sqlite3_bind_int64(st, 1, context().importId);
        bindText(st, 2, c.externalId);
        bindText(st, 3, c.reference);
        bindTime(st, 4, c.first);
        bindTime(st, 5, c.last);
        sqlite3_bind_int64(st, 6, c.messages);
        sqlite3_bind_int64(st, 7, c.removed);
        bindText(st, 8, c.ruleSet);
        const bool done = sqlite3_step(st) == SQLITE_DONE;
        sqlite3_reset(st);
        sqlite3_clear_bindings(st);
        if (!done)
            return sqlError();
        return qint64(sqlite3_last_insert_rowid(m_handle));
    }

    Status updateConversation(qint64 id, const RedactedConversation &c) override
    {
        if (!m_update.stmt
            && sqlite3_prepare_v2(m_handle,
                   "UPDATE chat_conversations SET started_at = ?, ended_at = ?, message_count = ?, removed_count = ?"
                   " WHERE id = ?",
                   -1, &m_update.stmt, nullptr)
                != SQLITE_OK)
            return sqlError();
        sqlite3_stmt *st = m_update.stmt;
        sqlite3_reset(st);
        bindTime(st, 1, c.first);
        bindTime(st, 2, c.last);
        sqlite3_bind_int64(st, 3, c.messages);
        sqlite3_bind_int64(st, 4, c.removed);
        sqlite3_bind_int64(st, 5, id);
        return sqlite3_step(st) == SQLITE_DONE ? Status {} : Status { sqlError() };
    }

    Status insertMessages(qint64 conversationId, const QList<RedactedMessage> &messages) override
    {
        sqlite3_stmt *st = m_message.stmt;
        for (const RedactedMessage &m : messages) {
            sqlite3_reset(st);
            sqlite3_bind_int64(st, 1, conversationId);
            sqlite3_bind_int64(st, 2, m.seq);
            bindText(st, 3, m.externalId);
            bindTime(st, 4, m.sentAt);
            bindText(st, 5, m.sender);
            bindText(st, 6, m.text);
            if (sqlite3_step(st) != SQLITE_DONE)
                return sqlError();
        }
        sqlite3_reset(st);
        sqlite3_clear_bindings(st);
        return {};
    }

    ImportFacts importFacts() override
    {
        ImportFacts facts;
        QSqlQuery q(m_db);
        q.prepare(u"SELECT sha256, os_user, format FROM imports WHERE id = ?"_s);
        q.addBindValue(context().importId);
        if (q.exec() && q.next())
            facts = { q.value(0).toString(), q.value(1).toString(), q.value(2).toString() };
        return facts;
    }

    Status recordAudit(const ChatAuditEntry &entry) override { return SqliteChatArchive::recordAudit(m_db, entry); }

private:
    Error sqlError() const { return Sql::error(m_handle, context().fileName); }

    QSqlDatabase &m_db;
    sqlite3 *m_handle = nullptr;
    Statement m_conversation;
    Statement m_message;
    Statement m_update;
};

} // namespace

std::unique_ptr<ChatSink> openChatStore(QSqlDatabase &db, ImportContext &ctx)
{
    return RedactingChatSink::open(ctx, [&](const RuleSet &rules, const QString &marker) -> std::unique_ptr<ChatSink> {
        auto store = std::make_unique<ChatStore>(db, ctx, rules, marker);
        if (Status s = store->prepare())
            return RedactingChatSink::refusing(ctx, s->reason);
        return store;
    });
}
