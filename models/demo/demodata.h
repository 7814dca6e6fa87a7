// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QCoreApplication>
#include <QString>

class Workspace;

// The deterministic demo workspace: a year of visitor sessions from several sources, the company's eight
// declared cookies and 200 Norwegian chat conversations (stored redacted). The same call always writes the
// same content. Each area writes its own part, recorded in the import history as a demo import.
namespace DemoData {

Status write(Workspace &ws);

Status writeVisitors(Workspace &ws); // visitors/demovisitors.cpp
Status writeCookies(Workspace &ws); // cookies/democookies.cpp
Status writeChats(Workspace &ws); // chats/demochats.cpp

} // namespace DemoData
