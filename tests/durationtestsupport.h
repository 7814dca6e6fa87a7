// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "visitors/durationhistogram.h"
#include "visitors/visitorstore.h"

#include <map>

// The duration histograms a store gives for days [from, to] of `source` ('' = all), added up per day:
// day -> whole seconds -> visits, counts that add up to 0 left out. An error when a histogram is damaged.
inline Expected<std::map<qint64, std::map<qint64, qint64>>> secondsPerDay(
    VisitorStore &store, qint64 from, qint64 to, const QString &source)
{
    std::map<qint64, std::map<qint64, qint64>> out;
    if (Status s = store.eachHistogram(from, to, source, [&](qint64 day, QByteArrayView h) -> Status {
            DurationHistogram::Pairs pairs;
            if (!DurationHistogram::decodeAppend(h, pairs))
                return Error { {}, 0, QStringLiteral("a damaged histogram") };
            for (const auto &[sec, n] : pairs)
                out[day][sec] += n;
            return {};
        }))
        return *s;
    for (auto &[day, seconds] : out)
        std::erase_if(seconds, [](const auto &p) { return p.second == 0; });
    return out;
}
