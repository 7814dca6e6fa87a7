// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/postgres/pgschema.h"

#include "storage/postgres/pgaccess.h"
#include "storage/postgres/pgconnection.h"
#include "storage/postgres/pgvisitorstore.h"

#include <QDir>
#include <QFile>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const QString kResourceRoot = u":/storage/postgres/schema"_s;

// Any number: the advisory lock that serialises schema changes of Kapsel workspaces in one database.
constexpr const char *kMigrationLock = "7419230081";

QList<int> versions()
{
    QList<int> out;
    for (const QString &name : QDir(kResourceRoot).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool ok = false;
        const int v = name.toInt(&ok);
        if (ok && v > 0)
            out << v;
    }
    std::sort(out.begin(), out.end());
    return out;
}

// What a version needs besides its SQL files: programs that convert stored data, run after the files.
struct Program
{
    int version;
    Status (*run)(PgConnection &);
};
const Program kPrograms[] = {
    { 2, &PgVisitorStore::packSessions },
};

Status applyVersion(PgConnection &conn, int version)
{
    const QDir dir(kResourceRoot + u'/' + QString::number(version));
    for (const QString &name : dir.entryList({ u"*.sql"_s }, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            return Error { {}, 0, PgSchema::tr("the schema file %1 is missing from this Kapsel").arg(name) };
        if (Status s = conn.runScript(f.readAll()))
            return s;
    }
    for (const Program &p : kPrograms)
        if (p.version == version)
            if (Status s = p.run(conn))
                return s;
    return conn.run("UPDATE schema_version SET version = $1", { QByteArray::number(version) });
}

} // namespace

int PgSchema::latestVersion()
{
    const QList<int> v = versions();
    return v.isEmpty() ? 0 : v.last();
}

Status PgSchema::prepare(PgConnection &conn)
{
    return conn.run("SELECT set_config('search_path', 'kapsel', false)");
}

Expected<int> PgSchema::currentVersion(PgConnection &conn)
{
    auto exists = conn.exec("SELECT to_regclass('kapsel.schema_version') IS NOT NULL");
    if (!exists)
        return exists.error();
    if (exists->value(0, 0) != "t")
        return 0;
    auto v = conn.exec("SELECT version FROM kapsel.schema_version");
    if (!v)
        return v.error();
    return v->rows() == 0 ? 0 : int(v->integer(0, 0));
}

Status PgSchema::migrate(PgConnection &conn, int target)
{
    // Up to date (the common case): nothing to lock or create, which a member without the right to create
    // anything in the database could not do.
    auto before = currentVersion(conn);
    if (!before)
        return before.error();
    if (*before >= target && *before <= latestVersion())
        return prepare(conn);
    if (Status s = conn.run("BEGIN"))
        return s;
    auto fail = [&](const Error &e) -> Status {
        conn.run("ROLLBACK");
        return e;
    };
    if (Status s = conn.run("SELECT pg_advisory_xact_lock(" + QByteArray(kMigrationLock) + ")"))
        return fail(*s);
    if (Status s = conn.runScript(
            "CREATE SCHEMA IF NOT EXISTS kapsel; "
            "CREATE TABLE IF NOT EXISTS kapsel.schema_version (version integer NOT NULL); "
            "INSERT INTO kapsel.schema_version SELECT 0 WHERE NOT EXISTS (SELECT FROM kapsel.schema_version)"))
        return fail(*s);
    if (Status s = prepare(conn))
        return fail(*s);
    auto current = currentVersion(conn);
    if (!current)
        return fail(current.error());
    if (*current > latestVersion())
        return fail(Error { {}, 0,
            tr("this team workspace was made by a newer Kapsel (schema %1, this Kapsel knows up to %2); "
               "update Kapsel to open it")
                .arg(*current)
                .arg(latestVersion()) });
    bool applied = false;
    for (int v : versions()) {
        if (v <= *current || v > target)
            continue;
        if (Status s = applyVersion(conn, v))
            return fail(*s);
        applied = true;
    }
    // An upgrade may add tables to an area: the area's group roles (where someone was granted it) get them too,
    // as the area's tables are granted whole.
    if (applied && *current > 0)
        if (Status s = PgAccess(conn).refreshGroupGrants())
            return fail(*s);
    return conn.run("COMMIT");
}
