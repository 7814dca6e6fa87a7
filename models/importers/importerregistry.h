// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importers/importer.h"

#include <QList>

#include <memory>
#include <optional>
#include <vector>

using ImporterList = std::vector<std::unique_ptr<Importer>>;

// Every format Kapsel reads. Each area adds its own importers in its own file.
namespace ImporterRegistry {

const ImporterList &all();
const Importer *byName(const QString &name);
// The importer most confident about `head` (of `kind` when given), or nullptr when none recognises it. A UTF-8
// byte order mark before the content is not looked at.
const Importer *detect(const QByteArray &head, const QString &fileName, std::optional<ImportKind> kind = std::nullopt);

// A UTF-8 byte order mark (Fiddler, Excel and Notepad write one) says nothing about a file's format: whoever
// sniffs or reads a file does so after it, so no importer has to know of it.
QByteArray withoutUtf8Bom(const QByteArray &head);
// Moves `in` past a UTF-8 byte order mark at its start, if there is one.
void skipUtf8Bom(QIODevice &in);

// Every importer's score for `head` (of `kind` when given), best first; importers that do not recognise it at
// all are left out. A UTF-8 byte order mark before the content is not looked at.
struct Candidate
{
    const Importer *importer = nullptr;
    int score = 0;
};
QList<Candidate> rank(
    const QByteArray &head, const QString &fileName, std::optional<ImportKind> kind = std::nullopt);
// Two formats whose scores lie this close are both plausible: the import report says so.
inline constexpr int kCloseMargin = 10;
// That note (translated) when the two best of `ranked` lie within kCloseMargin; empty otherwise.
QString closeCallNote(const QList<Candidate> &ranked);

void addVisitorImporters(ImporterList &list); // importers/visitorimporters.cpp
void addCookieImporters(ImporterList &list); // importers/cookieimporters.cpp
void addChatImporters(ImporterList &list); // importers/chatimporters.cpp

} // namespace ImporterRegistry
