// SPDX-License-Identifier: GPL-3.0-or-later
#include "visitors/durationbucketsmodel.h"

#include "visitors/visitorformat.h"

#include <QLocale>

DurationBucketsModel::DurationBucketsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void DurationBucketsModel::setRows(const QList<BucketRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    m_total = 0;
    for (const BucketRow &r : rows)
        m_total += r.visits;
    endResetModel();
}

int DurationBucketsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DurationBucketsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DurationBucketsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BucketRow &r = m_rows.at(index.row());
    const DurationBucket &b = DurationBuckets::all().at(r.index);
    const std::optional<double> share
        = m_total > 0 ? std::optional<double>(100.0 * double(r.visits) / double(m_total)) : std::nullopt;
    if (role == RawValueRole) {
        switch (index.column()) {
        case BucketColumn:
            return b.key;
        case LowerS:
            return b.lowerS;
        case UpperS:
            return b.upperS ? QVariant(*b.upperS) : QVariant();
        case Visits:
            return r.visits;
        case Share:
            return share ? QVariant(*share) : QVariant();
        }
        return {};
    }
    if (role == Qt::TextAlignmentRole)
        return index.column() == BucketColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                              : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const QLocale loc;
    switch (index.column()) {
    case BucketColumn:
        return DurationBuckets::label(r.index);
    case LowerS:
        return loc.toString(b.lowerS);
    case UpperS:
        return b.upperS ? loc.toString(*b.upperS) : QString();
    case Visits:
        return loc.toString(r.visits);
    case Share:
        return VisitorFormat::percent(share);
    }
    return {};
}

QVariant DurationBucketsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case BucketColumn:
        return tr("Duration");
    case LowerS:
        return tr("From (s)");
    case UpperS:
        return tr("To (s)");
    case Visits:
        return tr("Visits");
    case Share:
        return tr("Share");
    }
    return {};
}
