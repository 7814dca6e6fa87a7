// SPDX-License-Identifier: GPL-3.0-or-later
#include "chats/chatauditmodel.h"

#include <QLocale>

ChatAuditModel::ChatAuditModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ChatAuditModel::setEntries(QList<ChatAuditEntry> entries)
{
    beginResetModel();
    m_rows = std::move(entries);
    endResetModel();
}

void ChatAuditModel::setTimeZone(const QTimeZone &zone)
{
    beginResetModel();
    m_zone = zone;
    endResetModel();
    emit headerDataChanged(Qt::Horizontal, When, When);
}

int ChatAuditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ChatAuditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChatAuditModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ChatAuditEntry &e = m_rows[index.row()];
    const int col = index.column();
    if (role == Qt::TextAlignmentRole)
        return (col >= Conversations && col <= IdentityNumbers) ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                                : QVariant();
    if (role == Qt::ToolTipRole) {
        if (col == File && !e.fileSha256.isEmpty())
            return tr("SHA-256 of the file: %1").arg(e.fileSha256);
        if (col == PerRule)
            return e.tally.describe().join(u'\n');
        if (col == IdentityNumbers)
            return e.tally.identityKindSummary();
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    const QLocale loc;
    switch (col) {
    case When:
        return loc.toString(e.at.toTimeZone(m_zone), QLocale::ShortFormat);
    case Who:
        return e.osUser;
    case Action:
        return ChatAudit::actionName(e.action);
    case File:
        return e.fileName;
    case RuleSetColumn:
        return e.ruleSet;
    case Conversations:
        return loc.toString(e.conversations);
    case Messages:
        return loc.toString(e.messages);
    case Removed:
        return loc.toString(e.tally.removedTotal());
    case IdentityNumbers:
        return loc.toString(e.tally.identityNumbers);
    case PerRule:
        return e.tally.summary();
    }
    return {};
}

QVariant ChatAuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When:
        return tr("When (%1)").arg(QString::fromUtf8(m_zone.id()));
    case Who:
        return tr("Who");
    case Action:
        return tr("Action");
    case File:
        return tr("File");
    case RuleSetColumn:
        return tr("Rule set");
    case Conversations:
        return tr("Conversations");
    case Messages:
        return tr("Messages");
    case Removed:
        return tr("Removed");
    case IdentityNumbers:
        return tr("Identity numbers");
    case PerRule:
        return tr("Per rule");
    }
    return {};
}
