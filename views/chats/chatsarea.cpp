// SPDX-License-Identifier: GPL-3.0-or-later
#include "chats/chatsarea.h"

#include "chats/chataudit.h"
#include "chats/chatauditmodel.h"
#include "chats/chatconversationmodel.h"
#include "chats/chatpreview.h"
#include "chats/chatpreviewmodel.h"
#include "chats/chattranscriptview.h"
#include "chats/rulecolors.h"
#include "common/elidedtooltipdelegate.h"
#include "common/filechooser.h"
#include "common/importrunner.h"
#include "importers/importcontext.h"
#include "workspace/chatmaintenance.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QCheckBox>
#include <QFileInfo>
#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QTableView *makeTable(QWidget *parent, const QString &name)
{
    auto *t = new QTableView(parent);
    t->setObjectName(name);
    t->setItemDelegate(new ElidedToolTipDelegate(t));
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setAlternatingRowColors(true);
    return t;
}

} // namespace

ChatsArea::ChatsArea(QWidget *parent)
    : Area(parent)
{
    setObjectName(u"chatsArea"_s);
    m_runner = new ImportRunner(this);

    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_openButton = new QPushButton(this);
    m_openButton->setObjectName(u"openExportButton"_s);
    m_ruleSetLabel = new QLabel(this);
    m_ruleSetCombo = new QComboBox(this);
    m_ruleSetCombo->setObjectName(u"ruleSetCombo"_s);
    m_ruleSetLabel->setBuddy(m_ruleSetCombo);
    top->addWidget(m_openButton);
    top->addSpacing(12);
    top->addWidget(m_ruleSetLabel);
    top->addWidget(m_ruleSetCombo);
    top->addStretch(1);
    layout->addLayout(top);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"chatTabs"_s);
    m_tabs->addTab(createPreviewPage(), QString());
    m_tabs->addTab(createStoredPage(), QString());
    m_tabs->addTab(createAuditPage(), QString());
    layout->addWidget(m_tabs, 1);

    connect(m_openButton, &QPushButton::clicked, this, &ChatsArea::openExportDialog);
    connect(m_ruleSetCombo, &QComboBox::currentIndexChanged, this, &ChatsArea::onRuleSetChanged);
    connect(m_runner, &ImportRunner::progress, this, [this](int percent) {
        if (m_progressDialog)
            m_progressDialog->setValue(percent);
    });
    connect(m_runner, &ImportRunner::fileImported, this, [this](const ImportReport &r) {
        m_lastImportOk = true;
        const QString text = tr("Imported %1: %Ln message(s) stored, redacted.", "", int(r.rowsStored)).arg(r.fileName);
        m_previewInfo->setText(text + u'\n' + r.notes.join(u'\n'));
        emit statusMessage(text);
        emit workspaceChanged();
    });
    connect(m_runner, &ImportRunner::fileFailed, this, [this](const Error &e) {
        m_lastImportOk = false;
        m_previewInfo->setText(tr("Not imported: %1").arg(e.toString()));
        emit statusMessage(tr("Not imported: %1").arg(e.toString()));
    });
    connect(m_runner, &ImportRunner::finished, this, [this] {
        if (m_progressDialog)
            m_progressDialog->deleteLater();
        m_busy = false;
        const QString info = m_previewInfo->text();
        // The stored, redacted copy is what remains; the raw text leaves memory now.
        closePreview();
        m_previewInfo->setText(info);
        m_previewInfo->setProperty("idle", false);
        reload();
        if (m_lastImportOk)
            m_tabs->setCurrentIndex(1);
    });
    showIdleInfo();
    retranslate();
    setWorkspace(nullptr);
}

ChatsArea::~ChatsArea()
{
    if (m_openProgress)
        m_openProgress->cancelRequested = true;
    for (const QPointer<QThread> &t : std::as_const(m_threads))
        if (t)
            t->wait();
    closePreview();
}

