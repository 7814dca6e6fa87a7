// SPDX-License-Identifier: GPL-3.0-or-later
#include "importers/chatcsvimporter.h"
#include "importers/chatjsonimporter.h"
#include "importers/chattextimporter.h"
#include "importers/importerregistry.h"

void ImporterRegistry::addChatImporters(ImporterList &list)
{
    list.push_back(std::make_unique<ChatJsonImporter>());
    list.push_back(std::make_unique<ChatCsvImporter>());
    list.push_back(std::make_unique<ChatTextImporter>());
}
