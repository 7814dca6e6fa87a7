// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/importservice.h"

#include <QList>
#include <QSqlDatabase>

// Reads the imports history, newest first.
namespace ImportHistory {
QList<ImportReport> list(QSqlDatabase &db);
}
