// SPDX-License-Identifier: GPL-3.0-or-later
#include "cookies/cookiesarea.h"

#include "common/elidedtooltipdelegate.h"
#include "common/filechooser.h"
#include "compliance/compliancereport.h"
#include "cookies/cookiedeclaration.h"
#include "cookies/cookiedeclaring.h"
#include "cookies/cookieeditcommand.h"
#include "cookies/cookiefilterproxy.h"
#include "cookies/cookiefindings.h"
#include "cookies/cookieinventorymodel.h"
#include "cookies/cookieitemdelegate.h"
#include "cookies/cookiescandiff.h"
#include "cookies/policycheck.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTextCursor>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
const QStringList kExportFormats { u"html"_s, u"md"_s, u"csv"_s, u"pdf"_s };
}

CookiesArea::CookiesArea(QWidget *parent)
    : Area(parent)
{
    setObjectName(u"cookiesArea"_s);
    m_model = new CookieInventoryModel(this);
    m_proxy = new CookieFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    m_undo = new QUndoStack(this);
    buildUi();
    retranslate();
    updateActions();
}

CookiesArea::~CookiesArea()
{
    // The undo stack is a child and clears itself (emitting indexChanged) after this object's members are
    // gone: stop listening first.
    m_undo->disconnect(this);
}

