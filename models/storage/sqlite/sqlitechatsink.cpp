// SPDX-License-Identifier: GPL-3.0-or-later
#include "chats/chataudit.h"
#include "storage/sqlite/sqlitechatarchive.h"
#include "chats/chatsink.h"
#include "chats/redactiontally.h"
#include "importers/importcontext.h"
#include "importers/plausiblevalues.h"
#include "redaction/redactor.h"
#include "redaction/ruleset.h"
#include "storage/sqlite/sql.h"

#include <QCoreApplication>
#include <QHash>
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

// Ids come from the chat tool and are kept as they are (an 8-digit ticket number is not personal data),
// unless one holds an identity number: then it is redacted like the text.
QString safeId(const QString &id, const RuleSet &rules, const QString &marker)
{
    const QList<RedactionSpan> spans = Redactor::findSpans(id, rules);
    for (const RedactionSpan &s : spans)
        if (s.isIdentityNumber && s.action == RedactionSpan::Action::Remove)
            return Redactor::apply(id, spans, marker.isEmpty() ? u"_"_s : marker);
    return id;
}

class ChatStore : public ChatSink
{
public:
    ChatStore(QSqlDatabase &db, ImportContext &ctx, RuleSet rules, QString marker)
        : m_db(db)
        , m_ctx(ctx)
        , m_rules(std::move(rules))
        , m_marker(std::move(marker))
    { }

    Status prepare()
    {
        m_handle = Sql::handle(m_db);
        if (!m_handle)
            return Error { m_ctx.fileName, 0, StoreTr::tr("the workspace connection is not an SQLite connection") };
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

    Status addConversation(const ChatConversationRecord &c) override
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
                m_ctx.skip(StoreTr::tr("conversation without messages"), c.line);
            closeIfLast();
            return {};
        }
        // A message whose time no export holds is skipped with its line (PlausibleValues); one without a
        // time is kept (retention then counts from its import).
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
        // Redact everything first, in memory; only the redacted strings are bound below.
        QList<QString> redacted;
        redacted.reserve(kept.size());
        RedactionTally tally;
        QDateTime first, last;
        for (const ChatMessageRecord *message : std::as_const(kept)) {
            const ChatMessageRecord &m = *message;
            const QList<RedactionSpan> spans = Redactor::findSpans(m.text, m_rules);
            tally.add(spans);
            redacted << Redactor::apply(m.text, spans, m_marker);
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
            if (!first.isValid() || (conversation.first.isValid() && conversation.first < first))
                first = conversation.first;
            if (!last.isValid() || (conversation.last.isValid() && conversation.last > last))
                last = conversation.last;
            conversation = { conversation.rowId, conversation.messages + kept.size(),
                conversation.removed + tally.removedTotal(), first, last };
            if (Status s = update(conversation))
                return s;
            if (c.morePartsFollow)
                *open = conversation;
            else
                m_open.erase(open);
        } else {
            // The first part kept (a part whose messages were all dropped started nothing).
            sqlite3_stmt *st = m_conversation.stmt;
            sqlite3_reset(st);
            sqlite3_bind_int64(st, 1, m_ctx.importId);
            bindText(st, 2, safeId(c.externalId, m_rules, m_marker));
            bindText(st, 3, Redactor::redact(c.reference, m_rules, m_marker));
            bindTime(st, 4, first);
            bindTime(st, 5, last);
            sqlite3_bind_int64(st, 6, kept.size());
            sqlite3_bind_int64(st, 7, tally.removedTotal());
            bindText(st, 8, m_rules.id());
            if (sqlite3_step(st) != SQLITE_DONE)
                return sqlError();
            conversation = { sqlite3_last_insert_rowid(m_handle), kept.size(), tally.removedTotal(), first, last };
            ++m_conversations;
            if (c.morePartsFollow)
                m_open.insert(c.externalId, conversation);
        }
        const qint64 conversationId = conversation.rowId;
        const qint64 seqBefore = conversation.messages - kept.size();

