// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importers/importer.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

#include <optional>

// A Universal Analytics UI report exported as CSV, in any UI language: the `# ----` header block, a table
// with localised headers and numbers and a totals row, often a second "Day Index" section. Only what the
// report really holds is taken, as aggregates: sessions per day, first-time/returning from "% New
// Sessions" or a User Type dimension, the mean session duration.
class UaReportImporter : public Importer
{
    Q_DECLARE_TR_FUNCTIONS(UaReportImporter)
public:
    QString name() const override;
    QString displayName() const override;
    ImportKind kind() const override { return ImportKind::Visitors; }
    int sniff(const QByteArray &head, const QString &fileName) const override;
    Status read(QIODevice &in, ImportContext &ctx) const override;

    // Dates as a UI writes them ("17-09-14", "9/17/14", "17.09.2014", "20140917"): the day/month/year
    // order is chosen so that all values are valid and, where possible, consecutive days. Empty when no
    // order fits all of them.
    static QList<QDate> parseDateColumn(const QStringList &values);
    static std::optional<QDate> parseMonthNameDate(const QString &value);
};
