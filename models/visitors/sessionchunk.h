// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "visitors/sessionrecord.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>
#include <string>
#include <vector>

// Stored sessions are packed, a few thousand to a row, instead of one table row each: an import of a
// million sessions then writes a few hundred rows, and storing costs little more than writing the bytes.
// Duplicate detection does not need the packed rows (visitor_session_keys holds the keys), and every chart
// reads the rollups, so the packed rows are only read back for audit, conversion and merging.
//
// Format (version 2, little-endian, varints are LEB128, signed values zigzag-encoded):
//   u8 version, varint session count, varint source count, sources as (varint length, UTF-8 bytes),
//   varint channel count, channels as strings the same way;
//   per session: varint source index, visitor id and session key as strings, start_utc as a signed delta
//   from the previous session's, day (Julian, local) as a signed delta from the previous one, a flags byte
//   (1 first-time known, 2 first-time, 4 visit number, 8 duration, 16 engagement, 32 pageviews, 64
//   channel, 128 a part that may continue in another file: SessionRecord::partial), then the values the
//   flags announce (visit number and pageviews as signed varints, durations as Varint::putNumber: a whole
//   number in a varint, anything else as an 8-byte IEEE double; the channel as a varint index).
// Version 1 (read, no longer written) has no channel list, the channel as a string in the session and
// durations always as 8-byte doubles.
// firstDay()/lastDay() are the smallest and largest day. In a decoded record, `source` and `day` are always set.
namespace SessionChunk {

inline constexpr int kMaxSessions = 4096;

// Packs sessions one at a time, so a writer needs to keep only the bytes, not the records.
class Writer
{
public:
    void add(const SessionRecord &session);
    int size() const { return m_count; }
    qint64 firstDay() const { return m_firstDay; }
    qint64 lastDay() const { return m_lastDay; }
    // The packed chunk so far.
    QByteArray bytes() const;
    // The packed chunk; the writer is empty again afterwards.
    QByteArray take();

private:
    std::string m_body; // inline appends: a QByteArray append is a call each
    size_t channelIndex(const QString &channel);

    std::vector<QString> m_sources;
    std::vector<QString> m_channels;
    QHash<QString, size_t> m_channelIndex;
    size_t m_lastChannel = 0;
    int m_count = 0;
    qint64 m_lastStart = 0;
    qint64 m_lastJulian = 0;
    qint64 m_firstDay = 0;
    qint64 m_lastDay = 0;
};

QByteArray encode(const std::vector<SessionRecord> &sessions);
// nullopt when the bytes are not a chunk this version can read (never crashes on damaged data).
std::optional<std::vector<SessionRecord>> decode(const QByteArray &data);

} // namespace SessionChunk
