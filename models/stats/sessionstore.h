// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stats/sessionsink.h"

#include <QSqlDatabase>

#include <memory>

class ImportContext;

// Opens the storage sink for visitor imports on `db` (inside the import's transaction).
std::unique_ptr<SessionSink> openSessionStore(QSqlDatabase &db, ImportContext &ctx);