void CookiesArea::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"cookieSummary"_s);
    m_summary->setWordWrap(true);
    // The inventory is per site: scans of different sites are never merged.
    auto *titleBar = new QHBoxLayout;
    m_siteLabel = new QLabel(this);
    m_site = new QComboBox(this);
    m_site->setObjectName(u"cookieSite"_s);
    m_site->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_siteLabel->setBuddy(m_site);
    titleBar->addWidget(m_title);
    titleBar->addSpacing(fontMetrics().averageCharWidth() * 3);
    titleBar->addWidget(m_siteLabel);
    titleBar->addWidget(m_site);
    titleBar->addStretch();
    layout->addLayout(titleBar);
    layout->addWidget(m_summary);

    // Filters and editing.
    auto *bar = new QHBoxLayout;
    m_searchLabel = new QLabel(this);
    m_search = new QLineEdit(this);
    m_search->setMinimumWidth(fontMetrics().averageCharWidth() * 16);
    m_search->setObjectName(u"cookieSearch"_s);
    m_search->setClearButtonEnabled(true);
    m_searchLabel->setBuddy(m_search);
    m_statusLabel = new QLabel(this);
    m_statusFilter = new QComboBox(this);
    m_statusFilter->setObjectName(u"cookieStatusFilter"_s);
    m_statusLabel->setBuddy(m_statusFilter);
    m_categoryLabel = new QLabel(this);
    m_categoryFilter = new QComboBox(this);
    m_categoryFilter->setObjectName(u"cookieCategoryFilter"_s);
    m_categoryLabel->setBuddy(m_categoryFilter);
    m_undoButton = new QPushButton(this);
    m_redoButton = new QPushButton(this);
    m_declareButton = new QPushButton(this);
    m_declareButton->setObjectName(u"cookieDeclare"_s);
    m_removeButton = new QPushButton(this);
    m_importButton = new QPushButton(this);
    m_moreButton = new QToolButton(this);
    m_moreButton->setObjectName(u"cookieMore"_s);
    m_moreButton->setPopupMode(QToolButton::InstantPopup);
    auto *moreMenu = new QMenu(m_moreButton);
    m_acceptConfident = moreMenu->addAction(QString());
    m_acceptConfident->setObjectName(u"cookieAcceptConfident"_s);
    connect(m_acceptConfident, &QAction::triggered, this, &CookiesArea::acceptConfidentSuggestions);
    m_moreButton->setMenu(moreMenu);
    for (QWidget *w : std::initializer_list<QWidget *> {
             m_searchLabel, m_search, m_statusLabel, m_statusFilter, m_categoryLabel, m_categoryFilter })
        bar->addWidget(w);
    bar->addStretch();
    layout->addLayout(bar);
    // The editing buttons on a row of their own, so that the area fits a laptop's screen (1024 pixels at 100 %,
    // 1366 at 150 %) in both languages.
    auto *editBar = new QHBoxLayout;
    for (QWidget *w : std::initializer_list<QWidget *> {
             m_declareButton, m_moreButton, m_removeButton, m_importButton, m_undoButton, m_redoButton })
        editBar->addWidget(w);
    editBar->addStretch();
    layout->addLayout(editBar);

    // Export of the declaration.
    auto *exportBar = new QHBoxLayout;
    m_exportLabel = new QLabel(this);
    m_exportLanguage = new QComboBox(this);
    m_exportLanguage->setObjectName(u"cookieExportLanguage"_s);
    m_exportLanguage->addItem(QString(), u"nb"_s);
    m_exportLanguage->addItem(QString(), u"en"_s);
    m_exportLabel->setBuddy(m_exportLanguage);
    exportBar->addWidget(m_exportLabel);
    exportBar->addWidget(m_exportLanguage);
    for (const QString &f : kExportFormats) {
        auto *b = new QPushButton(this);
        b->setObjectName(u"cookieExport_"_s + f);
        connect(b, &QPushButton::clicked, this, [this, f] { chooseExport(f); });
        exportBar->addWidget(b);
        m_exportButtons << b;
    }
    exportBar->addStretch();
    layout->addLayout(exportBar);

    m_table = new QTableView(this);
    m_table->setObjectName(u"cookieTable"_s);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CookieInventoryModel::StatusColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(
        QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_table->setWordWrap(false);
    // Tab leaves the table for the next control; the arrow keys move between cells.
    m_table->setTabKeyNavigation(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->setItemDelegate(
        new CookieItemDelegate(m_table, [this](const QModelIndex &i, const QVariant &v) { commitEdit(i, v); }));
    m_table->horizontalHeader()->setDefaultSectionSize(120);
    m_table->setColumnWidth(CookieInventoryModel::Name, 150);
    m_table->setColumnWidth(CookieInventoryModel::PurposeNb, 260);
    m_table->setColumnWidth(CookieInventoryModel::PurposeEn, 260);
    m_table->setColumnWidth(CookieInventoryModel::StatusColumn, 170);
    m_table->setColumnWidth(CookieInventoryModel::Path, 50);
    m_table->setColumnWidth(CookieInventoryModel::Domain, 110);
    m_table->setColumnWidth(CookieInventoryModel::Category, 125);
    // The verdict is what the officer reads first: show it next to the name, then what the live scan saw.
    {
        QHeaderView *h = m_table->horizontalHeader();
        int at = 1;
        for (int c : { CookieInventoryModel::StatusColumn, CookieInventoryModel::LatestScan,
                 CookieInventoryModel::Entry, CookieInventoryModel::Suggestion, CookieInventoryModel::Kind,
                 CookieInventoryModel::BeforeConsent, CookieInventoryModel::AfterReject,
                 CookieInventoryModel::AfterAccept, CookieInventoryModel::FirstPhase })
            h->moveSection(h->visualIndex(c), at++);
        m_table->setColumnWidth(CookieInventoryModel::Kind, 130);
        m_table->setColumnWidth(CookieInventoryModel::Entry, 170);
        m_table->setColumnWidth(CookieInventoryModel::Suggestion, 90);
        m_table->setColumnWidth(CookieInventoryModel::LatestScan, 200);
        for (int c : { CookieInventoryModel::BeforeConsent, CookieInventoryModel::AfterReject,
                 CookieInventoryModel::AfterAccept })
            m_table->setColumnWidth(c, 120);
    }

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"cookieTabs"_s);
    // The findings of the site's latest scan, with their evidence: in words, not colour only.
    auto *findingsPage = new QWidget(m_tabs);
    auto *findingsLayout = new QVBoxLayout(findingsPage);
    m_scanFindingsTitle = new QLabel(findingsPage);
    m_scanFindingsTitle->setObjectName(u"cookieFindingsTitle"_s);
    m_scanFindingsTitle->setWordWrap(true);
    m_scanFindings = new QTreeWidget(findingsPage);
    m_scanFindings->setItemDelegate(new ElidedToolTipDelegate(m_scanFindings));
    m_scanFindings->setObjectName(u"cookieFindings"_s);
    m_scanFindings->setRootIsDecorated(false);
    m_scanFindings->setColumnCount(6);
    m_scanFindings->setWordWrap(true);
    m_scanFindings->setAlternatingRowColors(true);
    findingsLayout->addWidget(m_scanFindingsTitle);
    findingsLayout->addWidget(m_scanFindings);
    m_tabs->addTab(findingsPage, QString());

    auto *diffPage = new QWidget(m_tabs);
    auto *diffLayout = new QVBoxLayout(diffPage);
    m_diffTitle = new QLabel(diffPage);
    m_diffTitle->setWordWrap(true);
    m_diffTitle->setObjectName(u"cookieDiffTitle"_s);
    m_diff = new QTreeWidget(diffPage);
    m_diff->setItemDelegate(new ElidedToolTipDelegate(m_diff));
    m_diff->setObjectName(u"cookieDiff"_s);
    m_diff->setRootIsDecorated(false);
    m_diff->setColumnCount(4);
    diffLayout->addWidget(m_diffTitle);
    diffLayout->addWidget(m_diff);
    m_tabs->addTab(diffPage, QString());

    auto *policyPage = new QWidget(m_tabs);
    auto *policyLayout = new QVBoxLayout(policyPage);
    m_policyHint = new QLabel(policyPage);
    m_policyHint->setWordWrap(true);
    m_policyText = new QPlainTextEdit(policyPage);
    m_policyText->setObjectName(u"cookiePolicyText"_s);
    m_policyText->setTabChangesFocus(true);
    m_policyHint->setBuddy(m_policyText);
    auto *policyButtons = new QHBoxLayout;
    m_policyLoad = new QPushButton(policyPage);
    m_policyCheck = new QPushButton(policyPage);
    m_policyCheck->setObjectName(u"cookiePolicyCheck"_s);
    m_policyExport = new QPushButton(policyPage);
    m_policyExport->setObjectName(u"cookiePolicyExport"_s);
    m_policyExport->setEnabled(false);
    m_policySummary = new QLabel(policyPage);
    m_policySummary->setWordWrap(true);
    policyButtons->addWidget(m_policyLoad);
    policyButtons->addWidget(m_policyCheck);
    policyButtons->addWidget(m_policyExport);
    policyButtons->addWidget(m_policySummary, 1);
    m_findings = new QTreeWidget(policyPage);
    m_findings->setItemDelegate(new ElidedToolTipDelegate(m_findings));
    m_findings->setObjectName(u"cookiePolicyFindings"_s);
    m_findings->setRootIsDecorated(false);
    m_findings->setColumnCount(4);
    m_findings->setWordWrap(true);
    auto *policySplit = new QSplitter(Qt::Horizontal, policyPage);
    policySplit->addWidget(m_policyText);
    policySplit->addWidget(m_findings);
    policySplit->setStretchFactor(1, 2);
    policyLayout->addWidget(m_policyHint);
    policyLayout->addLayout(policyButtons);
    policyLayout->addWidget(policySplit, 1);
    m_tabs->addTab(policyPage, QString());

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    // Keyboard: every command has a shortcut while the area has focus.
    auto addAction = [this](QAction *&a, const QKeySequence &key, auto slot) {
        a = new QAction(this);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(a, &QAction::triggered, this, slot);
        QWidget::addAction(a);
    };
    addAction(m_undoAction, QKeySequence::Undo, [this] { m_undo->undo(); });
    addAction(m_redoAction, QKeySequence::Redo, [this] { m_undo->redo(); });
    addAction(m_findAction, QKeySequence::Find, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(m_declareAction, QKeySequence(Qt::CTRL | Qt::Key_Return), [this] { declareCurrent(); });
    addAction(m_removeAction, QKeySequence::Delete, [this] { removeCurrent(); });
    // Tab follows the rows as they are laid out (the editing row is built in another order than it is shown).
    for (const auto &chain : { QList<QWidget *> { m_categoryFilter, m_declareButton, m_moreButton, m_removeButton,
                                   m_importButton, m_undoButton, m_redoButton, m_exportLanguage },
             QList<QWidget *> { m_policyExport, m_policyText, m_findings } })
        for (qsizetype i = 0; i + 1 < chain.size(); ++i)
            setTabOrder(chain[i], chain[i + 1]);

    connect(m_undoButton, &QPushButton::clicked, m_undo, &QUndoStack::undo);
    connect(m_redoButton, &QPushButton::clicked, m_undo, &QUndoStack::redo);
    connect(m_undo, &QUndoStack::indexChanged, this, [this] {
        updateActions();
        reloadDiff();
        reloadFindings();
    });
    connect(m_declareButton, &QPushButton::clicked, this, &CookiesArea::declareCurrent);
    connect(m_removeButton, &QPushButton::clicked, this, &CookiesArea::removeCurrent);
    connect(m_importButton, &QPushButton::clicked, this, [this] {
        const QStringList files = FileChooser::openFiles(this, tr("Import cookie scans or a declaration"),
            tr("Cookie files (*.har *.json *.sqlite *.csv);;All files (*)"));
        if (!files.isEmpty())
            emit importRequested(files);
    });
    connect(m_site, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setSite(m_site->currentData().toString());
        reloadDiff();
        reloadFindings();
        updateActions();
    });
    connect(m_search, &QLineEdit::textChanged, m_proxy, &CookieFilterProxy::setSearch);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setStatus(m_statusFilter->currentData().isValid() ? m_statusFilter->currentData().toInt()
                                                                   : CookieFilterProxy::AllStatuses);
    });
    connect(m_categoryFilter, &QComboBox::currentIndexChanged, this,
        [this] { m_proxy->setCategory(m_categoryFilter->currentData().toString()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] { updateActions(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { updateActions(); });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] { updateActions(); });
    connect(m_policyLoad, &QPushButton::clicked, this, &CookiesArea::loadPolicyFile);
    connect(m_policyCheck, &QPushButton::clicked, this, [this] { checkPolicy(m_policyText->toPlainText()); });
    connect(m_policyExport, &QPushButton::clicked, this, &CookiesArea::choosePolicyExport);
    // A finding chosen by mouse or keyboard selects its passage in the text.
    connect(m_findings, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) { selectPassage(item); });
    connect(m_findings, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) { selectPassage(item); });
}

