// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QHash>
#include <QTime>
#include <QTimeZone>

// Local wall-clock time in the workspace zone -> UTC seconds, across daylight-saving changes. QDateTime
// with a QTimeZone is slow per call, so the UTC offset is cached per local date and hour: a million rows
// cost a few thousand zone look-ups.
class LocalTimeConverter
{
public:
    explicit LocalTimeConverter(const QTimeZone &zone);

    qint64 toUtc(const QDate &date, const QTime &time);
    // The local calendar day of a UTC instant.
    QDate localDay(qint64 utcSeconds);
    const QTimeZone &zone() const { return m_zone; }

private:
    QTimeZone m_zone;
    QHash<qint64, int> m_offsetByLocalHour; // julian day * 24 + hour -> offset seconds
    QHash<qint64, int> m_offsetByUtcHour; // utc seconds / 3600 -> offset seconds
};
