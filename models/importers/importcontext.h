// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <atomic>
#include <functional>

class SessionSink;
class CookieSink;
class ChatSink;

// What the caller asks of an import.
struct ImportOptions
{
    QString forcedFormat; // importer name; empty = detect from content
    QHash<QString, QString> columnMap; // field -> header, for files with unknown headers (--map)
    QString sourceName; // overrides the data source name (e.g. "Siteimprove")
    QString ruleSet; // chat redaction rule set; empty = default
    QString marker; // chat redaction marker; empty = default
    bool markerIsEmpty = false; // remove spans without leaving a marker
};

// Progress and cancel shared between a worker and whoever shows progress.
struct ImportProgress
{
    std::function<void(qint64 done, qint64 total)> onProgress; // called from the worker thread
    std::atomic<bool> cancelRequested { false };
};

struct SkipTally
{
    qint64 count = 0;
    int firstLine = 0;
};

// The state of one running import, handed to the importer and the sink.
class ImportContext
{
public:
    QString fileName; // as shown to the user (base name)
    QString filePath; // absolute path, for importers that need to open the file themselves
    qint64 totalBytes = 0;
    ImportOptions options;
    QTimeZone timeZone; // workspace time zone, for times without an offset
    qint64 importId = 0;
    // When the import started: times after it (plus a day of slack) are not plausible (PlausibleValues).
    qint64 startedUtc = QDateTime::currentSecsSinceEpoch();

    SessionSink *sessions = nullptr;
    CookieSink *cookies = nullptr;
    ChatSink *chats = nullptr;

    ImportProgress *progressState = nullptr;

    // Counters; the import history stores them.
    qint64 rowsRead = 0;
    qint64 rowsAccepted = 0; // rows the importer handed to the sink (the sink may still drop duplicates)
    qint64 rowsStored = 0; // counted by the sink: what really reached the workspace
    QMap<QString, SkipTally> skipped; // translated reason -> count
    QStringList notes; // translated lines for the report, e.g. the periods covered

    void progress(qint64 bytesDone)
    {
        if (progressState && progressState->onProgress)
            progressState->onProgress(bytesDone, totalBytes);
    }
    bool cancelled() const { return progressState && progressState->cancelRequested.load(std::memory_order_relaxed); }
    void skip(const QString &reason, int line, qint64 count = 1)
    {
        SkipTally &t = skipped[reason];
        if (t.count == 0)
            t.firstLine = line;
        t.count += count;
    }
    qint64 rowsSkipped() const
    {
        qint64 n = 0;
        for (const SkipTally &t : skipped)
            n += t.count;
        return n;
    }
    Error error(int line, const QString &reason) const { return Error { fileName, line, reason }; }
};
