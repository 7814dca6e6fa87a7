// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QtGlobal>

#include <utility>
#include <vector>

// How many visits of one day, source and import lasted each whole number of seconds, as one BLOB: a day
// with thousands of distinct durations is one row instead of thousands, and reading a year is a few hundred
// rows. Counts may be negative: an import that merged a session stored by an earlier import (a GA4 session
// across midnight) takes the earlier part's duration back out, so sums over imports stay exact.
// Format: varint pair count, then per pair the seconds as a delta from the previous pair's (zigzag varint)
// and the count (zigzag varint). Pairs are sorted by seconds, each seconds value at most once.
namespace DurationHistogram {

using Pairs = std::vector<std::pair<qint64, qint64>>; // (whole seconds, visits)

QByteArray encode(const Pairs &sortedPairs);
// Appends the pairs of `data` to `out`; false (with `out` unchanged) when the bytes are damaged.
bool decodeAppend(QByteArrayView data, Pairs &out);

} // namespace DurationHistogram
