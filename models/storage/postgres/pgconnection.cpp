// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/postgres/pgconnection.h"

#include <QHash>
#include <QLoggingCategory>
#include <QMutex>
#include <QUrl>
#include <QUrlQuery>

#include <libpq-fe.h>
#include <poll.h>

#include <utility>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcPg, "kapsel.postgres", QtWarningMsg)

namespace {

// Rows are sent to the server in blocks of about this size.
constexpr qsizetype kCopyBlock = 256 * 1024;

// A sentence a user can act on for a server error. The server's own text (which may name tables, columns and
// values) goes to the debug log only.
QString describe(const QByteArray &state)
{
    const QByteArray cls = state.left(2);
    if (state == "42501")
        return PgConnection::tr("you have no access to this part of the team workspace; ask its owner for access");
    if (state == "40001" || state == "40P01" || state == "55P03")
        return PgConnection::tr("the team workspace is busy with another change; try again in a moment");
    if (state == "57014")
        return PgConnection::tr("the operation on the team workspace was cancelled");
    if (state == "53100")
        return PgConnection::tr("the team workspace's server is out of disk space; nothing was changed");
    if (cls == "53")
        return PgConnection::tr("the team workspace's server is short of resources; try again later");
    if (cls == "08" || cls == "57")
        return PgConnection::tr("the connection to the team workspace's server was lost; nothing was changed");
    if (cls == "28")
        return PgConnection::tr("the server refused the login; check the user name and the password in ~/.pgpass");
    //: %1 is PostgreSQL's SQLSTATE code, for a bug report
    return PgConnection::tr("the team workspace could not carry out the change (internal error %1 in Kapsel; "
                            "nothing was changed)")
        .arg(QString::fromLatin1(state.isEmpty() ? QByteArray("?") : state));
}

// libpq's message about a failed connection is about the connection (host, port, login), never data; its first
// line is the useful part.
QString connectionMessage(PGconn *conn)
{
    const QString all = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
    const QString first = all.section(u'\n', 0, 0).trimmed();
    return first.isEmpty() ? all : first;
}

void appendEscaped(QByteArray &out, const QByteArray &value)
{
    if (value.isNull()) {
        out += "\\N";
        return;
    }
    for (const char c : value) {
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            out += c;
        }
    }
}

} // namespace

PgResult::PgResult(PGresult *result)
    : m_result(result)
{ }

PgResult::PgResult(PgResult &&other) noexcept
    : m_result(std::exchange(other.m_result, nullptr))
{ }

PgResult &PgResult::operator=(PgResult &&other) noexcept
{
    if (this != &other) {
        PQclear(m_result);
        m_result = std::exchange(other.m_result, nullptr);
    }
    return *this;
}

PgResult::~PgResult()
{
    PQclear(m_result);
}

int PgResult::rows() const
{
    return m_result ? PQntuples(m_result) : 0;
}

int PgResult::columns() const
{
    return m_result ? PQnfields(m_result) : 0;
}

bool PgResult::isNull(int row, int column) const
{
    return !m_result || row >= rows() || column >= columns() || PQgetisnull(m_result, row, column);
}

QByteArray PgResult::value(int row, int column) const
{
    if (isNull(row, column))
        return {};
    return QByteArray(PQgetvalue(m_result, row, column), PQgetlength(m_result, row, column));
}

QString PgResult::text(int row, int column) const
{
    return QString::fromUtf8(value(row, column));
}

qint64 PgResult::integer(int row, int column) const
{
    return value(row, column).toLongLong();
}

QByteArray PgResult::bytes(int row, int column) const
{
    // "\x" and two hex digits a byte (bytea_output = hex, the default since PostgreSQL 9.0).
    if (!m_result || PQgetisnull(m_result, row, column))
        return {};
    const char *text = PQgetvalue(m_result, row, column);
    const int n = PQgetlength(m_result, row, column);
    if (n < 2 || text[0] != '\\' || text[1] != 'x')
        return {};
    return QByteArray::fromHex(QByteArray::fromRawData(text + 2, n - 2));
}

int PgConnection::lockWaitSeconds(int usual)
{
    bool ok = false;
    const int set = qEnvironmentVariableIntValue("KAPSEL_PG_LOCK_WAIT", &ok);
    return ok && set > 0 ? set : usual;
}

Status PgConnection::setLockWait(int usualSeconds)
{
    return run("SELECT set_config('lock_timeout', $1, true)", { QByteArray::number(lockWaitSeconds(usualSeconds)) + "s" });
}

QByteArray PgResult::byteaParameter(QByteArrayView bytes)
{
    return "\\x" + bytes.toByteArray().toHex();
}

qint64 PgResult::affectedRows() const
{
    return m_result ? QByteArray(PQcmdTuples(m_result)).toLongLong() : 0;
}

PgConnection::PgConnection(PGconn *conn)
    : m_conn(conn)
{ }

