// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <sqlite3.h>

// A prepared statement on the raw sqlite3 handle, for the bulk paths (millions of inserts, rollup scans)
// where QSqlQuery's per-row QVariant cost dominates.
class SqliteStatement
{
public:
    SqliteStatement() = default;
    ~SqliteStatement() { sqlite3_finalize(m_s); }
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool prepare(sqlite3 *db, const char *sql)
    {
        return db && sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_s, nullptr) == SQLITE_OK;
    }
    void text(int i, const QByteArray &b) { sqlite3_bind_text(m_s, i, b.constData(), int(b.size()), SQLITE_TRANSIENT); }
    // Binds a QString's UTF-16 without copying; the string must outlive the step.
    void text16(int i, const QString &s) { sqlite3_bind_text16(m_s, i, s.utf16(), int(s.size() * 2), SQLITE_STATIC); }
    void integer(int i, qint64 v) { sqlite3_bind_int64(m_s, i, v); }
    void real(int i, double v) { sqlite3_bind_double(m_s, i, v); }
    void null(int i) { sqlite3_bind_null(m_s, i); }
    // Binds bytes without copying; they must outlive the step.
    void blob(int i, const QByteArray &b) { sqlite3_bind_blob(m_s, i, b.constData(), int(b.size()), SQLITE_STATIC); }
    // For statements without rows: steps once and resets.
    int exec()
    {
        const int rc = sqlite3_step(m_s);
        sqlite3_reset(m_s);
        return rc;
    }
    // For queries: true while there is a row; reset() when done.
    bool next() { return sqlite3_step(m_s) == SQLITE_ROW; }
    // One step: SQLITE_ROW, SQLITE_DONE or an error code (a query's end told from its failure).
    int step() { return sqlite3_step(m_s); }
    bool isPrepared() const { return m_s != nullptr; }
    void reset() { sqlite3_reset(m_s); }
    qint64 int64(int col) const { return sqlite3_column_int64(m_s, col); }
    double dbl(int col) const { return sqlite3_column_double(m_s, col); }
    QByteArray blob(int col) const
    {
        const void *p = sqlite3_column_blob(m_s, col);
        return QByteArray(static_cast<const char *>(p), sqlite3_column_bytes(m_s, col));
    }
    // The bytes in place: valid until the next step or reset.
    QByteArrayView blobView(int col) const
    {
        const void *p = sqlite3_column_blob(m_s, col);
        return QByteArrayView(static_cast<const char *>(p), sqlite3_column_bytes(m_s, col));
    }
    bool isNull(int col) const { return sqlite3_column_type(m_s, col) == SQLITE_NULL; }
    QString str(int col) const
    {
        return QString::fromUtf8(
            reinterpret_cast<const char *>(sqlite3_column_text(m_s, col)), sqlite3_column_bytes(m_s, col));
    }

private:
    sqlite3_stmt *m_s = nullptr;
};
