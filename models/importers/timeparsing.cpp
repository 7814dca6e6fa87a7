// SPDX-License-Identifier: GPL-3.0-or-later
#include "importers/timeparsing.h"

#include "importers/localtimeconverter.h"
#include "importers/plausiblevalues.h"

#include <QTime>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <limits>

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Reads exactly `n` digits at `i`.
bool digits(QByteArrayView s, qsizetype i, int n, int &out)
{
    if (i + n > s.size())
        return false;
    int v = 0;
    for (int k = 0; k < n; ++k) {
        const char c = s[i + k];
        if (!isDigit(c))
            return false;
        v = v * 10 + (c - '0');
    }
    out = v;
    return true;
}

// Reads 1..max digits at `i`, advancing it.
bool someDigits(QByteArrayView s, qsizetype &i, int max, int &out)
{
    int v = 0, n = 0;
    while (i < s.size() && isDigit(s[i]) && n < max) {
        v = v * 10 + (s[i] - '0');
        ++i;
        ++n;
    }
    out = v;
    return n > 0;
}

// "hh:mm[:ss[.fff]]" at i; returns the time and advances i.
bool parseClock(QByteArrayView s, qsizetype &i, QTime &time)
{
    int h = 0, m = 0, sec = 0;
    if (!someDigits(s, i, 2, h) || i >= s.size() || s[i] != ':')
        return false;
    ++i;
    if (!someDigits(s, i, 2, m))
        return false;
    if (i < s.size() && s[i] == ':') {
        ++i;
        if (!someDigits(s, i, 2, sec))
            return false;
        if (i < s.size() && (s[i] == '.' || s[i] == ',')) {
            ++i;
            while (i < s.size() && isDigit(s[i]))
                ++i;
        }
    }
    if (h > 23 || m > 59 || sec > 60)
        return false;
    time = QTime(h, m, std::min(sec, 59));
    return true;
}

// "Z", "+01:00", "+0100", "+01" at i: the offset in seconds, or nullopt when there is none.
bool parseOffset(QByteArrayView s, qsizetype &i, std::optional<int> &offset)
{
    while (i < s.size() && s[i] == ' ')
        ++i;
    if (i >= s.size())
        return true;
    if (s[i] == 'Z' || s[i] == 'z') {
        offset = 0;
        ++i;
        return true;
    }
    if (s.sliced(i).startsWith("UTC")) {
        i += 3;
        offset = 0;
        if (i >= s.size())
            return true;
    }
    if (s[i] != '+' && s[i] != '-')
        return false;
    const int sign = s[i] == '-' ? -1 : 1;
    ++i;
    int h = 0, m = 0;
    if (!digits(s, i, 2, h))
        return false;
    i += 2;
    if (i < s.size() && s[i] == ':')
        ++i;
    if (digits(s, i, 2, m))
        i += 2;
    if (h > 14 || m > 59)
        return false;
    offset = sign * (h * 3600 + m * 60);
    return true;
}

constexpr double kLastSecondOf9999 = 253402300799; // 9999-12-31T23:59:59Z

qint64 epochSeconds(const QDate &d, const QTime &t)
{
    return (d.toJulianDay() - 2440588) * 86400 + t.msecsSinceStartOfDay() / 1000;
}

} // namespace

