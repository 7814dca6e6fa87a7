// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/postgres/pgconnection.h"

#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

// Values to and from PostgreSQL's text format, for the areas' statements and COPY rows (a null QByteArray is
// SQL NULL), and a COPY of rows held in memory. Times travel as ISO 8601 in UTC and come back as epoch milliseconds
// (columns read with pgEpochMs(column)), so no zone of the client or the server shifts them.
namespace PgValues {

// For NOT NULL text columns: a null QString is '' (as the SQLite backend stores "none"), never NULL. PostgreSQL
// text cannot hold U+0000 (a hostile file may bring one, e.g. JSON's \u0000): it is stored as U+FFFD, where an
// SQLite workspace keeps it, instead of refusing the whole import.
inline QByteArray text(const QString &s)
{
    if (s.contains(QChar(0))) [[unlikely]]
        return QString(s).replace(QChar(0), QChar::ReplacementCharacter).toUtf8();
    QByteArray out = s.toUtf8();
    if (out.isNull())
        out = QByteArrayLiteral("");
    return out;
}

// NULL for an invalid time. Whole seconds unless `withMs` (what the SQLite backend keeps of each column).
inline QByteArray time(const QDateTime &t, bool withMs = false)
{
    if (!t.isValid())
        return {};
    return t.toUTC().toString(withMs ? Qt::ISODateWithMs : Qt::ISODate).toUtf8();
}

inline QByteArray boolean(bool b)
{
    return b ? QByteArrayLiteral("t") : QByteArrayLiteral("f");
}

inline QByteArray optionalBoolean(const std::optional<bool> &b)
{
    return b ? boolean(*b) : QByteArray();
}

inline QByteArray integer(qint64 n)
{
    return QByteArray::number(n);
}

// The SQL that reads a timestamptz column as epoch milliseconds.
inline QByteArray epochMs(const QByteArray &column)
{
    return "(extract(epoch FROM " + column + ") * 1000)::bigint";
}

// A column read with epochMs(), as a UTC time; invalid for NULL.
inline QDateTime timeAt(const PgResult &r, int row, int column)
{
    if (r.isNull(row, column))
        return {};
    return QDateTime::fromMSecsSinceEpoch(r.integer(row, column), Qt::UTC);
}

inline bool booleanAt(const PgResult &r, int row, int column)
{
    return r.value(row, column) == "t";
}

inline std::optional<bool> optionalBooleanAt(const PgResult &r, int row, int column)
{
    if (r.isNull(row, column))
        return std::nullopt;
    return booleanAt(r, row, column);
}

// Sends `rows` with `copyStatement` (COPY ... FROM STDIN) as one COPY.
inline Status copyRows(PgConnection &conn, const QByteArray &copyStatement, const std::vector<QByteArrayList> &rows)
{
    PgCopy copy(conn);
    if (Status s = copy.begin(copyStatement))
        return s;
    for (const QByteArrayList &row : rows)
        if (Status s = copy.addRow(row))
            return s;
    if (auto stored = copy.finish(); !stored)
        return stored.error();
    return {};
}

} // namespace PgValues
