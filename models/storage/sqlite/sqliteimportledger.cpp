// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sqlite/sqliteimportledger.h"

#include "storage/sqlite/sql.h"

#include "importers/importerregistry.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

Expected<QList<ImportReport>> SqliteImportLedger::list()
{
    QList<ImportReport> out;
    QSqlQuery q(m_db);
    if (!q.exec(u"SELECT id, file_name, sha256, kind, format, rows_read, rows_stored, rows_skipped, started_at, "
                "finished_at, os_user, notes FROM imports ORDER BY id DESC"_s))
        return Sql::error(q);
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
    QSqlQuery s(m_db);
    s.prepare(u"SELECT reason, count, first_line FROM import_skips WHERE import_id = ? ORDER BY count DESC"_s);
    for (ImportReport &r : out) {
        s.addBindValue(r.importId);
        if (!s.exec())
            return Sql::error(s);
        while (s.next())
            r.skipped.insert(s.value(0).toString(), SkipTally { s.value(1).toLongLong(), s.value(2).toInt() });
    }
    return out;
}

Expected<std::optional<PriorImport>> SqliteImportLedger::findContent(const QString &sha256)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT file_name, started_at FROM imports WHERE sha256 = ?"_s);
    q.addBindValue(sha256);
    if (!q.exec())
        return Sql::error(q);
    if (!q.next())
        return std::optional<PriorImport> {};
    return std::optional<PriorImport>(
        PriorImport { q.value(0).toString(), QDateTime::fromString(q.value(1).toString(), Qt::ISODate) });
}

namespace {

// An import's start, under the given number or (a null id) the next one; returns the number it has.
Expected<qint64> insertImport(const QSqlDatabase &db, const ImportReport &r, const QVariant &id)
{
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO imports(id, file_name, sha256, kind, format, started_at, os_user) VALUES(?,?,?,?,?,?,?)"_s);
    q.addBindValue(id);
    q.addBindValue(r.fileName);
    q.addBindValue(r.sha256);
    q.addBindValue(r.kind);
    q.addBindValue(r.format);
    q.addBindValue(r.startedAt.toString(Qt::ISODate));
    q.addBindValue(r.osUser);
    if (!q.exec())
        return Sql::error(q, r.fileName);
    return q.lastInsertId().toLongLong();
}

} // namespace

Status SqliteImportLedger::begin(ImportReport &r)
{
    auto id = insertImport(m_db, r, QVariant(QMetaType::fromType<qint64>()));
    if (!id)
        return id.error();
    r.importId = *id;
    return {};
}

Status SqliteImportLedger::beginCopy(const ImportReport &r)
{
    auto id = insertImport(m_db, r, r.importId);
    return id ? Status {} : Status { id.error() };
}

Status SqliteImportLedger::finish(const ImportReport &r)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE imports SET rows_read=?, rows_stored=?, rows_skipped=?, finished_at=?, notes=? WHERE id=?"_s);
    q.addBindValue(r.rowsRead);
    q.addBindValue(r.rowsStored);
    q.addBindValue(r.rowsSkipped);
    q.addBindValue(r.finishedAt.toString(Qt::ISODate));
    // Never NULL (the column is NOT NULL): an import may have nothing to note.
    q.addBindValue(r.notes.isEmpty() ? u""_s : r.notes.join(u'\n'));
    q.addBindValue(r.importId);
    if (!q.exec())
        return Sql::error(q, r.fileName);
    QSqlQuery s(m_db);
    s.prepare(u"INSERT INTO import_skips(import_id, reason, count, first_line) VALUES(?,?,?,?)"_s);
    for (auto it = r.skipped.cbegin(); it != r.skipped.cend(); ++it) {
        s.addBindValue(r.importId);
        s.addBindValue(it.key());
        s.addBindValue(it->count);
        s.addBindValue(it->firstLine);
        if (!s.exec())
            return Sql::error(s, r.fileName);
    }
    return {};
}

Status SqliteImportLedger::remove(const ImportReport &import, const QString &)
{
    const qint64 importId = import.importId;
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM imports WHERE id = ?"_s);
    q.addBindValue(importId);
    if (!q.exec())
        return Sql::error(q);
    if (q.numRowsAffected() != 1)
        return Error { {}, 0, tr("there is no import #%1 in this workspace").arg(importId) };
    return {};
}

Expected<std::optional<QString>> SqliteSettings::value(const QString &key)
{
    return Sql::meta(m_db, key);
}

Status SqliteSettings::setValue(const QString &key, const QString &value)
{
    return Sql::setMeta(m_db, key, value);
}

// The chat retention shares the meta table on SQLite but is the chat archive's (ChatArchive::retentionDays), as
// on PostgreSQL: not a workspace setting.
Expected<QMap<QString, QString>> SqliteSettings::all()
{
    QSqlQuery q(m_db);
    if (!q.exec(u"SELECT key, value FROM meta WHERE key <> 'chat_retention_days' ORDER BY key"_s))
        return Sql::error(q);
    QMap<QString, QString> out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toString());
    return out;
}
