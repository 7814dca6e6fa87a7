// SPDX-License-Identifier: GPL-3.0-or-later
// The packed forms of the visitor store: session chunks, duration histograms and the key index, each
// against a plain model (the records themselves, a std::map, a std::set).
#include "importers/importcontext.h"
#include "sqlitetestsupport.h"
#include "storage/sqlite/sql.h"
#include "storage/sqlite/sqlitesessionkeyrows.h"
#include "storage/sqlite/sqlitesessionsink.h"
#include "testsupport.h"
#include "visitors/cachedsessionkeyrows.h"
#include "visitors/durationhistogram.h"
#include "visitors/sessionchunk.h"
#include "visitors/sessionkeyindex.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <cstring>
#include <limits>
#include <map>
#include <memory>
#include <set>
#include <tuple>

using namespace Qt::StringLiterals;

namespace {

QString randomText(QRandomGenerator &rng)
{
    static const QString alphabet = u"0123456789abcxyzæøåÆØÅ.-_ \u00e9\u4e2d"_s;
    QString s;
    const int n = rng.bounded(0, 24);
    for (int i = 0; i < n; ++i)
        s += alphabet.at(rng.bounded(alphabet.size()));
    if (rng.bounded(10) == 0)
        s += QChar::fromUcs4(0x1F600); // outside the BMP: a surrogate pair
    return s;
}

SessionRecord randomSession(QRandomGenerator &rng)
{
    static const QString sources[] = { u"GA4"_s, u"Matomo"_s, u"Siteimprove"_s, u"Kilde æøå"_s };
    SessionRecord s;
    s.source = sources[rng.bounded(4)];
    s.visitorId = randomText(rng);
    s.sessionKey = randomText(rng);
    s.startUtc = qint64(rng.bounded(2000000000)) - 100000000; // some before 1970
    s.day = QDate(2024, 1, 1).addDays(rng.bounded(-400, 400));
    if (rng.bounded(3))
        s.firstTime = rng.bounded(2) == 1;
    if (rng.bounded(3))
        s.visitNumber = rng.bounded(1, 100000);
    // Durations are mostly whole seconds (packed as varints), some fractions or odd values (packed as doubles).
    static const double odd[] = { 0.0, -0.0, 1.0, -3.0, 9007199254740992.0, -9007199254740992.0, 9007199254740994.0,
        1e300, -1e-300, 0.5, std::numeric_limits<double>::infinity() };
    if (rng.bounded(4))
        s.durationS = rng.bounded(3) == 0 ? double(rng.bounded(0, 100000))
            : rng.bounded(3) == 0         ? odd[rng.bounded(int(std::size(odd)))]
                                          : rng.generateDouble() * 5000;
    if (rng.bounded(2))
        s.engagementS = rng.bounded(2) ? 0.0 : rng.generateDouble() * 100;
    if (rng.bounded(2))
        s.pageviews = rng.bounded(-5, 500);
    if (rng.bounded(2))
        s.channel = randomText(rng);
    s.partial = rng.bounded(5) == 0;
    return s;
}

bool same(const SessionRecord &a, const SessionRecord &b)
{
    return a.source == b.source && a.visitorId == b.visitorId && a.sessionKey == b.sessionKey
        && a.startUtc == b.startUtc && a.day == b.day && a.firstTime == b.firstTime && a.visitNumber == b.visitNumber
        && a.durationS == b.durationS && a.engagementS == b.engagementS
        && (!a.durationS || std::signbit(*a.durationS) == std::signbit(*b.durationS)) && a.pageviews == b.pageviews
        && a.channel == b.channel && a.partial == b.partial;
}

// A new workspace file in an open write transaction, with `n` visitor imports recorded (their ids in `imports`).
struct KeyWorkspace
{
    QTemporaryDir dir;
    std::shared_ptr<SqliteWorkspace> ws;
    QSqlDatabase db;
    std::vector<qint64> imports;

    bool open(int n)
    {
        auto opened = SqliteWorkspace::open(dir.filePath(u"k.kapsel"_s));
        if (!opened)
            return false;
        ws = *opened;
        db = ws->db();
        if (Sql::beginWrite(db))
            return false;
        for (int i = 0; i < n; ++i) {
            const QString sha = QString(QChar(u'a' + i));
            auto id = recordVisitorImport(db, sha, u"test"_s, sha);
            if (!id)
                return false;
            imports.push_back(*id);
        }
        return true;
    }
};

} // namespace

