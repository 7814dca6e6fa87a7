// SPDX-License-Identifier: GPL-3.0-or-later
#include "cookies/cookieitemdelegate.h"

#include "cookies/cookieinventorymodel.h"
#include "cookies/cookietext.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSortFilterProxyModel>

using namespace Qt::StringLiterals;

CookieItemDelegate::CookieItemDelegate(QObject *parent, Commit commit)
    : ElidedToolTipDelegate(parent)
    , m_commit(std::move(commit))
{ }

QWidget *CookieItemDelegate::createEditor(
    QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const CookieText::Lang lang = CookieText::currentLang();
    if (index.column() == CookieInventoryModel::Category) {
        auto *box = new QComboBox(parent);
        for (const QString &id : CookieText::categoryIds())
            box->addItem(CookieText::categoryLabel(id, lang), id);
        return box;
    }
    if (index.column() == CookieInventoryModel::Party) {
        auto *box = new QComboBox(parent);
        box->addItem(tr("Not stated"), QString());
        box->addItem(CookieText::partyLabel(u"first"_s, lang), u"first"_s);
        box->addItem(CookieText::partyLabel(u"third"_s, lang), u"third"_s);
        return box;
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void CookieItemDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *box = qobject_cast<QComboBox *>(editor)) {
        box->setCurrentIndex(qMax(0, box->findData(index.data(Qt::EditRole).toString())));
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void CookieItemDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    QVariant value;
    if (auto *box = qobject_cast<QComboBox *>(editor))
        value = box->currentData();
    else if (auto *line = qobject_cast<QLineEdit *>(editor))
        value = line->text();
    else
        return QStyledItemDelegate::setModelData(editor, model, index);
    QModelIndex source = index;
    if (auto *proxy = qobject_cast<QSortFilterProxyModel *>(model))
        source = proxy->mapToSource(index);
    if (value.toString() == source.data(Qt::EditRole).toString())
        return;
    m_commit(source, value);
}
