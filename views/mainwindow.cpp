// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "chats/chatsarea.h"
#include "common/busyindicator.h"
#include "common/columnmappingdialog.h"
#include "common/elidedtooltipdelegate.h"
#include "common/filechooser.h"
#include "common/importrunner.h"
#include "common/keyboardshortcutsdialog.h"
#include "common/removalrunner.h"
#include "cookies/cookieimportsupport.h"
#include "cookies/cookiesarea.h"
#include "cookies/scanrunner.h"
#include "cookies/scanwebsitedialog.h"
#include "core/appsettings.h"
#include "core/deferredtext.h"
#include "core/language.h"
#include "core/sha256.h"
#include "demo/demodata.h"
#include "importers/sessionscsvimporter.h"
#include "report/compliancereportflow.h"
#include "visitors/visitorsarea.h"
#include "workspace/importhistorymodel.h"
#include "workspace/importremoval.h"
#include "workspace/importservice.h"
#include "workspace/teamworkspacedialog.h"
#include "workspace/workspace.h"
#include "workspace/workspacewatcher.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEventLoop>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSet>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QThread>
#include <QTimeZone>
#include <QToolButton>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::StringLiterals;

namespace {
constexpr int kStatusTimeoutMs = 8000;

QSettings uiSettings()
{
    return QSettings(u"Kapsel"_s, u"Kapsel"_s);
}

// Holds an area in its page's scroll area without passing on the area's height-for-width: QScrollArea keeps a
// widget whose layout has word-wrapped text at its preferred height for the width and scrolls, where the area
// could simply shrink to its minimum. The area fills the host; the host's minimum is the area's.
class AreaHost : public QWidget
{
public:
    AreaHost(QWidget *area, QWidget *parent)
        : QWidget(parent)
        , m_area(area)
    {
        area->setParent(this);
    }
    QSize minimumSizeHint() const override { return m_area->minimumSizeHint(); }
    QSize sizeHint() const override { return m_area->sizeHint(); }

protected:
    void resizeEvent(QResizeEvent *) override { m_area->setGeometry(rect()); }
    bool event(QEvent *e) override
    {
        if (e->type() == QEvent::LayoutRequest) // the area's minimum changed (language, contents)
            updateGeometry();
        return QWidget::event(e);
    }

private:
    QWidget *m_area;
};
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(u"mainWindow"_s);
    setWindowIcon(QIcon(u":/icons/kapsel.svg"_s));
    setAcceptDrops(true);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    m_sidebar = new QListWidget(central);
    m_sidebar->setObjectName(u"sidebar"_s);
    m_sidebar->setIconSize(QSize(32, 32));
    m_sidebar->setViewMode(QListView::ListMode);
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    m_stack = new QStackedWidget(central);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_stack, 1);
    auto *visitors = new VisitorsArea(m_stack);
    auto *cookies = new CookiesArea(m_stack);
    m_areas = { visitors, cookies, new ChatsArea(m_stack) };
    // A figure's consent link (Visitors) shows the cookie in the inventory.
    connect(visitors, &VisitorsArea::cookieRequested, this, [this, cookies](const QString &name) {
        showArea(1);
        cookies->selectCookie(name);
    });
    const QStringList icons = { u":/icons/visitors.svg"_s, u":/icons/cookies.svg"_s, u":/icons/chats.svg"_s };
    for (int i = 0; i < m_areas.size(); ++i) {
        Area *a = m_areas[i];
        // Each area's page: the area, or what a team member without access to it sees instead.
        auto *page = new QStackedWidget(m_stack);
        // On a small screen (a laptop at 150 %) the area scrolls rather than making the window larger than the
        // screen; at its own minimum size or more it simply fills the page.
        auto *scroll = new QScrollArea(page);
        scroll->setObjectName(u"areaScroll"_s);
        scroll->setFocusPolicy(Qt::NoFocus); // Tab goes to the area's controls; it scrolls to the focused one
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setWidgetResizable(true);
        scroll->setWidget(new AreaHost(a, scroll));
        page->addWidget(scroll);
        auto *noAccess = new QLabel(page);
        noAccess->setObjectName(u"noAccess"_s);
        noAccess->setAlignment(Qt::AlignCenter);
        noAccess->setWordWrap(true);
        noAccess->setMargin(24);
        page->addWidget(noAccess);
        m_areaPages << page;
        m_stack->addWidget(page);
        m_sidebar->addItem(new QListWidgetItem(QIcon(icons[i]), QString(), m_sidebar));
        connect(a, &Area::importRequested, this, [this](const QStringList &paths) { importFiles(paths); });
        connect(a, &Area::workspaceChanged, this, [this, a] {
            reloadHistory();
            for (Area *other : m_areas)
                if (other != a)
                    other->reload();
        });
        connect(a, &Area::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, kStatusTimeoutMs); });
    }
    connect(m_sidebar, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    setCentralWidget(central);

    m_historyModel = new ImportHistoryModel(this);
    m_historyDock = new QDockWidget(this);
    m_historyDock->setObjectName(u"historyDock"_s);
    m_historyView = new QTableView(m_historyDock);
    m_historyView->setObjectName(u"historyView"_s);
    m_historyView->setItemDelegate(new ElidedToolTipDelegate(m_historyView));
    m_historyView->setModel(m_historyModel);
    m_historyView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_historyView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_historyView->verticalHeader()->hide();
    m_historyView->horizontalHeader()->setStretchLastSection(true);
    m_historyView->setWordWrap(false);
    m_historyView->setSelectionMode(QAbstractItemView::SingleSelection);
    // The view and, below it, the one action on a chosen import: both shrink with the dock.
    auto *historyPage = new QWidget(m_historyDock);
    auto *historyLayout = new QVBoxLayout(historyPage);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    historyLayout->addWidget(m_historyView, 1);
    auto *historyButtons = new QHBoxLayout;
    m_removeImportButton = new QToolButton(historyPage);
    m_removeImportButton->setObjectName(u"removeImportButton"_s);
    m_removeImportButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    historyButtons->addStretch(1);
    historyButtons->addWidget(m_removeImportButton);
    historyLayout->addLayout(historyButtons);
    m_historyDock->setWidget(historyPage);
    addDockWidget(Qt::BottomDockWidgetArea, m_historyDock);
    m_historyDock->hide();

    m_workspaceLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_workspaceLabel);

    m_reportFlow = new ComplianceReportFlow(this);
    connect(m_reportFlow, &ComplianceReportFlow::made, this,
        [this](const StoredReport &, const QString &message) { statusBar()->showMessage(message, kStatusTimeoutMs); });
    connect(m_reportFlow, &ComplianceReportFlow::cancelled, this,
        [this](const QString &message) { statusBar()->showMessage(message, kStatusTimeoutMs); });
    connect(m_reportFlow, &ComplianceReportFlow::failed, this,
        [this](const QString &message) { showError(tr("Compliance report"), message); });
    connect(m_reportFlow, &ComplianceReportFlow::finished, this, [this] { m_reportAction->setEnabled(true); });

    m_scanRunner = new ScanRunner(this);
    connect(m_scanRunner, &ScanRunner::progress, this, [this](const ScanProgress &p) {
        if (!m_scanProgress)
            return;
        m_scanProgress->setLabelText(p.text);
        m_scanProgress->setRange(0, p.pages);
        m_scanProgress->setValue(p.page - 1);
    });
    connect(m_scanRunner, &ScanRunner::scanned, this, [this](const ImportReport &report, const LiveScanResult &r) {
        for (Area *a : m_areas)
            a->reload();
        reloadHistory();
        QSet<QString> phases;
        for (const ObservedCookie &c : r.observed)
            phases.insert(c.phase);
        statusBar()->showMessage(
            tr("Scan of %1 kept as import #%2: %Ln item(s) in %3 choice(s)", "", int(r.observed.size()))
                .arg(r.site)
                .arg(report.importId)
                .arg(QLocale().toString(qsizetype(phases.size()))),
            kStatusTimeoutMs);
        showArea(1);
    });
    connect(m_scanRunner, &ScanRunner::failed, this, [this](const Error &e) {
        if (m_scanProgress && m_scanProgress->wasCanceled())
            statusBar()->showMessage(tr("The scan was cancelled; nothing was stored."), kStatusTimeoutMs);
        else
            showError(tr("Scan website"), e.toString());
    });
    connect(m_scanRunner, &ScanRunner::finished, this, [this] {
        if (m_scanProgress) {
            m_scanProgress->close();
            m_scanProgress->deleteLater();
            m_scanProgress = nullptr;
        }
        m_scanAction->setEnabled(m_ws != nullptr);
    });

    m_removalRunner = new RemovalRunner(this);
    connect(m_removalRunner, &RemovalRunner::described, this,
        [this](const ImportRemoval::Plan &plan) { m_removalPlan = plan; });
    connect(m_removalRunner, &RemovalRunner::removed, this, [this](const ImportRemoval::Plan &removed) {
        closeRemovalProgress();
        for (Area *a : m_areas)
            a->reload();
        reloadHistory();
        statusBar()->showMessage(tr("Removed the import of %1: %2")
                                     .arg(removed.import.fileName, ImportRemoval::contentLines(removed).join(u", "_s)),
            kStatusTimeoutMs);
    });
    connect(m_removalRunner, &RemovalRunner::failed, this, [this](const Error &e) {
        const bool cancelled = m_removalProgress && m_removalProgress->wasCanceled();
        closeRemovalProgress();
        if (cancelled)
            statusBar()->showMessage(tr("Removal cancelled; nothing was removed."), kStatusTimeoutMs);
        else
            showError(tr("Remove import"), e.toString());
    });
    // The question is asked once the count's thread has ended, so that the removal can start on a new one.
    connect(m_removalRunner, &RemovalRunner::finished, this, [this] {
        if (m_removalPlan)
            confirmRemoval();
        else if (!m_removalRunner->isRunning())
            closeRemovalProgress();
        updateRemoveImportAction();
    });

    m_runner = new ImportRunner(this);
    connect(m_runner, &ImportRunner::fileStarted, this, [this](int index, int count, const QString &name) {
        m_runIndex = index;
        if (m_progress)
            m_progress->setLabelText(tr("Importing %1 (%2 of %3)…").arg(name).arg(index + 1).arg(count));
    });
    connect(m_runner, &ImportRunner::progress, this, [this](int percent) {
        if (m_progress)
            m_progress->setValue(percent);
    });
    connect(m_runner, &ImportRunner::fileImported, this, [this](const ImportReport &r) { m_runReports << r; });
    connect(m_runner, &ImportRunner::fileFailed, this, [this](const Error &e) {
        m_runErrors << e;
        m_failedPaths << m_runPaths.value(m_runIndex);
    });
    connect(m_runner, &ImportRunner::finished, this, &MainWindow::onImportFinished);

    createActions();
    createMenus();
    retranslate();
    m_sidebar->setCurrentRow(0);

    QSettings s = uiSettings();
    if (!restoreGeometry(s.value(u"ui/geometry"_s).toByteArray()))
        resize(1280, 820);
    restoreState(s.value(u"ui/state"_s).toByteArray());
    // A size saved on a larger screen (or the default on a laptop) never makes the window larger than this screen.
    if (const QScreen *screen = this->screen()) {
        const QRect available = screen->availableGeometry();
        if (width() > available.width() || height() > available.height())
            resize(size().boundedTo(available.size()));
    }
}

