// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QTimeZone>

#include <memory>

class ChatPreview;

// The conversations of an opened (not yet imported) export with what the rule set would do to each.
// Data only; never exposes raw text.
class ChatPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Conversation, Started, Messages, ToRemove, IdentityNumbers, Kept, ColumnCount };

    explicit ChatPreviewModel(QObject *parent);

    void setPreview(std::shared_ptr<ChatPreview> preview);
    // The preview's rule set changed: counts change, rows stay.
    void refreshCounts();

    // Times are shown in this zone (the workspace's; default Europe/Oslo).
    void setTimeZone(const QTimeZone &zone);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QTimeZone m_zone = QTimeZone("Europe/Oslo");
    std::shared_ptr<ChatPreview> m_preview;
};