void CookiesArea::setWorkspace(std::shared_ptr<Workspace> ws)
{
    m_ws = std::move(ws);
    m_undo->clear();
    reload();
}

void CookiesArea::reload()
{
    fillSites();
    m_model->setRegister(m_ws ? &m_ws->cookies() : nullptr, m_site->currentData().toString());
    if (!m_model->lastError().isEmpty())
        emit statusMessage(m_model->lastError());
    reloadDiff();
    reloadFindings();
    updateActions();
}

// The sites the workspace has scans of, the latest scanned first; the choice is kept while it exists, else the
// latest scanned site is shown.
void CookiesArea::fillSites()
{
    const QSignalBlocker block(m_site);
    const QString chosen = m_site->currentData().toString();
    m_site->clear();
    auto scans = m_ws ? m_ws->cookies().scans() : Expected<std::vector<CookieScan>>(std::vector<CookieScan> {});
    const QStringList sites = scans ? CookieSites::sites(*scans) : QStringList();
    for (const QString &site : sites)
        m_site->addItem(site.isEmpty() ? tr("(site not named)") : site, site);
    if (sites.isEmpty())
        m_site->addItem(tr("No scans yet"), QString());
    const int keep = m_site->findData(chosen);
    m_site->setCurrentIndex(keep >= 0 && !chosen.isEmpty() ? keep : 0);
    m_site->setEnabled(sites.size() > 1);
}

