// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "visitors/visitorqueries.h"

#include <QAbstractTableModel>

// The numbers behind the duration histogram: one row per bucket (data only).
class DurationBucketsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { BucketColumn, LowerS, UpperS, Visits, Share, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole + 1 };

    explicit DurationBucketsModel(QObject *parent);

    void setRows(const QList<BucketRow> &rows);
    const QList<BucketRow> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<BucketRow> m_rows;
    qint64 m_total = 0;
};
