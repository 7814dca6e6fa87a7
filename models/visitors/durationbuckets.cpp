// SPDX-License-Identifier: GPL-3.0-or-later
#include "visitors/durationbuckets.h"

#include "importers/plausiblevalues.h"

#include <cmath>
#include <iterator>

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

const char *DurationBuckets::labelSource(int index)
{
    static const char *const sources[] = {
        QT_TRANSLATE_NOOP("DurationBuckets", "0-10 s"),
        QT_TRANSLATE_NOOP("DurationBuckets", "11-30 s"),
        QT_TRANSLATE_NOOP("DurationBuckets", "31-60 s"),
        QT_TRANSLATE_NOOP("DurationBuckets", "1-2 min"),
        QT_TRANSLATE_NOOP("DurationBuckets", "2-4 min"),
        QT_TRANSLATE_NOOP("DurationBuckets", "4-7 min"),
        QT_TRANSLATE_NOOP("DurationBuckets", "7-10 min"),
        QT_TRANSLATE_NOOP("DurationBuckets", "10-15 min"),
        QT_TRANSLATE_NOOP("DurationBuckets", "15-30 min"),
        QT_TRANSLATE_NOOP("DurationBuckets", "30+ min"),
    };
    return index >= 0 && index < int(std::size(sources)) ? sources[index] : "";
}

QString DurationBuckets::label(int index)
{
    const char *source = labelSource(index);
    return *source ? tr(source) : QString();
}
