// SPDX-License-Identifier: GPL-3.0-or-later
#include "importers/localtimeconverter.h"

#include <QDateTime>

LocalTimeConverter::LocalTimeConverter(const QTimeZone &zone)
    : m_zone(zone.isValid() ? zone : QTimeZone("Europe/Oslo"))
{ }

qint64 LocalTimeConverter::toUtc(const QDate &date, const QTime &time)
{
    const qint64 key = date.toJulianDay() * 24 + time.hour();
    const qint64 naive = (date.toJulianDay() - 2440588) * 86400 + time.msecsSinceStartOfDay() / 1000;
    auto it = m_offsetByLocalHour.constFind(key);
    if (it == m_offsetByLocalHour.constEnd()) {
        // Ask at the start of the hour: a DST change always happens on a full hour in the zones Kapsel
        // serves, and a time in the skipped hour is moved forward by QDateTime like every other tool does.
        const QDateTime dt(date, QTime(time.hour(), 0), m_zone);
        const int offset = int(dt.toSecsSinceEpoch() - (naive - time.minute() * 60 - time.second()));
        it = m_offsetByLocalHour.insert(key, -offset);
    }
    return naive - *it;
}

QDate LocalTimeConverter::localDay(qint64 utc)
{
    const qint64 hourKey = utc >= 0 ? utc / 3600 : (utc - 3599) / 3600;
    auto it = m_offsetByUtcHour.constFind(hourKey);
    if (it == m_offsetByUtcHour.constEnd())
        it = m_offsetByUtcHour.insert(
            hourKey, m_zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(hourKey * 3600, QTimeZone::utc())));
    const qint64 local = utc + *it;
    const qint64 days = local >= 0 ? local / 86400 : (local - 86399) / 86400;
    return QDate::fromJulianDay(days + 2440588);
}
