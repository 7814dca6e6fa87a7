// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <cmath>
#include <limits>
#include <optional>

class ImportContext;
struct AggregateRecord;
struct SessionRecord;

// The range of values a real export can hold, and checked conversions into it. Every importer and store
// goes through these, so a hostile or broken file can neither overflow an integer (undefined behaviour)
// nor put year 9999 or 9.2e18 visits into a workspace (which then makes every query over "all data" span
// eight thousand years).
//
// The rules:
// - a time lies between 1990-01-01 (before web analytics and chat tools) and one day after the import
//   (one day of slack for time zones and clocks that run ahead);
// - a count (visits, pageviews, visit number, a figure of a report) is a whole, non-negative number below
//   10^9 per row: more than the busiest site's visits in a day, far below where doubles or int64 sums lose
//   precision or overflow;
// - a duration is non-negative and below kMaxSeconds (one day per counted visit at most);
// - a cookie lives at most 400 days, as browsers clamp Max-Age and Expires (RFC 6265bis, section 5.5).
// A value outside these is skipped with its line and a reason (ImportContext::skip), never stored.
class PlausibleValues
{
    Q_DECLARE_TR_FUNCTIONS(PlausibleValues)

public:
    static constexpr qint64 kEarliestUtc = 631152000; // 1990-01-01T00:00:00Z
    static constexpr qint64 kSlackSeconds = 86400;
    static constexpr qint64 kMaxCount = 1'000'000'000; // exclusive
    static constexpr double kMaxSeconds = double(kMaxCount) * 86400.0; // exclusive
    static constexpr qint64 kMaxCookieLifetimeS = 400LL * 86400;

    static QDate earliestDay() { return QDate(1990, 1, 1); }
    // The latest acceptable instant for an import started at `importUtc`.
    static qint64 latestUtc(qint64 importUtc) { return importUtc + kSlackSeconds; }
    static bool isPlausibleTime(qint64 utc, qint64 importUtc)
    {
        return utc >= kEarliestUtc && utc <= latestUtc(importUtc);
    }
    static bool isPlausibleDay(const QDate &day, qint64 importUtc);
    static bool isPlausibleCount(double n) { return std::isfinite(n) && n >= 0 && n < double(kMaxCount); }
    static bool isPlausibleSeconds(double s) { return std::isfinite(s) && s >= 0 && s < kMaxSeconds; }

    // Checked conversions: nullopt instead of undefined behaviour when the value does not fit. Doubles
    // are truncated towards zero; NaN and infinities never fit.
    static std::optional<qint64> toInt64(double v)
    {
        // 2^63 is exactly representable; every double below it (and >= -2^63) fits in qint64.
        constexpr double kLimit = 9223372036854775808.0;
        if (!std::isfinite(v) || v >= kLimit || v < -kLimit)
            return std::nullopt;
        return qint64(v);
    }
    static std::optional<int> toInt(qint64 v)
    {
        if (v < std::numeric_limits<int>::min() || v > std::numeric_limits<int>::max())
            return std::nullopt;
        return int(v);
    }
    static std::optional<int> toInt(double v)
    {
        const auto i = toInt64(v);
        return i ? toInt(*i) : std::nullopt;
    }
    // a * b and a + b, or nullopt on overflow.
    static std::optional<qint64> multiply(qint64 a, qint64 b)
    {
        qint64 r;
        if (__builtin_mul_overflow(a, b, &r))
            return std::nullopt;
        return r;
    }
    static std::optional<qint64> add(qint64 a, qint64 b)
    {
        qint64 r;
        if (__builtin_add_overflow(a, b, &r))
            return std::nullopt;
        return r;
    }

    // Checks and skips in one: true when the value may be stored; otherwise the row is counted as skipped
    // at `line` with the translated reason below.
    static bool acceptTime(ImportContext &ctx, qint64 utc, int line);
    static bool acceptDay(ImportContext &ctx, const QDate &day, int line);
    static bool acceptCount(ImportContext &ctx, double n, int line);
    static bool acceptSeconds(ImportContext &ctx, double s, int line);
    // Every time, day, count and duration of a record (at its `line`); the session store checks again, so
    // an importer calls these only where it uses the values itself (for example for its notes).
    static bool acceptSession(ImportContext &ctx, const SessionRecord &session);
    static bool acceptAggregate(ImportContext &ctx, const AggregateRecord &aggregate);

    // The reasons, as the import report shows them.
    static QString timeOutOfRange();
    static QString countOutOfRange();
    static QString durationOutOfRange();
};
