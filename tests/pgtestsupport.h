// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// For tests against a real PostgreSQL server. ctest runs every test that includes this header under
// pg_virtualenv (tests/CMakeLists.txt), which starts a throwaway server and sets PGHOST, PGPORT, PGUSER,
// PGPASSWORD and PGDATABASE; without it the PostgreSQL cases are skipped with "skipped: no PostgreSQL server".

#include "importers/importcontext.h"
#include "storage/postgres/pgconnection.h"
#include "storage/postgres/pgschema.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>
#include <QUrl>

#include <functional>
#include <memory>

inline bool havePostgresServer()
{
    return qEnvironmentVariableIsSet("PGHOST") && qEnvironmentVariableIsSet("PGPORT");
}

inline const char *noPostgresServer()
{
    return "skipped: no PostgreSQL server (install postgresql-common and postgresql; ctest runs this test under "
           "pg_virtualenv)";
}

// The global data rows of a contract test (column "backend"): "sqlite", and "postgresql" when a server is
// present (else a line says why it is left out).
inline void addBackendRows()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    if (havePostgresServer())
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    else
        qInfo("%s", noPostgresServer());
}

// The test server's address for a role that logs in with a password (pg_virtualenv gives the host, port and
// database).
inline QString postgresUriFor(const QString &role, const QString &password)
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(role);
    url.setPassword(password);
    url.setHost(qEnvironmentVariable("PGHOST", QStringLiteral("localhost")));
    url.setPort(qEnvironmentVariable("PGPORT").toInt());
    url.setPath(QLatin1Char('/') + qEnvironmentVariable("PGDATABASE", QStringLiteral("postgres")));
    return url.toString();
}

// A connection to the test server, with an empty Kapsel workspace at the latest schema (whatever an earlier
// case left is dropped first). Aborts the test program when the server cannot be reached.
class PgTestDatabase
{
public:
    PgTestDatabase()
    {
        auto c = PgConnection::open(QStringLiteral("postgresql://"));
        if (!c)
            qFatal("cannot connect to the test server: %s", qPrintable(c.error().toString()));
        m_conn = std::move(*c);
        if (Status s = m_conn->run("DROP SCHEMA IF EXISTS kapsel CASCADE"))
            qFatal("%s", qPrintable(s->toString()));
        if (Status s = PgSchema::migrate(*m_conn))
            qFatal("%s", qPrintable(s->toString()));
    }

    PgConnection &connection() { return *m_conn; }

    // One import as an importer runs it: a history row, then `body` (which opens the area's sink through its
    // port, fills it and finishes it) in one transaction, rolled back when anything fails. The file names are
    // import-1<extension>, import-2<extension>, ...
    Status import(const char *kind, const std::function<Status(ImportContext &)> &body, const QString &extension = {})
    {
        return importOn(*m_conn, QStringLiteral("import-%1").arg(++m_imports) + extension, kind, body);
    }

    // Another connection to the workspace, for cases that run imports at once (one connection per thread).
    static std::unique_ptr<PgConnection> connect()
    {
        auto c = PgConnection::open(QStringLiteral("postgresql://"));
        if (!c)
            qFatal("cannot connect to the test server: %s", qPrintable(c.error().toString()));
        if (Status s = PgSchema::prepare(**c))
            qFatal("%s", qPrintable(s->toString()));
        return std::move(*c);
    }

    // A connection as another login role of the test server (a role test must not run as a superuser, which
    // bypasses grants and row-level security).
    static std::unique_ptr<PgConnection> connectAs(const QString &role, const QString &password)
    {
        auto c = PgConnection::open(postgresUriFor(role, password));
        if (!c)
            qFatal("cannot connect as %s: %s", qPrintable(role), qPrintable(c.error().toString()));
        if (Status s = PgSchema::prepare(**c))
            qFatal("%s", qPrintable(s->toString()));
        return std::move(*c);
    }

    // import() on any connection, under the given file name (unique per import).
    static Status importOn(PgConnection &conn, const QString &fileName, const char *kind,
        const std::function<Status(ImportContext &)> &body)
    {
        if (Status s = conn.run("BEGIN"))
            return s;
        auto fail = [&](Status s) {
            conn.run("ROLLBACK");
            return s;
        };
        auto id = conn.exec("INSERT INTO imports (file_name, sha256, kind, format, started_at, os_user) "
                            "VALUES ($1, $1, $2, 'test', now(), 'test') RETURNING id",
            { fileName.toUtf8(), QByteArray(kind) });
        if (!id)
            return fail(id.error());
        ImportContext ctx;
        ctx.fileName = fileName;
        ctx.importId = id->integer(0, 0);
        ctx.timeZone = QTimeZone("Europe/Oslo");
        if (Status s = body(ctx))
            return fail(s);
        if (Status s
            = conn.run("UPDATE imports SET rows_read = $1, rows_stored = $2, finished_at = now() WHERE id = $3",
                { QByteArray::number(ctx.rowsRead), QByteArray::number(ctx.rowsStored),
                    QByteArray::number(ctx.importId) }))
            return fail(s);
        return conn.run("COMMIT");
    }

private:
    std::unique_ptr<PgConnection> m_conn;
    int m_imports = 0;
};
