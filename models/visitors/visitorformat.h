// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "visitors/visitorqueries.h"

#include <QCoreApplication>
#include <QString>

// Text forms of the visitor figures, shared by the CLI and the GUI: machine formats (csv, json: C-locale
// numbers, ISO dates, empty/null for a figure a source cannot give) and human labels in QLocale().
class VisitorFormat
{
    Q_DECLARE_TR_FUNCTIONS(VisitorFormat)

public:
    // period,visits,first_time,returning,mean_duration_s,median_duration_s
    static QString seriesCsv(const QList<SeriesRow> &rows);
    static QString seriesJson(const QList<SeriesRow> &rows, const VisitorFilter &f);
    // bucket,lower_s,upper_s,visits
    static QString bucketsCsv(const QList<BucketRow> &rows);
    static QString bucketsJson(const QList<BucketRow> &rows, const VisitorFilter &f);

    // "March 2024", "Week 12, 2024", or the locale's short date.
    static QString periodLabel(const Period &p, Granularity g);
    // "1:05" (minutes:seconds) or "1:02:05"; empty for an unknown figure.
    static QString duration(std::optional<double> seconds);
    static QString number(std::optional<qint64> n);
    static QString percent(std::optional<double> pct, bool signedDelta = false);
    static std::optional<double> share(std::optional<qint64> part, qint64 whole);
    // "2/30": days of a period with data, of its days.
    static QString coverage(const SeriesRow &r);
    // Why a change against the previous period is not shown ("previous period: data on 2 of 30 days"), the
    // periods that lack days named; empty when both have data on every day (Comparison::comparable).
    static QString comparisonGap(const Comparison &c);
};