class TestSessionPacking : public QObject
{
    Q_OBJECT

private slots:
    void chunkRoundTrip()
    {
        QRandomGenerator rng(7);
        for (int round = 0; round < 20; ++round) {
            std::vector<SessionRecord> in;
            const int n = round == 0 ? 0 : rng.bounded(1, SessionChunk::kMaxSessions + 1);
            for (int i = 0; i < n; ++i)
                in.push_back(randomSession(rng));
            SessionChunk::Writer w;
            for (const SessionRecord &s : in)
                w.add(s);
            QCOMPARE(w.size(), n);
            if (n > 0) {
                const auto [lo, hi] = std::minmax_element(
                    in.begin(), in.end(), [](const SessionRecord &a, const SessionRecord &b) { return a.day < b.day; });
                QCOMPARE(w.firstDay(), lo->day.toJulianDay());
                QCOMPARE(w.lastDay(), hi->day.toJulianDay());
            }
            const QByteArray packed = w.take();
            QCOMPARE(w.size(), 0);
            QCOMPARE(packed, SessionChunk::encode(in));
            const auto out = SessionChunk::decode(packed);
            QVERIFY(out);
            QCOMPARE(out->size(), in.size());
            for (size_t i = 0; i < in.size(); ++i)
                QVERIFY2(same(in[i], (*out)[i]), qPrintable(u"session %1 of round %2"_s.arg(i).arg(round)));
        }
    }

    // Chunks written by earlier versions (format 1: channels as strings, durations as 8-byte doubles) stay
    // readable. The bytes are put together here from the format's description, not by the writer.
    void versionOneChunkIsRead()
    {
        QByteArray v1;
        auto varint = [&v1](quint64 v) {
            while (v >= 0x80) {
                v1.append(char(v | 0x80));
                v >>= 7;
            }
            v1.append(char(v));
        };
        auto zigzag = [&varint](qint64 v) { varint((quint64(v) << 1) ^ quint64(v >> 63)); };
        auto text = [&](const QByteArray &utf8) {
            varint(quint64(utf8.size()));
            v1.append(utf8);
        };
        auto number = [&v1](double d) {
            char b[8];
            std::memcpy(b, &d, 8);
            v1.append(b, 8);
        };
        const qint64 day = QDate(2024, 3, 1).toJulianDay();
        v1.append(char(1));
        varint(2); // sessions
        varint(1); // sources
        text("Kilde æøå");
        // Session 1: first-time, duration 70.5 s, 3 pageviews, channel "nyhetsbrev".
        varint(0);
        text("v-1");
        text("s-1");
        zigzag(1709251200);
        zigzag(day);
        v1.append(char(1 | 2 | 8 | 32 | 64));
        number(70.5);
        zigzag(3);
        text("nyhetsbrev");
        // Session 2: returning (visit 4), one day later and an hour on, a part, no duration.
        varint(0);
        text("v-2");
        text("");
        zigzag(3600 + 86400);
        zigzag(1);
        v1.append(char(1 | 4 | 128));
        zigzag(4);
        const auto out = SessionChunk::decode(v1);
        QVERIFY(out);
        QCOMPARE(out->size(), size_t(2));
        const SessionRecord &a = (*out)[0], &b = (*out)[1];
        QCOMPARE(a.source, u"Kilde æøå"_s);
        QCOMPARE(a.visitorId, u"v-1"_s);
        QCOMPARE(a.sessionKey, u"s-1"_s);
        QCOMPARE(a.startUtc, qint64(1709251200));
        QCOMPARE(a.day, QDate(2024, 3, 1));
        QCOMPARE(a.firstTime, std::optional<bool>(true));
        QCOMPARE(a.durationS, std::optional<double>(70.5));
        QCOMPARE(a.pageviews, std::optional<int>(3));
        QCOMPARE(a.channel, u"nyhetsbrev"_s);
        QVERIFY(!a.partial);
        QCOMPARE(b.source, u"Kilde æøå"_s);
        QCOMPARE(b.visitorId, u"v-2"_s);
        QVERIFY(b.sessionKey.isEmpty());
        QCOMPARE(b.startUtc, qint64(1709251200 + 3600 + 86400));
        QCOMPARE(b.day, QDate(2024, 3, 2));
        QCOMPARE(b.firstTime, std::optional<bool>(false));
        QCOMPARE(b.visitNumber, std::optional<qint64>(4));
        QVERIFY(!b.durationS);
        QVERIFY(b.channel.isEmpty());
        QVERIFY(b.partial);
        // Cut anywhere, it is refused.
        for (qsizetype n = 0; n < v1.size(); ++n)
            QVERIFY2(!SessionChunk::decode(v1.left(n)), qPrintable(u"truncated to %1 bytes"_s.arg(n)));
    }

