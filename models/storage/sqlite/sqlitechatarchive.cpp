// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sqlite/sqlitechatarchive.h"

#include "chats/chataudit.h"
#include "chats/rulesetscan.h"
#include "storage/sqlite/sql.h"
#include "workspace/importfootprint.h"
#include "workspace/importservice.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

struct ChatQueriesTr
{
    Q_DECLARE_TR_FUNCTIONS(ChatQueries)
};

// Qt binds a null QString as SQL NULL; these columns are NOT NULL with '' for "none".
QString notNull(const QString &s)
{
    return s.isNull() ? u""_s : s;
}

QDateTime toTime(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODate);
}

const QString kConversationColumns = u"c.id, c.import_id, c.external_id, c.reference, c.started_at, c.ended_at,"
                                     " c.message_count, c.removed_count, c.rule_set"_s;

StoredConversation readConversation(const QSqlQuery &q)
{
    StoredConversation c;
    c.id = q.value(0).toLongLong();
    c.importId = q.value(1).toLongLong();
    c.externalId = q.value(2).toString();
    c.reference = q.value(3).toString();
    c.startedAt = toTime(q.value(4));
    c.endedAt = toTime(q.value(5));
    c.messageCount = q.value(6).toLongLong();
    c.removedCount = q.value(7).toLongLong();
    c.ruleSet = q.value(8).toString();
    return c;
}

const QString kMessageColumns
    = u"m.id, m.conversation_id, c.external_id, m.seq, m.sent_at, m.sender, m.text, m.external_id"_s;

StoredMessage readMessage(const QSqlQuery &q)
{
    StoredMessage m;
    m.id = q.value(0).toLongLong();
    m.conversationId = q.value(1).toLongLong();
    m.conversationExternalId = q.value(2).toString();
    m.seq = q.value(3).toInt();
    m.sentAt = toTime(q.value(4));
    m.sender = q.value(5).toString();
    m.text = q.value(6).toString();
    m.externalId = q.value(7).toString();
    return m;
}

Status checkpoint(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s))
        return Sql::error(q);
    return {};
}

// Scans every stored message with `rules`; Remove spans only (what is kept needs no action).
Expected<RuleSetPreview> scan(QSqlDatabase &db, const RuleSet &rules, const QString &marker)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT "_s + kMessageColumns
            + u" FROM chat_messages m JOIN chat_conversations c ON c.id = m.conversation_id"
              " ORDER BY c.started_at, c.id, m.seq"_s))
        return Sql::error(q);
    RuleSetScan rulesScan(rules, marker);
    while (q.next())
        rulesScan.add(readMessage(q));
    return rulesScan.preview();
}

} // namespace

QString SqliteChatArchive::ftsQuery(const QString &search)
{
    static const QRegularExpression separators(u"[\\s\"*^:()+-]+"_s);
    const QStringList words = search.split(separators, Qt::SkipEmptyParts);
    QStringList quoted;
    for (const QString &w : words)
        quoted << u'"' + w + u'"';
    if (!quoted.isEmpty())
        quoted.last() += u'*';
    return quoted.join(u' ');
}

QList<StoredConversation> SqliteChatArchive::conversations(const QString &search, int limit)
{
    QSqlDatabase &db = m_db;
    QList<StoredConversation> out;
    const QString fts = ftsQuery(search);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    QString sql = u"SELECT "_s + kConversationColumns + u" FROM chat_conversations c"_s;
    if (!fts.isEmpty())
        sql += u" WHERE c.id IN (SELECT m.conversation_id FROM chat_messages_fts f"
               " JOIN chat_messages m ON m.id = f.rowid WHERE chat_messages_fts MATCH ?)"_s;
    sql += u" ORDER BY c.started_at DESC, c.id DESC LIMIT ?"_s;
    q.prepare(sql);
    if (!fts.isEmpty())
        q.addBindValue(fts);
    q.addBindValue(limit);
    if (!q.exec())
        return out;
    while (q.next())
        out << readConversation(q);
    return out;
}

QList<StoredMessage> SqliteChatArchive::messages(qint64 conversationId)
{
    QSqlDatabase &db = m_db;
    QList<StoredMessage> out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + kMessageColumns
        + u" FROM chat_messages m JOIN chat_conversations c ON c.id = m.conversation_id"
          " WHERE m.conversation_id = ? ORDER BY m.seq"_s);
    q.addBindValue(conversationId);
    if (!q.exec())
        return out;
    while (q.next())
        out << readMessage(q);
    return out;
}