MainWindow::~MainWindow()
{
    // Areas and their models may hold queries on the workspace's connection: they go first, while this
    // window still keeps the workspace (and its connection) alive.
    qDeleteAll(m_areas);
    m_areas.clear();
}

void MainWindow::createActions()
{
    m_newAction = new QAction(QIcon(u":/icons/new.svg"_s), QString(), this);
    m_newAction->setShortcut(QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newWorkspace);
    m_openAction = new QAction(QIcon(u":/icons/open.svg"_s), QString(), this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openWorkspaceDialog);
    m_importAction = new QAction(QIcon(u":/icons/import.svg"_s), QString(), this);
    m_importAction->setObjectName(u"importAction"_s);
    m_importAction->setShortcut(Qt::CTRL | Qt::Key_I);
    connect(m_importAction, &QAction::triggered, this, &MainWindow::importDialog);
    m_scanAction = new QAction(this);
    m_scanAction->setObjectName(u"scanAction"_s);
    connect(m_scanAction, &QAction::triggered, this, &MainWindow::scanWebsite);
    m_openTeamAction = new QAction(this);
    connect(m_openTeamAction, &QAction::triggered, this, [this] { openTeamWorkspaceDialog({}, {}); });
    m_demoAction = new QAction(this);
    connect(m_demoAction, &QAction::triggered, this, &MainWindow::openDemo);
    m_timeZoneAction = new QAction(this);
    m_timeZoneAction->setObjectName(u"timeZoneAction"_s);
    connect(m_timeZoneAction, &QAction::triggered, this, &MainWindow::timeZoneDialog);
    m_reportAction = new QAction(this);
    m_reportAction->setObjectName(u"reportAction"_s);
    connect(m_reportAction, &QAction::triggered, this, &MainWindow::complianceReport);
    // History ▸ Remove import…: on the import chosen in the history (its context menu, the button under it, the
    // Delete key there, and the File menu).
    m_removeImportAction = new QAction(this);
    m_removeImportAction->setObjectName(u"removeImportAction"_s);
    m_removeImportAction->setShortcut(QKeySequence::Delete);
    m_removeImportAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_removeImportAction->setEnabled(false);
    connect(m_removeImportAction, &QAction::triggered, this, &MainWindow::removeChosenImport);
    m_historyView->addAction(m_removeImportAction);
    m_historyView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_removeImportButton->setDefaultAction(m_removeImportAction);
    connect(m_historyView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &MainWindow::updateRemoveImportAction);
    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    // View ▸ Refresh: re-reads every area and the history (another program or person may have changed the file).
    m_refreshAction = new QAction(this);
    m_refreshAction->setObjectName(u"refreshAction"_s);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    connect(m_refreshAction, &QAction::triggered, this, [this] {
        for (Area *a : m_areas)
            a->reload();
        reloadHistory();
    });

    for (int i = 0; i < m_areas.size(); ++i) {
        auto *a = new QAction(this);
        a->setShortcut(QKeySequence(Qt::CTRL | (Qt::Key_1 + i)));
        // From the keyboard the focus goes along into the area, so that its own shortcuts work at once.
        connect(a, &QAction::triggered, this, [this, i] {
            showArea(i);
            focusArea(i);
        });
        m_areaActions << a;
    }

    m_languageGroup = new QActionGroup(this);
    m_englishAction = new QAction(u"&English"_s, m_languageGroup);
    m_bokmalAction = new QAction(u"&Norsk bokmål"_s, m_languageGroup);
    for (QAction *a : { m_englishAction, m_bokmalAction })
        a->setCheckable(true);
    (Language::current() == u"nb" ? m_bokmalAction : m_englishAction)->setChecked(true);
    connect(m_englishAction, &QAction::triggered, this, [this] { setLanguage(u"en"_s); });
    connect(m_bokmalAction, &QAction::triggered, this, [this] { setLanguage(u"nb"_s); });

    m_shortcutsAction = new QAction(this);
    m_shortcutsAction->setObjectName(u"shortcutsAction"_s);
    m_shortcutsAction->setShortcut(QKeySequence::HelpContents);
    connect(m_shortcutsAction, &QAction::triggered, this, [this] {
        KeyboardShortcutsDialog dialog(this);
        dialog.exec();
    });
    m_aboutAction = new QAction(this);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::about);
    m_aboutQtAction = new QAction(this);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_newAction);
    m_fileMenu->addAction(m_openAction);
    m_fileMenu->addAction(m_openTeamAction);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_fileMenu->addAction(m_demoAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_importAction);
    m_fileMenu->addAction(m_removeImportAction);
    m_fileMenu->addAction(m_timeZoneAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_reportAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_cookiesMenu = menuBar()->addMenu(QString());
    m_cookiesMenu->addAction(m_scanAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addActions(m_areaActions);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_historyDock->toggleViewAction());
    m_viewMenu->addAction(m_refreshAction);

    m_languageMenu = menuBar()->addMenu(QString());
    m_languageMenu->addActions(m_languageGroup->actions());

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_shortcutsAction);
    m_helpMenu->addSeparator();
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);
    updateRecentMenu();
}

