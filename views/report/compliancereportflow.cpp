// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/compliancereportflow.h"

#include "common/busyindicator.h"
#include "compliance/compliancereport.h"
#include "cookies/cookieregister.h"
#include "cookies/cookiesites.h"
#include "report/compliancereportdialog.h"
#include "report/reportrunner.h"
#include "workspace/workspace.h"
#include "workspace/workspaceaccess.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QUrl>

using namespace Qt::StringLiterals;

ComplianceReportFlow::ComplianceReportFlow(QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_runner(new ReportRunner(this))
{
    connect(m_runner, &ReportRunner::progress, this, [this](int done, int total, const QString &what) {
        if (!m_progress)
            return;
        m_progress->setLabelText(what);
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    connect(m_runner, &ReportRunner::made, this, &ComplianceReportFlow::showMade);
    connect(m_runner, &ReportRunner::failed, this, [this](const Error &e) { emit failed(e.toString()); });
    connect(m_runner, &ReportRunner::cancelled, this,
        [this] { emit cancelled(tr("The compliance report was cancelled; no file was written.")); });
    connect(m_runner, &ReportRunner::finished, this, [this] {
        if (m_progress) {
            m_progress->close();
            m_progress->deleteLater();
        }
        emit finished();
    });
}

bool ComplianceReportFlow::isRunning() const
{
    return m_runner->isRunning();
}

bool ComplianceReportFlow::start(Workspace &ws)
{
    if (m_runner->isRunning())
        return false;
    QStringList sites;
    if (ws.rightTo(ImportKind::Cookies) != AreaRight::None)
        if (auto scans = ws.cookies().scans())
            sites = CookieSites::sites(*scans);
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(ws.timeZone()).date();
    ComplianceReportDialog dialog(sites, today, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const ComplianceReportOptions o = dialog.options();
    ReportMaker::Request request;
    request.options.from = o.from;
    request.options.to = o.to;
    request.options.site = o.site;
    request.options.language = o.language;
    request.format = o.format;
    request.output = o.path;

    m_progress = busyIndicator(m_window, tr("Compliance report"), tr("Reading the workspace for the report…"), 0);
    m_progress->setObjectName(u"reportProgress"_s);
    connect(m_progress, &QProgressDialog::canceled, m_runner, &ReportRunner::cancel);
    return m_runner->start(ws.location(), request);
}

void ComplianceReportFlow::showMade(const StoredReport &report)
{
    const QString message = tr("Compliance report %1 written to %2; its checksum is kept in the workspace.")
                                .arg(report.documentId, QDir::toNativeSeparators(report.fileName));
    emit made(report, message);
    if (!m_interactive)
        return;
    QMessageBox box(QMessageBox::Information, tr("Compliance report"), message, QMessageBox::Close, m_window);
    box.setInformativeText(tr("SHA-256: %1").arg(report.sha256));
    QPushButton *open = box.addButton(tr("&Open the report"), QMessageBox::AcceptRole);
    box.setDefaultButton(open);
    box.exec();
    if (box.clickedButton() == open)
        QDesktopServices::openUrl(QUrl::fromLocalFile(report.fileName));
}
