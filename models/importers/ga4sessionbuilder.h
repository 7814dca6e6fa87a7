// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QHash>

#include <limits>
#include <memory>
#include <optional>
#include <vector>

class ImportContext;
class QTemporaryFile;

// One GA4 event, as much as sessions need of it.
struct Ga4Event
{
    QByteArrayView userPseudoId;
    std::optional<qint64> sessionId; // event_params ga_session_id
    std::optional<qint64> sessionNumber; // event_params ga_session_number
    qint64 timestampUs = 0; // event_timestamp
    QDate eventDate; // event_date (the property's time zone)
    qint64 engagementMs = 0; // event_params engagement_time_msec
    bool pageView = false; // event_name == page_view
};

// Turns GA4 events, in any order, into sessions: (user_pseudo_id, ga_session_id) is a session; its day is
// the event_date of its earliest event, its duration last minus first event_timestamp, its engagement the
// sum of engagement_time_msec, first-time when ga_session_number = 1.
//
// Memory: exports are not sorted, so no session is complete before the file ends. Only one small
// accumulator per session is kept, never the events (about 200 bytes with its key, measured: 30,000
// sessions take 6 MB). Beyond `maxInMemory` sessions (1,000,000 by default, about 200 MB; a file of
// gigabytes) the accumulators are spilled to temporary files partitioned by a hash of the session key, and
// the map starts empty again; at the end each partition is read back and merged on its own (accumulators
// merge: min, max, sum), so memory stays bounded by maxInMemory + one partition. Without spilling the
// sessions come out sorted by start; after a spill, partition by partition.
class Ga4SessionBuilder
{
    Q_DECLARE_TR_FUNCTIONS(Ga4SessionBuilder)
public:
    static constexpr qsizetype kDefaultMaxInMemory = 1'000'000;
    static constexpr int kPartitions = 64;

    explicit Ga4SessionBuilder(qsizetype maxInMemory = kDefaultMaxInMemory);
    ~Ga4SessionBuilder();
    Ga4SessionBuilder(const Ga4SessionBuilder &) = delete;
    Ga4SessionBuilder &operator=(const Ga4SessionBuilder &) = delete;

    // An event whose time, date, session number or engagement no export holds is skipped at `line` (see
    // PlausibleValues): false. Importers call it before add(), which trusts its input.
    static bool accept(ImportContext &ctx, const Ga4Event &event, int line);
    void add(const Ga4Event &event);
    // An event without user_pseudo_id or ga_session_id (consent mode): counted and reported, never dropped
    // silently, never guessed into a session.
    void addUnattributed(ImportContext &ctx, int line);
    // Sessions held in memory plus records spilled (a session may be spilled more than once): 0 = none.
    qsizetype sessionCount() const { return m_sessions.size() + m_spilledRecords; }
    bool spilled() const { return !m_partitions.empty(); }
    qint64 unattributedCount() const { return m_unattributed; }
    static QString unattributedReason();

    // Hands the sessions to ctx.sessions (source "GA4"), sorted by start, and adds the notes: the period
    // covered and the unattributed events.
    Status emitSessions(ImportContext &ctx);

private:
    struct Accumulator
    {
        qint64 firstUs = std::numeric_limits<qint64>::max();
        qint64 lastUs = std::numeric_limits<qint64>::min();
        QDate firstDate;
        std::optional<qint64> sessionNumber;
        qint64 engagementMs = 0;
        int pageViews = 0;
    };
    static void merge(Accumulator &into, const Accumulator &from);
    bool spill();
    bool flushPartition(int index, QByteArray &bytes);
    bool readPartition(QTemporaryFile &file);
    Status emitMap(ImportContext &ctx, QDate &from, QDate &to, qint64 &count);

    QHash<QByteArray, Accumulator> m_sessions; // user_pseudo_id '\x1f' ga_session_id
    QByteArray m_key;
    qint64 m_unattributed = 0;
    qsizetype m_maxInMemory;
    std::vector<std::unique_ptr<QTemporaryFile>> m_partitions;
    qsizetype m_spilledRecords = 0;
    QString m_spillError; // the first failure to write or read a partition
};
