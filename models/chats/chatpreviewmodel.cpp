// SPDX-License-Identifier: GPL-3.0-or-later
#include "chats/chatpreviewmodel.h"

#include "chats/chatpreview.h"

#include <QLocale>

ChatPreviewModel::ChatPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ChatPreviewModel::setPreview(std::shared_ptr<ChatPreview> preview)
{
    beginResetModel();
    m_preview = std::move(preview);
    endResetModel();
}

void ChatPreviewModel::refreshCounts()
{
    if (rowCount() > 0)
        emit dataChanged(index(0, ToRemove), index(rowCount() - 1, Kept));
}

void ChatPreviewModel::setTimeZone(const QTimeZone &zone)
{
    beginResetModel();
    m_zone = zone;
    endResetModel();
}

int ChatPreviewModel::rowCount(const QModelIndex &parent) const
{
    return (parent.isValid() || !m_preview) ? 0 : int(m_preview->conversations().size());
}

int ChatPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChatPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ChatConversationRecord &c = m_preview->conversations()[index.row()];
    const RedactionTally &t = m_preview->tally(index.row());
    if (role == Qt::TextAlignmentRole)
        return index.column() >= Messages ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role == Qt::ToolTipRole && index.column() == ToRemove)
        return t.describe().join(u'\n');
    if (role == Qt::ToolTipRole && index.column() == IdentityNumbers)
        return t.identityKindSummary();
    if (role != Qt::DisplayRole)
        return {};
    const QLocale loc;
    switch (index.column()) {
    case Conversation:
        return c.externalId;
    case Started:
        return c.messages.first().sentAt.isValid()
            ? loc.toString(c.messages.first().sentAt.toTimeZone(m_zone), QLocale::ShortFormat)
            : QString();
    case Messages:
        return loc.toString(c.messages.size());
    case ToRemove:
        return loc.toString(t.removedTotal());
    case IdentityNumbers:
        return loc.toString(t.identityNumbers);
    case Kept:
        return loc.toString(t.keptTotal());
    }
    return {};
}

QVariant ChatPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Conversation:
        return tr("Conversation");
    case Started:
        return tr("Started");
    case Messages:
        return tr("Messages");
    case ToRemove:
        return tr("To remove");
    case IdentityNumbers:
        return tr("Identity numbers");
    case Kept:
        return tr("Kept");
    }
    return {};
}
