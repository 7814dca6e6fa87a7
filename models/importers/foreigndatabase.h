// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class ImportContext;

// One row of a query on a foreign database, its columns by index.
class ForeignRow
{
public:
    virtual ~ForeignRow() = default;
    virtual bool isNull(int column) const = 0;
    virtual qint64 integer(int column) const = 0;
    virtual QString text(int column) const = 0; // a null QString for NULL
};

// A database file another program wrote (a browser's cookie store), read by an importer. The reader is
// storage's (storage/sqlite/foreignsqlitereader.h): it opens the file so that nothing in it can harm Kapsel
// or the file, bounds the work any statement may do, and words every failure for the user.
class ForeignDatabase
{
public:
    struct Limits
    {
        // SQLite virtual-machine instructions over all statements. Reading 100,000 cookies (the most
        // FirefoxCookiesImporter reads) takes 1.2 million (sqlite3's .stats), so a file needing eight times
        // as much is not a browser's. It also bounds the memory a statement can take.
        qint64 maxSteps = 10'000'000;
        int maxValueBytes = 64 * 1024; // a browser keeps a cookie's name and value under 4 KiB
    };

    virtual ~ForeignDatabase() = default;

    // What `name` is in the file's schema: "table", "view", "virtual" or "shadow"; empty when absent.
    virtual Expected<QString> objectType(const QString &name) = 0;
    // The table's column names, lower case.
    virtual Expected<QStringList> columnNames(const QString &table) = 0;
    // Runs `sql`, handing each row to `row`; stops at the first error `row` returns.
    virtual Status query(const QByteArray &sql, const std::function<Status(const ForeignRow &)> &row) = 0;

    // Opens the SQLite file at ctx.filePath. The context must outlive the reader (Cancel is read from it).
    static Expected<std::unique_ptr<ForeignDatabase>> openSqlite(const ImportContext &ctx, Limits limits);
};
