// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importers/importcontext.h"
#include "workspace/importservice.h"
#include "workspace/workspace.h"

#include <QTemporaryDir>

#include <functional>
#include <memory>

// For the contract tests of the areas' ports: a fresh SQLite workspace in a temporary folder, and imports
// through it as an importer runs them (history record, the area's sink, one transaction).
class SqliteTestWorkspace
{
public:
    SqliteTestWorkspace()
    {
        auto ws = Workspace::open(m_dir.filePath(QStringLiteral("contract.kapsel")));
        if (!ws)
            qFatal("cannot open a workspace: %s", qPrintable(ws.error().toString()));
        m_ws = *ws;
    }

    Workspace &workspace() { return *m_ws; }

    // The file names are import-1<extension>, import-2<extension>, ...
    Status import(ImportKind kind, const std::function<Status(ImportContext &)> &fill, const QString &extension = {})
    {
        ImportReport report;
        report.fileName = QStringLiteral("import-%1").arg(++m_imports) + extension;
        report.sha256 = report.fileName; // unique per import, which is all the history asks
        report.format = QStringLiteral("test");
        report.startedAt = QDateTime::currentDateTimeUtc();
        report.osUser = QStringLiteral("test");
        auto done = ImportService::recordImport(*m_ws, kind, report, fill);
        if (!done)
            return done.error();
        return {};
    }

private:
    QTemporaryDir m_dir;
    std::shared_ptr<Workspace> m_ws;
    int m_imports = 0;
};
