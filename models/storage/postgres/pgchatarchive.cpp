// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/postgres/pgchatarchive.h"

#include "chats/rulesetscan.h"
#include "storage/postgres/pgchatsearch.h"
#include "storage/postgres/pgconnection.h"
#include "storage/postgres/pgvalues.h"
#include "workspace/importfootprint.h"
#include "workspace/importservice.h"

#include <QLoggingCategory>
#include <QSet>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcPgChats, "kapsel.postgres.chats", QtInfoMsg)

namespace {

using PgValues::epochMs;

// SQLite sorts NULL before every value; these orders say so where a time may be missing.
const QByteArray kConversationOrder = " ORDER BY c.started_at DESC NULLS LAST, c.id DESC";
const QByteArray kMessageOrder = " ORDER BY c.started_at NULLS FIRST, c.id, m.seq";

const QByteArray kConversationColumns = "c.id, c.import_id, c.external_id, c.reference, " + epochMs("c.started_at")
    + ", " + epochMs("c.ended_at") + ", c.message_count, c.removed_count, c.rule_set";

StoredConversation readConversation(const PgResult &r, int i)
{
    StoredConversation c;
    c.id = r.integer(i, 0);
    c.importId = r.integer(i, 1);
    c.externalId = r.text(i, 2);
    c.reference = r.text(i, 3);
    c.startedAt = PgValues::timeAt(r, i, 4);
    c.endedAt = PgValues::timeAt(r, i, 5);
    c.messageCount = r.integer(i, 6);
    c.removedCount = r.integer(i, 7);
    c.ruleSet = r.text(i, 8);
    return c;
}

const QByteArray kMessageColumns
    = "m.id, m.conversation_id, c.external_id, m.seq, " + epochMs("m.sent_at") + ", m.sender, m.text, m.external_id";
const QByteArray kMessagesFrom = " FROM chat_messages m JOIN chat_conversations c ON c.id = m.conversation_id";

StoredMessage readMessage(const PgResult &r, int i)
{
    StoredMessage m;
    m.id = r.integer(i, 0);
    m.conversationId = r.integer(i, 1);
    m.conversationExternalId = r.text(i, 2);
    m.seq = int(r.integer(i, 3));
    m.sentAt = PgValues::timeAt(r, i, 4);
    m.sender = r.text(i, 5);
    m.text = r.text(i, 6);
    m.externalId = r.text(i, 7);
    return m;
}

QByteArray limitValue(int limit)
{
    return limit < 0 ? QByteArray() : PgValues::integer(limit);
}

// Scans every stored message with `rules` (RuleSetScan), inside the caller's transaction: through a cursor, so
// that the stored text is read in blocks rather than all at once.
Expected<RuleSetPreview> scan(PgConnection &conn, const RuleSet &rules, const QString &marker)
{
    constexpr int kBlock = 5000;
    if (Status s
        = conn.run("DECLARE chat_scan NO SCROLL CURSOR FOR SELECT " + kMessageColumns + kMessagesFrom + kMessageOrder))
        return *s;
    RuleSetScan rulesScan(rules, marker);
    for (;;) {
        auto r = conn.exec("FETCH " + QByteArray::number(kBlock) + " FROM chat_scan");
        if (!r)
            return r.error();
        for (int i = 0; i < r->rows(); ++i)
            rulesScan.add(readMessage(*r, i));
        if (r->rows() < kBlock)
            break;
    }
    if (Status s = conn.run("CLOSE chat_scan"))
        return *s;
    return rulesScan.preview();
}

// The conversations a retention cut-off expires ($1, whole seconds): counted from the last message, else the
// first, else the import (a conversation whose messages have no time). Compared to the second as the SQLite
// workspace compares its ISO texts: a message time (kept with milliseconds) in the cut-off's own second counts
// as before it, an import time (kept to the second there) does not.
const QByteArray kExpired = " CASE WHEN coalesce(ended_at, started_at) IS NOT NULL"
                            " THEN coalesce(ended_at, started_at) < $1::timestamptz + interval '1 second'"
                            " ELSE date_trunc('second', (SELECT started_at FROM imports WHERE imports.id = import_id))"
                            " < $1::timestamptz END";

QByteArray cutoff(const QDateTime &now, int days)
{
    return PgValues::time(now.toUTC().addDays(-days));
}

} // namespace