void CookiesArea::selectSite(const QString &site)
{
    const int i = m_site->findData(site);
    if (i >= 0)
        m_site->setCurrentIndex(i);
}

bool CookiesArea::selectCookie(const QString &name)
{
    m_search->clear();
    m_statusFilter->setCurrentIndex(0);
    m_categoryFilter->setCurrentIndex(0);
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex i = m_proxy->index(row, CookieInventoryModel::Name);
        const QString cookie = i.data().toString();
        if (cookie == name || cookie.startsWith(name + u'.')) {
            m_table->setCurrentIndex(i);
            m_table->scrollTo(i);
            m_table->setFocus();
            return true;
        }
    }
    return false;
}

QString CookiesArea::site() const
{
    return m_model->scope().site;
}

void CookiesArea::reloadFindings()
{
    m_scanFindings->clear();
    if (!m_ws) {
        m_scanFindingsTitle->clear();
        return;
    }
    const CookieText::Lang lang = CookieText::currentLang();
    CookieSiteScope scope;
    auto findings = CookieFindings::load(m_ws->cookies(), lang, m_model->scope().site, &scope);
    if (!findings) {
        m_scanFindingsTitle->setText(findings.error().toString());
        return;
    }
    if (scope.scans.empty()) {
        m_scanFindingsTitle->setText(tr("Scan the website or import a HAR file to see what it sets."));
        return;
    }
    const CookieScan &latest = scope.scans.back();
    const QLocale loc;
    m_scanFindingsTitle->setText(
        tr("%n finding(s) in the scan of %1 (%2)", "", int(findings->size()))
            .arg(loc.toString(latest.scannedAt.toLocalTime(), QLocale::ShortFormat), latest.source));
    for (const CookieFinding &f : *findings) {
        QStringList evidence;
        if (!f.page.isEmpty())
            evidence << tr("page %1").arg(f.page);
        if (!f.request.isEmpty())
            evidence << tr("set by %1").arg(f.request);
        if (!f.initiator.isEmpty())
            evidence << tr("initiator %1").arg(CookieText::initiatorLabel(f.initiator, lang));
        const QString item = f.name.isEmpty() ? QString()
            : f.itemKind.isEmpty() || f.itemKind == u"cookie"
            ? f.name
            : u"%1 (%2)"_s.arg(f.name, CookieText::kindLabel(f.itemKind, lang));
        auto *row = new QTreeWidgetItem(m_scanFindings,
            { CookieFindings::severityLabel(f.severity, lang), CookieFindings::kindLabel(f.kind, lang), item,
                CookieText::phaseLabel(f.phase, lang), evidence.join(u"; "_s), f.message });
        row->setToolTip(4, evidence.join(u'\n'));
        row->setToolTip(5, f.message);
    }
    for (int c = 0; c < 5; ++c) {
        m_scanFindings->resizeColumnToContents(c);
        m_scanFindings->setColumnWidth(c, qMin(m_scanFindings->columnWidth(c), 280));
    }
}

int CookiesArea::currentSourceRow() const
{
    const QModelIndex i = m_table->currentIndex();
    return i.isValid() ? m_proxy->mapToSource(i).row() : -1;
}

void CookiesArea::commitEdit(const QModelIndex &sourceIndex, const QVariant &value)
{
    const DeclaredCookie before = m_model->cookie(sourceIndex.row()).declared;
    const auto after = m_model->edited(sourceIndex, value);
    if (!after) {
        emit statusMessage(m_model->lastError());
        return;
    }
    const QString column = m_model->headerData(sourceIndex.column(), Qt::Horizontal).toString();
    auto *cmd = new CookieEditCommand(m_model, before, after, tr("Edit %1 of %2").arg(column.toLower(), before.name));
    m_undo->push(cmd);
    if (cmd->failed())
        emit statusMessage(m_model->lastError());
    const int row = m_model->rowOfDeclared(before.id);
    if (row >= 0) {
        m_table->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, sourceIndex.column())));
        if (!cmd->failed())
            reportDraft(m_model->cookie(row));
    }
}

void CookiesArea::reportDraft(const CookieRow &row)
{
    if (row.isDraft())
        emit statusMessage(tr("%1 is saved as a draft: it still needs %2.")
                               .arg(row.declared.name, CookieReconciler::missingText(row, CookieText::currentLang())));
}

