// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspace/importledger.h"

#include <QAbstractTableModel>
#include <QList>
#include <QTimeZone>

// The imports history as a table (data only; the view decides looks).
class ImportHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { When, File, Format, Read, Stored, Skipped, User, Details, ColumnCount };

    explicit ImportHistoryModel(QObject *parent);
    void setReports(const QList<ImportReport> &reports);
    // Times are shown in this zone, the workspace's (default Europe/Oslo), named in the column's header.
    void setTimeZone(const QTimeZone &zone);
    const ImportReport &report(int row) const { return m_reports.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString skippedSummary(const ImportReport &r); // translated "12 × reason (first at line 4)" lines

private:
    QList<ImportReport> m_reports;
    QTimeZone m_zone = QTimeZone("Europe/Oslo");
};