Expected<QList<StoredMessage>> SqliteChatArchive::allMessages(const QString &search, int limit)
{
    QSqlDatabase &db = m_db;
    QList<StoredMessage> out;
    const QString fts = ftsQuery(search);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    QString sql = u"SELECT "_s + kMessageColumns
        + u" FROM chat_messages m JOIN chat_conversations c ON c.id = m.conversation_id"_s;
    if (!fts.isEmpty())
        sql += u" WHERE m.id IN (SELECT rowid FROM chat_messages_fts WHERE chat_messages_fts MATCH ?)"_s;
    sql += u" ORDER BY c.started_at, c.id, m.seq LIMIT ?"_s;
    q.prepare(sql);
    if (!fts.isEmpty())
        q.addBindValue(fts);
    q.addBindValue(limit);
    if (!q.exec())
        return Sql::error(q);
    while (q.next())
        out << readMessage(q);
    return out;
}

ChatCounts SqliteChatArchive::counts()
{
    QSqlDatabase &db = m_db;
    ChatCounts c;
    QSqlQuery q(db);
    if (q.exec(u"SELECT (SELECT count(*) FROM chat_conversations), (SELECT count(*) FROM chat_messages),"
               " (SELECT coalesce(sum(removed_count), 0) FROM chat_conversations), (SELECT count(*) FROM chat_audit)"_s)
        && q.next()) {
        c.conversations = q.value(0).toLongLong();
        c.messages = q.value(1).toLongLong();
        c.removed = q.value(2).toLongLong();
        c.auditEntries = q.value(3).toLongLong();
    }
    return c;
}

int SqliteChatArchive::retentionDays()
{
    return qMax(0, Sql::meta(m_db, u"chat_retention_days"_s).value_or(u"0"_s).toInt());
}

Status SqliteChatArchive::setRetentionDays(int days)
{
    return Sql::setMeta(m_db, u"chat_retention_days"_s, QString::number(qMax(0, days)));
}

namespace {
const QString kExpired = u"coalesce(ended_at, started_at, (SELECT started_at FROM imports WHERE id = import_id)) < ?"_s;
} // namespace

qint64 SqliteChatArchive::expiredCount(int days, const QDateTime &now)
{
    QSqlDatabase &db = m_db;
    if (days <= 0)
        return 0;
    QSqlQuery q(db);
    q.prepare(u"SELECT count(*) FROM chat_conversations WHERE "_s + kExpired);
    q.addBindValue(now.toUTC().addDays(-days).toString(Qt::ISODate));
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

Expected<qint64> SqliteChatArchive::purgeOlderThan(int days, const QDateTime &now)
{
    QSqlDatabase &db = m_db;
    if (days <= 0)
        return qint64(0);
    const QString cutoff = now.toUTC().addDays(-days).toString(Qt::ISODate);
    QSqlQuery q(db);
    q.exec(u"PRAGMA secure_delete=ON"_s);
    if (Status s = Sql::beginWrite(db))
        return *s;
    auto fail = [&](const Error &e) -> Expected<qint64> {
        Sql::rollback(db);
        return e;
    };
    const QString &expired = kExpired;
    q.prepare(u"SELECT count(*), coalesce(sum(message_count), 0) FROM chat_conversations WHERE "_s + expired);
    q.addBindValue(cutoff);
    if (!q.exec() || !q.next())
        return fail(Sql::error(q));
    const qint64 conversations = q.value(0).toLongLong();
    const qint64 messages = q.value(1).toLongLong();
    if (conversations == 0) {
        Sql::rollback(db);
        return qint64(0);
    }
    q.prepare(u"DELETE FROM chat_conversations WHERE "_s + expired);
    q.addBindValue(cutoff);
    if (!q.exec())
        return fail(Sql::error(q));
    ChatAuditEntry e;
    e.osUser = ImportService::osUser();
    e.action = u"purge"_s;
    e.conversations = conversations;
    e.messages = messages;
    if (Status s = recordAudit(db, e))
        return fail(*s);
    if (Status s = Sql::commit(db))
        return *s;
    if (Status s = checkpoint(db))
        return *s;
    return conversations;
}

Expected<RuleSetPreview> SqliteChatArchive::previewRuleSet(const RuleSet &rules, const QString &marker)
{
    QSqlDatabase &db = m_db;
    return scan(db, rules, marker);
}

Expected<RuleSetPreview> SqliteChatArchive::applyRuleSet(const RuleSet &rules, const QString &marker)
{
    QSqlDatabase &db = m_db;
    QSqlQuery q(db);
    // Overwritten text must not linger in free pages.
    q.exec(u"PRAGMA secure_delete=ON"_s);
    if (Status s = Sql::beginWrite(db))
        return *s;
    auto fail = [&](const Error &e) -> Expected<RuleSetPreview> {
        Sql::rollback(db);
        return e;
    };
    // Computed again inside the write lock: the stored text may have changed since the preview.
    auto preview = scan(db, rules, marker);
    if (!preview)
        return fail(preview.error());
    QHash<qint64, qint64> removedPerConversation;
    QSqlQuery update(db);
    update.prepare(u"UPDATE chat_messages SET text = ? WHERE id = ?"_s);
    for (const RuleSetAddition &a : preview->additions) {
        update.addBindValue(a.newText);
        update.addBindValue(a.message.id);
        if (!update.exec())
            return fail(Sql::error(update));
        removedPerConversation[a.message.conversationId] += a.spans.size();
    }
    QSqlQuery conv(db);
    conv.prepare(u"UPDATE chat_conversations SET removed_count = removed_count + ? WHERE id = ?"_s);
    for (auto it = removedPerConversation.cbegin(); it != removedPerConversation.cend(); ++it) {
        conv.addBindValue(it.value());
        conv.addBindValue(it.key());
        if (!conv.exec())
            return fail(Sql::error(conv));
    }
    // The stored text has now been through the new rule set as well.
    conv.prepare(u"UPDATE chat_conversations SET rule_set = ?"_s);
    conv.addBindValue(rules.id());
    if (!conv.exec())
        return fail(Sql::error(conv));
    // Rebuilding drops every index segment that still holds tokens of the old text.
    if (!q.exec(u"INSERT INTO chat_messages_fts(chat_messages_fts) VALUES('rebuild')"_s))
        return fail(Sql::error(q));
    if (Status s = recordAudit(db, RuleSetScan::reapplyEntry(*preview, ImportService::osUser())))
        return fail(*s);
    if (Status s = Sql::commit(db))
        return *s;
    if (Status s = checkpoint(db))
        return *s;
    return preview;
}

Status SqliteChatArchive::describeImport(qint64 importId, ImportFootprint &into)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT count(*), coalesce(sum(message_count), 0) FROM chat_conversations WHERE import_id = ?"_s);
    q.addBindValue(importId);
    if (!q.exec() || !q.next())
        return Sql::error(q);
    into.conversations = q.value(0).toLongLong();
    into.messages = q.value(1).toLongLong();
    return {};
}