QWidget *ChatsArea::createPreviewPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_previewInfo = new QLabel(page);
    m_previewInfo->setObjectName(u"previewInfo"_s);
    m_previewInfo->setWordWrap(true);
    m_previewInfo->setTextFormat(Qt::PlainText);
    layout->addWidget(m_previewInfo);

    auto *split = new QSplitter(Qt::Horizontal, page);
    m_previewTable = makeTable(split, u"previewTable"_s);
    m_previewModel = new ChatPreviewModel(this);
    m_previewTable->setModel(m_previewModel);
    split->addWidget(m_previewTable);

    auto *right = new QWidget(split);
    auto *rl = new QVBoxLayout(right);
    rl->setContentsMargins(0, 0, 0, 0);
    auto *nav = new QHBoxLayout;
    m_previousHit = new QPushButton(right);
    m_previousHit->setObjectName(u"previousHitButton"_s);
    m_nextHit = new QPushButton(right);
    m_nextHit->setObjectName(u"nextHitButton"_s);
    m_hitLabel = new QLabel(right);
    m_hitLabel->setObjectName(u"hitLabel"_s);
    m_showRedacted = new QCheckBox(right);
    m_showRedacted->setObjectName(u"showRedactedCheck"_s);
    nav->addWidget(m_previousHit);
    nav->addWidget(m_nextHit);
    nav->addWidget(m_hitLabel);
    nav->addStretch(1);
    nav->addWidget(m_showRedacted);
    rl->addLayout(nav);
    m_previewText = new ChatTranscriptView(right);
    m_previewText->setObjectName(u"previewText"_s);
    rl->addWidget(m_previewText, 3);
    m_ruleCounts = new QTreeWidget(right);
    m_ruleCounts->setObjectName(u"ruleCounts"_s);
    m_ruleCounts->setRootIsDecorated(false);
    m_ruleCounts->setColumnCount(4);
    // About six rows at any font size.
    m_ruleCounts->setMaximumHeight(m_ruleCounts->fontMetrics().height() * 9);
    m_ruleCounts->setTextElideMode(Qt::ElideRight);
    rl->addWidget(m_ruleCounts, 1);
    split->addWidget(right);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    auto *buttons = new QHBoxLayout;
    m_importButton = new QPushButton(page);
    m_importButton->setObjectName(u"importRedactedButton"_s);
    m_closeButton = new QPushButton(page);
    m_closeButton->setObjectName(u"closePreviewButton"_s);
    buttons->addStretch(1);
    buttons->addWidget(m_closeButton);
    buttons->addWidget(m_importButton);
    layout->addLayout(buttons);
    setTabOrder(m_closeButton, m_importButton); // as they are shown: Close, then Import

    connect(m_previewTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &ChatsArea::showPreviewConversation);
    connect(m_previewModel, &QAbstractItemModel::modelReset, this, [this] {
        // The selection model is kept across resets; reconnecting is not needed.
        if (m_previewModel->rowCount() > 0)
            m_previewTable->selectRow(0);
    });
    connect(m_showRedacted, &QCheckBox::toggled, this, &ChatsArea::showPreviewConversation);
    connect(m_nextHit, &QPushButton::clicked, m_previewText, &ChatTranscriptView::nextHit);
    connect(m_previousHit, &QPushButton::clicked, m_previewText, &ChatTranscriptView::previousHit);
    connect(m_previewText, &ChatTranscriptView::currentHitChanged, this, &ChatsArea::updateHitLabel);
    connect(m_importButton, &QPushButton::clicked, this, &ChatsArea::importRedacted);
    connect(m_closeButton, &QPushButton::clicked, this, &ChatsArea::closePreview);
    return page;
}

