// SPDX-License-Identifier: GPL-3.0-or-later
#include "visitors/sessionchunk.h"

#include "importers/plausiblevalues.h"
#include "visitors/varint.h"

#include <QHash>

#include <limits>

namespace {

enum Flag : quint8 {
    FirstKnown = 1,
    FirstTime = 2,
    HasVisitNumber = 4,
    HasDuration = 8,
    HasEngagement = 16,
    HasPageviews = 32,
    HasChannel = 64,
    Partial = 128, // SessionRecord::partial; chunks written before it was kept never set it
};

// Version 1 kept each channel as a string and durations as 8-byte doubles; version 2 (written since) lists the
// chunk's channels once after its sources and writes durations with Varint::putNumber. Both are read.
constexpr quint8 kVersion1 = 1;
constexpr quint8 kVersion = 2;

template <class Buf> void putString(Buf &out, const QString &s)
{
    // Ids are nearly always ASCII: copy the code units as bytes without building a UTF-8 string.
    const ushort *u16 = s.utf16();
    const qsizetype n = s.size();
    qsizetype i = 0;
    while (i < n && u16[i] < 0x80)
        ++i;
    if (i == n) {
        Varint::putUnsigned(out, quint64(n));
        const qsizetype at = out.size();
        out.resize(at + n);
        char *p = out.data() + at;
        for (qsizetype j = 0; j < n; ++j)
            p[j] = char(u16[j]);
        return;
    }
    const QByteArray u = s.toUtf8();
    Varint::putUnsigned(out, quint64(u.size()));
    out.append(u.constData(), u.size());
}

bool getString(Varint::Reader &r, QString &s)
{
    quint64 n;
    const char *p;
    if (!r.getUnsigned(n) || n > quint64(std::numeric_limits<int>::max()) || !r.getBytes(qsizetype(n), p))
        return false;
    s = QString::fromUtf8(p, qsizetype(n));
    return true;
}

} // namespace

void SessionChunk::Writer::add(const SessionRecord &s)
{
    if (m_count == 0) {
        m_body.reserve(kMaxSessions * 48);
        m_firstDay = m_lastDay = s.day.toJulianDay();
    }
    ++m_count;
    // Sources of one chunk are few; a linear search beats hashing.
    size_t src = 0;
    while (src < m_sources.size() && m_sources[src] != s.source)
        ++src;
    if (src == m_sources.size())
        m_sources.push_back(s.source);
    std::string &out = m_body;
    Varint::putUnsigned(out, src);
    putString(out, s.visitorId);
    putString(out, s.sessionKey);
    Varint::putSigned(out, s.startUtc - m_lastStart);
    m_lastStart = s.startUtc;
    const qint64 day = s.day.toJulianDay();
    Varint::putSigned(out, day - m_lastJulian);
    m_lastJulian = day;
    m_firstDay = std::min(m_firstDay, day);
    m_lastDay = std::max(m_lastDay, day);
    quint8 flags = 0;
    if (s.firstTime)
        flags |= FirstKnown | (*s.firstTime ? FirstTime : 0);
    if (s.visitNumber)
        flags |= HasVisitNumber;
    if (s.durationS)
        flags |= HasDuration;
    if (s.engagementS)
        flags |= HasEngagement;
    if (s.pageviews)
        flags |= HasPageviews;
    if (!s.channel.isEmpty())
        flags |= HasChannel;
    if (s.partial)
        flags |= Partial;
    out.push_back(char(flags));
    if (s.visitNumber)
        Varint::putSigned(out, *s.visitNumber);
    if (s.durationS)
        Varint::putNumber(out, *s.durationS);
    if (s.engagementS)
        Varint::putNumber(out, *s.engagementS);
    if (s.pageviews)
        Varint::putSigned(out, *s.pageviews);
    if (!s.channel.isEmpty())
        Varint::putUnsigned(out, channelIndex(s.channel));
}

// Channels repeat from session to session: the last one is checked first, a hash finds the others.
size_t SessionChunk::Writer::channelIndex(const QString &channel)
{
    if (m_lastChannel < m_channels.size() && m_channels[m_lastChannel] == channel)
        return m_lastChannel;
    auto it = m_channelIndex.constFind(channel);
    if (it == m_channelIndex.cend()) {
        it = m_channelIndex.insert(channel, m_channels.size());
        m_channels.push_back(channel);
    }
    m_lastChannel = *it;
    return m_lastChannel;
}

