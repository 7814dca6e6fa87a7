// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chats/chatrecord.h"
#include "importers/importsink.h"

#include <QHash>
#include <QList>

#include <memory>

class ImportContext;
struct StoredConversation;
struct StoredMessage;

// Where chat importers put conversations, raw text in memory. Every backend's store derives from
// RedactingChatSink (chats/redactingchatsink.h), which redacts every message with the import's rule set BEFORE
// the backend sees it: raw chat text never reaches the workspace. The preview uses a collecting sink that keeps
// the raw text in memory only.
class ChatSink : public ImportSink
{
public:
    // A record with continuesEarlierPart appends its messages to the open conversation with its externalId
    // (see ChatConversationRecord), or starts a conversation when none is open under that id.
    virtual Status addConversation(const ChatConversationRecord &conversation) = 0;
    // A conversation as another workspace stored it, redacted already (a copy of the workspace): stored with
    // its counts and rule set. A sink that does not store refuses it.
    virtual Status addStored(const StoredConversation &conversation, const QList<StoredMessage> &messages);
};

// Keeps what an importer hands over in memory, parts joined into their conversations; writes nothing (the
// preview, tests). Conversations without messages are left out.
class CollectingChatSink : public ChatSink
{
public:
    explicit CollectingChatSink(QList<ChatConversationRecord> &out)
        : m_out(out)
    { }
    Status addConversation(const ChatConversationRecord &c) override;
    Status finish() override { return {}; }

private:
    QList<ChatConversationRecord> &m_out;
    QHash<QString, qsizetype> m_open; // externalId -> index in m_out, while more parts may follow
};