void MainWindow::retranslate()
{
    const QStringList names = { tr("Visitors"), tr("Cookies"), tr("Chats") };
    const QStringList tips = { tr("First-time and returning visits, session duration"),
        tr("Declared and observed cookies, the declaration"), tr("Chat transcripts, redaction of identity numbers") };
    //: View menu: switch to an area; the underlined letters are unique in the menu
    const QStringList menuNames = { tr("&Visitors"), tr("&Cookies"), tr("C&hats") };
    for (int i = 0; i < names.size(); ++i) {
        m_sidebar->item(i)->setText(names[i]);
        m_sidebar->item(i)->setToolTip(tips[i]);
        m_areaActions[i]->setText(menuNames[i]);
        // A screen reader names the area (and Help ▸ Keyboard shortcuts the area an area's command works in).
        m_areas[i]->setAccessibleName(names[i]);
        m_areas[i]->setAccessibleDescription(tips[i]);
        m_areaPages[i]
            ->findChild<QLabel *>(u"noAccess"_s)
            ->setText(tr("You have no access to %1 in this team workspace. Its owner can give you access with "
                         "kapsel-cli access grant.")
                          .arg(names[i]));
    }
    m_sidebar->setFixedWidth(m_sidebar->sizeHintForColumn(0) + 24);
    m_sidebar->setAccessibleName(tr("Areas"));
    m_sidebar->setAccessibleDescription(tr("Chooses the area shown beside it; Ctrl+1, Ctrl+2 and Ctrl+3 do the same"));
    m_historyView->setAccessibleName(tr("Import history"));
    m_historyView->setAccessibleDescription(
        tr("One row per imported file; Delete removes the chosen import after a confirmation"));

    m_fileMenu->setTitle(tr("&File"));
    m_newAction->setText(tr("&New workspace…"));
    m_openAction->setText(tr("&Open workspace…"));
    m_openTeamAction->setText(tr("Open &team workspace (PostgreSQL)…"));
    m_recentMenu->setTitle(tr("Open r&ecent"));
    m_demoAction->setText(tr("Open the &demo workspace"));
    m_importAction->setText(tr("&Import…"));
    m_importAction->setToolTip(tr("Import analytics exports, cookie scans or chat transcripts"));
    m_removeImportAction->setText(tr("&Remove import…"));
    m_removeImportAction->setToolTip(tr("Remove the import chosen in the import history and everything it added, "
                                        "after a confirmation naming what goes"));
    m_timeZoneAction->setText(tr("Workspace time &zone…"));
    m_reportAction->setText(tr("Compliance re&port…"));
    m_reportAction->setToolTip(tr("One dated document with the cookie declaration and scans, the policy check, "
                                  "visitor statistics and consent, chat privacy, the record of processing and the "
                                  "import history"));
    m_quitAction->setText(tr("&Quit"));
    m_cookiesMenu->setTitle(tr("&Cookies"));
    m_scanAction->setText(tr("Scan &website…"));
    m_scanAction->setToolTip(tr("Scan a website with chromium: what it sets before the visitor chooses, after accept "
                                "and after reject"));
    m_viewMenu->setTitle(tr("&View"));
    m_historyDock->setWindowTitle(tr("Import history"));
    m_historyDock->toggleViewAction()->setText(tr("&Import history"));
    m_refreshAction->setText(tr("&Refresh"));
    m_refreshAction->setToolTip(tr("Read every area and the import history again from the workspace"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_shortcutsAction->setText(tr("&Keyboard shortcuts"));
    m_aboutAction->setText(tr("&About Kapsel"));
    m_aboutQtAction->setText(tr("About &Qt"));
    updateRecentMenu();
    updateTitle();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_runner->isRunning()) {
        m_runner->cancel();
        QEventLoop wait;
        connect(m_runner, &ImportRunner::finished, &wait, &QEventLoop::quit);
        wait.exec();
    }
    QSettings s = uiSettings();
    s.setValue(u"ui/geometry"_s, saveGeometry());
    s.setValue(u"ui/state"_s, saveState());
    event->accept();
}

void MainWindow::updateTitle()
{
    if (!m_ws) {
        setWindowTitle(u"Kapsel"_s);
        m_workspaceLabel->clear();
        return;
    }
    const bool onServer = Workspace::isServerLocation(m_ws->location());
    const QString name = onServer ? m_ws->displayName() : QFileInfo(m_ws->location()).fileName();
    setWindowTitle(m_isDemo ? tr("%1 (demo) — Kapsel").arg(name) : tr("%1 — Kapsel").arg(name));
    m_workspaceLabel->setText(onServer ? m_ws->displayName() : QDir::toNativeSeparators(m_ws->location()));
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = AppSettings::recentWorkspaces();
    for (const QString &path : recent) {
        // Numbered, so that each has its own mnemonic (Alt, then the number).
        const int n = int(m_recentMenu->actions().size()) + 1;
        const QString label = QDir::toNativeSeparators(path).replace(u'&', u"&&"_s);
        QAction *a = m_recentMenu->addAction(n < 10 ? u"&%1 %2"_s.arg(n).arg(label) : label);
        connect(a, &QAction::triggered, this, [this, path] { openWorkspace(path); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

bool MainWindow::openWorkspace(const QString &path, IfMissing ifMissing)
{
    return openWorkspaceAt(path, ifMissing, false);
}

bool MainWindow::confirmCreating(const QString &path)
{
    const auto answer = QMessageBox::question(this, tr("No workspace there"),
        tr("There is no workspace at %1. It may have been moved or renamed, or the name may be mistyped.\n\n"
           "Create a new, empty workspace there?")
            .arg(QDir::toNativeSeparators(path)),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer == QMessageBox::Yes)
        return true;
    statusBar()->showMessage(
        tr("Not opened: there is no workspace at %1.").arg(QDir::toNativeSeparators(path)), kStatusTimeoutMs);
    return false;
}

bool MainWindow::openWorkspaceAt(const QString &path, IfMissing ifMissing, bool isDemo)
{
    if (ifMissing == IfMissing::Ask && m_interactive && !Workspace::isServerLocation(path) && !QFileInfo::exists(path)
        && !confirmCreating(path))
        return false;
    auto ws = Workspace::open(path);
    if (!ws) {
        // A team workspace may want a password, or another user: ask, with the reason.
        if (Workspace::isServerLocation(path) && m_interactive)
            return openTeamWorkspaceDialog(path, ws.error().toString());
        showError(tr("Cannot open the workspace"), ws.error().toString());
        return false;
    }
    m_ws = *ws;
    m_isDemo = isDemo;
    // Quiet runs (screenshots, tests) leave the user's settings alone. A team workspace is remembered by its
    // address without a password.
    if (!isDemo && m_interactive) {
        const QString remembered = Workspace::isServerLocation(path) ? m_ws->displayName() : path;
        AppSettings::setCurrentWorkspacePath(remembered);
        AppSettings::addRecentWorkspace(remembered);
    }
    showAreas();
    watchWorkspace();
    reloadHistory();
    updateRecentMenu();
    updateTitle();
    return true;
}

void MainWindow::watchWorkspace()
{
    delete m_watcher;
    m_watcher = m_ws ? WorkspaceWatcher::watch(m_ws->location(), this) : nullptr;
    if (!m_watcher)
        return;
    // Someone else imported or removed an import: every area and the history show it, and the status bar says
    // who and what.
    connect(m_watcher, &WorkspaceWatcher::changed, this, [this](const WorkspaceChange &c) {
        for (Area *a : m_areas)
            a->reload();
        reloadHistory();
        // The area by the name the sidebar shows (kImportKinds is the areas' order).
        const auto kind = importKindNamed(c.kind);
        const QString area = kind ? m_sidebar->item(int(*kind))->text() : c.kind;
        if (c.removed)
            statusBar()->showMessage(
                tr("%1 removed the import of %2 from %3.").arg(c.user, c.fileName, area), kStatusTimeoutMs * 3);
        else
            statusBar()->showMessage(
                tr("%1 imported %2 into %3 (%Ln rows stored).", nullptr, int(qMin<qint64>(c.rows, INT_MAX)))
                    .arg(c.user, c.fileName, area),
                kStatusTimeoutMs * 3);
    });
}

void MainWindow::showAreas()
{
    // m_areas is in the order of kImportKinds.
    for (int i = 0; i < m_areas.size(); ++i) {
        const bool allowed = !m_ws || m_ws->rightTo(kImportKinds[i]) != AreaRight::None;
        m_areas[i]->setWorkspace(allowed ? m_ws : nullptr);
        m_areaPages[i]->setCurrentIndex(allowed ? 0 : 1);
    }
}

bool MainWindow::openDemo()
{
    const QString path = AppSettings::demoWorkspacePath();
    // Release the current demo file first: it is rewritten from scratch.
    if (m_ws && m_ws->location() == path) {
        for (Area *a : m_areas)
            a->setWorkspace(nullptr);
        m_ws.reset();
    }
    for (const QString &suffix : { u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s })
        QFile::remove(path + suffix);

    QProgressDialog busy(tr("Writing the demo workspace…"), QString(), 0, 0, this);
    busy.setWindowModality(Qt::WindowModal);
    busy.setMinimumDuration(300);
    Status result;
    QThread *worker = QThread::create([path, &result] {
        auto ws = Workspace::open(path);
        if (!ws) {
            result = ws.error();
            return;
        }
        result = DemoData::write(**ws);
    });
    QEventLoop wait;
    connect(worker, &QThread::finished, &wait, &QEventLoop::quit);
    worker->start();
    wait.exec();
    worker->wait();
    delete worker;
    busy.close();
    if (result) {
        showError(tr("Cannot write the demo workspace"), result->toString());
        return false;
    }
    return openWorkspaceAt(path, IfMissing::Create, true);
}

void MainWindow::showArea(int index)
{
    m_sidebar->setCurrentRow(index);
}

void MainWindow::focusArea(int index)
{
    QWidget *page = m_areaPages[index]->currentWidget();
    for (QWidget *w = page->nextInFocusChain(); w && w != page; w = w->nextInFocusChain()) {
        if (!page->isAncestorOf(w))
            continue;
        if ((w->focusPolicy() & Qt::TabFocus) && w->isVisible() && w->isEnabled()) {
            w->setFocus(Qt::ShortcutFocusReason);
            return;
        }
    }
}

int MainWindow::currentArea() const
{
    return m_stack->currentIndex();
}

void MainWindow::reloadHistory()
{
    if (!m_ws) {
        m_historyModel->setReports({});
        return;
    }
    m_historyModel->setTimeZone(m_ws->timeZone());
    m_historyModel->setReports(m_ws->history());
    m_historyView->resizeColumnsToContents();
    updateRemoveImportAction();
}

void MainWindow::newWorkspace()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("New workspace"), AppSettings::dataFolder(), tr("Kapsel workspaces (*.kapsel)"));
    if (path.isEmpty())
        return;
    const QString file = path.endsWith(u".kapsel"_s) ? path : path + u".kapsel"_s;
    if (QFileInfo::exists(file)) {
        showError(tr("New workspace"), tr("%1 exists already; choose another name or open it.").arg(file));
        return;
    }
    openWorkspace(file, IfMissing::Create);
}

void MainWindow::openWorkspaceDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open workspace"), AppSettings::dataFolder(), tr("Kapsel workspaces (*.kapsel);;All files (*)"));
    if (!path.isEmpty())
        openWorkspace(path);
}

bool MainWindow::openTeamWorkspaceDialog(const QString &uri, const QString &error)
{
    TeamWorkspaceDialog dialog(this);
    if (!uri.isEmpty())
        dialog.setUri(uri);
    dialog.setError(error);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    Workspace::rememberPassword(dialog.uri(), dialog.password());
    return openWorkspace(dialog.uri());
}

void MainWindow::importDialog()
{
    const QStringList paths = FileChooser::openFiles(this, tr("Import files"),
        tr("Analytics, cookie and chat files (*.csv *.tsv *.json *.ndjson *.jsonl *.xml *.har *.sqlite *.txt);;"
           "All files (*)"));
    if (!paths.isEmpty())
        importFiles(paths);
}

bool MainWindow::isImporting() const
{
    return m_runner->isRunning();
}

bool MainWindow::importFiles(const QStringList &paths, const ImportOptions &options)
{
    if (paths.isEmpty())
        return false;
    // Importing with no workspace open fills the default one, made on first use.
    if (!m_ws && !openWorkspace(AppSettings::currentWorkspacePath(), IfMissing::Create))
        return false;
    if (m_runner->isRunning()) {
        statusBar()->showMessage(tr("An import is already running; wait until it has finished."), kStatusTimeoutMs);
        return false;
    }
    m_runReports.clear();
    m_runErrors.clear();
    m_failedPaths.clear();
    m_runPaths = paths;
    m_runIndex = 0;
    m_progress = new QProgressDialog(tr("Importing…"), tr("Cancel"), 0, 100, this);
    m_progress->setObjectName(u"importProgress"_s);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(400);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, m_runner, &ImportRunner::cancel);
    m_importAction->setEnabled(false);
    statusBar()->showMessage(tr("Importing…"));
    m_runner->start(m_ws->location(), paths, options);
    return true;
}

// The zone in which times without an offset are read and days are counted. Stored figures keep their days:
// changing it applies to the files imported afterwards, which the dialog says.
void MainWindow::scanWebsite()
{
    if (!m_ws || m_scanRunner->isRunning())
        return;
    ScanWebsiteDialog dialog(this);
    dialog.setUrl(m_lastScanUrl);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const CookieScanOptions options = dialog.options();
    m_lastScanUrl = options.startUrl.toString();
    m_scanProgress = busyIndicator(this, tr("Scan website"), tr("Starting the browser…"), 0);
    m_scanProgress->setObjectName(u"scanProgress"_s);
    connect(m_scanProgress, &QProgressDialog::canceled, m_scanRunner, &ScanRunner::cancel);
    m_scanAction->setEnabled(false);
    m_scanRunner->start(m_ws->location(), options);
}

void MainWindow::complianceReport()
{
    if (!m_ws || m_reportFlow->isRunning())
        return;
    m_reportFlow->setInteractive(m_interactive);
    if (m_reportFlow->start(*m_ws))
        m_reportAction->setEnabled(false);
}

void MainWindow::timeZoneDialog()
{
    if (!m_ws)
        return;
    QStringList zones;
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        zones << QString::fromUtf8(id);
    const QString current = QString::fromUtf8(m_ws->timeZone().id());
    QInputDialog dialog(this);
    dialog.setWindowTitle(tr("Workspace time zone"));
    dialog.setLabelText(
        tr("Times written without an offset in the files you import are read in this zone, and days, weeks and "
           "months are counted in it. Files imported earlier keep their days.\n\nTime zone:"));
    dialog.setComboBoxItems(zones);
    dialog.setComboBoxEditable(false);
    dialog.setTextValue(current);
    for (QLabel *label : dialog.findChildren<QLabel *>())
        label->setWordWrap(true);
    dialog.resize(fontMetrics().averageCharWidth() * 60, dialog.sizeHint().height());
    const bool ok = dialog.exec() == QDialog::Accepted;
    const QString zone = dialog.textValue();
    if (!ok || zone == current)
        return;
    if (Status s = m_ws->setTimeZone(zone.toUtf8())) {
        showError(tr("Workspace time zone"), s->toString());
        return;
    }
    statusBar()->showMessage(
        tr("Time zone set to %1; files imported from now on are read in it.").arg(zone), kStatusTimeoutMs);
    reloadHistory(); // its times are shown in the new zone
    for (Area *a : m_areas)
        a->reload(); // "today", and so the ranges that count from it, is the new zone's
}

void MainWindow::onImportFinished()
{
    if (m_progress) {
        m_progress->close();
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    m_importAction->setEnabled(true);
    for (Area *a : m_areas)
        a->reload();
    reloadHistory();

    const QLocale loc;
    QStringList lines;
    for (const ImportReport &r : m_runReports) {
        lines << tr("%1 (%2): %3 rows read, %4 stored, %5 skipped.")
                     .arg(r.fileName, r.formatDisplay, loc.toString(r.rowsRead), loc.toString(r.rowsStored),
                         loc.toString(r.rowsSkipped));
        const QString skipped = ImportHistoryModel::skippedSummary(r);
        if (!skipped.isEmpty())
            lines << skipped;
        lines << DeferredText::show(r.notes);
    }
    QStringList errors;
    for (const Error &e : m_runErrors)
        errors << e.toString();

    const QString summary = tr("%n file(s) imported", "", int(m_runReports.size()));
    statusBar()->showMessage(
        errors.isEmpty() ? summary : tr("%1; %n file(s) refused", "", int(errors.size())).arg(summary),
        kStatusTimeoutMs);
    if (!m_runReports.isEmpty())
        m_historyDock->show();
    if (m_interactive && (!lines.isEmpty() || !errors.isEmpty())) {
        QMessageBox box(errors.isEmpty() ? QMessageBox::Information : QMessageBox::Warning, tr("Import"),
            errors.isEmpty() ? summary : tr("Some files were refused and nothing of them was stored."), QMessageBox::Ok,
            this);
        QStringList details = errors;
        if (!errors.isEmpty() && !lines.isEmpty())
            details << QString();
        details << lines;
        box.setInformativeText(details.mid(0, 12).join(u'\n'));
        if (details.size() > 12)
            box.setDetailedText(details.join(u'\n'));
        box.exec();
    }
    if (m_interactive) {
        m_mappingQueue << mappableFailures();
        askForColumnMapping();
    }
    emit importsFinished();
}

QStringList MainWindow::mappableFailures() const
{
    QStringList out;
    for (const QString &path : m_failedPaths) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        auto columns = SessionsCsvImporter::inspect(f, {});
        if (columns && columns->headers.size() >= 2 && !columns->missingRequired.isEmpty())
            out << path;
    }
    return out;
}

void MainWindow::askForColumnMapping()
{
    while (!m_mappingQueue.isEmpty() && !m_runner->isRunning()) {
        const QString path = m_mappingQueue.takeFirst();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        auto columns = SessionsCsvImporter::inspect(f, {});
        if (!columns)
            continue;
        ColumnMappingDialog dialog(QFileInfo(path).fileName(), *columns, this);
        if (dialog.exec() != QDialog::Accepted)
            continue;
        ImportOptions options;
        options.forcedFormat = SessionsCsvImporter().name();
        options.columnMap = dialog.columnMap();
        importFiles({ path }, options); // the queue goes on when this run has finished
        return;
    }
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls()) {
        for (const QUrl &u : event->mimeData()->urls()) {
            if (u.isLocalFile()) {
                event->acceptProposedAction();
                return;
            }
        }
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &u : event->mimeData()->urls()) {
        if (u.isLocalFile())
            paths << u.toLocalFile();
    }
    if (!paths.isEmpty()) {
        event->acceptProposedAction();
        importFiles(paths);
    }
}

