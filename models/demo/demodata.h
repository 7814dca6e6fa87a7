// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "importers/importer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <functional>

class ImportContext;
class Workspace;

// The deterministic demo workspace: a year of visitor sessions from several sources, the company's eight
// declared cookies and 200 Norwegian chat conversations (stored redacted). The same call always writes the
// same content. Each area writes its own part, recorded in the import history as a demo import.
namespace DemoData {

Status write(Workspace &ws);

Status writeVisitors(Workspace &ws); // visitors/demovisitors.cpp
Status writeCookies(Workspace &ws); // cookies/democookies.cpp
Status writeChats(Workspace &ws); // chats/demochats.cpp

// One demo import in the history (format "demo", by "demo"), with the rows `write` hands to the area's sink in
// the context, in one transaction like a real import. A valid `at` is its start and finish (a demo that must
// be the same every time); else it starts and finishes when it runs.
Status recordImport(Workspace &ws, ImportKind kind, const QString &fileName, const QString &sha256,
    const QDateTime &at, const std::function<Status(ImportContext &)> &write);

} // namespace DemoData
