// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// Matomo's visit-duration ranges, made disjoint. A duration is first rounded to whole seconds, half up
// (roundSeconds: 10.4 s -> 10, 10.5 s -> 11, negative -> 0), then falls in exactly one bucket:
//   0-10 s = [0, 10], 11-30 s = [11, 30], 31-60 s = [31, 60], 1-2 min = [61, 120], 2-4 min = [121, 240],
//   4-7 min = [241, 420], 7-10 min = [421, 600], 10-15 min = [601, 900], 15-30 min = [901, 1800],
//   30+ min = [1801, inf).
// Matomo's own report counts a visit of exactly 60 s in both "31-60 s" and "1-2 min"; Kapsel puts it in
// "31-60 s" only (each upper edge belongs to the lower bucket).
struct DurationBucket
{
    QString key; // machine name for csv/json: "0-10s", ..., "30+min"
    qint64 lowerS = 0; // inclusive, whole seconds
    std::optional<qint64> upperS; // inclusive; empty for the open last bucket
};

class DurationBuckets
{
    Q_DECLARE_TR_FUNCTIONS(DurationBuckets)

public:
    static const QList<DurationBucket> &all();
    static qint64 roundSeconds(double seconds);
    static int indexOf(qint64 roundedSeconds); // bucket index for a rounded duration
    static QString label(int index); // translated, e.g. "1-2 min"
    // The untranslated label (context "DurationBuckets"), for a text in another language than the program's
    // (Language::translate); "" for an index out of range.
    static const char *labelSource(int index);
};
