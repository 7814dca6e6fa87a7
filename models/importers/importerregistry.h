// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importers/importer.h"

#include <QList>

#include <memory>
#include <vector>

using ImporterList = std::vector<std::unique_ptr<Importer>>;

// Every format Kapsel reads. Each area adds its own importers in its own file.
namespace ImporterRegistry {

const ImporterList &all();
const Importer *byName(const QString &name);
// The importer most confident about `head`, or nullptr when none recognises it.
const Importer *detect(const QByteArray &head, const QString &fileName);

// Every importer's score for `head`, best first; importers that do not recognise it at all are left out.
struct Candidate
{
    const Importer *importer = nullptr;
    int score = 0;
};
QList<Candidate> rank(const QByteArray &head, const QString &fileName);
// Two formats whose scores lie this close are both plausible: the import report says so.
inline constexpr int kCloseMargin = 10;
// That note (translated) when the two best of `ranked` lie within kCloseMargin; empty otherwise.
QString closeCallNote(const QList<Candidate> &ranked);

void addVisitorImporters(ImporterList &list); // importers/visitorimporters.cpp
void addCookieImporters(ImporterList &list); // importers/cookieimporters.cpp
void addChatImporters(ImporterList &list); // importers/chatimporters.cpp

} // namespace ImporterRegistry