void CookiesArea::declareCurrent()
{
    const int row = currentSourceRow();
    if (row < 0)
        return;
    const CookieRow &r = m_model->cookie(row);
    const std::optional<DeclaredCookie> accepted = CookieDeclaring::acceptance(r);
    if (!accepted)
        return;
    if (r.isDeclared()) {
        m_undo->push(new CookieEditCommand(
            m_model, r.declared, *accepted, tr("Accept the suggestion for %1").arg(r.declared.name)));
        return;
    }
    const DeclaredCookie &c = *accepted;
    const QString name = c.name, domain = c.domain;
    const bool unsure = r.suggested && r.confidence == CookieText::Confidence::Low;
    const QString reason = CookieReconciler::confidenceReason(r, CookieText::currentLang());
    auto *cmd = new CookieEditCommand(m_model, std::nullopt, c, tr("Declare %1").arg(name));
    m_undo->push(cmd);
    if (cmd->failed()) {
        emit statusMessage(m_model->lastError());
        return;
    }
    const int newRow = m_model->rowOf(name, domain);
    if (newRow >= 0)
        m_table->setCurrentIndex(m_proxy->mapFromSource(m_model->index(newRow, CookieInventoryModel::Name)));
    if (unsure)
        emit statusMessage(
            tr("%1 is now declared with a suggestion of low confidence; check every text. %2").arg(name, reason));
    else if (newRow >= 0 && m_model->cookie(newRow).isDraft())
        reportDraft(m_model->cookie(newRow));
    else
        emit statusMessage(tr("%1 is now declared with the suggested texts; check them.").arg(name));
}

void CookiesArea::acceptConfidentSuggestions()
{
    const std::vector<DeclaredCookie> confident = m_model->confidentSuggestions();
    const int others = int(std::count_if(m_model->cookies().begin(), m_model->cookies().end(), [](const CookieRow &r) {
        return !r.isDeclared() && r.suggested;
    })) - int(confident.size());
    if (confident.empty()) {
        emit statusMessage(tr("No suggestion of high confidence to accept."));
        return;
    }
    // One step on the undo stack for the whole batch.
    m_undo->beginMacro(tr("Accept %n confident suggestion(s)", "", int(confident.size())));
    int failed = 0;
    for (const DeclaredCookie &c : confident) {
        auto *cmd = new CookieEditCommand(m_model, std::nullopt, c, tr("Declare %1").arg(c.name));
        m_undo->push(cmd);
        failed += cmd->failed() ? 1 : 0;
    }
    m_undo->endMacro();
    const int accepted = int(confident.size()) - failed;
    emit statusMessage(tr("%n cookie(s) declared with their high-confidence suggestions", "", accepted) + u"; "_s
        + tr("%n suggestion(s) of medium or low confidence left for you to check", "", others));
}

void CookiesArea::removeCurrent()
{
    const int row = currentSourceRow();
    if (row < 0 || !m_model->cookie(row).isDeclared())
        return;
    const DeclaredCookie c = m_model->cookie(row).declared;
    m_undo->push(new CookieEditCommand(m_model, c, std::nullopt, tr("Remove %1 from the declaration").arg(c.name)));
}

void CookiesArea::updateActions()
{
    const int row = currentSourceRow();
    const bool has = row >= 0 && row < m_model->rowCount();
    const bool declared = has && m_model->cookie(row).isDeclared();
    const bool suggested = has && m_model->cookie(row).suggested;
    m_declareButton->setEnabled(has && (!declared || suggested));
    m_removeButton->setEnabled(declared);
    m_undoButton->setEnabled(m_undo->canUndo());
    m_redoButton->setEnabled(m_undo->canRedo());
    m_importButton->setEnabled(m_ws != nullptr);

    int counts[5] = { 0, 0, 0, 0, 0 };
    for (const CookieRow &r : m_model->cookies())
        ++counts[int(r.status)];
    const QLocale loc;
    // Per the site's latest scan.
    m_summary->setText(m_ws
            ? tr("%1 declared and observed · %2 declared, no longer observed · %3 declared, never observed · %4 "
                 "observed, undeclared · %5 with differences")
                  .arg(loc.toString(counts[int(CookieText::Status::Ok)]),
                      loc.toString(counts[int(CookieText::Status::NoLongerObserved)]),
                      loc.toString(counts[int(CookieText::Status::NotObserved)]),
                      loc.toString(counts[int(CookieText::Status::Undeclared)]),
                      loc.toString(counts[int(CookieText::Status::Differs)]))
            : tr("Open a workspace to see its cookies."));
    if (const auto drafts = CookieReconciler::drafts(m_model->cookies()); m_ws && !drafts.empty())
        m_summary->setText(m_summary->text() + u" · "_s
            + tr("%n draft(s), left out of the published declaration", "", int(drafts.size())));
}