QWidget *ChatsArea::createStoredPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *row = new QHBoxLayout;
    m_search = new QLineEdit(page);
    m_search->setObjectName(u"storedSearch"_s);
    m_search->setClearButtonEnabled(true);
    m_storedSummary = new QLabel(page);
    m_storedSummary->setObjectName(u"storedSummary"_s);
    row->addWidget(m_search, 1);
    row->addWidget(m_storedSummary);
    layout->addLayout(row);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &ChatsArea::reloadStored);
    // Ctrl+F: the search of the stored conversations, from anywhere in the area.
    m_findAction = new QAction(this);
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_findAction);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_tabs->setCurrentIndex(1);
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });

    auto *split = new QSplitter(Qt::Horizontal, page);
    m_storedTable = makeTable(split, u"storedTable"_s);
    m_conversationModel = new ChatConversationModel(this);
    m_storedTable->setModel(m_conversationModel);
    split->addWidget(m_storedTable);
    m_storedText = new ChatTranscriptView(split);
    m_storedText->setObjectName(u"storedText"_s);
    split->addWidget(m_storedText);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    layout->addWidget(split, 2);
    connect(m_storedTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &ChatsArea::showStoredConversation);

    m_stricterGroup = new QGroupBox(page);
    m_stricterGroup->setObjectName(u"stricterGroup"_s);
    auto *gl = new QVBoxLayout(m_stricterGroup);
    auto *sr = new QHBoxLayout;
    m_stricterLabel = new QLabel(m_stricterGroup);
    m_stricterCombo = new QComboBox(m_stricterGroup);
    m_stricterCombo->setObjectName(u"stricterCombo"_s);
    m_stricterLabel->setBuddy(m_stricterCombo);
    m_stricterPreviewButton = new QPushButton(m_stricterGroup);
    m_stricterPreviewButton->setObjectName(u"stricterPreviewButton"_s);
    m_applyButton = new QPushButton(m_stricterGroup);
    m_applyButton->setObjectName(u"applyStricterButton"_s);
    m_applyButton->setEnabled(false);
    m_stricterSummary = new QLabel(m_stricterGroup);
    m_stricterSummary->setObjectName(u"stricterSummary"_s);
    m_stricterSummary->setWordWrap(true);
    sr->addWidget(m_stricterLabel);
    sr->addWidget(m_stricterCombo);
    sr->addWidget(m_stricterPreviewButton);
    sr->addWidget(m_applyButton);
    sr->addWidget(m_stricterSummary, 1);
    gl->addLayout(sr);
    m_stricterText = new ChatTranscriptView(m_stricterGroup);
    m_stricterText->setObjectName(u"stricterText"_s);
    gl->addWidget(m_stricterText);
    layout->addWidget(m_stricterGroup, 1);
    connect(m_stricterPreviewButton, &QPushButton::clicked, this, &ChatsArea::previewStricter);
    connect(m_applyButton, &QPushButton::clicked, this, &ChatsArea::applyStricter);
    connect(m_stricterCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_stricterPreview.reset();
        m_applyButton->setEnabled(false);
        m_stricterText->clearMessages();
        m_stricterSummary->clear();
    });

    auto *retention = new QHBoxLayout;
    m_retentionCheck = new QCheckBox(page);
    m_retentionCheck->setObjectName(u"retentionCheck"_s);
    m_retentionDays = new QSpinBox(page);
    m_retentionDays->setObjectName(u"retentionDays"_s);
    m_retentionDays->setRange(1, 3650);
    m_retentionDays->setValue(90);
    m_purgeNow = new QPushButton(page);
    m_purgeNow->setObjectName(u"purgeNow"_s);
    retention->addWidget(m_retentionCheck);
    retention->addWidget(m_retentionDays);
    retention->addWidget(m_purgeNow);
    retention->addStretch(1);
    // The chats' own setting beside the retention: what replaces a removed span in stored text.
    m_markerLabel = new QLabel(page);
    m_markerEdit = new QLineEdit(page);
    m_markerEdit->setObjectName(u"markerEdit"_s);
    m_markerEdit->setMaxLength(WorkspaceSettings::kMaxMarkerLength);
    m_markerEdit->setMaximumWidth(fontMetrics().horizontalAdvance(u"[fjernet]"_s) * 2);
    m_markerLabel->setBuddy(m_markerEdit);
    retention->addWidget(m_markerLabel);
    retention->addWidget(m_markerEdit);
    layout->addLayout(retention);
    connect(m_markerEdit, &QLineEdit::editingFinished, this, &ChatsArea::onMarkerEdited);
    connect(m_retentionCheck, &QCheckBox::toggled, this, &ChatsArea::onRetentionChanged);
    connect(m_retentionDays, &QSpinBox::editingFinished, this, &ChatsArea::onRetentionChanged);
    connect(m_purgeNow, &QPushButton::clicked, this, &ChatsArea::purgeExpiredNow);
    return page;
}

QWidget *ChatsArea::createAuditPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_auditTable = makeTable(page, u"auditTable"_s);
    m_auditModel = new ChatAuditModel(this);
    m_auditTable->setModel(m_auditModel);
    layout->addWidget(m_auditTable);
    return page;
}

void ChatsArea::fillRuleSetCombo(QComboBox *combo, const QString &current)
{
    const QSignalBlocker block(combo);
    combo->clear();
    for (const QString &name : RuleSet::names()) {
        QString label;
        if (name == u"standard")
            label = tr("Standard: numbers of 7 digits or more, identity numbers");
        else if (name == u"strict")
            label = tr("Strict: also e-mail addresses and spelled-out digits");
        else if (name == u"audit")
            label = tr("Audit: bare digit runs only (the literal promise)");
        else
            label = name;
        combo->addItem(label, name);
    }
    const int i = combo->findData(current);
    combo->setCurrentIndex(i < 0 ? 0 : i);
}

QString ChatsArea::chosenRuleSet() const
{
    return m_ruleSetCombo->currentData().toString();
}

