// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chats/chataudit.h"

#include <QAbstractTableModel>
#include <QTimeZone>

// The redaction audit log, newest first. Data only.
class ChatAuditModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        When,
        Who,
        Action,
        File,
        RuleSetColumn,
        Conversations,
        Messages,
        Removed,
        IdentityNumbers,
        PerRule,
        ColumnCount
    };

    explicit ChatAuditModel(QObject *parent);

    void setEntries(QList<ChatAuditEntry> entries);

    // Times are shown in this zone (the workspace's; default Europe/Oslo).
    void setTimeZone(const QTimeZone &zone);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QTimeZone m_zone = QTimeZone("Europe/Oslo");
    QList<ChatAuditEntry> m_rows;
};
