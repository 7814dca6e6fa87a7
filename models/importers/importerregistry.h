// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importers/importer.h"

#include <memory>
#include <vector>

using ImporterList = std::vector<std::unique_ptr<Importer>>;

// Every format Kapsel reads. Each area adds its own importers in its own file.
namespace ImporterRegistry {

const ImporterList &all();
const Importer *byName(const QString &name);
// The importer most confident about `head`, or nullptr when none recognises it.
const Importer *detect(const QByteArray &head, const QString &fileName);

void addVisitorImporters(ImporterList &list); // importers/visitorimporters.cpp
void addCookieImporters(ImporterList &list); // importers/cookieimporters.cpp
void addChatImporters(ImporterList &list); // importers/chatimporters.cpp

} // namespace ImporterRegistry