void MainWindow::setLanguage(const QString &code)
{
    AppSettings::setLanguage(code);
    Language::apply(code); // installs translators: every widget gets a LanguageChange event
    (code == u"nb" ? m_bokmalAction : m_englishAction)->setChecked(true);
    // Numbers and dates in tables follow the new default locale once re-read.
    for (Area *a : m_areas)
        a->reload();
    reloadHistory();
}

void MainWindow::about()
{
    const QString text
        = tr("<h3>Kapsel %1</h3>"
             "<p>Visitor statistics, cookie inventory and chat privacy for one website, offline, in Norwegian "
             "Bokmål and English.</p>"
             "<p>Licence: GPL-3.0-or-later.</p>"
             "<p>Built with:</p><ul>"
             "<li>Qt %2 (LGPL-3.0; Qt Charts GPL-3.0)</li>"
             "<li>%3 (SQLite: public domain; libpq: PostgreSQL Licence)</li>"
             "<li>OpenSSL %4, for SHA-256 (Apache-2.0)</li>"
             "<li>libpsl %5 with the Public Suffix List, for the sites cookies belong to (MIT; the list: MPL-2.0)</li>"
             "<li>Open Cookie Database, when imported (Apache-2.0)</li></ul>")
              .arg(QStringLiteral(KAPSEL_VERSION), QString::fromLatin1(qVersion()),
                  Workspace::libraryVersions().join(u", "_s), QString::fromLatin1(Sha256::libraryVersion()),
                  CookieImportSupport::publicSuffixLibraryVersion());
    QMessageBox::about(this, tr("About Kapsel"), text);
}

