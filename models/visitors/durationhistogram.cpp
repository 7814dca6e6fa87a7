// SPDX-License-Identifier: GPL-3.0-or-later
#include "visitors/durationhistogram.h"

#include "visitors/varint.h"

#include <algorithm>

QByteArray DurationHistogram::encode(const Pairs &sortedPairs)
{
    QByteArray out;
    out.reserve(qsizetype(sortedPairs.size()) * 3 + 4);
    Varint::putUnsigned(out, sortedPairs.size());
    qint64 last = 0;
    for (const auto &[seconds, count] : sortedPairs) {
        Varint::putSigned(out, seconds - last);
        Varint::putSigned(out, count);
        last = seconds;
    }
    return out;
}

bool DurationHistogram::decodeAppend(QByteArrayView data, Pairs &out)
{
    Varint::Reader r(data.constData(), data.constData() + data.size());
    quint64 n;
    // Each pair takes at least two bytes: a larger count is damage, not a reason to allocate.
    if (!r.getUnsigned(n) || n > quint64(data.size()) / 2)
        return false;
    const size_t oldSize = out.size();
    // Grow geometrically: callers append many histograms to one vector, and reserving the exact size each
    // time would copy it over and over.
    if (out.capacity() < oldSize + n)
        out.reserve(std::max<size_t>(oldSize + n, out.capacity() * 2));
    qint64 seconds = 0;
    for (quint64 i = 0; i < n; ++i) {
        qint64 delta, count;
        if (!r.getSigned(delta) || !r.getSigned(count)) {
            out.resize(oldSize);
            return false;
        }
        seconds += delta;
        out.emplace_back(seconds, count);
    }
    if (!r.atEnd()) {
        out.resize(oldSize);
        return false;
    }
    return true;
}
