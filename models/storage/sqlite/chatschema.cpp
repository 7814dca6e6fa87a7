// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sqlite/migrations.h"
#include "storage/sqlite/sql.h"

using namespace Qt::StringLiterals;

// Only redacted text is ever stored: the importers hand raw text to the chat store, which redacts before
// binding. The full-text index is built over that stored text only (external content, kept in step by
// triggers), so it cannot hold anything the messages table does not.
Status Migrations::createChatSchema(QSqlDatabase &db)
{
    return Sql::execAll(db,
        {
            u"CREATE TABLE chat_conversations ("
            "  id INTEGER PRIMARY KEY,"
            "  import_id INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE,"
            "  external_id TEXT NOT NULL," // the export's conversation id
            "  reference TEXT NOT NULL DEFAULT ''," // the vendor's reference, redacted like the text
            "  started_at TEXT," // ISO 8601 UTC of the first message
            "  ended_at TEXT," // ISO 8601 UTC of the last message
            "  message_count INTEGER NOT NULL DEFAULT 0,"
            "  removed_count INTEGER NOT NULL DEFAULT 0," // spans removed by the redaction
            "  rule_set TEXT NOT NULL)"_s, // e.g. standard@1: the rule set the text went through
            u"CREATE INDEX chat_conversations_started ON chat_conversations(started_at)"_s,
            u"CREATE INDEX chat_conversations_import ON chat_conversations(import_id)"_s,
            u"CREATE TABLE chat_messages ("
            "  id INTEGER PRIMARY KEY,"
            "  conversation_id INTEGER NOT NULL REFERENCES chat_conversations(id) ON DELETE CASCADE,"
            "  seq INTEGER NOT NULL,"
            "  external_id TEXT NOT NULL DEFAULT '',"
            "  sent_at TEXT," // ISO 8601 UTC
            "  sender TEXT NOT NULL," // customer | bot | agent | other
            "  text TEXT NOT NULL)"_s, // REDACTED text
            u"CREATE INDEX chat_messages_conversation ON chat_messages(conversation_id, seq)"_s,
            u"CREATE VIRTUAL TABLE chat_messages_fts USING fts5(text, content='chat_messages', content_rowid='id',"
            "  tokenize='unicode61 remove_diacritics 2')"_s,
            u"CREATE TRIGGER chat_messages_ai AFTER INSERT ON chat_messages BEGIN"
            "  INSERT INTO chat_messages_fts(rowid, text) VALUES (new.id, new.text); END"_s,
            u"CREATE TRIGGER chat_messages_ad AFTER DELETE ON chat_messages BEGIN"
            "  INSERT INTO chat_messages_fts(chat_messages_fts, rowid, text) VALUES ('delete', old.id, old.text); END"_s,
            u"CREATE TRIGGER chat_messages_au AFTER UPDATE OF text ON chat_messages BEGIN"
            "  INSERT INTO chat_messages_fts(chat_messages_fts, rowid, text) VALUES ('delete', old.id, old.text);"
            "  INSERT INTO chat_messages_fts(rowid, text) VALUES (new.id, new.text); END"_s,
            // Every redaction: who, when, which file (hash), which rule version, counts per rule. Never the
            // removed values. No foreign key: the log outlives the conversations it speaks of.
            u"CREATE TABLE chat_audit ("
            "  id INTEGER PRIMARY KEY,"
            "  at TEXT NOT NULL," // ISO 8601 UTC
            "  os_user TEXT NOT NULL,"
            "  action TEXT NOT NULL," // import | demo | reapply | purge | retention
            "  import_id INTEGER,"
            "  file_name TEXT NOT NULL DEFAULT '',"
            "  file_sha256 TEXT NOT NULL DEFAULT '',"
            "  rule_set TEXT NOT NULL DEFAULT '',"
            "  conversations INTEGER NOT NULL DEFAULT 0,"
            "  messages INTEGER NOT NULL DEFAULT 0,"
            "  removed INTEGER NOT NULL DEFAULT 0,"
            "  identity_numbers INTEGER NOT NULL DEFAULT 0,"
            "  counts TEXT NOT NULL DEFAULT '{}')"_s, // RedactionTally::toJson()
            // Retention in days after a conversation's last message; 0 = keep (off by default).
            u"INSERT INTO meta(key, value) VALUES ('chat_retention_days', '0')"_s,
        });
}