void MainWindow::updateRemoveImportAction()
{
    m_removeImportAction->setEnabled(
        m_ws && m_historyView->selectionModel()->hasSelection() && !m_removalRunner->isRunning());
}

void MainWindow::removeChosenImport()
{
    const QModelIndexList rows = m_historyView->selectionModel()->selectedRows();
    if (!m_ws || rows.isEmpty()) {
        m_historyDock->show();
        statusBar()->showMessage(tr("Choose the import to remove in the import history."), kStatusTimeoutMs);
        return;
    }
    if (isImporting()) {
        statusBar()->showMessage(
            tr("An import is running; remove the other import when it is done."), kStatusTimeoutMs);
        return;
    }
    const ImportReport import = m_historyModel->report(rows.first().row());
    if (!m_removalRunner->describe(m_ws->location(), import.importId))
        return;
    m_removalPlan.reset();
    updateRemoveImportAction();
    openRemovalProgress(tr("Counting what the import of %1 holds…").arg(import.fileName), true);
}

void MainWindow::confirmRemoval()
{
    const ImportRemoval::Plan plan = *m_removalPlan;
    m_removalPlan.reset();
    closeRemovalProgress();
    QMessageBox box(QMessageBox::Question, tr("Remove import"), ImportRemoval::question(plan, m_ws->timeZone()),
        QMessageBox::Cancel, this);
    box.setObjectName(u"removeImportConfirmation"_s);
    QPushButton *remove = box.addButton(tr("Remove"), QMessageBox::DestructiveRole);
    remove->setObjectName(u"confirmRemoveImport"_s);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != remove || !m_ws || isImporting())
        return;
    if (!m_removalRunner->remove(m_ws->location(), plan.import.importId, ImportService::osUser()))
        return;
    updateRemoveImportAction();
    openRemovalProgress(tr("Removing the import of %1…").arg(plan.import.fileName), false);
}