QByteArray SessionChunk::Writer::take()
{
    QByteArray out = bytes();
    *this = Writer {};
    return out;
}

QByteArray SessionChunk::Writer::bytes() const
{
    QByteArray out;
    out.reserve(qsizetype(m_body.size()) + 64);
    out.append(char(kVersion));
    Varint::putUnsigned(out, quint64(m_count));
    Varint::putUnsigned(out, m_sources.size());
    for (const QString &s : m_sources)
        putString(out, s);
    Varint::putUnsigned(out, m_channels.size());
    for (const QString &c : m_channels)
        putString(out, c);
    out.append(m_body.data(), qsizetype(m_body.size()));
    return out;
}

QByteArray SessionChunk::encode(const std::vector<SessionRecord> &sessions)
{
    Writer w;
    for (const SessionRecord &s : sessions)
        w.add(s);
    return w.take();
}

std::optional<std::vector<SessionRecord>> SessionChunk::decode(const QByteArray &data)
{
    Varint::Reader r(data.constData(), data.constData() + data.size());
    quint8 version;
    quint64 count, nSources;
    // Every session takes at least 6 bytes and every source 1: larger counts are damage.
    if (!r.getByte(version) || (version != kVersion1 && version != kVersion) || !r.getUnsigned(count)
        || count > quint64(data.size()) / 6 || !r.getUnsigned(nSources) || nSources > quint64(data.size()))
        return std::nullopt;
    std::vector<QString> sources(nSources);
    for (QString &s : sources)
        if (!getString(r, s))
            return std::nullopt;
    const bool v1 = version == kVersion1;
    quint64 nChannels = 0;
    if (!v1 && (!r.getUnsigned(nChannels) || nChannels > quint64(data.size())))
        return std::nullopt;
    std::vector<QString> channels(nChannels);
    for (QString &c : channels)
        if (!getString(r, c))
            return std::nullopt;
    const auto getFigure = [&](double &d) { return v1 ? r.getDouble(d) : r.getNumber(d); };
    std::vector<SessionRecord> out(count);
    qint64 start = 0, day = 0;
    for (SessionRecord &s : out) {
        quint64 src;
        qint64 startDelta, dayDelta;
        quint8 flags;
        if (!r.getUnsigned(src) || src >= nSources || !getString(r, s.visitorId) || !getString(r, s.sessionKey)
            || !r.getSigned(startDelta) || !r.getSigned(dayDelta) || !r.getByte(flags))
            return std::nullopt;
        s.source = sources[src];
        // A damaged (or hostile) blob must not overflow the running sums.
        const auto nextStart = PlausibleValues::add(start, startDelta);
        const auto nextDay = PlausibleValues::add(day, dayDelta);
        if (!nextStart || !nextDay)
            return std::nullopt;
        start = *nextStart;
        day = *nextDay;
        s.startUtc = start;
        s.day = QDate::fromJulianDay(day);
        if (flags & FirstKnown)
            s.firstTime = bool(flags & FirstTime);
        s.partial = flags & Partial;
        qint64 v;
        double d;
        if (flags & HasVisitNumber) {
            if (!r.getSigned(v))
                return std::nullopt;
            s.visitNumber = v;
        }
        if (flags & HasDuration) {
            if (!getFigure(d))
                return std::nullopt;
            s.durationS = d;
        }
        if (flags & HasEngagement) {
            if (!getFigure(d))
                return std::nullopt;
            s.engagementS = d;
        }
        if (flags & HasPageviews) {
            if (!r.getSigned(v) || v < std::numeric_limits<int>::min() || v > std::numeric_limits<int>::max())
                return std::nullopt;
            s.pageviews = int(v);
        }
        if (flags & HasChannel) {
            if (v1) {
                if (!getString(r, s.channel))
                    return std::nullopt;
            } else {
                quint64 c;
                if (!r.getUnsigned(c) || c >= nChannels)
                    return std::nullopt;
                s.channel = channels[c];
            }
        }
    }
    if (!r.atEnd())
        return std::nullopt;
    return out;
}