template <typename T> Expected<T> PgChatArchive::inOwnTransaction(const std::function<Expected<T>()> &change)
{
    if (Status s = m_conn.run("BEGIN"))
        return *s;
    // Imports of chats wait until the change is done, so that it sees and rewrites every stored message; the
    // change waits for a running import a bounded time, then says the workspace is busy.
    Status locked = m_conn.setLockWait(kChangeLockWaitSeconds);
    if (!locked)
        locked = m_conn.run("LOCK TABLE chat_conversations, chat_messages IN SHARE ROW EXCLUSIVE MODE");
    if (Status s = locked) {
        m_conn.run("ROLLBACK");
        return *s;
    }
    Expected<T> result = change();
    if (!result) {
        m_conn.run("ROLLBACK");
        return result;
    }
    if (Status s = m_conn.run("COMMIT"))
        return *s;
    settleDeletion();
    return result;
}

// Deleted and overwritten rows stay in the table files until they are rewritten. Only the tables' owner may do
// that (for anyone else the server skips it with a warning); another role's change stands, and is marked for the
// owner, whose next opening of the workspace compacts the tables (compactIfMarked). The change is committed
// already: a failure here is logged, not returned.
Status PgChatArchive::settleDeletion()
{
    auto owns = ownsChatTables();
    if (owns && *owns) {
        if (Status s = compact())
            qCInfo(lcPgChats) << "the chat tables were not compacted:" << s->reason;
    } else if (Status s = m_conn.run("INSERT INTO meta (key, value) VALUES ($1, 'yes') ON CONFLICT (key) DO NOTHING",
                   { kCompactionMark })) {
        qCInfo(lcPgChats) << "the chat tables could not be marked for compaction:" << s->reason;
    }
    return {};
}

Status PgChatArchive::describeImport(qint64 importId, ImportFootprint &into)
{
    auto r
        = m_conn.exec("SELECT count(*), coalesce(sum(message_count), 0) FROM chat_conversations WHERE import_id = $1",
            { PgValues::integer(importId) });
    if (!r)
        return r.error();
    into.conversations = r->integer(0, 0);
    into.messages = r->integer(0, 1);
    return {};
}

// The messages, and their search column, go with their conversations (ON DELETE CASCADE).
Status PgChatArchive::removeImport(qint64 importId)
{
    return m_conn.run("DELETE FROM chat_conversations WHERE import_id = $1", { PgValues::integer(importId) });
}

Expected<bool> PgChatArchive::ownsChatTables()
{
    auto r = m_conn.exec("SELECT pg_has_role(current_user, relowner, 'USAGE') FROM pg_class"
                         " WHERE oid = 'chat_messages'::regclass");
    if (!r)
        return r.error();
    return r->rows() == 1 && r->value(0, 0) == "t";
}

Status PgChatArchive::compact()
{
    if (Status s = m_conn.run("VACUUM (FULL) chat_messages, chat_conversations"))
        return s;
    return m_conn.run("DELETE FROM meta WHERE key = $1", { kCompactionMark });
}

Expected<bool> PgChatArchive::compactIfMarked()
{
    auto marked = m_conn.exec("SELECT count(*) FROM meta WHERE key = $1", { kCompactionMark });
    if (!marked)
        return marked.error();
    if (marked->integer(0, 0) == 0)
        return false;
    auto owns = ownsChatTables();
    if (!owns)
        return owns.error();
    if (!*owns)
        return false;
    if (Status s = compact())
        return *s;
    return true;
}

QList<StoredConversation> PgChatArchive::conversations(const QString &search, int limit)
{
    QList<StoredConversation> out;
    const PgChatSearch::Query query = PgChatSearch::query(search);
    if (query.filter && query.tsquery.isEmpty())
        return out;
    QByteArray sql = "SELECT " + kConversationColumns + " FROM chat_conversations c";
    QByteArrayList params = { limitValue(limit) };
    if (query.filter) {
        sql += " WHERE c.id IN (SELECT conversation_id FROM chat_messages WHERE search @@ $2::tsquery)";
        params << query.tsquery;
    }
    auto r = m_conn.exec(sql + kConversationOrder + " LIMIT $1", params);
    if (!r)
        return out;
    for (int i = 0; i < r->rows(); ++i)
        out << readConversation(*r, i);
    return out;
}