void ChatsArea::retranslate()
{
    m_openButton->setText(tr("&Open chat export…"));
    m_openButton->setToolTip(
        tr("Shows what the redaction removes before anything is stored. The raw text stays in memory only."));
    m_ruleSetLabel->setText(tr("&Rule set:"));
    fillRuleSetCombo(m_ruleSetCombo, m_ruleSetCombo->count() ? chosenRuleSet() : u"standard"_s);
    fillRuleSetCombo(
        m_stricterCombo, m_stricterCombo->count() ? m_stricterCombo->currentData().toString() : u"strict"_s);
    m_tabs->setTabText(0, tr("Preview of an export"));
    m_tabs->setTabText(1, tr("Stored conversations"));
    m_tabs->setTabText(2, tr("Audit log"));
    m_previousHit->setText(tr("◀ &Previous hit"));
    m_nextHit->setText(tr("&Next hit ▶"));
    m_previousHit->setAccessibleName(tr("Previous hit"));
    m_nextHit->setAccessibleName(tr("Next hit"));
    m_showRedacted->setText(tr("Show as stored (re&dacted)"));
    m_ruleCounts->setHeaderLabels({ tr("Rule"), tr("Removed"), tr("Kept"), tr("What it finds") });
    m_importButton->setText(tr("&Import redacted"));
    m_importButton->setToolTip(tr("Stores only the redacted text, then drops the raw text from memory."));
    m_closeButton->setText(tr("Clo&se preview"));
    m_search->setPlaceholderText(tr("Search the stored, redacted text"));
    m_search->setAccessibleName(tr("Search the stored conversations"));
    m_search->setAccessibleDescription(tr("Shows the conversations whose stored, redacted text contains the words"));
    m_findAction->setText(tr("Search the stored conversations"));
    m_tabs->tabBar()->setAccessibleName(tr("Preview, stored conversations and audit log"));
    m_previewTable->setAccessibleName(tr("Conversations in the export"));
    m_previewText->setAccessibleName(tr("Transcript preview"));
    m_previewText->setAccessibleDescription(tr("Removed and kept passages are highlighted; their tooltips name the "
                                               "rule. Next hit and Previous hit move between them"));
    m_ruleCounts->setAccessibleName(tr("What each rule finds"));
    m_storedTable->setAccessibleName(tr("Stored conversations"));
    m_storedText->setAccessibleName(tr("Stored, redacted text"));
    m_stricterCombo->setAccessibleName(tr("Stricter rule set"));
    m_stricterText->setAccessibleName(tr("What the stricter rule set would remove"));
    m_retentionDays->setAccessibleName(tr("Days to keep stored conversations"));
    m_auditTable->setAccessibleName(tr("Audit log"));
    m_ruleSetCombo->setAccessibleName(tr("Rule set"));
    m_ruleSetCombo->setAccessibleDescription(tr("The rules that decide what is removed before a chat is stored"));
    m_markerEdit->setAccessibleName(tr("Marker for removed text"));
    m_stricterGroup->setTitle(tr("Stricter rule set for the stored text"));
    m_stricterLabel->setText(tr("Rule se&t:"));
    m_stricterPreviewButton->setText(tr("Previe&w stricter rule set"));
    m_applyButton->setText(tr("&Apply"));
    m_stricterText->setPlaceholderText(
        tr("Choose a rule set and \"Preview stricter rule set\" to see what it would remove from the stored text in "
           "addition. Nothing changes until you choose \"Apply\"."));
    m_storedText->setPlaceholderText(tr("Choose a conversation to read its stored, redacted text."));
    m_retentionCheck->setText(tr("&Delete stored conversations after"));
    m_retentionDays->setSuffix(tr(" days"));
    m_purgeNow->setText(tr("Delete e&xpired now"));
    m_purgeNow->setToolTip(tr("Delete the conversations past the retention period now; every import of chats "
                              "does it too"));
    m_markerLabel->setText(tr("&Marker for removed text:"));
    m_markerEdit->setToolTip(tr("What replaces a removed span in text stored from now on (imports and stricter rule "
                                "sets); text stored earlier keeps its marker. Empty: removed without a trace. "
                                "Until you set it, the marker of the language Kapsel ran in at the first import."));
    updatePreviewSummary();
    updateHitLabel(m_previewText->currentHit(), m_previewText->hitCount());
    showPreviewConversation();
    reload();
}

void ChatsArea::setWorkspace(std::shared_ptr<Workspace> ws)
{
    m_ws = std::move(ws);
    m_stricterPreview.reset();
    m_stricterText->clearMessages();
    m_stricterSummary->clear();
    const QTimeZone zone = m_ws ? m_ws->timeZone() : QTimeZone("Europe/Oslo");
    m_previewModel->setTimeZone(zone);
    m_conversationModel->setTimeZone(zone);
    m_auditModel->setTimeZone(zone);
    for (ChatTranscriptView *v : { m_previewText, m_storedText, m_stricterText })
        v->setTimeZone(zone);
    reload();
    // Opening only reads: the retention period runs at each import of chats and by an explicit purge.
    if (m_ws)
        if (const int days = m_ws->chats().retentionDays(); days > 0)
            if (const qint64 expired = m_ws->chats().expiredCount(days); expired > 0)
                emit statusMessage(tr("%Ln conversation(s) past the retention period: Delete expired now (Stored "
                                      "conversations) deletes them, as does the next import of chats",
                    "", int(expired)));
    // With nothing to preview, a workspace that holds conversations opens on them.
    if (!m_preview && m_conversationModel->rowCount() > 0)
        m_tabs->setCurrentIndex(1);
}

