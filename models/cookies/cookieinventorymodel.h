// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cookies/cookiereconciler.h"

#include <QAbstractTableModel>

// The inventory as a table: declared and observed cookies with their status. Data only: the status and the
// suggestion flag are roles, the view decides colours. Edits to declared rows are validated and written to
// the workspace at once; an incomplete entry is stored as a draft (DraftRole, the Entry column), never refused.
class CookieInventoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Name,
        Domain,
        Path,
        Category,
        PurposeNb,
        PurposeEn,
        Supplier,
        Tool,
        DeclaredRetention,
        ObservedRetention,
        Party,
        HttpOnly,
        Secure,
        SameSite,
        FirstSeen,
        LastSeen,
        Sources,
        Kind, // cookie, local storage or session storage
        BeforeConsent, // yes | no, from the site's latest live scan
        AfterReject,
        AfterAccept,
        FirstPhase,
        FirstPage,
        LatestScan, // observed in the site's latest scan, no longer observed (since when), never observed
        Suggestion, // how sure the knowledge base's suggestion is: high, medium, low
        Entry, // complete, or a draft with what it lacks
        StatusColumn,
        ColumnCount
    };
    enum Role {
        StatusRole = Qt::UserRole + 1, // int(CookieText::Status)
        SuggestedRole, // bool: the row's texts are knowledge-base suggestions
        DeclaredIdRole, // qint64, 0 for an undeclared row
        SortRole, // a value that sorts naturally (seconds, ISO dates)
        CategoryIdRole, // "necessary" ...
        DraftRole, // bool: a declared entry that lacks a field (CookieInventory::missingFields)
        ConfidenceRole, // int(CookieText::Confidence) of the row's suggestion
    };

    explicit CookieInventoryModel(QObject *parent);

    // The workspace's cookie register, nullptr for none, and the site to show (see setSite); the register must
    // outlive the model or be replaced first. Reloads.
    void setRegister(CookieRegister *cookies, const QString &site = {});
    // The site whose inventory the model shows (CookieSites); empty = the latest scan's site. Reloads.
    void setSite(const QString &site);
    // The site shown (after a reload: the latest scan's site when none was chosen) and its scans.
    const CookieSiteScope &scope() const { return m_scope; }
    // Re-reads the register (and the language). Returns false and sets lastError() on a storage error.
    bool reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    const CookieRow &cookie(int row) const { return m_rows[size_t(row)]; }
    const std::vector<CookieRow> &cookies() const { return m_rows; }
    int rowOfDeclared(qint64 id) const;
    int rowOf(const QString &name, const QString &domain) const;
    QString lastError() const { return m_error; }

    // The declared cookie of index's row with index's field set to value, or nullopt (lastError()) when the
    // value is not acceptable for the field. Does not write: the view turns it into an undoable command.
    std::optional<DeclaredCookie> edited(const QModelIndex &index, const QVariant &value);

    // Checks a declared cookie's values (a name, one of the categories, a retention that reads as a period);
    // empty when they can be stored, else a sentence saying what is wrong. Missing texts are no reason: such an
    // entry is stored as a draft.
    static QString validate(const DeclaredCookie &cookie);

    // Declares the undeclared cookie in `row` with its suggested texts (accepting the suggestion); returns the
    // new id, 0 on failure (lastError()).
    qint64 declare(int row);
    // The undeclared cookies whose suggestion is of high confidence, as they would be declared: what "Accept
    // confident suggestions" declares. A medium or low one is left for the officer to accept one by one.
    std::vector<DeclaredCookie> confidentSuggestions() const;
    // Accepts the suggestion flag of a declared row.
    bool acceptSuggestion(qint64 id);
    // Removes a declared cookie; restore() puts it back with its old id (undo).
    bool remove(qint64 id, DeclaredCookie *removed = nullptr);
    qint64 restore(const DeclaredCookie &cookie); // the row's id, 0 on failure
    bool update(const DeclaredCookie &cookie);

private:
    bool write(const std::function<Status()> &op);

    CookieRegister *m_cookies = nullptr;
    QString m_site;
    CookieSiteScope m_scope;
    std::vector<CookieRow> m_rows;
    QString m_error;
};