void CookiesArea::reloadDiff()
{
    m_diff->clear();
    if (!m_ws) {
        m_diffTitle->clear();
        return;
    }
    const CookieText::Lang lang = CookieText::currentLang();
    CookieScan previous, current;
    auto diff = CookieScanDiff::latest(m_ws->cookies(), lang, &previous, &current, m_model->scope().site);
    if (!diff) {
        m_diffTitle->setText(diff.error().toString());
        return;
    }
    if (!previous.id) {
        m_diffTitle->setText(tr(
            "Import at least two scans of the same site (HAR, inspection.json, cookies.sqlite) to see what changed."));
        return;
    }
    const QLocale loc;
    m_diffTitle->setText(
        tr("Changes from the scan of %1 (%2) to the scan of %3 (%4): %n change(s)", "", int(diff->size()))
            .arg(loc.toString(previous.scannedAt.toLocalTime().date(), QLocale::ShortFormat), previous.source,
                loc.toString(current.scannedAt.toLocalTime().date(), QLocale::ShortFormat), current.source));
    for (const CookieChange &c : *diff)
        new QTreeWidgetItem(m_diff,
            { CookieScanDiff::kindLabel(c.kind, lang),
                c.itemKind == u"cookie" ? c.name : u"%1 (%2)"_s.arg(c.name, CookieText::kindLabel(c.itemKind, lang)),
                c.domain, c.details.join(u"; "_s) });
    for (int i = 0; i < 3; ++i)
        m_diff->resizeColumnToContents(i);
}

void CookiesArea::loadPolicyFile()
{
    const QString path = FileChooser::openFile(
        this, tr("Open the cookie policy text"), tr("Text files (*.txt *.md *.html);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        emit statusMessage(tr("Cannot read %1: %2").arg(path, f.errorString()));
        return;
    }
    m_policyText->setPlainText(PolicyCheck::decode(f.read(PolicyCheck::kMaxTextBytes)));
    // The view's text (line breaks as the view keeps them), so each finding's place is a place in the view.
    checkPolicy(m_policyText->toPlainText());
}

namespace {
constexpr int kPassageStart = Qt::UserRole;
constexpr int kPassageLength = Qt::UserRole + 1;
} // namespace

void CookiesArea::selectPassage(const QTreeWidgetItem *item)
{
    if (!item)
        return;
    const qsizetype start = item->data(0, kPassageStart).toLongLong();
    const qsizetype length = item->data(0, kPassageLength).toLongLong();
    if (start < 0 || start + length > m_policyText->document()->characterCount())
        return; // a cookie the text never names has no passage
    QTextCursor cursor(m_policyText->document());
    cursor.setPosition(int(start));
    cursor.setPosition(int(start + length), QTextCursor::KeepAnchor);
    m_policyText->setTextCursor(cursor);
    m_policyText->ensureCursorVisible();
}

void CookiesArea::choosePolicyExport()
{
    const QString path = FileChooser::saveFile(this, tr("Export the findings of the policy check"),
        tr("policy-findings") + u".csv"_s, tr("CSV (*.csv);;HTML (*.html)"));
    if (!path.isEmpty())
        exportPolicyFindings(path);
}

bool CookiesArea::exportPolicyFindings(const QString &path)
{
    const auto format = PolicyCheck::formatFromName(QFileInfo(path).suffix());
    if (!m_policyOutcome || !format) {
        emit statusMessage(
            !m_policyOutcome ? tr("Check a policy text first.") : tr("Export the findings as .csv or .html."));
        return false;
    }
    const QByteArray bytes
        = PolicyCheck::write(*format, *m_policyOutcome, tr("the text in the Cookies area"), CookieText::currentLang());
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        emit statusMessage(tr("Cannot write %1: %2").arg(path, f.errorString()));
        return false;
    }
    emit statusMessage(tr("Findings written to %1").arg(path));
    return true;
}

int CookiesArea::checkPolicy(const QString &text)
{
    m_findings->clear();
    m_policyOutcome.reset();
    m_policyExport->setEnabled(false);
    const CookieText::Lang lang = CookieText::currentLang();
    auto outcome
        = m_ws ? PolicyCheck::run(m_ws->cookies(), text, lang, m_model->scope().site) : PolicyCheck::run(text, lang);
    if (!outcome) {
        m_policySummary->setText(outcome.error().toString());
        return 0;
    }
    m_policyOutcome = *outcome;
    m_policyExport->setEnabled(true);
    // The text checked is the one the next compliance report quotes (the company's public page, not a secret).
    if (m_ws)
        if (Status s = ComplianceReport::rememberPolicyText(
                *m_ws, text, tr("the text in the Cookies area"), QDateTime::currentDateTimeUtc()))
            emit statusMessage(s->toString());
    const PolicyChecker::Result &result = outcome->result;
    for (const PolicyFinding &f : result.findings) {
        auto *item = new QTreeWidgetItem(m_findings,
            { PolicyChecker::kindLabel(f.kind, lang), f.line > 0 ? QLocale().toString(f.line) : QString(),
                f.excerpt.simplified(), f.message });
        item->setToolTip(3, f.message);
        item->setData(0, kPassageStart, qint64(f.start));
        item->setData(0, kPassageLength, qint64(f.length));
        if (f.start >= 0)
            item->setToolTip(0, tr("Click to select the passage in the text"));
    }
    for (int c = 0; c < 3; ++c) {
        m_findings->resizeColumnToContents(c);
        m_findings->setColumnWidth(c, qMin(m_findings->columnWidth(c), 320));
    }
    m_policySummary->setText(tr("%n finding(s)", "", int(result.findings.size())) + u" · "_s
        + tr("%1 of %2 declared cookies named in the text")
              .arg(result.namedInventoryCookies.size())
              .arg(outcome->declaredNames.size()));
    return int(result.findings.size());
}

