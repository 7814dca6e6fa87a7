// SPDX-License-Identifier: GPL-3.0-or-later
// The chats area's import sink on a team workspace. RedactingChatSink redacts in memory and hands over redacted
// rows only; they are held back and sent with COPY in blocks (conversations first, their messages after), each
// block under a savepoint, so that a failure takes back that block and leaves the import's transaction usable.
#include "chats/redactingchatsink.h"
#include "importers/importcontext.h"
#include "storage/postgres/pgchatarchive.h"
#include "storage/postgres/pgchatsearch.h"
#include "storage/postgres/pgconnection.h"
#include "storage/postgres/pgvalues.h"

#include <QHash>

#include <vector>

using namespace Qt::StringLiterals;

namespace {

using PgValues::integer;
using PgValues::text;

// Messages held back before a block is sent, and conversation ids taken from the sequence at once.
constexpr size_t kBlockRows = 5000;
constexpr int kIdsAtOnce = 256;

class PgChatStore final : public RedactingChatSink
{
public:
    PgChatStore(PgConnection &conn, ImportContext &ctx, const RuleSet &rules, const QString &marker)
        : RedactingChatSink(ctx, rules, marker)
        , m_conn(conn)
    { }

protected:
    Expected<qint64> insertConversation(const RedactedConversation &c) override
    {
        if (m_freeIds.empty())
            if (Status s = takeIds())
                return *s;
        const qint64 id = m_freeIds.back();
        m_freeIds.pop_back();
        m_newAt.insert(id, qsizetype(m_newConversations.size()));
        m_newConversations.push_back({ id, c });
        return id;
    }

    Status updateConversation(qint64 id, const RedactedConversation &c) override
    {
        if (const auto at = m_newAt.constFind(id); at != m_newAt.cend())
            m_newConversations[size_t(*at)].row = c;
        else
            m_grown.insert(id, c); // sent already: written again with the next block
        return {};
    }

    Status insertMessages(qint64 conversationId, const QList<RedactedMessage> &messages) override
    {
        for (const RedactedMessage &m : messages)
            m_messages.push_back({ integer(conversationId), integer(m.seq), text(m.externalId),
                PgValues::time(m.sentAt, true), text(m.sender), text(m.text), PgChatSearch::vector(m.text) });
        return m_messages.size() >= kBlockRows ? flush() : Status {};
    }

    Status flush() override
    {
        if (m_newConversations.empty() && m_messages.empty() && m_grown.isEmpty())
            return {};
        if (Status s = m_conn.run("SAVEPOINT kapsel_chat_sink"))
            return located(*s);
        if (Status s = sendBlock()) {
            m_conn.run("ROLLBACK TO SAVEPOINT kapsel_chat_sink");
            return located(*s);
        }
        return located(m_conn.run("RELEASE SAVEPOINT kapsel_chat_sink"));
    }

    ImportFacts importFacts() override
    {
        auto r
            = m_conn.exec("SELECT sha256, os_user, format FROM imports WHERE id = $1", { integer(context().importId) });
        if (!r || r->rows() != 1)
            return {};
        return { r->text(0, 0), r->text(0, 1), r->text(0, 2) };
    }

    Status recordAudit(const ChatAuditEntry &entry) override { return PgChatArchive::recordAudit(m_conn, entry); }

private:
    struct NewConversation
    {
        qint64 id = 0;
        RedactedConversation row;
    };

    Status takeIds()
    {
        auto r = m_conn.exec("SELECT nextval(pg_get_serial_sequence('chat_conversations', 'id'))"
                             " FROM generate_series(1, $1)",
            { integer(kIdsAtOnce) });
        if (!r)
            return located(r.error());
        // Handed out in the order the server gave them.
        for (int i = r->rows() - 1; i >= 0; --i)
            m_freeIds.push_back(r->integer(i, 0));
        return {};
    }

    Status sendBlock()
    {
        if (!m_newConversations.empty()) {
            std::vector<QByteArrayList> rows;
            rows.reserve(m_newConversations.size());
            for (const NewConversation &n : m_newConversations) {
                const RedactedConversation &c = n.row;
                rows.push_back({ integer(n.id), integer(context().importId), text(c.externalId), text(c.reference),
                    PgValues::time(c.first, true), PgValues::time(c.last, true), integer(c.messages),
                    integer(c.removed), text(c.ruleSet) });
            }
            if (Status s = PgValues::copyRows(m_conn,
                    "COPY chat_conversations (id, import_id, external_id, reference, started_at, ended_at,"
                    " message_count, removed_count, rule_set) FROM STDIN",
                    rows))
                return s;
            m_newConversations.clear();
            m_newAt.clear();
        }
        if (!m_messages.empty()) {
            if (Status s = PgValues::copyRows(m_conn,
                    "COPY chat_messages (conversation_id, seq, external_id, sent_at, sender, text, search)"
                    " FROM STDIN",
                    m_messages))
                return s;
            m_messages.clear();
        }
        for (auto it = m_grown.cbegin(); it != m_grown.cend(); ++it) {
            const RedactedConversation &c = it.value();
            if (Status s
                = m_conn.run("UPDATE chat_conversations SET started_at = $1, ended_at = $2, message_count = $3,"
                             " removed_count = $4 WHERE id = $5",
                    { PgValues::time(c.first, true), PgValues::time(c.last, true), integer(c.messages),
                        integer(c.removed), integer(it.key()) }))
                return s;
        }
        m_grown.clear();
        return {};
    }

    Status located(Status s) const
    {
        if (s)
            s->file = context().fileName;
        return s;
    }

    PgConnection &m_conn;
    std::vector<qint64> m_freeIds;
    std::vector<NewConversation> m_newConversations; // not sent yet
    QHash<qint64, qsizetype> m_newAt; // id -> index in m_newConversations
    QHash<qint64, RedactedConversation> m_grown; // sent, then grown by a later part
    std::vector<QByteArrayList> m_messages; // not sent yet
};

} // namespace

std::unique_ptr<ChatSink> openPgChatStore(PgConnection &conn, ImportContext &ctx)
{
    return RedactingChatSink::open(ctx, [&](const RuleSet &rules, const QString &marker) -> std::unique_ptr<ChatSink> {
        return std::make_unique<PgChatStore>(conn, ctx, rules, marker);
    });
}
