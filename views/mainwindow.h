// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "importers/importcontext.h"
#include "workspace/importremoval.h"

#include <QMainWindow>

#include <memory>
#include <optional>

class Area;
class ImportHistoryModel;
class ComplianceReportFlow;
class ImportRunner;
class RemovalRunner;
class QAction;
class WorkspaceWatcher;
class QActionGroup;
class QDockWidget;
class QLabel;
class QListWidget;
class QMenu;
class QProgressDialog;
class ScanRunner;
class QStackedWidget;
class QTableView;
class QToolButton;
class Workspace;
struct ImportReport;

// The main window: three areas (Visitors, Cookies, Chats) in a sidebar, the import history in a dock,
// imports by menu or drag-and-drop on a worker thread, runtime language switching.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // What openWorkspace() does when no workspace file is at the path: ask the user first (a typo or a moved file
    // must not silently become a new, empty workspace), or create it because the user just chose to.
    enum class IfMissing { Ask, Create };
    // Opens a workspace file or a team workspace; shows the error and returns false on failure or when the user
    // declines to create a missing file. In quiet mode (setInteractive(false)) a missing file is created.
    bool openWorkspace(const QString &path, IfMissing ifMissing = IfMissing::Ask);
    // Writes a fresh demo copy under the user's data folder and opens it.
    bool openDemo();
    std::shared_ptr<Workspace> workspace() const { return m_ws; }
    // 0 visitors, 1 cookies, 2 chats.
    void showArea(int index);
    int currentArea() const;
    // Puts the focus on the first control of the area's page (or of what a member without access sees).
    void focusArea(int index);
    // Imports files on a worker thread with a progress dialog; returns false if an import is running.
    bool importFiles(const QStringList &paths, const ImportOptions &options = {});
    bool isImporting() const;
    // Quiet mode for tests and screenshots: results go to the status bar instead of message boxes, and the
    // user's settings (current and recent workspaces) are left alone.
    void setInteractive(bool interactive) { m_interactive = interactive; }

signals:
    void importsFinished();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void retranslate();
    void updateTitle();
    void updateRecentMenu();
    // Hands the workspace to each area the user may see; the others show that they have no access.
    void showAreas();
    // On a team workspace: refresh when someone else imports (WorkspaceWatcher).
    void watchWorkspace();
    void reloadHistory();
    // History ▸ Remove import…: counts what goes (ImportRemoval::describe) and removes on a worker thread
    // (RemovalRunner) behind a busy indicator with Cancel, asks in between, reloads every area.
    void removeChosenImport();
    void confirmRemoval();
    void openRemovalProgress(const QString &label, bool counting);
    void closeRemovalProgress();
    void updateRemoveImportAction();
    void newWorkspace();
    void openWorkspaceDialog();
    // Asks for a team workspace's address (prefilled with `uri`, showing `error`) and opens it.
    bool openTeamWorkspaceDialog(const QString &uri, const QString &error);
    bool openWorkspaceAt(const QString &path, IfMissing ifMissing, bool isDemo);
    // Asks whether to create a workspace at a path where there is none; says so in the status bar if not.
    bool confirmCreating(const QString &path);
    void importDialog();
    // Cookies ▸ Scan website…: a live scan on a worker thread, with progress and Cancel, kept as an import.
    void scanWebsite();
    void timeZoneDialog();
    // File ▸ Compliance report…: asks, makes the report on a worker thread with progress and Cancel, keeps its record.
    void complianceReport();
    void setLanguage(const QString &code);
    void about();
    void showError(const QString &title, const QString &text);
    void onImportFinished();
    // Files refused because their columns could not be told apart: ask the user to map them.
    QStringList mappableFailures() const;
    void askForColumnMapping();

    std::shared_ptr<Workspace> m_ws;
    bool m_isDemo = false;
    bool m_interactive = true;

    QListWidget *m_sidebar = nullptr;
    QStackedWidget *m_stack = nullptr;
    QList<Area *> m_areas;
    QList<QStackedWidget *> m_areaPages; // per area: the area, or "no access"
    WorkspaceWatcher *m_watcher = nullptr;
    QDockWidget *m_historyDock = nullptr;
    QTableView *m_historyView = nullptr;
    QToolButton *m_removeImportButton = nullptr;
    ImportHistoryModel *m_historyModel = nullptr;
    QLabel *m_workspaceLabel = nullptr;

    ImportRunner *m_runner = nullptr;
    QProgressDialog *m_progress = nullptr;
    QList<ImportReport> m_runReports;
    QList<Error> m_runErrors;
    QStringList m_runPaths;
    int m_runIndex = 0;
    QStringList m_failedPaths;
    QStringList m_mappingQueue;

    RemovalRunner *m_removalRunner = nullptr;
    QProgressDialog *m_removalProgress = nullptr;
    std::optional<ImportRemoval::Plan> m_removalPlan; // counted, to be confirmed once the count has ended

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_cookiesMenu = nullptr;
    QAction *m_scanAction = nullptr;
    ScanRunner *m_scanRunner = nullptr;
    QProgressDialog *m_scanProgress = nullptr;
    QString m_lastScanUrl;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_openTeamAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_demoAction = nullptr;
    QAction *m_timeZoneAction = nullptr;
    QAction *m_reportAction = nullptr;
    ComplianceReportFlow *m_reportFlow = nullptr;
    QAction *m_removeImportAction = nullptr;
    QAction *m_quitAction = nullptr;
    QList<QAction *> m_areaActions;
    QActionGroup *m_languageGroup = nullptr;
    QAction *m_englishAction = nullptr;
    QAction *m_bokmalAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
};
