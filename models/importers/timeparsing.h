// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QDate>

#include <optional>

class LocalTimeConverter;

// Parsers for the numbers, times and durations analytics exports write, on UTF-8 bytes (no QString, no
// regular expression per row).
namespace TimeParsing {

// Integers, optionally signed, surrounding blanks ignored; also "123.0" as BigQuery writes some.
std::optional<qint64> parseInt(QByteArrayView s);
// Decimal with '.' or ',' as the decimal separator (no thousands separators).
std::optional<double> parseDecimal(QByteArrayView s);
// A number as a localised UI writes it: "2.546", "2,533", "1 234", "1,15", "85,98%". `decimalComma` says
// which separator is the decimal one; a percent sign is dropped.
std::optional<double> parseLocalisedNumber(QByteArrayView s, bool decimalComma);

// Durations in seconds: "83", "83.5", "83,5", "00:01:23", "1:23", "1:02:03.5". Negative -> nullopt.
std::optional<double> parseDuration(QByteArrayView s);

// yyyymmdd, yyyy-mm-dd.
std::optional<QDate> parseDate(QByteArrayView s);

// A point in time as UTC seconds: ISO 8601 with or without offset ("2024-03-20T10:15:00+01:00",
// "2024-03-20 10:15:00", "...Z", fractions), Unix seconds (or milli-/microseconds by their length),
// "dd.mm.yyyy hh:mm[:ss]", "yyyymmdd" (local midnight), "yyyy/mm/dd hh:mm[:ss]". Times without an offset
// are local to `local`'s zone.
std::optional<qint64> parseTimestamp(QByteArrayView s, LocalTimeConverter &local);

} // namespace TimeParsing
