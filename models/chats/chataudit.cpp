// SPDX-License-Identifier: GPL-3.0-or-later
#include "chats/chataudit.h"

#include "storage/sql.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {
// Qt binds a null QString as SQL NULL; these columns are NOT NULL with '' for "none".
QString notNull(const QString &s)
{
    return s.isNull() ? u""_s : s;
}
} // namespace

Status ChatAudit::record(QSqlDatabase &db, const ChatAuditEntry &e)
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

QList<ChatAuditEntry> ChatAudit::list(QSqlDatabase &db)
{
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

QString ChatAudit::actionName(const QString &action)
{
    if (action == u"import")
        return tr("Import");
    if (action == u"demo")
        return tr("Demo data");
    if (action == u"reapply")
        return tr("Stricter rule set applied");
    if (action == u"purge")
        return tr("Retention deletion");
    if (action == u"retention")
        return tr("Retention changed");
    return action;
}
