// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chats/chatarchive.h"

#include <QAbstractTableModel>
#include <QTimeZone>

// Stored conversations (redacted), one per row. Data only; the view decides looks.
class ChatConversationModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Conversation, Started, Messages, Removed, RuleSetColumn, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1; // qint64 conversation id

    explicit ChatConversationModel(QObject *parent);

    void setConversations(QList<StoredConversation> conversations);
    const StoredConversation &conversation(int row) const { return m_rows[row]; }

    // Times are shown in this zone (the workspace's; default Europe/Oslo).
    void setTimeZone(const QTimeZone &zone);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QTimeZone m_zone = QTimeZone("Europe/Oslo");
    QList<StoredConversation> m_rows;
};
