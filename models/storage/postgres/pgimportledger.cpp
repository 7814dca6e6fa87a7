// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/postgres/pgimportledger.h"

#include "importers/importerregistry.h"
#include "storage/postgres/pgconnection.h"
#include "storage/postgres/pgworkspacewatcher.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace {

QByteArray epoch(const QDateTime &t)
{
    return QByteArray::number(t.toSecsSinceEpoch());
}

QDateTime fromEpoch(const PgResult &r, int row, int column)
{
    return r.isNull(row, column) ? QDateTime() : QDateTime::fromSecsSinceEpoch(r.integer(row, column), Qt::UTC);
}

} // namespace

Expected<QList<ImportReport>> PgImportLedger::list()
{
    auto r = m_conn.exec("SELECT id, file_name, sha256, kind, format, rows_read, rows_stored, rows_skipped, "
                         "extract(epoch FROM started_at)::bigint, extract(epoch FROM finished_at)::bigint, os_user, "
                         "notes FROM imports ORDER BY id DESC");
    if (!r)
        return r.error();
    QList<ImportReport> out;
    QHash<qint64, qsizetype> rowOf;
    for (int i = 0; i < r->rows(); ++i) {
        ImportReport report;
        report.importId = r->integer(i, 0);
        report.fileName = r->text(i, 1);
        report.sha256 = r->text(i, 2);
        report.kind = r->text(i, 3);
        report.format = r->text(i, 4);
        const Importer *importer = ImporterRegistry::byName(report.format);
        report.formatDisplay = importer ? importer->displayName() : report.format;
        report.rowsRead = r->integer(i, 5);
        report.rowsStored = r->integer(i, 6);
        report.rowsSkipped = r->integer(i, 7);
        report.startedAt = fromEpoch(*r, i, 8);
        report.finishedAt = fromEpoch(*r, i, 9);
        report.osUser = r->text(i, 10);
        report.notes = r->text(i, 11).split(u'\n', Qt::SkipEmptyParts);
        rowOf.insert(report.importId, out.size());
        out << report;
    }
    auto skips = m_conn.exec("SELECT import_id, reason, count, first_line FROM import_skips");
    if (!skips)
        return skips.error();
    for (int i = 0; i < skips->rows(); ++i) {
        const auto at = rowOf.constFind(skips->integer(i, 0));
        if (at != rowOf.constEnd())
            out[*at].skipped.insert(skips->text(i, 1), SkipTally { skips->integer(i, 2), int(skips->integer(i, 3)) });
    }
    return out;
}

Expected<std::optional<PriorImport>> PgImportLedger::findContent(const QString &sha256)
{
    auto r = m_conn.exec(
        "SELECT file_name, extract(epoch FROM started_at)::bigint FROM imports WHERE sha256 = $1", { sha256.toUtf8() });
    if (!r)
        return r.error();
    if (r->rows() == 0)
        return std::optional<PriorImport> {};
    return std::optional<PriorImport>(PriorImport { r->text(0, 0), fromEpoch(*r, 0, 1) });
}

namespace {
// What begin() and beginCopy() store of an import, in this order.
QByteArrayList importValues(const ImportReport &report)
{
    return { report.fileName.toUtf8(), report.sha256.toUtf8(), report.kind.toUtf8(), report.format.toUtf8(),
        epoch(report.startedAt), report.osUser.toUtf8() };
}
} // namespace

Status PgImportLedger::begin(ImportReport &report)
{
    auto r = m_conn.exec("INSERT INTO imports (file_name, sha256, kind, format, started_at, os_user) "
                         "VALUES ($1, $2, $3, $4, to_timestamp($5), $6) RETURNING id",
        importValues(report));
    if (!r) {
        // Another import of the same content committed while this one waited for it.
        if (m_conn.lastSqlState() == "23505")
            return Error { report.fileName, 0,
                tr("this content was imported by someone else a moment ago; it is not counted twice") };
        return Error { report.fileName, 0, r.error().reason };
    }
    report.importId = r->integer(0, 0);
    return {};
}

