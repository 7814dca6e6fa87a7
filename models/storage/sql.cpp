// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sql.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace {
struct SqlTr
{
    Q_DECLARE_TR_FUNCTIONS(Sql)
};

QString describe(const QSqlError &e)
{
    const QString code = e.nativeErrorCode();
    if (code == u"5" || code == u"6" || e.text().contains(u"locked"_s))
        return SqlTr::tr("the workspace is busy with another import or program; try again when it has finished");
    if (code == u"11" || code == u"26")
        return SqlTr::tr("the workspace file is damaged or is not a Kapsel workspace");
    if (code == u"13")
        return SqlTr::tr("the disk is full");
    return SqlTr::tr("database error: %1").arg(e.text());
}
} // namespace

Error Sql::error(const QSqlQuery &q, const QString &file)
{
    return Error { file, 0, describe(q.lastError()) };
}

Error Sql::error(const QSqlDatabase &db, const QString &file)
{
    return Error { file, 0, describe(db.lastError()) };
}

Status Sql::execAll(QSqlDatabase &db, const QStringList &statements)
{
    QSqlQuery q(db);
    for (const QString &s : statements) {
        if (!q.exec(s))
            return error(q);
    }
    return {};
}

Status Sql::beginWrite(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(u"BEGIN IMMEDIATE"_s))
        return error(q);
    return {};
}

Status Sql::commit(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(u"COMMIT"_s)) {
        Error e = error(q);
        rollback(db);
        return e;
    }
    return {};
}

void Sql::rollback(QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.exec(u"ROLLBACK"_s);
}

sqlite3 *Sql::handle(const QSqlDatabase &db)
{
    const QVariant v = db.driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(v.constData());
    return nullptr;
}
