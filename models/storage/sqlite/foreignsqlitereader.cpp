// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sqlite/foreignsqlitereader.h"

#include "importers/importcontext.h"

#include <QUrl>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace {

struct Statement
{
    sqlite3_stmt *st = nullptr;
    ~Statement() { sqlite3_finalize(st); }
};

class Row final : public ForeignRow
{
public:
    explicit Row(sqlite3_stmt *st)
        : m_st(st)
    { }

    bool isNull(int column) const override { return sqlite3_column_type(m_st, column) == SQLITE_NULL; }
    qint64 integer(int column) const override { return sqlite3_column_int64(m_st, column); }
    QString text(int column) const override
    {
        const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_st, column));
        return p ? QString::fromUtf8(p, sqlite3_column_bytes(m_st, column)) : QString();
    }

private:
    sqlite3_stmt *m_st;
};

} // namespace

Expected<std::unique_ptr<ForeignDatabase>> ForeignDatabase::openSqlite(const ImportContext &ctx, Limits limits)
{
    auto reader = std::make_unique<ForeignSqliteReader>(ctx, limits);
    if (Status s = reader->open())
        return *s;
    return std::unique_ptr<ForeignDatabase>(std::move(reader));
}

ForeignSqliteReader::ForeignSqliteReader(const ImportContext &ctx)
    : ForeignSqliteReader(ctx, Limits {})
{ }

ForeignSqliteReader::ForeignSqliteReader(const ImportContext &ctx, Limits limits)
    : m_ctx(ctx)
    , m_limits(limits)
{ }

ForeignSqliteReader::~ForeignSqliteReader()
{
    sqlite3_close(m_db);
}

Status ForeignSqliteReader::open()
{
    if (m_ctx.filePath.isEmpty())
        return m_ctx.error(0, tr("a database file can only be read from disk"));
    // A path may hold '?', '#' or '%', which mean something in a URI: percent-encode all but the slashes.
    // immutable=1: SQLite takes no lock, reads no journal or WAL and never writes, even if the browser has
    // the file open.
    const QByteArray uri
        = "file:" + QUrl::toPercentEncoding(m_ctx.filePath, "/") + QByteArrayLiteral("?mode=ro&immutable=1");
    const int rc = sqlite3_open_v2(uri.constData(), &m_db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr);
    if (rc != SQLITE_OK)
        return failure(rc);
    // The schema is the file author's: no view, trigger or function with side effects runs from it.
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_limit(m_db, SQLITE_LIMIT_LENGTH, m_limits.maxValueBytes);
    sqlite3_limit(m_db, SQLITE_LIMIT_ATTACHED, 0);
    // Nothing from the file is written to a temporary file (a sort or a subquery stays in memory); the
    // memory such a statement can take is bounded by the step limit.
    if (Status s = query("PRAGMA temp_store = MEMORY", [](const ForeignRow &) { return Status {}; }))
        return s;
    sqlite3_progress_handler(m_db, kStepsPerTick, &ForeignSqliteReader::onProgress, this);
    return {};
}

int ForeignSqliteReader::onProgress(void *self)
{
    auto *r = static_cast<ForeignSqliteReader *>(self);
    if (r->m_ctx.cancelled())
        r->m_stop = Stop::Cancelled;
    else if (++r->m_ticks * kStepsPerTick > r->m_limits.maxSteps)
        r->m_stop = Stop::TooMuchWork;
    return r->m_stop == Stop::None ? 0 : 1;
}

Expected<QString> ForeignSqliteReader::objectType(const QString &name)
{
    QString type;
    const QByteArray sql = "SELECT type FROM pragma_table_list WHERE schema = 'main' AND name = '"
        + QString(name).replace(u"'"_s, u"''"_s).toUtf8() + "' COLLATE NOCASE";
    if (Status s = query(sql, [&](const ForeignRow &row) {
            type = row.text(0);
            return Status {};
        }))
        return *s;
    return type;
}

Expected<QStringList> ForeignSqliteReader::columnNames(const QString &table)
{
    QStringList names;
    const QByteArray sql
        = "SELECT name FROM pragma_table_info('" + QString(table).replace(u"'"_s, u"''"_s).toUtf8() + "', 'main')";
    if (Status s = query(sql, [&](const ForeignRow &row) {
            names << row.text(0).toLower();
            return Status {};
        }))
        return *s;
    return names;
}

Status ForeignSqliteReader::query(const QByteArray &sql, const std::function<Status(const ForeignRow &)> &row)
{
    if (m_stop == Stop::None && m_ctx.cancelled())
        m_stop = Stop::Cancelled;
    if (m_stop != Stop::None)
        return failure(SQLITE_INTERRUPT);
    Statement st;
    int rc = sqlite3_prepare_v2(m_db, sql.constData(), int(sql.size()), &st.st, nullptr);
    if (rc != SQLITE_OK)
        return failure(rc);
    const Row current(st.st);
    while ((rc = sqlite3_step(st.st)) == SQLITE_ROW) {
        if (Status s = row(current))
            return s;
    }
    return rc == SQLITE_DONE ? Status {} : failure(rc);
}

Error ForeignSqliteReader::failure(int rc) const
{
    // Sentences for what a user can do something about; SQLite's message text is never shown.
    switch (rc & 0xff) {
    case SQLITE_INTERRUPT:
        if (m_stop == Stop::Cancelled)
            return m_ctx.error(0, tr("the import was cancelled"));
        return m_ctx.error(0,
            tr("reading this database needs far more work than a browser's file; it was stopped after %L1 steps")
                .arg(m_limits.maxSteps));
    case SQLITE_NOTADB:
        return m_ctx.error(0, tr("this is not an SQLite database, or it is encrypted"));
    case SQLITE_CORRUPT:
    case SQLITE_FORMAT:
        return m_ctx.error(0, tr("the database file is damaged; copy it again from the browser's profile"));
    case SQLITE_TOOBIG:
        return m_ctx.error(0,
            tr("the database holds a value larger than %L1 KiB, which no browser writes")
                .arg(m_limits.maxValueBytes / 1024));
    case SQLITE_NOMEM:
        return m_ctx.error(0, tr("there is not enough memory to read the database"));
    case SQLITE_CANTOPEN:
    case SQLITE_IOERR:
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return m_ctx.error(0, tr("the database file cannot be read; check that it exists and that you may read it"));
    default:
        //: %1 is SQLite's numeric result code, for a bug report
        return m_ctx.error(0, tr("the database cannot be read by this version of Kapsel (SQLite code %1)").arg(rc));
    }
}
