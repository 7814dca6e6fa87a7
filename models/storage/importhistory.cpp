// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/importhistory.h"

#include "importers/importerregistry.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

QList<ImportReport> ImportHistory::list(QSqlDatabase &db)
{
    QList<ImportReport> out;
    QSqlQuery q(db);
    q.exec(u"SELECT id, file_name, sha256, kind, format, rows_read, rows_stored, rows_skipped, started_at, "
           "finished_at, os_user, notes FROM imports ORDER BY id DESC"_s);
    while (q.next()) {
        ImportReport r;
        r.importId = q.value(0).toLongLong();
        r.fileName = q.value(1).toString();
        r.sha256 = q.value(2).toString();
        r.kind = q.value(3).toString();
        r.format = q.value(4).toString();
        const Importer *imp = ImporterRegistry::byName(r.format);
        r.formatDisplay = imp ? imp->displayName() : r.format;
        r.rowsRead = q.value(5).toLongLong();
        r.rowsStored = q.value(6).toLongLong();
        r.rowsSkipped = q.value(7).toLongLong();
        r.startedAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODate);
        r.finishedAt = QDateTime::fromString(q.value(9).toString(), Qt::ISODate);
        r.osUser = q.value(10).toString();
        r.notes = q.value(11).toString().split(u'\n', Qt::SkipEmptyParts);
        out << r;
    }
    QSqlQuery s(db);
    s.prepare(u"SELECT reason, count, first_line FROM import_skips WHERE import_id = ? ORDER BY count DESC"_s);
    for (ImportReport &r : out) {
        s.addBindValue(r.importId);
        if (!s.exec())
            continue;
        while (s.next())
            r.skipped.insert(s.value(0).toString(), SkipTally { s.value(1).toLongLong(), s.value(2).toInt() });
    }
    return out;
}
