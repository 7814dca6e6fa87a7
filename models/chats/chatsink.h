// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importers/importsink.h"

#include <QSqlDatabase>

#include <memory>

class ImportContext;

// Where chat importers put conversations. The sink redacts before anything is written: raw chat text
// never reaches the workspace.
class ChatSink : public ImportSink
{
public:
};

std::unique_ptr<ChatSink> openChatStore(QSqlDatabase &db, ImportContext &ctx);