PgConnection::~PgConnection()
{
    PQfinish(m_conn);
}

bool PgConnection::isUri(const QString &location)
{
    return location.startsWith(u"postgresql://"_s, Qt::CaseInsensitive)
        || location.startsWith(u"postgres://"_s, Qt::CaseInsensitive);
}

QString PgConnection::displayUri(const QString &uri)
{
    QUrl url(uri);
    if (!url.isValid())
        return tr("(a PostgreSQL address that cannot be read)");
    url.setPassword({});
    QUrlQuery query(url);
    query.removeAllQueryItems(u"password"_s);
    url.setQuery(query);
    return url.toString();
}

namespace {
// Passwords typed into the GUI's prompt, for this run only: by the URI as shown (without a password).
QMutex g_passwordsLock;
QHash<QString, QByteArray> g_passwords;
} // namespace

void PgConnection::rememberPassword(const QString &uri, const QByteArray &password)
{
    const QMutexLocker lock(&g_passwordsLock);
    if (password.isEmpty())
        g_passwords.remove(displayUri(uri));
    else
        g_passwords.insert(displayUri(uri), password);
}

Expected<std::unique_ptr<PgConnection>> PgConnection::open(const QString &uri)
{
    if (!isUri(uri))
        return Error { {}, 0, tr("\"%1\" is not a PostgreSQL address; it starts with postgresql://").arg(uri) };
    QByteArray password;
    {
        const QMutexLocker lock(&g_passwordsLock);
        password = g_passwords.value(displayUri(uri));
    }
    const QByteArray dbname = uri.toUtf8();
    // expand_dbname: the URI fills every other keyword; a remembered password is added beside it.
    const char *keywords[] = { "dbname", password.isEmpty() ? nullptr : "password", nullptr };
    const char *values[] = { dbname.constData(), password.isEmpty() ? nullptr : password.constData(), nullptr };
    PGconn *conn = PQconnectdbParams(keywords, values, 1);
    if (!conn)
        return Error { {}, 0, tr("cannot connect to PostgreSQL: not enough memory") };
    if (PQstatus(conn) != CONNECTION_OK) {
        const QString why = connectionMessage(conn);
        PQfinish(conn);
        return Error { {}, 0, tr("cannot connect to the team workspace %1: %2").arg(displayUri(uri), why) };
    }
    // The server's notices and warnings (e.g. "role x is not a member of role y" from a REVOKE that had nothing
    // to take) go to the debug log like its errors, not to the terminal, where libpq prints them by default.
    PQsetNoticeProcessor(
        conn, [](void *, const char *message) { qCDebug(lcPg) << "PostgreSQL notice" << message; }, nullptr);
    auto c = std::unique_ptr<PgConnection>(new PgConnection(conn));
    // Text in and out is UTF-8; times are exchanged in UTC whatever the server's or the client's zone.
    if (PQsetClientEncoding(conn, "UTF8") != 0)
        return Error { {}, 0, tr("the PostgreSQL server %1 cannot exchange UTF-8 text").arg(displayUri(uri)) };
    // Times in UTC whatever the server's default; bytea as hex, which PgResult::bytes reads.
    if (Status s = c->runScript("SET TIME ZONE 'UTC'; SET bytea_output = 'hex'"))
        return *s;
    return c;
}

Error PgConnection::failure(PGresult *result, const QByteArray &sql)
{
    m_lastSqlState = result ? QByteArray(PQresultErrorField(result, PG_DIAG_SQLSTATE)) : QByteArray();
    if (m_lastSqlState.isEmpty() && PQstatus(m_conn) != CONNECTION_OK)
        m_lastSqlState = "08006";
    qCDebug(lcPg) << "PostgreSQL error" << m_lastSqlState << (result ? PQresultErrorMessage(result) : "")
                  << PQerrorMessage(m_conn) << "in" << sql.left(200);
    return Error { {}, 0, describe(m_lastSqlState) };
}

Expected<PgResult> PgConnection::exec(const QByteArray &sql, const QByteArrayList &params)
{
    // A COPY left open (its writer failed or was not finished) would refuse every statement, even the ROLLBACK
    // that undoes it: it is aborted, which fails the transaction.
    if (m_copy)
        m_copy->abort("interrupted by another statement");
    std::vector<const char *> values;
    std::vector<int> lengths;
    values.reserve(size_t(params.size()));
    lengths.reserve(size_t(params.size()));
    for (const QByteArray &p : params) {
        values.push_back(p.isNull() ? nullptr : p.constData());
        lengths.push_back(int(p.size()));
    }
    PgResult result(
        PQexecParams(m_conn, sql.constData(), int(params.size()), nullptr, values.data(), lengths.data(), nullptr, 0));
    const ExecStatusType status = result.m_result ? PQresultStatus(result.m_result) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        return failure(result.m_result, sql);
    m_lastSqlState.clear();
    return result;
}

