// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importers/foreigndatabase.h"

#include <QCoreApplication>

struct sqlite3;
class ImportContext;

// An SQLite file another program wrote (a browser's cookie store), opened so that nothing in it can harm
// Kapsel or the file: read-only and immutable (no locks, journal or writes, even while the browser runs),
// views, triggers and schema functions off, no temporary files, values capped in size, and a progress
// handler that stops any statement on Cancel or once it has done more work than a real file needs. Every
// failure is a translated sentence; SQLite's own messages never reach the user.
class ForeignSqliteReader final : public ForeignDatabase
{
    Q_DECLARE_TR_FUNCTIONS(ForeignSqliteReader)

public:
    explicit ForeignSqliteReader(const ImportContext &ctx);
    ForeignSqliteReader(const ImportContext &ctx, Limits limits);
    ~ForeignSqliteReader();
    ForeignSqliteReader(const ForeignSqliteReader &) = delete;
    ForeignSqliteReader &operator=(const ForeignSqliteReader &) = delete;

    Status open(); // the ImportContext's filePath

    Expected<QString> objectType(const QString &name) override;
    Expected<QStringList> columnNames(const QString &table) override;
    Status query(const QByteArray &sql, const std::function<Status(const ForeignRow &)> &row) override;

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
