// SPDX-License-Identifier: GPL-3.0-or-later
#include "cookies/cookiefilterproxy.h"

#include "cookies/cookieinventorymodel.h"

#include "common/palettecolors.h"
#include <QBrush>

#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>

CookieFilterProxy::CookieFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(CookieInventoryModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void CookieFilterProxy::setSearch(const QString &text)
{
    m_search = text.trimmed();
    invalidateFilter();
}

void CookieFilterProxy::setStatus(int status)
{
    m_status = status;
    invalidateFilter();
}

void CookieFilterProxy::setCategory(const QString &id)
{
    m_category = id;
    invalidateFilter();
}

bool CookieFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *m = sourceModel();
    const QModelIndex first = m->index(sourceRow, 0, sourceParent);
    if (m_status >= 0 && first.data(CookieInventoryModel::StatusRole).toInt() != m_status)
        return false;
    if (m_status == DraftsOnly && !first.data(CookieInventoryModel::DraftRole).toBool())
        return false;
    if (!m_category.isEmpty() && first.data(CookieInventoryModel::CategoryIdRole).toString() != m_category)
        return false;
    if (m_search.isEmpty())
        return true;
    for (int c : { CookieInventoryModel::Name, CookieInventoryModel::Domain, CookieInventoryModel::PurposeNb,
             CookieInventoryModel::PurposeEn, CookieInventoryModel::Supplier, CookieInventoryModel::Tool,
             CookieInventoryModel::Sources })
        if (m->index(sourceRow, c, sourceParent).data().toString().contains(m_search, Qt::CaseInsensitive))
            return true;
    return false;
}

QVariant CookieFilterProxy::data(const QModelIndex &index, int role) const
{
    if (role == Qt::BackgroundRole && index.column() == CookieInventoryModel::StatusColumn) {
        // Light tints with dark text keep WCAG AA contrast; the status text says the same for colour-blind users.
        switch (QSortFilterProxyModel::data(index, CookieInventoryModel::StatusRole).toInt()) {
        case 0:
            return QBrush(QColor(0xdf, 0xf2, 0xdc)); // declared and observed
        case 1:
            return QBrush(QColor(0xff, 0xf1, 0xc4)); // declared, not observed
        case 2:
            return QBrush(QColor(0xfb, 0xdc, 0xdc)); // observed, undeclared
        case 3:
            return QBrush(QColor(0xff, 0xdd, 0xb8)); // differs
        case 4:
            return QBrush(QColor(0xe6, 0xe6, 0xe6)); // declared, no longer observed
        }
    }
    if (role == Qt::ForegroundRole && index.column() == CookieInventoryModel::StatusColumn)
        return QBrush(PaletteColors::textOnTint());
    const bool suggestedCell = QSortFilterProxyModel::data(index, CookieInventoryModel::SuggestedRole).toBool()
        && index.column() >= CookieInventoryModel::Category
        && index.column() <= CookieInventoryModel::DeclaredRetention;
    if (suggestedCell && role == Qt::FontRole) {
        QFont f;
        f.setItalic(true);
        return f;
    }
    if (suggestedCell && role == Qt::ForegroundRole)
        return QBrush(PaletteColors::suggestion(QGuiApplication::palette())); // the italics say it too
    return QSortFilterProxyModel::data(index, role);
}
