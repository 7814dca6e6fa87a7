// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "visitors/visitorqueries.h"

#include <QAbstractTableModel>

// The numbers behind the visits and duration charts, one row per period (data only; views decide looks).
class VisitorSeriesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        PeriodColumn,
        Visits,
        FirstTime,
        Returning,
        ReturningShare,
        MeanDuration,
        MedianDuration,
        ColumnCount
    };
    enum Role { RawValueRole = Qt::UserRole + 1, AggregateRole };

    explicit VisitorSeriesModel(QObject *parent);

    void setRows(const QList<SeriesRow> &rows, Granularity by);
    const QList<SeriesRow> &rows() const { return m_rows; }
    Granularity granularity() const { return m_by; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<SeriesRow> m_rows;
    Granularity m_by = Granularity::Day;
};
