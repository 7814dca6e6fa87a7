// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demodata.h"

#include "workspace/importservice.h"

using namespace Qt::StringLiterals;

Status DemoData::write(Workspace &ws)
{
    if (Status s = writeVisitors(ws))
        return s;
    if (Status s = writeCookies(ws))
        return s;
    return writeChats(ws);
}

Status DemoData::recordImport(Workspace &ws, ImportKind kind, const QString &fileName, const QString &sha256,
    const QDateTime &at, const std::function<Status(ImportContext &)> &write)
{
    ImportReport report;
    report.fileName = fileName;
    report.sha256 = sha256;
    report.format = u"demo"_s;
    report.startedAt = at.isValid() ? at : QDateTime::currentDateTimeUtc();
    report.finishedAt = at; // invalid: recordImport sets it when the import has finished
    report.osUser = u"demo"_s;
    auto done = ImportService::recordImport(ws, kind, report, write);
    if (!done)
        return done.error();
    return {};
}
