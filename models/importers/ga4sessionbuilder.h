// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QHash>

#include <limits>
#include <optional>

class ImportContext;

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
// sum of engagement_time_msec, first-time when ga_session_number = 1. Only one small accumulator per
// session is kept, never the events, so memory grows with sessions, not with the file.
class Ga4SessionBuilder
{
    Q_DECLARE_TR_FUNCTIONS(Ga4SessionBuilder)
public:
    void add(const Ga4Event &event);
    // An event without user_pseudo_id or ga_session_id (consent mode): counted and reported, never dropped
    // silently, never guessed into a session.
    void addUnattributed(ImportContext &ctx, int line);
    qsizetype sessionCount() const { return m_sessions.size(); }
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
    QHash<QByteArray, Accumulator> m_sessions; // user_pseudo_id '\x1f' ga_session_id
    QByteArray m_key;
    qint64 m_unattributed = 0;
};
