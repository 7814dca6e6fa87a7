// SPDX-License-Identifier: GPL-3.0-or-later
#include "chats/chatsink.h"

std::unique_ptr<ChatSink> openChatStore(QSqlDatabase &db, ImportContext &ctx)
{
    Q_UNUSED(db);
    Q_UNUSED(ctx);
    return nullptr; // placeholder until the chat storage lands
}
