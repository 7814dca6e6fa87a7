// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chats/chatarchive.h"
#include "common/area.h"

#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class ChatAuditModel;
class ChatConversationModel;
class ChatPreview;
class ChatPreviewModel;
class ChatTranscriptView;
class ImportRunner;
class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressDialog;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;
class QThread;
class QTimer;
class QTreeWidget;
struct ImportProgress;

// The Chats area: a one-click preview of what the redaction removes from an export (raw text in memory only,
// while the preview is open), importing it redacted, and the stored conversations with full-text search,
// stricter rule sets, retention and the audit log.
class ChatsArea : public Area
{
    Q_OBJECT

public:
    explicit ChatsArea(QWidget *parent);
    ~ChatsArea() override;

    void setWorkspace(std::shared_ptr<Workspace> ws) override;
    void reload() override;

    // Parses `path` on a worker thread and shows the preview (the "Open chat export…" button's work).
    void openExport(const QString &path);
    // Drops the preview and its raw text.
    void closePreview();
    bool hasPreview() const { return m_preview != nullptr; }
    bool isBusy() const;

protected:
    void retranslate() override;

private:
    QWidget *createPreviewPage();
    QWidget *createStoredPage();
    QWidget *createAuditPage();
    void fillRuleSetCombo(QComboBox *combo, const QString &current);
    QString chosenRuleSet() const;

    void openExportDialog();
    void onRuleSetChanged();
    void showPreviewConversation();
    void updatePreviewSummary();
    void updatePreviewButtons();
    void showIdleInfo();
    void updateHitLabel(int index, int count);
    void importRedacted();

    void reloadStored();
    void showStoredConversation();
    // Scans (or, with `apply`, rewrites) the stored text with the chosen stricter rule set on a worker.
    void runRuleSetJob(bool apply, std::function<void(Expected<RuleSetPreview> &)> done);
    void previewStricter();
    void applyStricter();
    void showStricterPreview();
    void onRetentionChanged();
    // The workspace's marker for removed text (WorkspaceSettings::redactionMarker), or the language's default.
    QString marker() const;
    void onMarkerEdited();
    void purgeExpiredNow();
    void updateRetentionControls();

    // Runs `work` on a worker thread and `done` on the GUI thread afterwards (if the area still exists).
    void runInBackground(std::function<void()> work, std::function<void()> done);

    std::shared_ptr<Workspace> m_ws;
    std::shared_ptr<ChatPreview> m_preview;
    std::shared_ptr<ImportProgress> m_openProgress;
    QList<QPointer<QThread>> m_threads;
    ImportRunner *m_runner = nullptr;
    QPointer<QProgressDialog> m_progressDialog;
    std::optional<RuleSetPreview> m_stricterPreview;
    bool m_busy = false;
    bool m_lastImportOk = false;

    QPushButton *m_openButton = nullptr;
    QLabel *m_ruleSetLabel = nullptr;
    QComboBox *m_ruleSetCombo = nullptr;
    QTabWidget *m_tabs = nullptr;

    // Preview page
    QLabel *m_previewInfo = nullptr;
    QTableView *m_previewTable = nullptr;
    ChatPreviewModel *m_previewModel = nullptr;
    ChatTranscriptView *m_previewText = nullptr;
    QPushButton *m_previousHit = nullptr;
    QPushButton *m_nextHit = nullptr;
    QLabel *m_hitLabel = nullptr;
    QCheckBox *m_showRedacted = nullptr;
    QTreeWidget *m_ruleCounts = nullptr;
    QPushButton *m_importButton = nullptr;
    QPushButton *m_closeButton = nullptr;

    // Stored page
    QLineEdit *m_search = nullptr;
    QAction *m_findAction = nullptr;
    QTimer *m_searchTimer = nullptr;
    QLabel *m_storedSummary = nullptr;
    QTableView *m_storedTable = nullptr;
    ChatConversationModel *m_conversationModel = nullptr;
    ChatTranscriptView *m_storedText = nullptr;
    QGroupBox *m_stricterGroup = nullptr;
    QLabel *m_stricterLabel = nullptr;
    QComboBox *m_stricterCombo = nullptr;
    QPushButton *m_stricterPreviewButton = nullptr;
    QPushButton *m_applyButton = nullptr;
    QLabel *m_stricterSummary = nullptr;
    ChatTranscriptView *m_stricterText = nullptr;
    QCheckBox *m_retentionCheck = nullptr;
    QPushButton *m_purgeNow = nullptr;
    QSpinBox *m_retentionDays = nullptr;
    QLabel *m_markerLabel = nullptr;
    QLineEdit *m_markerEdit = nullptr;

    // Audit page
    QTableView *m_auditTable = nullptr;
    ChatAuditModel *m_auditModel = nullptr;
};
