// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace/importhistorymodel.h"

#include "core/deferredtext.h"

#include <QLocale>

ImportHistoryModel::ImportHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ImportHistoryModel::setReports(const QList<ImportReport> &reports)
{
    beginResetModel();
    m_reports = reports;
    endResetModel();
}

int ImportHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_reports.size());
}

int ImportHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ImportHistoryModel::skippedSummary(const ImportReport &r)
{
    QStringList lines;
    const QLocale loc;
    for (auto it = r.skipped.cbegin(); it != r.skipped.cend(); ++it) {
        if (it->firstLine > 0)
            lines << tr("%1 × %2 (first at line %3)")
                         .arg(loc.toString(it->count), DeferredText::show(it.key()), loc.toString(it->firstLine));
        else
            lines << tr("%1 × %2").arg(loc.toString(it->count), DeferredText::show(it.key()));
    }
    return lines.join(QLatin1Char('\n'));
}

QVariant ImportHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_reports.size())
        return {};
    const ImportReport &r = m_reports.at(index.row());
    const QLocale loc;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case When:
            return loc.toString(r.startedAt.toTimeZone(m_zone), QLocale::ShortFormat);
        case File:
            return r.fileName;
        case Format:
            return r.formatDisplay;
        case Read:
            return loc.toString(r.rowsRead);
        case Stored:
            return loc.toString(r.rowsStored);
        case Skipped:
            return loc.toString(r.rowsSkipped);
        case User:
            return r.osUser;
        case Details: {
            QStringList parts = DeferredText::show(r.notes);
            const QString skipped = skippedSummary(r);
            if (!skipped.isEmpty())
                parts << skipped;
            return parts.join(QLatin1String("; ")).replace(QLatin1Char('\n'), QLatin1String("; "));
        }
        }
    } else if (role == Qt::ToolTipRole) {
        QStringList parts = DeferredText::show(r.notes);
        const QString skipped = skippedSummary(r);
        if (!skipped.isEmpty())
            parts << skipped;
        parts << tr("SHA-256: %1").arg(r.sha256);
        return parts.join(QLatin1Char('\n'));
    } else if (role == Qt::TextAlignmentRole) {
        if (index.column() == Read || index.column() == Stored || index.column() == Skipped)
            return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

void ImportHistoryModel::setTimeZone(const QTimeZone &zone)
{
    beginResetModel();
    m_zone = zone;
    endResetModel();
    emit headerDataChanged(Qt::Horizontal, When, When);
}

QVariant ImportHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When:
        return tr("When (%1)").arg(QString::fromUtf8(m_zone.id()));
    case File:
        return tr("File");
    case Format:
        return tr("Format");
    case Read:
        return tr("Rows read");
    case Stored:
        return tr("Stored");
    case Skipped:
        return tr("Skipped");
    case User:
        return tr("User");
    case Details:
        return tr("Details");
    }
    return {};
}