bool CookiesArea::confirmExport()
{
    const CookieText::Lang lang = CookieText::currentLang();
    const std::vector<CookieRow> &rows = m_model->cookies();
    QString text;
    if (CookieReconciler::declaredCount(rows) == 0) {
        text = tr("No cookie is declared, so the declaration would list none. Export an empty declaration anyway?");
    } else {
        const QStringList drafts = CookieReconciler::draftLines(rows, lang);
        if (drafts.isEmpty())
            return true;
        text = tr("%n entry(ies) are drafts and are left out of the published declaration:", "", int(drafts.size()))
            + u"\n\n"_s + drafts.join(u'\n') + u"\n\n"_s
            + tr("Complete them first (filter the status by \"Drafts\"), or export without them?");
    }
    QMessageBox box(QMessageBox::Warning, tr("Export the cookie declaration"), text, QMessageBox::NoButton, this);
    box.setObjectName(u"cookieExportWarning"_s);
    box.addButton(tr("&Export anyway"), QMessageBox::AcceptRole);
    box.setDefaultButton(box.addButton(QMessageBox::Cancel));
    box.exec();
    return box.buttonRole(box.clickedButton()) == QMessageBox::AcceptRole;
}

void CookiesArea::chooseExport(const QString &format)
{
    if (!m_ws || !confirmExport())
        return;
    static const QHash<QString, QString> filters { { u"html"_s, u"HTML (*.html)"_s }, { u"md"_s, u"Markdown (*.md)"_s },
        { u"csv"_s, u"CSV (*.csv)"_s }, { u"pdf"_s, u"PDF (*.pdf)"_s } };
    const QString lang = m_exportLanguage->currentData().toString();
    const QString suggested = tr("cookie-declaration") + u'-' + lang + u'.' + format;
    const QString path
        = FileChooser::saveFile(this, tr("Export the cookie declaration"), suggested, filters.value(format));
    if (!path.isEmpty())
        exportDeclaration(format, lang, path);
}

bool CookiesArea::exportDeclaration(const QString &format, const QString &language, const QString &path)
{
    const auto fmt = CookieDeclaration::formatFromName(format);
    if (!fmt || !m_ws)
        return false;
    const CookieText::Lang lang = CookieText::langFromCode(language);
    auto rows = CookieReconciler::load(m_ws->cookies(), lang, m_model->scope().site);
    if (!rows) {
        emit statusMessage(rows.error().toString());
        return false;
    }
    // The CSV declaration holds the declared cookies only; the other formats group them themselves.
    std::erase_if(*rows, [](const CookieRow &r) { return !r.isDeclared(); });
    const QByteArray bytes = CookieDeclaration::write(*fmt, *rows, lang);
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        emit statusMessage(tr("Cannot write %1: %2").arg(path, f.errorString()));
        return false;
    }
    const int drafts = int(CookieReconciler::drafts(*rows).size());
    emit statusMessage(drafts ? tr("Declaration written to %1 without %n draft(s)", "", drafts).arg(path)
                              : tr("Declaration written to %1").arg(path));
    return true;
}

void CookiesArea::fillFilters()
{
    const CookieText::Lang lang = CookieText::currentLang();
    const int status = m_statusFilter->currentIndex();
    const int category = m_categoryFilter->currentIndex();
    {
        const QSignalBlocker block(m_statusFilter);
        m_statusFilter->clear();
        m_statusFilter->addItem(tr("All statuses"));
        for (CookieText::Status s : CookieText::statuses())
            m_statusFilter->addItem(CookieText::statusLabel(s, lang), int(s));
        m_statusFilter->addItem(tr("Drafts (incomplete entries)"), CookieFilterProxy::DraftsOnly);
        m_statusFilter->setCurrentIndex(qMax(0, status));
    }
    {
        const QSignalBlocker block(m_categoryFilter);
        m_categoryFilter->clear();
        m_categoryFilter->addItem(tr("All categories"), QString());
        for (const QString &id : CookieText::categoryIds())
            m_categoryFilter->addItem(CookieText::categoryLabel(id, lang), id);
        m_categoryFilter->setCurrentIndex(qMax(0, category));
    }
}