    // What the smaller form is for: a chunk of whole-second durations and a few channels takes far fewer bytes
    // than the same sessions with each channel spelt out and 8 bytes a duration (format 1's lower bound).
    void chunkKeepsChannelsOnceAndWholeSecondsShort()
    {
        std::vector<SessionRecord> in;
        qsizetype stringBound = 0;
        for (int i = 0; i < 1000; ++i) {
            SessionRecord s;
            s.source = u"CSV"_s;
            s.visitorId = QString::number(100000 + i);
            s.sessionKey = QString::number(i);
            s.startUtc = 1704067200 + i * 30;
            s.day = QDate(2024, 1, 1);
            s.durationS = double(i % 500);
            s.channel = i % 2 ? u"siteimprove"_s : u"newsletter"_s;
            stringBound += 1 + s.visitorId.size() + 1 + s.sessionKey.size();
            in.push_back(s);
        }
        const QByteArray packed = SessionChunk::encode(in);
        // Format 1 needed at least: the ids, 1 byte each for source index, deltas and flags, 8 for the
        // duration, 1 + 10 for the channel.
        const qsizetype v1Bound = stringBound + 1000 * (4 + 8 + 11);
        QVERIFY2(packed.size() * 3 < v1Bound * 2,
            qPrintable(u"%1 bytes packed, format 1 would take at least %2"_s.arg(packed.size()).arg(v1Bound)));
        const auto out = SessionChunk::decode(packed);
        QVERIFY(out);
        for (size_t i = 0; i < in.size(); ++i)
            QVERIFY(same(in[i], (*out)[i]));
    }

    void damagedChunkIsRefusedWithoutCrash()
    {
        QRandomGenerator rng(11);
        std::vector<SessionRecord> in;
        for (int i = 0; i < 50; ++i)
            in.push_back(randomSession(rng));
        const QByteArray packed = SessionChunk::encode(in);
        // Every truncation is refused: the reader never runs past the end, nor takes a short chunk as whole.
        for (qsizetype n = 0; n < packed.size(); ++n)
            QVERIFY2(!SessionChunk::decode(packed.left(n)), qPrintable(u"truncated to %1 bytes"_s.arg(n)));
        QVERIFY(!SessionChunk::decode(packed + 'x'));
        // Random damage: whatever comes out, nothing crashes (run under the sanitizers this also checks reads).
        for (int i = 0; i < 2000; ++i) {
            QByteArray d = packed;
            for (int k = rng.bounded(1, 4); k > 0; --k)
                d[rng.bounded(d.size())] = char(rng.bounded(256));
            (void)SessionChunk::decode(d);
        }
        QByteArray huge;
        huge.append(char(1)).append("\xff\xff\xff\xff\xff\xff\xff\xff\x7f", 9);
        QVERIFY(!SessionChunk::decode(huge)); // a count no chunk of this size can hold
    }

    void histogramRoundTrip()
    {
        QRandomGenerator rng(3);
        for (int round = 0; round < 50; ++round) {
            std::map<qint64, qint64> model;
            for (int i = rng.bounded(0, 300); i > 0; --i)
                model[rng.bounded(0, 100000)] += rng.bounded(-3, 1000);
            const DurationHistogram::Pairs pairs(model.begin(), model.end());
            const QByteArray blob = DurationHistogram::encode(pairs);
            DurationHistogram::Pairs out { { -1, -1 } };
            QVERIFY(DurationHistogram::decodeAppend(blob, out));
            QCOMPARE(out.size(), pairs.size() + 1);
            QVERIFY(std::equal(pairs.begin(), pairs.end(), out.begin() + 1));
            for (qsizetype n = 0; n < blob.size(); ++n) {
                DurationHistogram::Pairs cut { { 5, 5 } };
                QVERIFY(!DurationHistogram::decodeAppend(blob.left(n), cut));
                QCOMPARE(cut.size(), size_t(1)); // unchanged on damage
            }
        }
    }

