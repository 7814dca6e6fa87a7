// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspace/reportarchive.h"

#include <QObject>
#include <QPointer>

class QProgressDialog;
class QWidget;
class ReportRunner;
class Workspace;

// File ▸ Compliance report…: asks what to make (ComplianceReportDialog), makes it on a worker thread (ReportRunner)
// with a progress dialog and Cancel, and tells the window what came of it. In quiet mode (tests, screenshots) the
// result is only signalled; otherwise a message box offers to open the report.
class ComplianceReportFlow : public QObject
{
    Q_OBJECT

public:
    explicit ComplianceReportFlow(QWidget *window);

    // Asks and starts making the report from `ws`; false when the user cancels the dialog or one is being made.
    bool start(Workspace &ws);
    bool isRunning() const;
    void setInteractive(bool interactive) { m_interactive = interactive; }

signals:
    void made(const StoredReport &report, const QString &message);
    void failed(const QString &message);
    void cancelled(const QString &message);
    void finished();

private:
    void showMade(const StoredReport &report);

    QWidget *m_window;
    ReportRunner *m_runner;
    QPointer<QProgressDialog> m_progress;
    bool m_interactive = true;
};
