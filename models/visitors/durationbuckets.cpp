// SPDX-License-Identifier: GPL-3.0-or-later
#include "visitors/durationbuckets.h"

#include "importers/plausiblevalues.h"

#include <cmath>

using namespace Qt::StringLiterals;

const QList<DurationBucket> &DurationBuckets::all()
{
    static const QList<DurationBucket> buckets = {
        { u"0-10s"_s, 0, 10 },
        { u"11-30s"_s, 11, 30 },
        { u"31-60s"_s, 31, 60 },
        { u"1-2min"_s, 61, 120 },
        { u"2-4min"_s, 121, 240 },
        { u"4-7min"_s, 241, 420 },
        { u"7-10min"_s, 421, 600 },
        { u"10-15min"_s, 601, 900 },
        { u"15-30min"_s, 901, 1800 },
        { u"30+min"_s, 1801, std::nullopt },
    };
    return buckets;
}

qint64 DurationBuckets::roundSeconds(double seconds)
{
    if (!(seconds > 0)) // also NaN
        return 0;
    // Stored durations are bounded (PlausibleValues); this only keeps a stray value from being undefined
    // behaviour.
    return PlausibleValues::toInt64(std::floor(seconds + 0.5)).value_or(std::numeric_limits<qint64>::max());
}

int DurationBuckets::indexOf(qint64 s)
{
    const auto &b = all();
    for (int i = 0; i < b.size() - 1; ++i) {
        if (s <= *b[i].upperS)
            return i;
    }
    return int(b.size()) - 1;
}

QString DurationBuckets::label(int index)
{
    switch (index) {
    case 0:
        return tr("0-10 s");
    case 1:
        return tr("11-30 s");
    case 2:
        return tr("31-60 s");
    case 3:
        return tr("1-2 min");
    case 4:
        return tr("2-4 min");
    case 5:
        return tr("4-7 min");
    case 6:
        return tr("7-10 min");
    case 7:
        return tr("10-15 min");
    case 8:
        return tr("15-30 min");
    case 9:
        return tr("30+ min");
    }
    return {};
}
