// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/postgres/pgreportarchive.h"

#include "storage/postgres/pgvalues.h"

using namespace Qt::StringLiterals;

Expected<QList<StoredReport>> PgReportArchive::select(const QByteArray &where, const QByteArrayList &params)
{
    auto r = m_conn.exec("SELECT id, document_id, " + PgValues::epochMs("made_at")
            + ", made_by, period_from::text, period_to::text, site, language, format, file_name, sha256, summary "
              "FROM reports "
            + where + " ORDER BY made_at DESC, id DESC",
        params);
    if (!r)
        return r.error();
    QList<StoredReport> out;
    for (int i = 0; i < r->rows(); ++i) {
        StoredReport s;
        s.id = r->integer(i, 0);
        s.documentId = r->text(i, 1);
        s.madeAt = PgValues::timeAt(*r, i, 2);
        s.madeBy = r->text(i, 3);
        s.from = QDate::fromString(r->text(i, 4), Qt::ISODate);
        s.to = QDate::fromString(r->text(i, 5), Qt::ISODate);
        s.site = r->text(i, 6);
        s.language = r->text(i, 7);
        s.format = r->text(i, 8);
        s.fileName = r->text(i, 9);
        s.sha256 = r->text(i, 10);
        s.summary = r->text(i, 11);
        out << s;
    }
    return out;
}

Expected<QList<StoredReport>> PgReportArchive::list()
{
    return select({}, {});
}

Expected<QList<StoredReport>> PgReportArchive::withChecksum(const QString &sha256)
{
    return select("WHERE sha256 = $1", { sha256.toLower().toUtf8() });
}

Status PgReportArchive::add(StoredReport &s)
{
    using namespace PgValues;
    auto r = m_conn.exec("INSERT INTO reports (document_id, made_at, made_by, period_from, period_to, site, language, "
                         "format, file_name, sha256, summary) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) "
                         "RETURNING id",
        { text(s.documentId), time(s.madeAt, true), text(s.madeBy), s.from.toString(Qt::ISODate).toUtf8(),
            s.to.toString(Qt::ISODate).toUtf8(), text(s.site), text(s.language), text(s.format), text(s.fileName),
            text(s.sha256.toLower()), text(s.summary) });
    if (!r)
        return Error { s.fileName, 0, r.error().reason };
    s.id = r->integer(0, 0);
    return {};
}
