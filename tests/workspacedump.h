// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sqlitetestsupport.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

namespace TestSupport {

// Every row of every table of a workspace, so "unchanged" means unchanged.
inline QStringList dumpWorkspace(const QString &dbPath)
{
    SqliteTestConnection c(dbPath);
    QStringList out;
    QSqlQuery tables(c.db());
    tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                               "AND name NOT LIKE '%fts%' ORDER BY name"));
    while (tables.next()) {
        const QString t = tables.value(0).toString();
        QSqlQuery rows(c.db());
        rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1").arg(t));
        while (rows.next()) {
            QStringList cells;
            for (int i = 0; i < rows.record().count(); ++i)
                cells << rows.value(i).toString();
            out << t + QStringLiteral(": ") + cells.join(QLatin1Char('|'));
        }
    }
    return out;
}

} // namespace TestSupport