Expected<QList<StoredMessage>> PgChatArchive::readMessages(
    const QByteArray &where, const QByteArrayList &params, int limit)
{
    auto r = m_conn.exec("SELECT " + kMessageColumns + kMessagesFrom + where + kMessageOrder + " LIMIT $1",
        QByteArrayList { limitValue(limit) } + params);
    if (!r)
        return r.error();
    QList<StoredMessage> out;
    out.reserve(r->rows());
    for (int i = 0; i < r->rows(); ++i)
        out << readMessage(*r, i);
    return out;
}

QList<StoredMessage> PgChatArchive::messages(qint64 conversationId)
{
    auto r = readMessages(" WHERE m.conversation_id = $2", { PgValues::integer(conversationId) }, -1);
    return r ? *r : QList<StoredMessage>();
}

Expected<QList<StoredMessage>> PgChatArchive::allMessages(const QString &search, int limit)
{
    const PgChatSearch::Query query = PgChatSearch::query(search);
    if (!query.filter)
        return readMessages({}, {}, limit);
    if (query.tsquery.isEmpty())
        return QList<StoredMessage>();
    return readMessages(" WHERE m.search @@ $2::tsquery", { query.tsquery }, limit);
}

ChatCounts PgChatArchive::counts()
{
    ChatCounts c;
    auto r = m_conn.exec("SELECT (SELECT count(*) FROM chat_conversations), (SELECT count(*) FROM chat_messages),"
                         " (SELECT coalesce(sum(removed_count), 0) FROM chat_conversations),"
                         " (SELECT count(*) FROM chat_audit)");
    if (r && r->rows() == 1) {
        c.conversations = r->integer(0, 0);
        c.messages = r->integer(0, 1);
        c.removed = r->integer(0, 2);
        c.auditEntries = r->integer(0, 3);
    }
    return c;
}

int PgChatArchive::retentionDays()
{
    auto r = m_conn.exec("SELECT value FROM chat_settings WHERE key = 'retention_days'");
    return r && r->rows() == 1 ? qMax(0, r->text(0, 0).toInt()) : 0;
}