namespace TimeParsing {

std::optional<qint64> parseInt(QByteArrayView s)
{
    s = s.trimmed();
    if (s.size() >= 2 && s.front() == '"' && s.back() == '"')
        s = s.sliced(1, s.size() - 2);
    if (s.isEmpty() || s.size() > 20)
        return std::nullopt;
    qsizetype i = 0;
    bool neg = false;
    if (s[0] == '-' || s[0] == '+') {
        neg = s[0] == '-';
        ++i;
    }
    if (i >= s.size())
        return std::nullopt;
    qint64 v = 0;
    for (; i < s.size(); ++i) {
        const char c = s[i];
        if (c == '.') {
            // "12.0" is an integer written by a float-happy exporter; "12.5" is not.
            for (qsizetype k = i + 1; k < s.size(); ++k) {
                if (s[k] != '0')
                    return std::nullopt;
            }
            break;
        }
        if (!isDigit(c))
            return std::nullopt;
        if (v > (std::numeric_limits<qint64>::max() - 9) / 10)
            return std::nullopt;
        v = v * 10 + (c - '0');
    }
    return neg ? -v : v;
}

std::optional<double> parseDecimal(QByteArrayView s)
{
    s = s.trimmed();
    if (s.isEmpty() || s.size() > 40)
        return std::nullopt;
    // Whole numbers of up to 15 digits (most durations) are exact as doubles: no need for strtod.
    if (s.size() <= 15 && std::all_of(s.begin(), s.end(), [](char c) { return isDigit(c); })) {
        qint64 v = 0;
        for (const char c : s)
            v = v * 10 + (c - '0');
        return double(v);
    }
    char buf[48];
    qsizetype n = 0;
    bool seenDigit = false, seenSep = false;
    for (qsizetype i = 0; i < s.size(); ++i) {
        char c = s[i];
        if (c == ',')
            c = '.';
        if (c == '.') {
            if (seenSep)
                return std::nullopt;
            seenSep = true;
        } else if (c == '-' || c == '+') {
            if (i != 0)
                return std::nullopt;
        } else if (isDigit(c)) {
            seenDigit = true;
        } else if (c == 'e' || c == 'E') {
            // Exponents as JSON writers produce them ("1.5E3").
        } else {
            return std::nullopt;
        }
        buf[n++] = c;
    }
    if (!seenDigit)
        return std::nullopt;
    buf[n] = 0;
    char *end = nullptr;
    const double v = std::strtod(buf, &end);
    if (end != buf + n || !std::isfinite(v))
        return std::nullopt;
    return v;
}

std::optional<double> parseLocalisedNumber(QByteArrayView s, bool decimalComma)
{
    s = s.trimmed();
    char buf[48];
    qsizetype n = 0;
    const char decimal = decimalComma ? ',' : '.';
    for (qsizetype i = 0; i < s.size() && n < 46; ++i) {
        const char c = s[i];
        if (isDigit(c) || c == '-')
            buf[n++] = c;
        else if (c == decimal)
            buf[n++] = '.';
        else if (c == '.' || c == ',' || c == ' ' || c == '\'' || c == '%')
            continue; // thousands separators and the percent sign
        else if (static_cast<unsigned char>(c) == 0xC2 || static_cast<unsigned char>(c) == 0xA0
            || static_cast<unsigned char>(c) == 0xE2 || static_cast<unsigned char>(c) == 0x80
            || static_cast<unsigned char>(c) == 0xAF)
            continue; // no-break spaces (U+00A0, U+202F) as thousands separators
        else
            return std::nullopt;
    }
    if (n == 0)
        return std::nullopt;
    buf[n] = 0;
    char *end = nullptr;
    const double v = std::strtod(buf, &end);
    if (end != buf + n || !std::isfinite(v))
        return std::nullopt;
    return v;
}

std::optional<double> parseDuration(QByteArrayView s)
{
    s = s.trimmed();
    if (s.isEmpty())
        return std::nullopt;
    if (s.contains(':')) {
        double total = 0;
        int parts = 0;
        qsizetype i = 0;
        while (i <= s.size()) {
            qsizetype j = i;
            while (j < s.size() && s[j] != ':')
                ++j;
            const QByteArrayView part = s.sliced(i, j - i);
            const bool last = j >= s.size();
            std::optional<double> v = last ? parseDecimal(part) : std::optional<double>();
            if (!last) {
                if (auto iv = parseInt(part))
                    v = double(*iv);
            }
            if (!v || *v < 0 || ++parts > 3 || (parts > 1 && *v >= 60))
                return std::nullopt;
            total = total * 60 + *v;
            i = j + 1;
            if (last)
                break;
        }
        return parts >= 2 ? std::optional<double>(total) : std::nullopt;
    }
    auto v = parseDecimal(s);
    if (!v || *v < 0)
        return std::nullopt;
    return v;
}

std::optional<QDate> parseDate(QByteArrayView s)
{
    s = s.trimmed();
    int y = 0, m = 0, d = 0;
    if (s.size() == 8 && digits(s, 0, 4, y) && digits(s, 4, 2, m) && digits(s, 6, 2, d)) {
    } else if (s.size() == 10 && digits(s, 0, 4, y) && (s[4] == '-' || s[4] == '/') && digits(s, 5, 2, m)
        && s[7] == s[4] && digits(s, 8, 2, d)) {
    } else {
        return std::nullopt;
    }
    const QDate date(y, m, d);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

std::optional<qint64> parseTimestamp(QByteArrayView s, LocalTimeConverter &local)
{
    s = s.trimmed();
    if (s.isEmpty())
        return std::nullopt;
    bool allDigits = true;
    for (char c : s) {
        if (!isDigit(c) && c != '.') {
            allDigits = false;
            break;
        }
    }
    if (allDigits) {
        if (s.size() == 8 && !s.contains('.')) {
            if (auto d = parseDate(s); d && d->year() >= 1990)
                return local.toUtc(*d, QTime(0, 0));
        }
        const qsizetype intLen = s.contains('.') ? s.indexOf('.') : s.size();
        auto v = parseDecimal(s);
        if (!v)
            return std::nullopt;
        // Unix time by magnitude: seconds (10 digits until 2286), milliseconds (13), microseconds (16).
        const double seconds = intLen >= 15 ? *v / 1e6 : intLen >= 12 ? *v / 1e3 : *v;
        // Beyond the year 9999 no calendar holds it, and beyond 2^63 converting it is undefined behaviour.
        if (seconds > kLastSecondOf9999)
            return std::nullopt;
        return PlausibleValues::toInt64(seconds);
    }

    int y = 0, mo = 0, d = 0;
    qsizetype i = 0;
    if (digits(s, 0, 4, y) && s.size() >= 10 && (s[4] == '-' || s[4] == '/') && digits(s, 5, 2, mo) && s[7] == s[4]
        && digits(s, 8, 2, d)) {
        i = 10;
    } else {
        // dd.mm.yyyy (Norwegian), also d.m.yyyy.
        qsizetype k = 0;
        if (!someDigits(s, k, 2, d) || k >= s.size() || s[k] != '.')
            return std::nullopt;
        ++k;
        if (!someDigits(s, k, 2, mo) || k >= s.size() || s[k] != '.')
            return std::nullopt;
        ++k;
        if (!digits(s, k, 4, y))
            return std::nullopt;
        i = k + 4;
    }
    const QDate date(y, mo, d);
    if (!date.isValid())
        return std::nullopt;
    QTime time(0, 0);
    if (i < s.size()) {
        if (s[i] != 'T' && s[i] != ' ' && s[i] != 't')
            return std::nullopt;
        ++i;
        while (i < s.size() && s[i] == ' ')
            ++i;
        if (!parseClock(s, i, time))
            return std::nullopt;
    }
    std::optional<int> offset;
    if (!parseOffset(s, i, offset) || i != s.size())
        return std::nullopt;
    if (offset)
        return epochSeconds(date, time) - *offset;
    return local.toUtc(date, time);
}

} // namespace TimeParsing
