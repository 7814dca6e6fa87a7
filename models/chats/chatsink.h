// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chats/chatrecord.h"
#include "importers/importsink.h"

#include <QSqlDatabase>

#include <memory>

class ImportContext;

// Where chat importers put conversations, raw text in memory. The store (chatstore.cpp) redacts every
// message with the import's rule set BEFORE anything is bound to SQL: raw chat text never reaches the
// workspace. The preview uses a collecting sink that keeps the raw text in memory only.
class ChatSink : public ImportSink
{
public:
    // A record with continuesPrevious set appends its messages to the conversation added last.
    virtual Status addConversation(const ChatConversationRecord &conversation) = 0;
};

// The storing sink for an import running in `db`'s open transaction (ctx.importId set). Redacts with
// ctx.options.ruleSet / marker; finish() writes the audit entry and puts the counts per rule in ctx.notes.
// An unknown rule set gives a sink that refuses the import with a clear reason.
std::unique_ptr<ChatSink> openChatStore(QSqlDatabase &db, ImportContext &ctx);
