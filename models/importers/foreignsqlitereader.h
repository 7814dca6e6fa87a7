// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

struct sqlite3;
struct sqlite3_stmt;
class ImportContext;

// An SQLite file another program wrote (a browser's cookie store), opened so that nothing in it can harm
// Kapsel or the file: read-only and immutable (no locks, journal or writes, even while the browser runs),
// views, triggers and schema functions off, no temporary files, values capped in size, and a progress
// handler that stops any statement on Cancel or once it has done more work than a real file needs. Every
// failure is a translated sentence; SQLite's own messages never reach the user.
class ForeignSqliteReader
{
    Q_DECLARE_TR_FUNCTIONS(ForeignSqliteReader)

public:
    struct Limits
    {
        // SQLite virtual-machine instructions over all statements. Reading 100,000 cookies (the most
        // FirefoxCookiesImporter reads) takes 1.2 million (sqlite3's .stats), so a file needing eight times
        // as much is not a browser's. It also bounds the memory a statement can take.
        qint64 maxSteps = 10'000'000;
        int maxValueBytes = 64 * 1024; // a browser keeps a cookie's name and value under 4 KiB
    };

    explicit ForeignSqliteReader(const ImportContext &ctx);
    ForeignSqliteReader(const ImportContext &ctx, Limits limits);
    ~ForeignSqliteReader();
    ForeignSqliteReader(const ForeignSqliteReader &) = delete;
    ForeignSqliteReader &operator=(const ForeignSqliteReader &) = delete;

    Status open(); // the ImportContext's filePath

    // What `name` is in the file's schema: "table", "view", "virtual" or "shadow"; empty when absent.
    Expected<QString> objectType(const QString &name);
    // The table's column names, lower case.
    Expected<QStringList> columnNames(const QString &table);
    // Runs `sql`, handing each row to `row`; stops at the first error `row` returns.
    Status query(const QByteArray &sql, const std::function<Status(sqlite3_stmt *)> &row);

private:
    static constexpr int kStepsPerTick = 1000;
    static int onProgress(void *self);
    Error failure(int rc) const;

    const ImportContext &m_ctx;
    Limits m_limits;
    sqlite3 *m_db = nullptr;
    qint64 m_ticks = 0;
    enum class Stop { None, Cancelled, TooMuchWork } m_stop = Stop::None;
};