    // More keys than SessionKeyIndex::kFlushAt, so the in-memory table is written out and read back in the
    // middle of the import; a second import sees every key of the first, with where it is stored.
    // The index on keys whose new rows are also kept in memory (CachedSessionKeyRows) answers as on the backend's
    // rows alone: with a budget spent half-way (every read goes to the backend from then on) and with one never
    // spent, where the backend is asked only for the day an earlier import holds keys of.
    void cachedKeyRowsAnswerAsStored_data()
    {
        QTest::addColumn<qint64>("budget");
        QTest::newRow("spent half-way") << qint64(1000000);
        QTest::newRow("never spent") << qint64(CachedSessionKeyRows::kMaxCachedBytes);
    }

    void cachedKeyRowsAnswerAsStored()
    {
        QFETCH(qint64, budget);
        KeyWorkspace kw;
        QVERIFY(kw.open(3));
        QSqlDatabase &db = kw.db;
        const qint64 earlier = kw.imports[0], first = kw.imports[1], second = kw.imports[2];
        SqliteSessionKeyRows backend(Sql::handle(db));
        // Counts the reads that reach the backend.
        struct Counting : SessionKeyRows
        {
            SessionKeyRows &inner;
            int dayReads = 0, importReads = 0;
            explicit Counting(SessionKeyRows &r)
                : inner(r)
            { }
            Status days(std::unordered_set<qint64> &out) override { return inner.days(out); }
            Status rowsOfDay(qint64 day, const std::function<void(const Row &)> &each) override
            {
                ++dayReads;
                return inner.rowsOfDay(day, each);
            }
            Status rowsOfImport(qint64 id, const std::function<void(const Row &)> &each) override
            {
                ++importReads;
                return inner.rowsOfImport(id, each);
            }
            Expected<QByteArray> keysOf(qint64 rowId) override { return inner.keysOf(rowId); }
            Status rewrite(qint64 rowId, const QByteArray &keys) override { return inner.rewrite(rowId, keys); }
            Status insert(std::vector<Row> &rows) override { return inner.insert(rows); }
        } counting(backend);

        // An earlier import holds keys on one day (2460000).
        using K = std::tuple<qint64, qint64, qint64>;
        std::map<K, std::pair<qint64, qint64>> model; // key -> (import, seq)
        {
            SessionKeyIndex index(backend, earlier);
            QVERIFY(!index.prepare());
            for (int seq = 0; seq < 100; ++seq) {
                bool added = false;
                QVERIFY(!index.insert({ 2460000, seq, seq * 7 }, seq, added));
                QVERIFY(added);
                model[K { 2460000, seq, seq * 7 }] = { earlier, seq };
            }
            QVERIFY(!index.flush());
        }

        QRandomGenerator rng(9);
        std::vector<K> keys;
        const int n = int(SessionKeyIndex::kFlushAt) * 2 + 5000;
        CachedSessionKeyRows cached(counting, first, size_t(budget));
        {
            SessionKeyIndex index(cached, first);
            QVERIFY(!index.prepare());
            for (int seq = 0; seq < n; ++seq) {
                K k;
                const int pick = rng.bounded(20);
                if (pick == 0 && !keys.empty())
                    k = keys[rng.bounded(qint64(keys.size()))]; // a duplicate of this import
                else if (pick == 1)
                    k = K { 2460000, rng.bounded(100), 0 }; // the earlier import's day and hashes
                else
                    k = K { 2460001 + rng.bounded(40), qint64(rng.generate64() % 100000), qint64(rng.generate64()) };
                if (pick == 1)
                    std::get<2>(k) = std::get<1>(k) * 7; // exactly an earlier key
                bool added = false;
                QVERIFY(!index.insert({ std::get<0>(k), std::get<1>(k), std::get<2>(k) }, seq, added));
                const bool expected = !model.contains(k);
                QCOMPARE(added, expected);
                if (expected) {
                    model[k] = { first, seq };
                    keys.push_back(k);
                }
                // Now and then a key written out before is taken back (as a merged GA4 part is).
                if (seq % 5000 == 4999 && keys.size() > 10) {
                    const K gone = keys[rng.bounded(qint64(keys.size()) / 2)];
                    if (model.contains(gone) && model[gone].first == first) {
                        QVERIFY(!index.erase({ std::get<0>(gone), std::get<1>(gone), std::get<2>(gone) }));
                        model.erase(gone);
                    }
                }
            }
            QVERIFY(!index.flush());
        }
        if (budget >= qint64(CachedSessionKeyRows::kMaxCachedBytes)) {
            QVERIFY(cached.complete());
            QCOMPARE(counting.dayReads, 1); // only the earlier import's day
            QCOMPARE(counting.importReads, 0);
        } else {
            QVERIFY(!cached.complete());
            QVERIFY(counting.dayReads > 1);
        }

        // A later import, on the backend's rows alone, finds every key where the model has it and no erased one.
        SessionKeyIndex later(backend, second);
        QVERIFY(!later.prepare());
        for (const auto &[k, where] : model) {
            std::optional<SessionKeyIndex::Location> found;
            QVERIFY(!later.find({ std::get<0>(k), std::get<1>(k), std::get<2>(k) }, found));
            QVERIFY(found);
            QCOMPARE(found->importId, where.first);
            QCOMPARE(found->seq, where.second);
        }
        std::unordered_set<qint64> stored;
        QVERIFY(!SessionKeyIndex::storedOrdinals(backend, first, stored));
        qsizetype ofFirst = 0;
        for (const auto &[k, where] : model)
            ofFirst += where.first == first;
        QCOMPARE(qsizetype(stored.size()), ofFirst);
        Sql::rollback(db);
    }

