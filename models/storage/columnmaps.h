// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QString>

// Column maps the user chose (--map, the GUI's mapping dialog), remembered in the workspace per header set
// (Importer::columnSetKey) so the next file with the same headers imports without asking again.
namespace ColumnMaps {

QHash<QString, QString> recall(QSqlDatabase &db, const QString &headerSetKey);
bool remember(QSqlDatabase &db, const QString &headerSetKey, const QHash<QString, QString> &map);

} // namespace ColumnMaps
