// SPDX-License-Identifier: GPL-3.0-or-later
#include "visitors/visitorseriesmodel.h"

#include "visitors/visitorformat.h"

VisitorSeriesModel::VisitorSeriesModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void VisitorSeriesModel::setRows(const QList<SeriesRow> &rows, Granularity by)
{
    beginResetModel();
    m_rows = rows;
    m_by = by;
    endResetModel();
}

int VisitorSeriesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int VisitorSeriesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VisitorSeriesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SeriesRow &r = m_rows.at(index.row());
    auto opt = [](const auto &o) { return o ? QVariant::fromValue(*o) : QVariant(); };
    if (role == AggregateRole)
        return r.fromAggregate;
    if (role == RawValueRole) {
        switch (index.column()) {
        case PeriodColumn:
            return r.period.key;
        case Visits:
            return r.visits;
        case FirstTime:
            return opt(r.firstTime);
        case Returning:
            return opt(r.returning);
        case ReturningShare:
            return opt(VisitorFormat::share(r.returning, r.visits));
        case MeanDuration:
            return opt(r.meanDurationS);
        case MedianDuration:
            return opt(r.medianDurationS);
        }
        return {};
    }
    if (role == Qt::TextAlignmentRole)
        return index.column() == PeriodColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                              : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && r.coarser)
        return tr("Some visits of this period are reported only for a longer period (a week or a month): they are "
                  "not available at this granularity and not counted here.");
    if (role == Qt::ToolTipRole && r.fromAggregate)
        return tr("Includes figures from aggregate reports (no sessions for that source in this period).");
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case PeriodColumn: {
        const QString label = VisitorFormat::periodLabel(r.period, m_by);
        //: marks a period whose figures partly come from aggregate reports
        return r.fromAggregate ? tr("%1 (aggregate)").arg(label) : label;
    }
    case Visits:
        if (r.coarser)
            //: visits of a period a longer report covers only in part; %1 = what is counted, maybe nothing
            return r.visits == 0 ? tr("not available") : tr("%1 + not available").arg(VisitorFormat::number(r.visits));
        return VisitorFormat::number(r.visits);
    case FirstTime:
        return VisitorFormat::number(r.firstTime);
    case Returning:
        return VisitorFormat::number(r.returning);
    case ReturningShare:
        return VisitorFormat::percent(VisitorFormat::share(r.returning, r.visits));
    case MeanDuration:
        return VisitorFormat::duration(r.meanDurationS);
    case MedianDuration:
        return VisitorFormat::duration(r.medianDurationS);
    }
    return {};
}

QVariant VisitorSeriesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PeriodColumn:
        return tr("Period");
    case Visits:
        return tr("Visits");
    case FirstTime:
        return tr("First-time");
    case Returning:
        return tr("Returning");
    case ReturningShare:
        return tr("Returning share");
    case MeanDuration:
        return tr("Mean duration");
    case MedianDuration:
        return tr("Median duration");
    }
    return {};
}