        sqlite3_stmt *st = m_message.stmt;
        for (qsizetype i = 0; i < kept.size(); ++i) {
            const ChatMessageRecord &m = *kept[i];
            sqlite3_reset(st);
            sqlite3_bind_int64(st, 1, conversationId);
            sqlite3_bind_int64(st, 2, seqBefore + i + 1);
            bindText(st, 3, safeId(m.externalId, m_rules, m_marker));
            bindTime(st, 4, m.sentAt);
            bindText(st, 5, m.sender);
            bindText(st, 6, redacted[i]);
            if (sqlite3_step(st) != SQLITE_DONE)
                return sqlError();
        }
        sqlite3_reset(st);
        sqlite3_clear_bindings(st);
        sqlite3_clear_bindings(m_conversation.stmt);
        m_tally.add(tally);
        m_messages += kept.size();
        m_ctx.rowsStored += kept.size();
        return {};
    }

    Status finish() override
    {
        ChatAuditEntry e;
        e.at = QDateTime::currentDateTimeUtc();
        e.importId = m_ctx.importId;
        e.fileName = m_ctx.fileName;
        e.ruleSet = m_rules.id();
        e.conversations = m_conversations;
        e.messages = m_messages;
        e.tally = m_tally;
        e.action = u"import"_s;
        QSqlQuery q(m_db);
        q.prepare(u"SELECT sha256, os_user, format FROM imports WHERE id = ?"_s);
        q.addBindValue(m_ctx.importId);
        if (q.exec() && q.next()) {
            e.fileSha256 = q.value(0).toString();
            e.osUser = q.value(1).toString();
            if (q.value(2).toString() == u"demo")
                e.action = u"demo"_s;
        }
        if (e.osUser.isEmpty())
            e.osUser = u"unknown"_s;
        if (Status s = SqliteChatArchive::recordAudit(m_db, e)) {
            Error err = *s;
            err.file = m_ctx.fileName;
            return err;
        }
        m_ctx.notes << StoreTr::tr(
            "Redacted with the rule set %1: %Ln span(s) removed", "", int(m_tally.removedTotal()))
                           .arg(m_rules.id());
        m_ctx.notes << m_tally.describe();
        return {};
    }

private:
    // What a conversation with more parts to come needs when the next part arrives.
    struct OpenConversation
    {
        qint64 rowId = 0;
        qint64 messages = 0;
        qint64 removed = 0;
        QDateTime first, last;
    };

    // A conversation grown by a part: its counts and time range are written again.
    Status update(const OpenConversation &c)
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
        sqlite3_bind_int64(st, 5, c.rowId);
        return sqlite3_step(st) == SQLITE_DONE ? Status {} : Status { sqlError() };
    }

    Error sqlError() const { return Sql::error(m_handle, m_ctx.fileName); }

    QSqlDatabase &m_db;
    ImportContext &m_ctx;
    RuleSet m_rules;
    QString m_marker;
    sqlite3 *m_handle = nullptr;
    Statement m_conversation;
    Statement m_message;
    Statement m_update;
    // Conversations with more parts to come, by the export's id (raw, in memory only).
    QHash<QString, OpenConversation> m_open;
    RedactionTally m_tally;
    qint64 m_conversations = 0;
    qint64 m_messages = 0;
};

// Stands in when the import asks for a rule set that does not exist, so the user is told why.
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

std::unique_ptr<ChatSink> openChatStore(QSqlDatabase &db, ImportContext &ctx)
{
    const auto rules = RuleSet::byName(ctx.options.ruleSet);
    if (!rules)
        return std::make_unique<RefusingChatSink>(Error { ctx.fileName, 0,
            StoreTr::tr("unknown rule set \"%1\"; known rule sets: %2")
                .arg(ctx.options.ruleSet, RuleSet::names().join(u", "_s)) });
    const QString marker = ctx.options.markerIsEmpty ? QString()
        : ctx.options.marker.isEmpty()               ? RuleSet::defaultMarker()
                                                     : ctx.options.marker;
    auto store = std::make_unique<ChatStore>(db, ctx, *rules, marker);
    if (Status s = store->prepare())
        return std::make_unique<RefusingChatSink>(*s);
    return store;
}