Status PgImportLedger::beginCopy(const ImportReport &report)
{
    // The identity column takes the number given; its sequence is then drawn up to it with nextval (which any
    // member who may write imports may call, unlike setval), so that the next import is numbered after it.
    if (Status s = m_conn.run("INSERT INTO imports (id, file_name, sha256, kind, format, started_at, os_user) "
                              "VALUES ($1, $2, $3, $4, $5, to_timestamp($6), $7)",
            QByteArrayList { QByteArray::number(report.importId) } + importValues(report)))
        return Error { report.fileName, 0, s->reason };
    if (Status s = m_conn.run("SELECT count(nextval('imports_id_seq')) FROM generate_series(1, $1::bigint - "
                              "(SELECT CASE WHEN is_called THEN last_value ELSE last_value - 1 END "
                              "FROM imports_id_seq))",
            { QByteArray::number(report.importId) }))
        return Error { report.fileName, 0, s->reason };
    return {};
}

Status PgImportLedger::finish(const ImportReport &report)
{
    if (Status s = m_conn.run("UPDATE imports SET rows_read = $1, rows_stored = $2, rows_skipped = $3, "
                              "finished_at = to_timestamp($4), notes = $5 WHERE id = $6",
            { QByteArray::number(report.rowsRead), QByteArray::number(report.rowsStored),
                QByteArray::number(report.rowsSkipped), epoch(report.finishedAt),
                // Never NULL (the column is NOT NULL): an import may have nothing to note.
                QByteArray("") + report.notes.join(u'\n').toUtf8(), QByteArray::number(report.importId) }))
        return Error { report.fileName, 0, s->reason };
    for (auto it = report.skipped.cbegin(); it != report.skipped.cend(); ++it) {
        if (Status s
            = m_conn.run("INSERT INTO import_skips (import_id, reason, count, first_line) VALUES ($1, $2, $3, $4)",
                { QByteArray::number(report.importId), it.key().toUtf8(), QByteArray::number(it->count),
                    QByteArray::number(it->firstLine) }))
            return Error { report.fileName, 0, s->reason };
    }
    // Everyone watching hears of it when the import commits, not before and not if it is rolled back.
    return m_conn.notify(PgWorkspaceWatcher::kChannel, PgWorkspaceWatcher::payloadOf(report));
}

Status PgImportLedger::remove(const ImportReport &import, const QString &byUser)
{
    const qint64 importId = import.importId;
    auto r = m_conn.exec("DELETE FROM imports WHERE id = $1 RETURNING id", { QByteArray::number(importId) });
    if (!r)
        return r.error();
    if (r->rows() != 1)
        return Error { {}, 0, tr("there is no import #%1 in this workspace").arg(importId) };
    // As for an import: everyone watching hears of it when the removal commits.
    return m_conn.notify(PgWorkspaceWatcher::kChannel, PgWorkspaceWatcher::payloadOf(import, byUser));
}

Expected<std::optional<QString>> PgSettings::value(const QString &key)
{
    auto r = m_conn.exec("SELECT value FROM meta WHERE key = $1", { key.toUtf8() });
    if (!r)
        return r.error();
    if (r->rows() == 0)
        return std::optional<QString> {};
    return std::optional<QString>(r->text(0, 0));
}

Status PgSettings::setValue(const QString &key, const QString &value)
{
    return m_conn.run(
        "INSERT INTO meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        { key.toUtf8(), value.toUtf8() });
}

Expected<QMap<QString, QString>> PgSettings::all()
{
    auto r = m_conn.exec("SELECT key, value FROM meta ORDER BY key");
    if (!r)
        return r.error();
    QMap<QString, QString> out;
    for (int i = 0; i < r->rows(); ++i)
        out.insert(r->text(i, 0), r->text(i, 1));
    return out;
}
