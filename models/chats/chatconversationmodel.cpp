// SPDX-License-Identifier: GPL-3.0-or-later
#include "chats/chatconversationmodel.h"

#include <QLocale>

ChatConversationModel::ChatConversationModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ChatConversationModel::setConversations(QList<StoredConversation> conversations)
{
    beginResetModel();
    m_rows = std::move(conversations);
    endResetModel();
}

void ChatConversationModel::setTimeZone(const QTimeZone &zone)
{
    beginResetModel();
    m_zone = zone;
    endResetModel();
}

int ChatConversationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ChatConversationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChatConversationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StoredConversation &c = m_rows[index.row()];
    if (role == IdRole)
        return c.id;
    if (role == Qt::TextAlignmentRole)
        return (index.column() == Messages || index.column() == Removed) ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                                         : QVariant();
    if (role == Qt::ToolTipRole && index.column() == Conversation && !c.reference.isEmpty())
        return tr("Reference: %1").arg(c.reference);
    if (role != Qt::DisplayRole)
        return {};
    const QLocale loc;
    switch (index.column()) {
    case Conversation:
        return c.externalId;
    case Started:
        return c.startedAt.isValid() ? loc.toString(c.startedAt.toTimeZone(m_zone), QLocale::ShortFormat) : QString();
    case Messages:
        return loc.toString(c.messageCount);
    case Removed:
        return loc.toString(c.removedCount);
    case RuleSetColumn:
        return c.ruleSet;
    }
    return {};
}

QVariant ChatConversationModel::headerData(int section, Qt::Orientation orientation, int role) const
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
    case Removed:
        return tr("Removed");
    case RuleSetColumn:
        return tr("Rule set");
    }
    return {};
}
