// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

// libpq's own types, so that this header does not pull libpq-fe.h into its users.
typedef struct pg_conn PGconn;
typedef struct pg_result PGresult;

class PgCopy;

// What a statement returned, owned (PQclear on destruction). Values in libpq's text format.
class PgResult
{
public:
    explicit PgResult(PGresult *result = nullptr);
    PgResult(PgResult &&other) noexcept;
    PgResult &operator=(PgResult &&other) noexcept;
    PgResult(const PgResult &) = delete;
    PgResult &operator=(const PgResult &) = delete;
    ~PgResult();

    int rows() const;
    int columns() const;
    bool isNull(int row, int column) const;
    QByteArray value(int row, int column) const; // empty for NULL
    QString text(int row, int column) const; // UTF-8 (the connection's client encoding)
    qint64 integer(int row, int column) const; // 0 for NULL or not a number
    QByteArray bytes(int row, int column) const; // a bytea column's bytes (the text format is hex)
    // Bytes as a bytea parameter in text format ($n::bytea).
    static QByteArray byteaParameter(QByteArrayView bytes);
    qint64 affectedRows() const; // INSERT/UPDATE/DELETE/COPY: how many rows; 0 otherwise

private:
    PGresult *m_result = nullptr;
    friend class PgConnection;
    friend class PgCopy;
};

// A notification sent with NOTIFY on a channel this connection LISTENs to.
struct PgNotification
{
    QByteArray channel;
    QByteArray payload;
    int senderPid = 0;
};

// One connection to a PostgreSQL server through libpq: statements with parameters (never spliced into the
// text), COPY ... FROM STDIN for bulk rows, LISTEN/NOTIFY. Errors are values: a sentence a user can act on,
// with the server's SQLSTATE kept for the caller (lastSqlState(): "40001" a serialization failure, "40P01" a
// deadlock, "42501" a missing privilege, ...). Not thread-safe: one connection per thread. The password never
// appears in a message.
class PgConnection
{
    Q_DECLARE_TR_FUNCTIONS(PgConnection)

public:
    ~PgConnection();
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;

    // A libpq URI (postgresql://user@host:port/dbname?sslmode=...; postgres:// too). What the URI leaves out
    // comes from libpq's environment (PGHOST, PGUSER, ...), the password from ~/.pgpass or PGPASSWORD.
    static bool isUri(const QString &location);
    static Expected<std::unique_ptr<PgConnection>> open(const QString &uri);
    // A password the user typed for this URI (the GUI's prompt), kept in this process's memory only and used by
    // open(); never written anywhere. An empty one forgets it.
    static void rememberPassword(const QString &uri, const QByteArray &password);
    // The URI as it may be shown: without a password.
    static QString displayUri(const QString &uri);

    // Runs one statement; parameters are $1, $2, ... in text format (a null QByteArray is SQL NULL).
    Expected<PgResult> exec(const QByteArray &sql, const QByteArrayList &params = {});
    Status run(const QByteArray &sql, const QByteArrayList &params = {});
    // Runs several statements separated by semicolons, without parameters (schema files).
    Status runScript(const QByteArray &sql);
    // A name (role, table) quoted for the statement text, for statements that cannot take it as a parameter
    // (GRANT, CREATE ROLE). Empty when libpq cannot quote it.
    QByteArray quoteIdentifier(const QString &name) const;
    // The SQLSTATE of the last failed statement ("" after success).
    QByteArray lastSqlState() const { return m_lastSqlState; }

    int serverVersion() const; // e.g. 150018

    // How long a change waits for a lock another one holds before it is refused as busy ("try again"), in
    // seconds: `usual`, unless the environment sets KAPSEL_PG_LOCK_WAIT (seconds, for every wait: tests, or a
    // team that prefers to hear "busy" sooner).
    static int lockWaitSeconds(int usual);
    // "SET LOCAL lock_timeout" for that wait, inside the current transaction.
    Status setLockWait(int usualSeconds);
    QString user() const;
    QString database() const;

    // LISTEN/NOTIFY. socket() becomes readable when something arrives (for a QSocketNotifier);
    // notifications() reads what has arrived without waiting; waitForNotification waits up to `ms`.
    Status listen(const QByteArray &channel);
    Status notify(const QByteArray &channel, const QByteArray &payload);
    int socket() const;
    std::vector<PgNotification> notifications();
    std::vector<PgNotification> waitForNotification(int ms);

    PGconn *handle() const { return m_conn; }

private:
    explicit PgConnection(PGconn *conn);
    Error failure(PGresult *result, const QByteArray &sql);

    PGconn *m_conn = nullptr;
    QByteArray m_lastSqlState;
    PgCopy *m_copy = nullptr; // the COPY in progress: a statement run meanwhile aborts it first
    friend class PgCopy;
};

// COPY table (columns) FROM STDIN in text format: rows are buffered and sent in blocks; escaping of tabs,
// line breaks and backslashes is done here, so any text goes through as it is.
class PgCopy
{
    Q_DECLARE_TR_FUNCTIONS(PgCopy)

public:
    explicit PgCopy(PgConnection &conn);
    ~PgCopy(); // an unfinished COPY is aborted

    // e.g. "COPY sessions (day, visits) FROM STDIN"
    Status begin(const QByteArray &copyStatement);
    // One row, one value per column; a null QByteArray is SQL NULL.
    Status addRow(const QByteArrayList &values);
    // Rows already in COPY's text format (fields escaped, tab-separated, each row ending in a line break), for
    // writers that format millions of rows without a list per row.
    Status addEncoded(QByteArrayView rows);
    // Ends the COPY; the number of rows the server stored.
    Expected<qint64> finish();
    // Ends it with an error: nothing of it is stored.
    void abort(const QByteArray &reason);

private:
    Status flush();

    PgConnection &m_conn;
    QByteArray m_buffer;
    QByteArray m_statement;
    bool m_active = false;
};