    void keyIndexMatchesModel()
    {
        KeyWorkspace kw;
        QVERIFY(kw.open(2));
        QSqlDatabase &db = kw.db;
        const qint64 first = kw.imports[0], second = kw.imports[1];
        SqliteSessionKeyRows rows(Sql::handle(db));

        QRandomGenerator rng(5);
        using K = std::tuple<qint64, qint64, qint64>;
        std::map<K, qint64> model; // key -> seq in the first import
        std::vector<K> keys;
        const int n = int(SessionKeyIndex::kFlushAt) + 40000;
        {
            SessionKeyIndex index(rows, first);
            QVERIFY(!index.prepare());
            for (int seq = 0; seq < n; ++seq) {
                K k;
                if (!keys.empty() && rng.bounded(10) == 0) {
                    k = keys[rng.bounded(qint64(keys.size()))]; // a duplicate
                } else {
                    // Few days and hashes that often share a day or a hash, so probing and sorting matter.
                    k = K { 2460000 + rng.bounded(30), qint64(rng.generate64() % 100000), qint64(rng.generate64()) };
                }
                bool added = false;
                QVERIFY(!index.insert({ std::get<0>(k), std::get<1>(k), std::get<2>(k) }, seq, added));
                const bool expected = !model.contains(k);
                QCOMPARE(added, expected);
                if (expected) {
                    model[k] = seq;
                    keys.push_back(k);
                }
            }
            QVERIFY(!index.flush());
        }
        SessionKeyIndex later(rows, second);
        QVERIFY(!later.prepare());
        int checked = 0;
        for (const auto &[k, seq] : model) {
            if (checked++ % 7)
                continue;
            std::optional<SessionKeyIndex::Location> where;
            QVERIFY(!later.find({ std::get<0>(k), std::get<1>(k), std::get<2>(k) }, where));
            QVERIFY(where);
            QCOMPARE(where->importId, first);
            QCOMPARE(where->seq, seq);
        }
        // A key never added is not found; an erased one is gone, also for the next reader.
        std::optional<SessionKeyIndex::Location> where;
        QVERIFY(!later.find({ 2460000, -1, -1 }, where));
        QVERIFY(!where);
        const K gone = keys[keys.size() / 2];
        QVERIFY(!later.erase({ std::get<0>(gone), std::get<1>(gone), std::get<2>(gone) }));
        QVERIFY(!later.find({ std::get<0>(gone), std::get<1>(gone), std::get<2>(gone) }, where));
        QVERIFY(!where);
        bool added = false;
        QVERIFY(!later.insert({ 2460001, 1, 2 }, 0, added));
        QVERIFY(added);
        QVERIFY(!later.erase({ 2460001, 1, 2 })); // from the in-memory table
        QVERIFY(!later.find({ 2460001, 1, 2 }, where));
        QVERIFY(!where);
        QVERIFY(!later.flush());
        SessionKeyIndex third(rows, second);
        QVERIFY(!third.prepare());
        QVERIFY(!third.find({ std::get<0>(gone), std::get<1>(gone), std::get<2>(gone) }, where));
        QVERIFY(!where);
        const K kept = keys.front();
        QVERIFY(!third.find({ std::get<0>(kept), std::get<1>(kept), std::get<2>(kept) }, where));
        QVERIFY(where);
        Sql::rollback(db);
    }
};

QTEST_GUILESS_MAIN(TestSessionPacking)
#include "test_sessionpacking.moc"
