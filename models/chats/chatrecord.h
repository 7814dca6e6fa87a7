// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

// One message as an importer read it. `text` is RAW chat text: it lives in memory only and is redacted by
// the store before anything is bound to SQL.
struct ChatMessageRecord
{
    QString externalId;
    QDateTime sentAt; // invalid when the export has no time
    QString sender; // role: ChatSender::Customer, Bot, Agent or Other
    QString text; // raw, plain text (HTML already converted)
    int line = 0; // line in the export, for messages to the user
};

// One conversation as an importer read it.
struct ChatConversationRecord
{
    QString externalId;
    QString reference; // the vendor's reference (Boost.ai `reference`), may be empty
    QList<ChatMessageRecord> messages;
    int line = 0;
    // An importer that streams hands a conversation over in parts, so its memory does not grow with the
    // conversation: every part carries the conversation's externalId, every part but the first has
    // continuesEarlierPart (its messages follow those of the open conversation with that id, which need not be
    // the one handed over last), every part but the last has morePartsFollow. A sink keeps the conversations
    // with more parts to come by id (the importer keeps their number bounded) and forgets one at its last part.
    // A complete conversation in one record has neither.
    bool continuesEarlierPart = false;
    bool morePartsFollow = false;
};