void CookiesArea::retranslate()
{
    m_title->setText(tr("Cookie inventory"));
    m_siteLabel->setText(tr("S&ite:"));
    m_site->setAccessibleName(tr("Site"));
    m_search->setAccessibleName(tr("Search"));
    m_search->setAccessibleDescription(tr("Shows only the cookies whose name, domain, purpose or supplier contains "
                                          "the text"));
    m_statusFilter->setAccessibleName(tr("Status"));
    m_statusFilter->setAccessibleDescription(tr("Shows only the cookies with this status"));
    m_categoryFilter->setAccessibleName(tr("Category"));
    m_categoryFilter->setAccessibleDescription(tr("Shows only the cookies of this category"));
    m_exportLanguage->setAccessibleName(tr("Language of the declaration"));
    m_table->setAccessibleName(tr("Cookie inventory"));
    m_table->setAccessibleDescription(tr("One row per cookie; its status says whether it is declared and observed. "
                                         "Type or press F2 to edit a cell, Ctrl+Enter declares the chosen cookie, "
                                         "Delete removes it from the declaration"));
    m_tabs->tabBar()->setAccessibleName(tr("Scan results and policy check"));
    m_scanFindings->setAccessibleName(tr("Findings of the latest scan"));
    m_diff->setAccessibleName(tr("Changes since the previous scan"));
    m_policyText->setAccessibleName(tr("Cookie policy text"));
    m_findings->setAccessibleName(tr("Findings of the policy check"));
    m_findings->setAccessibleDescription(tr("Choosing a finding selects its passage in the text"));
    m_findAction->setText(tr("Find a cookie"));
    m_undoAction->setText(tr("Undo"));
    m_redoAction->setText(tr("Redo"));
    m_declareAction->setText(tr("Declare the chosen cookie, or accept its suggestion"));
    m_removeAction->setText(tr("Remove the chosen cookie from the declaration"));
    m_site->setToolTip(tr("The inventory, findings and changes of one site: scans of different sites are never "
                          "merged"));
    m_searchLabel->setText(tr("&Search:"));
    m_search->setPlaceholderText(tr("Name, domain, purpose or supplier"));
    m_statusLabel->setText(tr("S&tatus:"));
    m_categoryLabel->setText(tr("C&ategory:"));
    fillFilters();
    m_undoButton->setText(tr("&Undo"));
    m_redoButton->setText(tr("&Redo"));
    m_undoButton->setToolTip(m_undoAction->shortcut().toString(QKeySequence::NativeText));
    m_redoButton->setToolTip(m_redoAction->shortcut().toString(QKeySequence::NativeText));
    m_declareButton->setText(tr("&Declare / accept suggestion"));
    m_declareButton->setToolTip(
        tr("Declares an observed cookie with the knowledge base's suggested texts (Ctrl+Enter)"));
    m_removeButton->setText(tr("Re&move from declaration"));
    m_removeButton->setToolTip(m_removeAction->shortcut().toString(QKeySequence::NativeText));
    m_moreButton->setText(tr("Mor&e"));
    m_acceptConfident->setText(tr("Accept &confident suggestions"));
    m_acceptConfident->setToolTip(tr("Declares every observed cookie whose suggestion has high confidence (name and "
                                     "domain or supplier match); medium and low ones are left for you to check"));
    m_moreButton->menu()->setToolTipsVisible(true);
    m_importButton->setText(tr("Import sca&n…"));
    m_exportLabel->setText(tr("Declaration in:"));
    m_exportLanguage->setItemText(0, tr("Norwegian Bokmål"));
    m_exportLanguage->setItemText(1, tr("English"));
    //: the underlined letters are unique among the area's controls and the menu bar's titles
    const QStringList exportTexts { tr("E&xport HTML…"), tr("Export Markdo&wn…"), tr("Exp&ort CSV…"),
        tr("Export &PDF…") };
    for (int i = 0; i < m_exportButtons.size(); ++i)
        m_exportButtons[i]->setText(exportTexts[i]);
    m_tabs->setTabText(0, tr("Findings of the latest scan"));
    m_tabs->setTabText(1, tr("Changes since the previous scan"));
    m_tabs->setTabText(2, tr("Policy text check"));
    m_scanFindings->setHeaderLabels(
        { tr("Severity"), tr("Finding"), tr("Item"), tr("Phase"), tr("Evidence"), tr("Explanation") });
    m_diff->setHeaderLabels({ tr("Change"), tr("Cookie"), tr("Domain"), tr("Details") });
    m_findings->setHeaderLabels({ tr("Finding"), tr("Line"), tr("Text"), tr("Explanation") });
    m_policyHint->setText(
        tr("Paste the website's cookie polic&y here or load it from a file, then check it against the "
           "Electronic Communications Act in force since 1 January 2025 and against the inventory."));
    m_policyLoad->setText(tr("Load file…"));
    m_policyCheck->setText(tr("Chec&k text"));
    m_policyExport->setText(tr("Export findin&gs…"));
    m_policyExport->setToolTip(tr("Writes the findings as CSV or HTML"));
    m_policyText->setPlaceholderText(tr("Cookie policy text"));
    // Texts computed from data follow the language too.
    fillSites();
    m_model->setSite(m_site->currentData().toString());
    reloadDiff();
    reloadFindings();
    updateActions();
    if (!m_policyText->toPlainText().isEmpty() && m_findings->topLevelItemCount() > 0)
        checkPolicy(m_policyText->toPlainText());
}
