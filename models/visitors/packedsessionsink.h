// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "visitors/sessionchunk.h"
#include "visitors/sessionkeyindex.h"
#include "visitors/sessionsink.h"
#include "visitors/sessiontally.h"

#include <map>
#include <optional>
#include <vector>

class ImportContext;

// What every backend's session sink does the same way: each session normalised (SessionTally), refused as a
// duplicate or merged with the stored part of its GA4 session through the key index (SessionKeyIndex), packed
// with the others into rows of SessionChunk::kMaxSessions, and counted for the rollups. A backend writes and
// reads the packed rows and stores the report figures and the rollups (finish(), after finishSessions()).
class PackedSessionSink : public SessionSink
{
public:
    void setSource(const QString &source) override { m_source = source; }
    Status addSession(const SessionRecord &session) final;

protected:
    // `keyRows` must outlive the sink.
    PackedSessionSink(ImportContext &ctx, SessionKeyRows &keyRows);

    // Once, before the first session is looked up (a backend's lock); the key index is read after it.
    virtual Status beforeFirstSession() { return {}; }
    // What the backend must change in a session's texts before its key is hashed (what it cannot store).
    virtual void adjustTexts(SessionRecord &) { }
    // Stores packed row `chunkNo` of this import.
    virtual Status writeChunk(qint64 chunkNo, int sessions, qint64 dayFrom, qint64 dayTo, const QByteArray &data) = 0;
    // Reads packed row `chunkNo` of import `importId`; nullopt when there is none.
    virtual Expected<std::optional<QByteArray>> readChunk(qint64 importId, qint64 chunkNo) = 0;
    // Records how many sessions of this file were refused as duplicates of sessions an earlier import stores,
    // per that import (VisitorStore::sharedSessions: removing it would take them away from this file too).
    virtual Status writeSharedSessions(const std::map<qint64, qint64> &sessionsByImport) = 0;

    // The end of the sessions: the last packed row written and the new keys; the merge note added.
    Status finishSessions();

    const QString &source() const { return m_source; }
    // The error with the import's file name where it has none.
    Error fileError(Error e) const;

    ImportContext &m_ctx;
    SessionTally m_tally;

private:
    Status store(const SessionRecord &r);
    Status merge(const SessionKeyIndex::Key &key, const SessionKeyIndex::Location &where, const SessionRecord &part);
    Expected<std::optional<SessionRecord>> sessionAt(qint64 importId, qint64 seq);
    Status append(const SessionRecord &r);
    Status flushChunk();

    SessionKeyIndex m_keys;
    QString m_source;
    bool m_started = false;
    SessionChunk::Writer m_chunk; // sessions not yet written
    qint64 m_seq = 0; // ordinal of the next session of this import
    qint64 m_flushedSeq = 0; // sessions already written in packed rows
    qint64 m_merged = 0;
    std::map<qint64, qint64> m_shared; // earlier import -> sessions of this file it stores already
    std::optional<std::vector<SessionRecord>> m_cached; // the last packed row read back
    qint64 m_cachedImport = -1;
    qint64 m_cachedChunk = -1;
};
