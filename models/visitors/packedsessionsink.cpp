// SPDX-License-Identifier: GPL-3.0-or-later
#include "visitors/packedsessionsink.h"

#include "importers/importcontext.h"
#include "visitors/sessionkey.h"

PackedSessionSink::PackedSessionSink(ImportContext &ctx, SessionKeyRows &keyRows)
    : m_ctx(ctx)
    , m_tally(ctx)
    , m_keys(keyRows, ctx.importId)
{ }

Error PackedSessionSink::fileError(Error e) const
{
    if (e.file.isEmpty())
        e.file = m_ctx.fileName;
    return e;
}

// A GA4 part looks for the stored rest of its session; a keyed session whose key is known already is a
// duplicate.
Status PackedSessionSink::addSession(const SessionRecord &s)
{
    std::optional<SessionRecord> normal = m_tally.normalise(s, m_source);
    if (!normal)
        return {};
    if (!m_started) {
        m_started = true;
        if (Status st = beforeFirstSession())
            return fileError(*st);
        if (Status st = m_keys.prepare())
            return fileError(*st);
    }
    SessionRecord &r = *normal;
    adjustTexts(r);
    if (r.sessionKey.isEmpty())
        return store(r); // without a key it cannot be found to be continued
    const qint64 day = r.day.toJulianDay();
    const qint64 hash = SessionKey::hash(r.source, r.visitorId, r.sessionKey);
    const qint64 check = SessionKey::check(r.source, r.visitorId, r.sessionKey);
    if (r.partial) {
        for (const qint64 d : { day - 1, day, day + 1 }) {
            const SessionKeyIndex::Key key { d, hash, check };
            std::optional<SessionKeyIndex::Location> where;
            if (Status st = m_keys.find(key, where))
                return fileError(*st);
            if (where)
                return merge(key, *where, r);
        }
    }
    bool added;
    if (Status st = m_keys.insert({ day, hash, check }, m_seq, added))
        return fileError(*st);
    if (!added) {
        m_ctx.skip(SessionTally::duplicateReason(), s.line);
        std::optional<SessionKeyIndex::Location> where;
        if (Status st = m_keys.find({ day, hash, check }, where))
            return fileError(*st);
        if (where && where->importId != m_ctx.importId)
            ++m_shared[where->importId];
        return {};
    }
    return store(r);
}

Status PackedSessionSink::finishSessions()
{
    if (Status st = flushChunk())
        return st;
    if (Status st = m_keys.flush())
        return fileError(*st);
    if (m_merged > 0)
        m_ctx.notes << SessionTally::mergedNote(m_merged);
    if (!m_shared.empty())
        if (Status st = writeSharedSessions(m_shared))
            return fileError(*st);
    return {};
}

// Packs a session whose key (if any) is in place and counts it.
Status PackedSessionSink::store(const SessionRecord &r)
{
    if (Status st = append(r))
        return st;
    ++m_ctx.rowsStored;
    return m_tally.count(r, +1);
}

// The stored part and this part are one session: the merged session replaces the stored one in the keys and in
// the rollups (this import's rollups take the stored part out and add the whole), while the stored part stays in
// its own import's packed rows as that file held it.
Status PackedSessionSink::merge(
    const SessionKeyIndex::Key &key, const SessionKeyIndex::Location &where, const SessionRecord &part)
{
    auto stored = sessionAt(where.importId, where.seq);
    if (!stored)
        return fileError(stored.error());
    if (!*stored)
        return Error { m_ctx.fileName, 0, SessionTally::unreadablePartReason() };
    const SessionRecord merged = SessionTally::mergeParts(**stored, part);
    if (Status st = m_tally.count(**stored, -1))
        return st;
    bool added;
    if (Status st = m_keys.erase(key))
        return fileError(*st);
    if (Status st = m_keys.insert({ merged.day.toJulianDay(), key.hash, key.check }, m_seq, added))
        return fileError(*st);
    if (Status st = append(merged))
        return st;
    ++m_merged;
    ++m_ctx.rowsStored;
    return m_tally.count(merged, +1);
}

// A stored session by its import and ordinal: from the row being packed, or read back (the last packed row read
// is kept, as merged sessions of one file tend to come from the same few rows).
Expected<std::optional<SessionRecord>> PackedSessionSink::sessionAt(qint64 importId, qint64 seq)
{
    const qint64 chunkNo = seq / SessionChunk::kMaxSessions;
    const bool pending = importId == m_ctx.importId && seq >= m_flushedSeq;
    if (pending || !m_cached || m_cachedImport != importId || m_cachedChunk != chunkNo) {
        m_cached.reset();
        if (pending) {
            m_cached = SessionChunk::decode(m_chunk.bytes());
        } else {
            auto data = readChunk(importId, chunkNo);
            if (!data)
                return data.error();
            if (*data)
                m_cached = SessionChunk::decode(**data);
        }
        m_cachedImport = pending ? -1 : importId;
        m_cachedChunk = chunkNo;
    }
    const qint64 i = seq % SessionChunk::kMaxSessions;
    if (!m_cached || i >= qint64(m_cached->size()))
        return std::optional<SessionRecord>();
    return std::optional<SessionRecord>((*m_cached)[size_t(i)]);
}

Status PackedSessionSink::append(const SessionRecord &r)
{
    m_chunk.add(r);
    ++m_seq;
    return m_chunk.size() >= SessionChunk::kMaxSessions ? flushChunk() : Status {};
}

Status PackedSessionSink::flushChunk()
{
    if (m_chunk.size() == 0)
        return {};
    const qint64 chunkNo = m_flushedSeq / SessionChunk::kMaxSessions;
    const int sessions = m_chunk.size();
    const qint64 from = m_chunk.firstDay(), to = m_chunk.lastDay();
    m_flushedSeq += sessions;
    const Status st = writeChunk(chunkNo, sessions, from, to, m_chunk.take());
    return st ? Status(fileError(*st)) : Status {};
}
