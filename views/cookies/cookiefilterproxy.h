// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

// Search, status and category filters over the inventory, and the colours: the model gives the status as
// data, this view-side proxy decides how it looks.
class CookieFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit CookieFilterProxy(QObject *parent);

    void setSearch(const QString &text);
    static constexpr int AllStatuses = -1;
    static constexpr int DraftsOnly = -2; // the declared entries that are drafts, whatever their status
    void setStatus(int status); // a CookieText::Status, AllStatuses or DraftsOnly
    void setCategory(const QString &id); // empty = all

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_search;
    int m_status = -1;
    QString m_category;
};
