// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/elidedtooltipdelegate.h"

#include <functional>

class CookieInventoryModel;

// Editors for the inventory (a list for category and party, text elsewhere). Committing an edit does not
// write directly: it hands the index and the new value to `commit`, which validates and pushes an undoable
// command. A cut text shows whole in its tooltip.
class CookieItemDelegate : public ElidedToolTipDelegate
{
    Q_OBJECT

public:
    using Commit = std::function<void(const QModelIndex &sourceIndex, const QVariant &value)>;
    CookieItemDelegate(QObject *parent, Commit commit);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    Commit m_commit;
};
