// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "importers/importcontext.h"
#include "workspace/importservice.h"

#include <QObject>
#include <QStringList>

#include <memory>

class QThread;

// Runs imports of one or more files on a worker thread, one after the other, reporting progress to the GUI
// thread. The GUI never waits for it; cancel() asks the running import to stop (it then rolls back).
class ImportRunner : public QObject
{
    Q_OBJECT

public:
    explicit ImportRunner(QObject *parent);
    ~ImportRunner() override;

    // Starts importing `paths` into the workspace file; returns false if a run is already going.
    bool start(const QString &workspacePath, const QStringList &paths, const ImportOptions &options = {});
    bool isRunning() const;
    void cancel();

signals:
    void fileStarted(int index, int count, const QString &fileName);
    void progress(int percent);
    void fileImported(const ImportReport &report);
    void fileFailed(const Error &error);
    void finished();

private:
    QThread *m_thread = nullptr;
    std::shared_ptr<ImportProgress> m_progress;
};