// The messages go with their conversations (ON DELETE CASCADE), and the trigger tells the index; rebuilding it
// drops every segment that still holds their words.
Status SqliteChatArchive::removeImport(qint64 importId)
{
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM chat_conversations WHERE import_id = ?"_s);
    q.addBindValue(importId);
    if (!q.exec())
        return Sql::error(q);
    if (q.numRowsAffected() > 0 && !q.exec(u"INSERT INTO chat_messages_fts(chat_messages_fts) VALUES('rebuild')"_s))
        return Sql::error(q);
    return {};
}

Status SqliteChatArchive::settleDeletion()
{
    return checkpoint(m_db);
}

Status SqliteChatArchive::recordAudit(QSqlDatabase &db, const ChatAuditEntry &e)
{
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO chat_audit(at, os_user, action, import_id, file_name, file_sha256, rule_set,"
              " conversations, messages, removed, identity_numbers, counts) VALUES(?,?,?,?,?,?,?,?,?,?,?,?)"_s);
    q.addBindValue((e.at.isValid() ? e.at : QDateTime::currentDateTimeUtc()).toUTC().toString(Qt::ISODate));
    q.addBindValue(notNull(e.osUser));
    q.addBindValue(e.action);
    q.addBindValue(e.importId > 0 ? QVariant(e.importId) : QVariant());
    q.addBindValue(notNull(e.fileName));
    q.addBindValue(notNull(e.fileSha256));
    q.addBindValue(notNull(e.ruleSet));
    q.addBindValue(e.conversations);
    q.addBindValue(e.messages);
    q.addBindValue(e.tally.removedTotal());
    q.addBindValue(e.tally.identityNumbers);
    q.addBindValue(e.tally.toJson());
    if (!q.exec())
        return Sql::error(q);
    return {};
}

QList<ChatAuditEntry> SqliteChatArchive::auditLog()
{
    QSqlDatabase &db = m_db;
    QList<ChatAuditEntry> out;
    QSqlQuery q(db);
    if (!q.exec(u"SELECT id, at, os_user, action, coalesce(import_id, 0), file_name, file_sha256, rule_set,"
                " conversations, messages, counts FROM chat_audit ORDER BY id DESC"_s))
        return out;
    while (q.next()) {
        ChatAuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODate);
        e.osUser = q.value(2).toString();
        e.action = q.value(3).toString();
        e.importId = q.value(4).toLongLong();
        e.fileName = q.value(5).toString();
        e.fileSha256 = q.value(6).toString();
        e.ruleSet = q.value(7).toString();
        e.conversations = q.value(8).toLongLong();
        e.messages = q.value(9).toLongLong();
        e.tally = RedactionTally::fromJson(q.value(10).toString());
        out << e;
    }
    return out;
}

std::unique_ptr<ChatSink> SqliteChatArchive::openSink(ImportContext &ctx)
{
    return openChatStore(m_db, ctx);
}