void ChatsArea::reload()
{
    const bool have = m_ws != nullptr;
    m_search->setEnabled(have);
    m_stricterGroup->setEnabled(have);
    m_retentionCheck->setEnabled(have);
    updatePreviewButtons();
    updateRetentionControls();
    m_markerEdit->setEnabled(have);
    if (!m_markerEdit->hasFocus())
        m_markerEdit->setText(have ? marker() : QString());
    reloadStored();
    if (have) {
        ChatArchive &archive = m_ws->chats();
        m_auditModel->setEntries(archive.auditLog());
    } else {
        m_auditModel->setEntries({});
    }
    m_auditTable->resizeColumnsToContents();
    updatePreviewSummary();
}

bool ChatsArea::isBusy() const
{
    return m_busy;
}

void ChatsArea::runInBackground(std::function<void()> work, std::function<void()> done)
{
    QThread *thread = QThread::create(std::move(work));
    m_threads << QPointer<QThread>(thread);
    connect(thread, &QThread::finished, this, [this, thread, done = std::move(done)] {
        m_threads.removeAll(QPointer<QThread>(thread));
        m_threads.removeAll(QPointer<QThread>());
        thread->deleteLater();
        done();
    });
    thread->start();
}

// ---- Preview of an export -------------------------------------------------------------------------------

