// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sqlite/sqlitereportarchive.h"

#include "storage/sqlite/migrations.h"
#include "storage/sqlite/sql.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

Status Migrations::createReportArchive(QSqlDatabase &db)
{
    return Sql::execAll(db,
        {
            // One row per compliance report written: what was handed in, and its file's checksum. The summary
            // holds counts only (ComplianceReport::Summary), never a value of the data.
            u"CREATE TABLE reports ("
            "  id INTEGER PRIMARY KEY,"
            "  document_id TEXT NOT NULL,"
            "  made_at TEXT NOT NULL," // ISO 8601 UTC
            "  made_by TEXT NOT NULL,"
            "  period_from TEXT NOT NULL," // ISO date
            "  period_to TEXT NOT NULL,"
            "  site TEXT NOT NULL DEFAULT '',"
            "  language TEXT NOT NULL,"
            "  format TEXT NOT NULL,"
            "  file_name TEXT NOT NULL,"
            "  sha256 TEXT NOT NULL,"
            "  summary TEXT NOT NULL DEFAULT '')"_s,
            u"CREATE INDEX reports_sha256 ON reports(sha256)"_s,
        });
}

Expected<QList<StoredReport>> SqliteReportArchive::select(const QString &where, const QString &value)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT id, document_id, made_at, made_by, period_from, period_to, site, language, format, file_name, "
              "sha256, summary FROM reports %1 ORDER BY made_at DESC, id DESC"_s.arg(where));
    if (!where.isEmpty())
        q.addBindValue(value);
    if (!q.exec())
        return Sql::error(q);
    QList<StoredReport> out;
    while (q.next()) {
        StoredReport r;
        r.id = q.value(0).toLongLong();
        r.documentId = q.value(1).toString();
        r.madeAt = QDateTime::fromString(q.value(2).toString(), Qt::ISODate);
        r.madeBy = q.value(3).toString();
        r.from = QDate::fromString(q.value(4).toString(), Qt::ISODate);
        r.to = QDate::fromString(q.value(5).toString(), Qt::ISODate);
        r.site = q.value(6).toString();
        r.language = q.value(7).toString();
        r.format = q.value(8).toString();
        r.fileName = q.value(9).toString();
        r.sha256 = q.value(10).toString();
        r.summary = q.value(11).toString();
        out << r;
    }
    return out;
}

Expected<QList<StoredReport>> SqliteReportArchive::list()
{
    return select({}, {});
}

Expected<QList<StoredReport>> SqliteReportArchive::withChecksum(const QString &sha256)
{
    return select(u"WHERE sha256 = ?"_s, sha256.toLower());
}

Status SqliteReportArchive::add(StoredReport &r)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO reports(document_id, made_at, made_by, period_from, period_to, site, language, format, "
              "file_name, sha256, summary) VALUES(?,?,?,?,?,?,?,?,?,?,?)"_s);
    q.addBindValue(r.documentId);
    q.addBindValue(r.madeAt.toUTC().toString(Qt::ISODateWithMs));
    q.addBindValue(r.madeBy);
    q.addBindValue(r.from.toString(Qt::ISODate));
    q.addBindValue(r.to.toString(Qt::ISODate));
    q.addBindValue(r.site.isNull() ? u""_s : r.site);
    q.addBindValue(r.language);
    q.addBindValue(r.format);
    q.addBindValue(r.fileName);
    q.addBindValue(r.sha256.toLower());
    q.addBindValue(r.summary.isNull() ? u""_s : r.summary);
    if (!q.exec())
        return Sql::error(q, r.fileName);
    r.id = q.lastInsertId().toLongLong();
    return {};
}
