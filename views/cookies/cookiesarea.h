// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/area.h"
#include "cookies/policycheck.h"

#include <optional>

struct CookieRow;
class CookieFilterProxy;
class CookieInventoryModel;
class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QToolButton;
class QTableView;
class QTreeWidget;
class QTreeWidgetItem;
class QUndoStack;

// The privacy officer's cookie inventory: declared versus observed cookies with their status, edited in place
// (validated, undoable), filtered and sorted; the changes since the previous scan; the declaration export;
// and the check of the cookie-policy text.
class CookiesArea : public Area
{
    Q_OBJECT

public:
    explicit CookiesArea(QWidget *parent);
    ~CookiesArea() override;

    void setWorkspace(std::shared_ptr<Workspace> ws) override;
    void reload() override;

    // For tests and the main window: writes the declaration in `format` (html, md, csv, pdf) and language
    // ("nb", "en") to `path`; false with a status message on failure.
    bool exportDeclaration(const QString &format, const QString &language, const QString &path);
    // Runs the policy check on `text` (the policy view's text) against the shown site's inventory and shows the
    // findings; returns their number. A finding clicked selects its passage in the text.
    int checkPolicy(const QString &text);
    // Writes the last check's findings to `path` as CSV or HTML (by the extension); false with a status message
    // when there is nothing to write or the file cannot be written.
    bool exportPolicyFindings(const QString &path);
    // Shows the inventory, the findings and the changes of `site` (one of the workspace's sites; empty = the
    // latest scan's site), as choosing it in the site selector does.
    void selectSite(const QString &site);
    // Selects the inventory's row of the cookie `name` (a knowledge-base name such as "_pk_id" also matches
    // "_pk_id.1.ab12"), clearing the filters that hide it; false when the inventory has no such cookie.
    bool selectCookie(const QString &name);
    QString site() const;
    QUndoStack *undoStack() const { return m_undo; }
    CookieInventoryModel *model() const { return m_model; }

protected:
    void retranslate() override;

private:
    void buildUi();
    void commitEdit(const QModelIndex &sourceIndex, const QVariant &value);
    void declareCurrent();
    void acceptConfidentSuggestions();
    void removeCurrent();
    void updateActions();
    void reloadDiff();
    void reloadFindings();
    void fillSites();
    void loadPolicyFile();
    void selectPassage(const QTreeWidgetItem *item);
    void choosePolicyExport();
    // Before an export: warns, naming them, when the declaration has drafts or is empty; true to go on.
    bool confirmExport();
    void chooseExport(const QString &format);
    void reportDraft(const CookieRow &row);
    void fillFilters();
    int currentSourceRow() const;

    std::shared_ptr<Workspace> m_ws;
    CookieInventoryModel *m_model = nullptr;
    CookieFilterProxy *m_proxy = nullptr;
    QUndoStack *m_undo = nullptr;

    QLabel *m_title = nullptr;
    QLabel *m_siteLabel = nullptr;
    QComboBox *m_site = nullptr;
    QLabel *m_scanFindingsTitle = nullptr;
    QTreeWidget *m_scanFindings = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_searchLabel = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_statusLabel = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QLabel *m_categoryLabel = nullptr;
    QComboBox *m_categoryFilter = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_declareAction = nullptr;
    QAction *m_removeAction = nullptr;
    QPushButton *m_undoButton = nullptr;
    QPushButton *m_redoButton = nullptr;
    QPushButton *m_declareButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QToolButton *m_moreButton = nullptr; // rarely used inventory commands, in a menu
    QAction *m_acceptConfident = nullptr;
    QPushButton *m_importButton = nullptr;
    QLabel *m_exportLabel = nullptr;
    QComboBox *m_exportLanguage = nullptr;
    QList<QPushButton *> m_exportButtons;
    QTableView *m_table = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_diffTitle = nullptr;
    QTreeWidget *m_diff = nullptr;
    QLabel *m_policyHint = nullptr;
    QPlainTextEdit *m_policyText = nullptr;
    QPushButton *m_policyLoad = nullptr;
    QPushButton *m_policyCheck = nullptr;
    QPushButton *m_policyExport = nullptr;
    std::optional<PolicyCheck::Outcome> m_policyOutcome; // the last check's, for the export
    QTreeWidget *m_findings = nullptr;
    QLabel *m_policySummary = nullptr;
};