// A busy indicator (no steps to count) with Cancel. A cancelled count does not answer, so it says so at once; a
// cancelled removal answers (RemovalRunner::failed, or removed when it was too late to stop).
void MainWindow::openRemovalProgress(const QString &label, bool counting)
{
    closeRemovalProgress();
    m_removalProgress = busyIndicator(this, tr("Remove import"), label, 300);
    m_removalProgress->setObjectName(u"removalProgress"_s);
    connect(m_removalProgress, &QProgressDialog::canceled, m_removalRunner, &RemovalRunner::cancel);
    if (counting)
        connect(m_removalProgress, &QProgressDialog::canceled, this, [this] {
            closeRemovalProgress();
            statusBar()->showMessage(tr("Removal cancelled; nothing was removed."), kStatusTimeoutMs);
        });
}

void MainWindow::closeRemovalProgress()
{
    // Closing a progress dialog emits canceled(): it must not cancel (or report cancelled) what has ended.
    QProgressDialog *progress = std::exchange(m_removalProgress, nullptr);
    if (!progress)
        return;
    progress->disconnect();
    progress->close();
    progress->deleteLater();
}

void MainWindow::showError(const QString &title, const QString &text)
{
    if (m_interactive)
        QMessageBox::warning(this, title, text);
    statusBar()->showMessage(text, kStatusTimeoutMs);
}
