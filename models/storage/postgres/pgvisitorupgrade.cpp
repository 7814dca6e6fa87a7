// SPDX-License-Identifier: GPL-3.0-or-later
// Schema version 2's program (pgschema.cpp): the sessions version 1 stored one row each, repacked.
#include "storage/postgres/pgbinaryrows.h"
#include "storage/postgres/pgconnection.h"
#include "storage/postgres/pgsessionkeyrows.h"
#include "storage/postgres/pgvisitorstore.h"
#include "visitors/sessionchunk.h"
#include "visitors/sessionkey.h"
#include "visitors/sessionkeyindex.h"

#include <optional>

namespace {

constexpr const char *kChunkCopy
    = "COPY visitor_session_chunks (import_id, chunk_no, sessions, day_from, day_to, data) FROM STDIN (FORMAT binary)";

SessionRecord sessionAt(const PgResult &r, int i)
{
    SessionRecord s;
    s.source = r.text(i, 1);
    s.visitorId = r.text(i, 2);
    s.sessionKey = r.text(i, 3);
    s.startUtc = r.integer(i, 4);
    s.day = QDate::fromJulianDay(r.integer(i, 5));
    if (!r.isNull(i, 6))
        s.firstTime = r.value(i, 6) == "t";
    if (!r.isNull(i, 7))
        s.visitNumber = r.integer(i, 7);
    if (!r.isNull(i, 8))
        s.durationS = r.value(i, 8).toDouble();
    if (!r.isNull(i, 9))
        s.engagementS = r.value(i, 9).toDouble();
    if (!r.isNull(i, 10))
        s.pageviews = int(r.integer(i, 10));
    s.channel = r.text(i, 11);
    s.partial = r.value(i, 12) == "t";
    return s;
}

} // namespace

// Each import's sessions in their stored order (merged parts too: they stay in their import's packed rows, as
// version 2 keeps them) go into packed rows; the keys of the sessions not merged into a later one are written
// with their ordinals. Read through a cursor: a million sessions are not held at once.
Status PgVisitorStore::packSessions(PgConnection &conn)
{
    auto exists = conn.exec("SELECT to_regclass('visitor_sessions') IS NOT NULL");
    if (!exists)
        return exists.error();
    if (exists->value(0, 0) != "t")
        return {};
    if (Status s = conn.run("DECLARE version_1_sessions NO SCROLL CURSOR FOR SELECT import_id, source, visitor_id,"
                            " session_key, start_utc, day, first_time, visit_number, duration_s, engagement_s,"
                            " pageviews, channel, part, merged FROM visitor_sessions ORDER BY import_id, seq"))
        return s;
    PgSessionKeyRows keyRows(conn);
    std::optional<SessionKeyIndex> keys;
    SessionChunk::Writer pending;
    PgBinaryRows chunks;
    qint64 importId = -1, seq = 0;
    auto pack = [&]() {
        if (pending.size() == 0)
            return;
        chunks.fields(6);
        chunks.int8(importId);
        chunks.int4(qint32((seq - 1) / SessionChunk::kMaxSessions));
        chunks.int4(pending.size());
        chunks.int4(qint32(pending.firstDay()));
        chunks.int4(qint32(pending.lastDay()));
        chunks.bytes(pending.take());
    };
    auto endImport = [&]() -> Status {
        pack();
        if (keys)
            if (Status s = keys->flush())
                return s;
        const Status s = copyBinary(conn, kChunkCopy, chunks);
        chunks.clear();
        return s;
    };
    for (;;) {
        auto r = conn.exec("FETCH 10000 FROM version_1_sessions");
        if (!r)
            return r.error();
        if (r->rows() == 0)
            break;
        for (int i = 0; i < r->rows(); ++i) {
            if (r->integer(i, 0) != importId) {
                if (Status s = endImport())
                    return s;
                importId = r->integer(i, 0);
                seq = 0;
                keys.emplace(keyRows, importId);
                if (Status s = keys->prepare())
                    return s;
            }
            const SessionRecord session = sessionAt(*r, i);
            const bool merged = r->value(i, 13) == "t";
            if (!session.sessionKey.isEmpty() && !merged) {
                bool added;
                if (Status s
                    = keys->insert({ session.day.toJulianDay(),
                                       SessionKey::hash(session.source, session.visitorId, session.sessionKey),
                                       SessionKey::check(session.source, session.visitorId, session.sessionKey) },
                        seq, added))
                    return s;
            }
            pending.add(session);
            ++seq;
            if (pending.size() >= SessionChunk::kMaxSessions)
                pack();
        }
    }
    if (Status s = endImport())
        return s;
    return conn.runScript("CLOSE version_1_sessions;"
                          " DROP TRIGGER imports_delete_visitor_sessions ON imports;"
                          " DROP FUNCTION visitor_sessions_of_deleted_imports();"
                          " DROP TABLE visitor_sessions");
}
