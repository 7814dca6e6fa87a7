// SPDX-License-Identifier: GPL-3.0-or-later
// The packed forms of the visitor store: session chunks, duration histograms and the key index, each
// against a plain model (the records themselves, a std::map, a std::set).
#include "importers/importcontext.h"
#include "visitors/durationhistogram.h"
#include "visitors/sessionchunk.h"
#include "storage/sqlite/sqlitesessionkeyrows.h"
#include "visitors/sessionkeyindex.h"
#include "storage/sqlite/sqlitesessionsink.h"
#include "storage/sqlite/sql.h"
#include "sqlitetestsupport.h"
#include "testsupport.h"

#include <QRandomGenerator>
#include <QTest>

#include <map>
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
    if (rng.bounded(4))
        s.durationS = rng.generateDouble() * 5000;
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
        && a.durationS == b.durationS && a.engagementS == b.engagementS && a.pageviews == b.pageviews
        && a.channel == b.channel && a.partial == b.partial;
}

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
    void keyIndexMatchesModel()
    {
        QTemporaryDir dir;
        auto ws = SqliteWorkspace::open(dir.filePath(u"k.kapsel"_s));
        QVERIFY(ws);
        QSqlDatabase db = (*ws)->db();
        QVERIFY(!Sql::beginWrite(db));
        auto first = recordVisitorImport(db, u"a"_s, u"test"_s, u"a"_s);
        auto second = recordVisitorImport(db, u"b"_s, u"test"_s, u"b"_s);
        QVERIFY(first && second);
        SqliteSessionKeyRows rows(Sql::handle(db));

        QRandomGenerator rng(5);
        using K = std::tuple<qint64, qint64, qint64>;
        std::map<K, qint64> model; // key -> seq in the first import
        std::vector<K> keys;
        const int n = int(SessionKeyIndex::kFlushAt) + 40000;
        {
            SessionKeyIndex index(rows, *first);
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
        SessionKeyIndex later(rows, *second);
        QVERIFY(!later.prepare());
        int checked = 0;
        for (const auto &[k, seq] : model) {
            if (checked++ % 7)
                continue;
            std::optional<SessionKeyIndex::Location> where;
            QVERIFY(!later.find({ std::get<0>(k), std::get<1>(k), std::get<2>(k) }, where));
            QVERIFY(where);
            QCOMPARE(where->importId, *first);
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
        SessionKeyIndex third(rows, *second);
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