void ChatsArea::openExportDialog()
{
    const QString path = FileChooser::openFile(
        this, tr("Open chat export"), tr("Chat exports (*.json *.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        openExport(path);
}

void ChatsArea::openExport(const QString &path)
{
    if (m_busy)
        return;
    closePreview();
    m_busy = true;
    m_openButton->setEnabled(false);
    m_tabs->setCurrentIndex(0);
    m_previewInfo->setText(tr("Reading %1 …").arg(QFileInfo(path).fileName()));
    m_previewInfo->setProperty("idle", false);

    m_openProgress = std::make_shared<ImportProgress>();
    auto progressState = m_openProgress;
    m_progressDialog = new QProgressDialog(this);
    m_progressDialog->setObjectName(u"openProgress"_s);
    m_progressDialog->setLabelText(tr("Reading the chat export …"));
    m_progressDialog->setRange(0, 100);
    m_progressDialog->setMinimumDuration(400);
    m_progressDialog->setAutoClose(false);
    m_progressDialog->setAutoReset(false);
    connect(
        m_progressDialog, &QProgressDialog::canceled, this, [progressState] { progressState->cancelRequested = true; });
    QPointer<QProgressDialog> dialog = m_progressDialog;
    progressState->onProgress = [dialog](qint64 done, qint64 total) {
        const int percent = total > 0 ? int(100 * done / total) : 0;
        QMetaObject::invokeMethod(
            dialog,
            [dialog, percent] {
                if (dialog)
                    dialog->setValue(percent);
            },
            Qt::QueuedConnection);
    };

    auto result = std::make_shared<std::optional<Expected<std::shared_ptr<ChatPreview>>>>();
    const QTimeZone zone = m_ws ? m_ws->timeZone() : QTimeZone("Europe/Oslo");
    const auto rules = RuleSet::byName(chosenRuleSet()).value_or(RuleSet::standard());
    runInBackground(
        [result, path, progressState, zone, rules, marker = marker()] {
            auto loaded = ChatPreview::load(path, progressState.get(), zone);
            if (loaded)
                (*loaded)->setRuleSet(rules, marker);
            result->emplace(std::move(loaded));
        },
        [this, result, path] {
            if (m_progressDialog)
                m_progressDialog->deleteLater();
            m_busy = false;
            m_openButton->setEnabled(true);
            m_openProgress.reset();
            auto &loaded = **result;
            if (!loaded) {
                m_previewInfo->setText(tr("Cannot open the export: %1").arg(loaded.error().toString()));
                m_previewInfo->setProperty("idle", false);
                emit statusMessage(loaded.error().toString());
                reload();
                return;
            }
            m_preview = *loaded;
            m_previewModel->setPreview(m_preview);
            m_previewTable->resizeColumnsToContents();
            reload();
            emit statusMessage(tr("Preview of %1: nothing has been stored").arg(QFileInfo(path).fileName()));
        });
}

void ChatsArea::showIdleInfo()
{
    m_previewInfo->setText(tr("Open a chat export to see, conversation by conversation, what the redaction removes "
                              "before anything is stored. Nothing is written until you choose \"Import redacted\"."));
    m_previewInfo->setProperty("idle", true);
}

void ChatsArea::closePreview()
{
    m_previewModel->setPreview(nullptr);
    m_previewText->clearMessages();
    m_ruleCounts->clear();
    if (m_preview)
        m_preview->clear();
    m_preview.reset();
    showIdleInfo();
    if (m_importButton)
        updatePreviewButtons();
}

// Import and Close need a preview and no work under way on it.
void ChatsArea::updatePreviewButtons()
{
    m_importButton->setEnabled(m_ws && m_preview && !m_busy);
    m_closeButton->setEnabled(m_preview && !m_busy);
}

// Judging every message again takes a while on a big export: it runs on a worker thread, reading the
// preview's messages only, while the window keeps showing the previous spans. The preview cannot be closed or
// imported meanwhile (both would touch the messages the worker reads).
void ChatsArea::onRuleSetChanged()
{
    if (!m_preview || m_busy)
        return;
    const auto rules = RuleSet::byName(chosenRuleSet());
    if (!rules)
        return;
    m_busy = true;
    m_ruleSetCombo->setEnabled(false);
    updatePreviewButtons();
    emit statusMessage(tr("Applying the chosen rule set to the preview …"));
    auto judged = std::make_shared<ChatPreview::Judgement>();
    std::shared_ptr<ChatPreview> preview = m_preview;
    runInBackground([judged, preview, rules = *rules, marker = marker()] { *judged = preview->judge(rules, marker); },
        [this, judged, preview] {
            m_busy = false;
            m_ruleSetCombo->setEnabled(true);
            updatePreviewButtons();
            if (m_preview != preview)
                return;
            m_preview->apply(std::move(*judged));
            m_previewModel->refreshCounts();
            updatePreviewSummary();
            showPreviewConversation();
            // The choice may have changed again while this one was judged.
            if (m_preview->ruleSet().name != chosenRuleSet())
                onRuleSetChanged();
        });
}

void ChatsArea::showPreviewConversation()
{
    const int row = m_previewTable->currentIndex().row();
    if (!m_preview || row < 0 || row >= m_preview->conversations().size()) {
        m_previewText->clearMessages();
        return;
    }
    const ChatConversationRecord &c = m_preview->conversations()[row];
    QList<TranscriptMessage> messages;
    for (qsizetype i = 0; i < c.messages.size(); ++i)
        messages << TranscriptMessage { {}, c.messages[i].sentAt, c.messages[i].sender, c.messages[i].text,
            m_preview->spans(row, i), m_preview->beyondStandard(row, i) };
    m_previewText->setMessages(messages, m_showRedacted->isChecked(), m_preview->marker());
}

void ChatsArea::updatePreviewSummary()
{
    m_ruleCounts->clear();
    if (!m_preview) {
        if (m_previewInfo->property("idle").toBool())
            showIdleInfo();
        return;
    }
    m_previewInfo->setProperty("idle", false);
    const RedactionTally &t = m_preview->tally();
    const QLocale loc;
    const QString identities = t.identityKinds.isEmpty()
        ? loc.toString(t.identityNumbers)
        : tr("%1 (%2)").arg(loc.toString(t.identityNumbers), t.identityKindSummary());
    QString info = tr("%1 (%2). Conversations: %3, messages: %4. To remove: %5, of which identity numbers: %6. Kept "
                      "on purpose: %7. The raw text is in memory only.")
                       .arg(QFileInfo(m_preview->filePath()).fileName(), m_preview->formatName(),
                           loc.toString(m_preview->conversations().size()), loc.toString(m_preview->messageCount()),
                           loc.toString(t.removedTotal()), identities, loc.toString(t.keptTotal()));
    // What a stricter rule set adds to this export, said either way (the spans it finds are mostly those the
    // standard rules find already).
    if (m_preview->comparedWithStandard()) {
        const RedactionTally &beyond = m_preview->beyondStandardTally();
        info += u'\n'
            + (beyond.removedTotal() == 0
                    ? tr("Compared with the standard rules, %1 removes nothing more from this export: the standard "
                         "rules already remove everything it finds here.")
                          .arg(m_preview->ruleSet().id())
                    : tr(
                        "Compared with the standard rules, %1 removes %Ln more span(s) from this export (%2); they are "
                        "underlined in the transcript.",
                        "", int(beyond.removedTotal()))
                          .arg(m_preview->ruleSet().id(), beyond.summary()));
    }
    m_previewInfo->setText(info);
    QStringList rules = t.removed.keys();
    for (const QString &k : t.kept.keys())
        if (!rules.contains(k))
            rules << k;
    for (const QString &rule : std::as_const(rules)) {
        auto *item = new QTreeWidgetItem(m_ruleCounts);
        const bool keptOnly = !t.removed.contains(rule);
        item->setIcon(0, RuleColors::swatch(rule, keptOnly));
        item->setText(0, rule);
        item->setText(1, loc.toString(t.removed.value(rule)));
        item->setText(2, loc.toString(t.kept.value(rule)));
        item->setText(3, RuleSet::describeRule(rule));
        item->setToolTip(3, RuleSet::describeRule(rule));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    }
    for (int c = 0; c < 3; ++c)
        m_ruleCounts->resizeColumnToContents(c);
}

void ChatsArea::updateHitLabel(int index, int count)
{
    if (count == 0)
        m_hitLabel->setText(tr("No hits in this conversation"));
    else if (index < 0)
        m_hitLabel->setText(tr("%Ln hit(s)", "", count));
    else
        m_hitLabel->setText(tr("Hit %1 of %2").arg(index + 1).arg(count));
    m_previousHit->setEnabled(count > 0);
    m_nextHit->setEnabled(count > 0);
}

void ChatsArea::importRedacted()
{
    if (!m_ws || !m_preview || m_busy)
        return;
    ImportOptions options;
    options.ruleSet = chosenRuleSet();
    if (!m_runner->start(m_ws->location(), { m_preview->filePath() }, options))
        return;
    m_busy = true;
    updatePreviewButtons();
    m_progressDialog = new QProgressDialog(this);
    m_progressDialog->setObjectName(u"importProgress"_s);
    m_progressDialog->setLabelText(tr("Redacting and storing …"));
    m_progressDialog->setRange(0, 100);
    m_progressDialog->setMinimumDuration(400);
    m_progressDialog->setAutoClose(false);
    m_progressDialog->setAutoReset(false);
    connect(m_progressDialog, &QProgressDialog::canceled, m_runner, &ImportRunner::cancel);
}

// ---- Stored conversations -------------------------------------------------------------------------------

void ChatsArea::reloadStored()
{
    const qint64 selected = m_storedTable->currentIndex().data(ChatConversationModel::IdRole).toLongLong();
    if (!m_ws) {
        m_conversationModel->setConversations({});
        m_storedSummary->setText(tr("No workspace is open."));
        m_storedText->clearMessages();
        return;
    }
    ChatArchive &archive = m_ws->chats();
    m_conversationModel->setConversations(archive.conversations(m_search->text()));
    const ChatCounts counts = archive.counts();
    const QLocale loc;
    if (m_search->text().trimmed().isEmpty())
        m_storedSummary->setText(
            tr("Conversations: %1 · messages: %2 · spans removed: %3")
                .arg(loc.toString(counts.conversations), loc.toString(counts.messages), loc.toString(counts.removed)));
    else
        m_storedSummary->setText(
            tr("Matching conversations: %1 of %2")
                .arg(loc.toString(m_conversationModel->rowCount()), loc.toString(counts.conversations)));
    m_storedTable->resizeColumnsToContents();
    int row = 0;
    for (int r = 0; r < m_conversationModel->rowCount(); ++r)
        if (m_conversationModel->conversation(r).id == selected)
            row = r;
    if (m_conversationModel->rowCount() > 0)
        m_storedTable->selectRow(row);
    else
        m_storedText->clearMessages();
}

void ChatsArea::showStoredConversation()
{
    const int row = m_storedTable->currentIndex().row();
    if (!m_ws || row < 0 || row >= m_conversationModel->rowCount()) {
        m_storedText->clearMessages();
        return;
    }
    ChatArchive &archive = m_ws->chats();
    QList<TranscriptMessage> messages;
    for (const StoredMessage &m : archive.messages(m_conversationModel->conversation(row).id))
        messages << TranscriptMessage { {}, m.sentAt, m.sender, m.text, {} };
    m_storedText->setMessages(messages, false, {});
    static const QRegularExpression separators(u"[\\s\"*^:()+-]+"_s);
    m_storedText->highlightWords(m_search->text().split(separators, Qt::SkipEmptyParts));
}

void ChatsArea::runRuleSetJob(bool apply, std::function<void(Expected<RuleSetPreview> &)> done)
{
    const auto rules = RuleSet::byName(m_stricterCombo->currentData().toString());
    if (!m_ws || m_busy || !rules)
        return;
    m_busy = true;
    m_stricterPreviewButton->setEnabled(false);
    m_applyButton->setEnabled(false);
    auto result = std::make_shared<std::optional<Expected<RuleSetPreview>>>();
    const QString location = m_ws->location();
    // Its own connection: the scan (or rewrite) of every stored message runs on the worker.
    runInBackground(
        [result, location, rules, apply] {
            auto conn = Workspace::connect(location);
            if (!conn)
                result->emplace(conn.error());
            else if (apply)
                result->emplace(ChatMaintenance::applyRules(**conn, *rules));
            else
                result->emplace(ChatMaintenance::previewRules(**conn, *rules));
        },
        [this, result, done = std::move(done)] {
            m_busy = false;
            m_stricterPreviewButton->setEnabled(true);
            auto &r = **result;
            if (!r) {
                m_stricterSummary->setText(r.error().toString());
                return;
            }
            done(r);
        });
}

void ChatsArea::previewStricter()
{
    m_stricterSummary->setText(tr("Checking the stored text …"));
    runRuleSetJob(false, [this](Expected<RuleSetPreview> &r) {
        m_stricterPreview = *r;
        showStricterPreview();
    });
}

void ChatsArea::showStricterPreview()
{
    if (!m_stricterPreview)
        return;
    const RuleSetPreview &p = *m_stricterPreview;
    const QLocale loc;
    if (p.additions.isEmpty())
        m_stricterSummary->setText(tr("%1 would remove nothing more from the %2 stored messages.")
                                       .arg(p.ruleSet, loc.toString(p.messagesScanned)));
    else
        m_stricterSummary->setText(
            tr("%1 would remove %Ln more span(s) in %2 of %3 messages: %4", "", int(p.tally.removedTotal()))
                .arg(p.ruleSet, loc.toString(p.additions.size()), loc.toString(p.messagesScanned), p.tally.summary()));
    QList<TranscriptMessage> messages;
    for (const RuleSetAddition &a : p.additions)
        messages << TranscriptMessage { a.message.conversationExternalId, a.message.sentAt, a.message.sender,
            a.message.text, a.spans };
    m_stricterText->setMessages(messages, false, {});
    m_applyButton->setEnabled(!p.additions.isEmpty());
}

void ChatsArea::applyStricter()
{
    if (!m_ws || !m_stricterPreview || m_busy)
        return;
    const auto rules = RuleSet::byName(m_stricterCombo->currentData().toString());
    if (!rules)
        return;
    const auto answer = QMessageBox::question(this, tr("Apply a stricter rule set"),
        tr("Rewrite the stored text of %Ln message(s) with the rule set %1? The removed text is overwritten on disk "
           "and cannot be brought back.",
            "", int(m_stricterPreview->additions.size()))
            .arg(rules->id()));
    if (answer != QMessageBox::Yes)
        return;
    m_stricterPreview.reset();
    m_stricterText->clearMessages();
    runRuleSetJob(true, [this](Expected<RuleSetPreview> &r) {
        m_stricterSummary->setText(
            tr("Applied %1: %Ln span(s) removed from the stored text.", "", int(r->tally.removedTotal()))
                .arg(r->ruleSet));
        emit statusMessage(m_stricterSummary->text());
        reload();
    });
}

void ChatsArea::updateRetentionControls()
{
    const QSignalBlocker b1(m_retentionCheck);
    const QSignalBlocker b2(m_retentionDays);
    int days = 0;
    if (m_ws) {
        ChatArchive &archive = m_ws->chats();
        days = archive.retentionDays();
    }
    m_retentionCheck->setChecked(days > 0);
    if (days > 0)
        m_retentionDays->setValue(days);
    m_retentionDays->setEnabled(m_ws && days > 0);
    m_purgeNow->setEnabled(m_ws && days > 0 && m_ws->chats().expiredCount(days) > 0);
}

void ChatsArea::purgeExpiredNow()
{
    if (!m_ws)
        return;
    auto purged = m_ws->chats().purgeExpired();
    if (!purged)
        emit statusMessage(purged.error().toString());
    else
        emit statusMessage(tr("%Ln conversation(s) past the retention period deleted", "", int(*purged)));
    reload();
}

QString ChatsArea::marker() const
{
    return m_ws ? m_ws->settings().redactionMarker() : RuleSet::defaultMarker();
}

void ChatsArea::onMarkerEdited()
{
    if (!m_ws || m_markerEdit->text() == marker())
        return;
    if (Status s = m_ws->settings().setRedactionMarker(m_markerEdit->text())) {
        emit statusMessage(tr("The marker was not changed: %1").arg(s->reason));
        m_markerEdit->setText(marker());
        return;
    }
    emit statusMessage(m_markerEdit->text().isEmpty()
            ? tr("Removed text leaves no marker in what is stored from now on")
            : tr("Removed text is replaced by %1 in what is stored from now on").arg(m_markerEdit->text()));
    // The open preview shows what would be stored: with the new marker.
    onRuleSetChanged();
}

void ChatsArea::onRetentionChanged()
{
    if (!m_ws)
        return;
    ChatArchive &archive = m_ws->chats();
    const int days = m_retentionCheck->isChecked() ? m_retentionDays->value() : 0;
    if (days == archive.retentionDays()) {
        m_retentionDays->setEnabled(days > 0);
        return;
    }
    const qint64 expired = archive.expiredCount(days);
    if (expired > 0) {
        const auto answer = QMessageBox::question(this, tr("Retention period"),
            tr("%Ln stored conversation(s) are older than %1 days and will be deleted now. Go on?", "", int(expired))
                .arg(days));
        if (answer != QMessageBox::Yes) {
            updateRetentionControls();
            return;
        }
    }
    auto purged = ChatMaintenance::setRetention(archive, days);
    if (!purged)
        emit statusMessage(purged.error().toString());
    else if (*purged > 0)
        emit statusMessage(tr("%Ln conversation(s) past the retention period deleted", "", int(*purged)));
    reload();
}
