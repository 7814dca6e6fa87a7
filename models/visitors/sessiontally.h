// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "visitors/sessionrecord.h"
#include "visitors/visitorstore.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>
#include <unordered_map>
#include <vector>

class ImportContext;

// What one import adds to the visitor rollups, per local day and source: counts, duration sums and a
// histogram of whole seconds (DurationHistogram format). Backend-neutral: every storage sink (SQLite,
// PostgreSQL) feeds it the sessions it really stores and writes its rows at the end, so both count alike.
class SessionTally
{
    Q_DECLARE_TR_FUNCTIONS(SessionStore)

public:
    explicit SessionTally(ImportContext &ctx);

    // The session as a store keeps it: its source named (ImportOptions::sourceName, the record's, the sink's
    // `sinkSource`, else "Unknown source"), its local day set, first-time derived from the visit number.
    // nullopt when a value lies outside the plausible range (PlausibleValues skips and counts it).
    std::optional<SessionRecord> normalise(const SessionRecord &session, const QString &sinkSource);
    QString sourceOf(const QString &recordSource, const QString &sinkSource) const;
    // The figure as a store keeps it (source named, `to` set); an error when it has no date, nullopt when a
    // value is not plausible.
    Expected<std::optional<AggregateRecord>> normalise(const AggregateRecord &figure, const QString &sinkSource);

    // Adds (sign +1) or takes out (-1) a session's contribution to this import's rollups.
    Status count(const SessionRecord &session, int sign);
    // Every (day, source) counted, once, with its encoded histogram (empty when no visit had a duration);
    // the tally is empty afterwards.
    Status take(const std::function<Status(const DailyRollup &, const QByteArray &histogram)> &write);

    // Two parts of one GA4 session (SessionRecord::partial) as one.
    static SessionRecord mergeParts(const SessionRecord &a, const SessionRecord &b);
    // The import report's messages, the same on every backend.
    static QString duplicateReason();
    static QString mergedNote(qint64 merged);
    static QString unreadablePartReason();

private:
    // Durations below this many whole seconds are counted in a flat array per day and source (grown as
    // needed, at most 16 KiB), longer ones in a map: the array costs one increment where a map a lookup.
    static constexpr qint64 kDenseSeconds = 4096;
    // What this import adds to one day and source. Signed: merging a session stored by an earlier import
    // takes that part back out (see SessionRecord::partial).
    struct DaySlot
    {
        qint64 day = 0;
        int source = 0;
        qint64 visits = 0;
        qint64 firstTime = 0;
        qint64 returning = 0;
        qint64 typeKnown = 0;
        qint64 durationN = 0;
        double durationSum = 0;
        std::vector<qint32> dense; // visits per whole second, below kDenseSeconds
        std::unordered_map<qint64, qint64> sparse; // the longer ones
    };
    struct OffsetSpan
    {
        qint64 from, to; // UTC seconds, [from, to)
        int offset;
    };

    static void countDense(DaySlot &t, qint64 d, int sign);
    void countLater(size_t slot, qint64 seconds);
    void countPending();
    DaySlot &slot(qint64 day, int srcId);
    qint64 sourceId(const QString &source);
    qint64 localJulianDay(qint64 utc);
    int offsetAt(qint64 utc);

    ImportContext &m_ctx;
    static constexpr size_t kMaxOffsetSpans = 4096;
    std::vector<OffsetSpan> m_offsetSpans; // sorted by from, disjoint
    std::vector<QString> m_sourceNames;
    qint64 m_lastSourceId = -1;
    std::vector<DaySlot> m_slots;
    std::unordered_map<qint64, size_t> m_slotIndex; // (day << 12) | source id -> index in m_slots
    qint64 m_lastSlotKey = -1;
    size_t m_lastSlot = 0;
    static constexpr size_t kPendingDense = size_t(1) << 16;
    std::vector<quint64> m_pendingDense; // (slot << 12) | whole seconds, not yet counted
    std::vector<size_t> m_pendingStart;
    std::vector<quint16> m_pendingSeconds;
};
