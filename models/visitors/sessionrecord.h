// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

#include <array>
#include <optional>

// One visit (session) as an analytics tool recorded it. Importers fill what their format holds and leave
// the rest empty: a figure a source cannot give is unknown, never 0.
struct SessionRecord
{
    QString source; // data source, e.g. "GA4"; empty = the import's source (SessionSink::setSource)
    QString visitorId; // empty when the source has none
    QString sessionKey; // unique per source and visitor, empty when the source has none
    qint64 startUtc = 0; // seconds since the epoch
    QDate day; // local day the source assigns (GA4 event_date); invalid = from startUtc in the workspace zone
    std::optional<bool> firstTime; // first-time (true) or returning (false) visitor
    std::optional<qint64> visitNumber; // 1 = first visit
    std::optional<double> durationS; // wall-clock seconds
    std::optional<double> engagementS; // GA4 engagement time in seconds
    std::optional<int> pageviews;
    QString channel; // traffic source / medium, when given
    // A part of a session that may continue in another file: GA4 exports one table per day, so a session
    // across midnight is split between two files. A stored part with the same key (on the same day or the
    // day before or after) is merged with it instead of being refused as a duplicate.
    bool partial = false;
    int line = 0; // where the importer read it, for the import report (0 = unknown)

    // Its texts, for what treats them all alike (a backend's character limits, buffers reused between records).
    std::array<QString *, 4> texts() { return { &source, &visitorId, &sessionKey, &channel }; }
};

// A figure from an aggregate report (UA UI report, Matomo VisitsSummary, Plausible, ...), kept apart from
// sessions. `metric` is one of the names in AggregateMetric below; `dimension` refines it (e.g. a duration
// range "60-120" for visits_by_duration).
struct AggregateRecord
{
    QString source;
    QDate from; // first day of the period (local)
    QDate to; // last day, inclusive (== from for a daily row)
    QString metric;
    double value = 0;
    QString dimension;
    int line = 0; // where the importer read it (0 = unknown)
};

namespace AggregateMetric {
inline constexpr char16_t Visits[] = u"visits";
inline constexpr char16_t FirstTime[] = u"first_time";
inline constexpr char16_t Returning[] = u"returning";
inline constexpr char16_t DurationSumS[] = u"duration_sum_s";
inline constexpr char16_t DurationMeanS[] = u"duration_mean_s";
inline constexpr char16_t VisitsByDuration[] = u"visits_by_duration"; // dimension "lowS-highS" or "lowS+"
} // namespace AggregateMetric