Status PgConnection::run(const QByteArray &sql, const QByteArrayList &params)
{
    auto r = exec(sql, params);
    if (!r)
        return r.error();
    return {};
}

Status PgConnection::runScript(const QByteArray &sql)
{
    if (m_copy)
        m_copy->abort("interrupted by another statement");
    PgResult result(PQexec(m_conn, sql.constData()));
    const ExecStatusType status = result.m_result ? PQresultStatus(result.m_result) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        return failure(result.m_result, sql);
    m_lastSqlState.clear();
    return {};
}

int PgConnection::serverVersion() const
{
    return PQserverVersion(m_conn);
}

QString PgConnection::user() const
{
    return QString::fromUtf8(PQuser(m_conn));
}

QString PgConnection::database() const
{
    return QString::fromUtf8(PQdb(m_conn));
}

QByteArray PgConnection::quoteIdentifier(const QString &name) const
{
    const QByteArray raw = name.toUtf8();
    char *quoted = PQescapeIdentifier(m_conn, raw.constData(), size_t(raw.size()));
    if (!quoted)
        return {};
    QByteArray out(quoted);
    PQfreemem(quoted);
    return out;
}

Status PgConnection::listen(const QByteArray &channel)
{
    const QByteArray id = quoteIdentifier(QString::fromUtf8(channel));
    if (id.isEmpty())
        return failure(nullptr, "LISTEN");
    return run("LISTEN " + id);
}

Status PgConnection::notify(const QByteArray &channel, const QByteArray &payload)
{
    return run("SELECT pg_notify($1, $2)", { channel, payload.isNull() ? QByteArray("") : payload });
}

int PgConnection::socket() const
{
    return PQsocket(m_conn);
}

std::vector<PgNotification> PgConnection::notifications()
{
    std::vector<PgNotification> out;
    if (!PQconsumeInput(m_conn))
        return out;
    while (PGnotify *n = PQnotifies(m_conn)) {
        out.push_back({ QByteArray(n->relname), QByteArray(n->extra), n->be_pid });
        PQfreemem(n);
    }
    return out;
}

std::vector<PgNotification> PgConnection::waitForNotification(int ms)
{
    std::vector<PgNotification> out = notifications();
    if (!out.empty() || ms <= 0)
        return out;
    pollfd fd { socket(), POLLIN, 0 };
    if (fd.fd >= 0 && ::poll(&fd, 1, ms) > 0)
        out = notifications();
    return out;
}

PgCopy::PgCopy(PgConnection &conn)
    : m_conn(conn)
{ }

PgCopy::~PgCopy()
{
    if (m_active)
        abort("abandoned");
}

Status PgCopy::begin(const QByteArray &copyStatement)
{
    m_statement = copyStatement;
    PgResult r(PQexec(m_conn.m_conn, copyStatement.constData()));
    if (!r.m_result || PQresultStatus(r.m_result) != PGRES_COPY_IN)
        return m_conn.failure(r.m_result, copyStatement);
    m_active = true;
    m_conn.m_copy = this;
    m_buffer.clear();
    m_buffer.reserve(kCopyBlock + 4096);
    return {};
}

Status PgCopy::addRow(const QByteArrayList &values)
{
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            m_buffer += '\t';
        appendEscaped(m_buffer, values[i]);
    }
    m_buffer += '\n';
    return m_buffer.size() >= kCopyBlock ? flush() : Status {};
}

Status PgCopy::addEncoded(QByteArrayView rows)
{
    m_buffer.append(rows);
    return m_buffer.size() >= kCopyBlock ? flush() : Status {};
}

Status PgCopy::flush()
{
    if (m_buffer.isEmpty())
        return {};
    if (PQputCopyData(m_conn.m_conn, m_buffer.constData(), int(m_buffer.size())) != 1) {
        m_active = false;
        m_conn.m_copy = nullptr;
        return m_conn.failure(nullptr, m_statement);
    }
    m_buffer.clear();
    return {};
}

Expected<qint64> PgCopy::finish()
{
    if (Status s = flush())
        return *s;
    m_active = false;
    m_conn.m_copy = nullptr;
    if (PQputCopyEnd(m_conn.m_conn, nullptr) != 1)
        return m_conn.failure(nullptr, m_statement);
    // The COPY's own result, then nothing.
    Expected<qint64> out = qint64(0);
    while (PGresult *raw = PQgetResult(m_conn.m_conn)) {
        PgResult r(raw);
        if (PQresultStatus(raw) == PGRES_COMMAND_OK)
            out = r.affectedRows();
        else
            out = m_conn.failure(raw, m_statement);
    }
    return out;
}

void PgCopy::abort(const QByteArray &reason)
{
    if (!m_active)
        return;
    m_active = false;
    m_conn.m_copy = nullptr;
    m_buffer.clear();
    if (PQputCopyEnd(m_conn.m_conn, reason.constData()) == 1)
        while (PGresult *raw = PQgetResult(m_conn.m_conn))
            PQclear(raw);
}