Status PgChatArchive::setRetentionDays(int days)
{
    return m_conn.run("INSERT INTO chat_settings (key, value) VALUES ('retention_days', $1)"
                      " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        { PgValues::integer(qMax(0, days)) });
}

qint64 PgChatArchive::expiredCount(int days, const QDateTime &now)
{
    if (days <= 0)
        return 0;
    auto r = m_conn.exec("SELECT count(*) FROM chat_conversations WHERE" + kExpired, { cutoff(now, days) });
    return r && r->rows() == 1 ? r->integer(0, 0) : 0;
}

Expected<qint64> PgChatArchive::purgeOlderThan(int days, const QDateTime &now)
{
    if (days <= 0)
        return qint64(0);
    const QByteArray before = cutoff(now, days);
    auto expired = m_conn.exec("SELECT count(*) FROM chat_conversations WHERE" + kExpired, { before });
    if (!expired)
        return expired.error();
    if (expired->integer(0, 0) == 0)
        return qint64(0);
    return inOwnTransaction<qint64>([&]() -> Expected<qint64> {
        auto deleted = m_conn.exec("WITH gone AS (DELETE FROM chat_conversations WHERE" + kExpired
                + " RETURNING message_count) SELECT count(*), coalesce(sum(message_count), 0) FROM gone",
            { before });
        if (!deleted)
            return deleted.error();
        ChatAuditEntry e;
        e.osUser = ImportService::osUser();
        e.action = u"purge"_s;
        e.conversations = deleted->integer(0, 0);
        e.messages = deleted->integer(0, 1);
        if (e.conversations == 0)
            return qint64(0);
        if (Status s = recordAudit(m_conn, e))
            return *s;
        return e.conversations;
    });
}

Expected<RuleSetPreview> PgChatArchive::previewRuleSet(const RuleSet &rules, const QString &marker)
{
    if (Status s = m_conn.run("BEGIN READ ONLY"))
        return *s;
    auto preview = scan(m_conn, rules, marker);
    if (Status s = m_conn.run(preview ? "COMMIT" : "ROLLBACK"); s && preview)
        return *s;
    return preview;
}

Expected<RuleSetPreview> PgChatArchive::applyRuleSet(const RuleSet &rules, const QString &marker)
{
    return inOwnTransaction<RuleSetPreview>([&]() -> Expected<RuleSetPreview> {
        // Computed again under the lock: the stored text may have changed since the preview.
        auto preview = scan(m_conn, rules, marker);
        if (!preview)
            return preview;
        if (!preview->additions.isEmpty()) {
            if (Status s = m_conn.run("CREATE TEMP TABLE chat_rewrite (id bigint, conversation_id bigint,"
                                      " removed bigint, text text, search tsvector) ON COMMIT DROP"))
                return *s;
            std::vector<QByteArrayList> rows;
            rows.reserve(size_t(preview->additions.size()));
            for (const RuleSetAddition &a : std::as_const(preview->additions)) {
                rows.push_back({ PgValues::integer(a.message.id), PgValues::integer(a.message.conversationId),
                    PgValues::integer(a.spans.size()), PgValues::text(a.newText), PgChatSearch::vector(a.newText) });
            }
            if (Status s = PgValues::copyRows(
                    m_conn, "COPY chat_rewrite (id, conversation_id, removed, text, search) FROM STDIN", rows))
                return *s;
            if (Status s = m_conn.run("UPDATE chat_messages m SET text = r.text, search = r.search FROM chat_rewrite r"
                                      " WHERE m.id = r.id"))
                return *s;
            if (Status s = m_conn.run("UPDATE chat_conversations c SET removed_count = c.removed_count + r.removed"
                                      " FROM (SELECT conversation_id, sum(removed) AS removed FROM chat_rewrite"
                                      " GROUP BY conversation_id) r WHERE c.id = r.conversation_id"))
                return *s;
        }
        // The stored text has now been through the new rule set as well.
        if (Status s = m_conn.run("UPDATE chat_conversations SET rule_set = $1", { PgValues::text(rules.id()) }))
            return *s;
        if (Status s = recordAudit(m_conn, RuleSetScan::reapplyEntry(*preview, ImportService::osUser())))
            return *s;
        return preview;
    });
}

Status PgChatArchive::recordAudit(PgConnection &conn, const ChatAuditEntry &e)
{
    using PgValues::integer;
    using PgValues::text;
    return conn.run(
        "INSERT INTO chat_audit (at, os_user, action, import_id, file_name, file_sha256, rule_set, conversations,"
        " messages, removed, identity_numbers, counts) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
        { PgValues::time(e.at.isValid() ? e.at : QDateTime::currentDateTimeUtc()), text(e.osUser), text(e.action),
            e.importId > 0 ? integer(e.importId) : QByteArray(), text(e.fileName), text(e.fileSha256), text(e.ruleSet),
            integer(e.conversations), integer(e.messages), integer(e.tally.removedTotal()),
            integer(e.tally.identityNumbers), text(e.tally.toJson()) });
}

QList<ChatAuditEntry> PgChatArchive::auditLog()
{
    QList<ChatAuditEntry> out;
    auto r = m_conn.exec("SELECT id, " + epochMs("at")
        + ", os_user, action, coalesce(import_id, 0), file_name, file_sha256, rule_set, conversations, messages,"
          " counts FROM chat_audit ORDER BY id DESC");
    if (!r)
        return out;
    for (int i = 0; i < r->rows(); ++i) {
        ChatAuditEntry e;
        e.id = r->integer(i, 0);
        e.at = PgValues::timeAt(*r, i, 1);
        e.osUser = r->text(i, 2);
        e.action = r->text(i, 3);
        e.importId = r->integer(i, 4);
        e.fileName = r->text(i, 5);
        e.fileSha256 = r->text(i, 6);
        e.ruleSet = r->text(i, 7);
        e.conversations = r->integer(i, 8);
        e.messages = r->integer(i, 9);
        e.tally = RedactionTally::fromJson(r->text(i, 10));
        out << e;
    }
    return out;
}

std::unique_ptr<ChatSink> PgChatArchive::openSink(ImportContext &ctx)
{
    return openPgChatStore(m_conn, ctx);
}
