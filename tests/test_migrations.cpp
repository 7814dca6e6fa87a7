// SPDX-License-Identifier: GPL-3.0-or-later
// Every schema migration, from every earlier version to the latest, compared with a workspace created fresh.
#include "cookies/cookieregister.h"
#include "cookies/cookiesink.h"
#include "importers/importcontext.h"
#include "visitors/sessionchunk.h"
#include "storage/sqlite/sqlitesessionsink.h"
#include "visitors/visitorqueries.h"
#include "storage/sqlite/migrations.h"
#include "storage/sqlite/sql.h"
#include "sqlitetestsupport.h"
#include "testsupport.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

#include <array>
#include <map>
#include <tuple>

using namespace Qt::StringLiterals;

class TestMigrations : public QObject
{
    Q_OBJECT

private:
    static QStringList schemaOf(QSqlDatabase db)
    {
        QStringList out;
        QSqlQuery q(db);
        q.exec(u"SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"_s);
        while (q.next())
            out << q.value(0).toString() + u' ' + q.value(1).toString() + u' ' + q.value(2).toString();
        return out;
    }
    static int userVersion(QSqlDatabase db)
    {
        QSqlQuery q(db);
        q.exec(u"PRAGMA user_version"_s);
        return q.next() ? q.value(0).toInt() : -1;
    }

private slots:
    void stepsAreContiguous()
    {
        const auto &steps = Migrations::steps();
        QVERIFY(!steps.empty());
        for (size_t i = 0; i < steps.size(); ++i)
            QCOMPARE(steps[i].version, int(i) + 1);
    }

    void fromEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("from");
        for (int v = 0; v < Migrations::latestVersion(); ++v)
            QTest::addRow("from v%d", v) << v;
    }

    void fromEveryEarlierVersion()
    {
        QFETCH(int, from);
        QTemporaryDir dir;
        const QString freshPath = dir.filePath(u"fresh.kapsel"_s);
        const QString oldPath = dir.filePath(u"old.kapsel"_s);
        QStringList freshSchema;
        {
            auto fresh = SqliteWorkspace::open(freshPath);
            QVERIFY2(fresh, qPrintable(fresh ? QString() : fresh.error().toString()));
            freshSchema = schemaOf((*fresh)->db());
        }
        {
            auto old = SqliteWorkspace::openAtVersion(oldPath, from);
            QVERIFY(old);
            QCOMPARE(userVersion((*old)->db()), from);
            if (from >= 1) {
                // Data written at an older version survives the migration.
                QSqlQuery q((*old)->db());
                QVERIFY(q.exec(u"INSERT INTO imports(file_name, sha256, kind, format, started_at, os_user) "
                               "VALUES('old.csv', 'abc', 'visitors', 'demo', '2024-01-01T00:00:00Z', 'tester')"_s));
            }
        }
        auto migrated = SqliteWorkspace::open(oldPath);
        QVERIFY2(migrated, qPrintable(migrated ? QString() : migrated.error().toString()));
        QCOMPARE(userVersion((*migrated)->db()), Migrations::latestVersion());
        QCOMPARE(schemaOf((*migrated)->db()), freshSchema);
        if (from >= 1) {
            QSqlQuery q((*migrated)->db());
            QVERIFY(q.exec(u"SELECT file_name FROM imports"_s));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), u"old.csv"_s);
        }
    }

    // Version 5 repacks the visitor sessions and duration rows of version 2; the figures, the sessions
    // themselves and the duplicate check must come through unchanged.
    void visitorSessionsSurviveVersion5()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"v4.kapsel"_s);
        struct Row
        {
            QString source, visitor, key;
            qint64 start, day;
            std::optional<double> duration;
            std::optional<bool> first;
        };
        std::vector<Row> rows;
        QRandomGenerator rng(9);
        for (int i = 0; i < 5000; ++i) {
            Row r;
            r.source = i % 3 ? u"GA4"_s : u"Siteimprove"_s;
            r.visitor = u"v%1"_s.arg(rng.bounded(800));
            r.key = i % 10 == 0 ? QString() : u"s%1"_s.arg(i);
            r.day = QDate(2024, 2, 1).toJulianDay() + rng.bounded(20);
            r.start = (r.day - QDate(1970, 1, 1).toJulianDay()) * 86400 + rng.bounded(80000);
            if (rng.bounded(5))
                r.duration = double(rng.bounded(4000));
            if (rng.bounded(4))
                r.first = rng.bounded(3) == 0;
            rows.push_back(r);
        }
        {
            auto old = SqliteWorkspace::openAtVersion(path, 4);
            QVERIFY(old);
            QSqlDatabase db = (*old)->db();
            QSqlQuery q(db);
            QVERIFY(
                q.exec(u"INSERT INTO imports(id, file_name, sha256, kind, format, started_at, os_user) "
                       "VALUES(7, 'old.csv', 'abc', 'visitors', 'sessions-csv', '2024-03-01T00:00:00Z', 'tester')"_s));
            QVERIFY(db.transaction());
            // Rows and rollups as version 2 wrote them: one row per session and per (day, source, duration).
            std::map<std::tuple<qint64, QString, qint64>, qint64> durations;
            std::map<std::pair<qint64, QString>, std::array<double, 6>> daily;
            q.prepare(u"INSERT INTO visitor_sessions (import_id, source, visitor_id, session_key, start_utc, day,"
                      " first_time, duration_s, key_hash) VALUES (7,?,?,COALESCE(?, ''),?,?,?,?,?)"_s);
            for (size_t i = 0; i < rows.size(); ++i) {
                const Row &r = rows[i];
                q.addBindValue(r.source);
                q.addBindValue(r.visitor);
                q.addBindValue(r.key);
                q.addBindValue(r.start);
                q.addBindValue(r.day);
                q.addBindValue(r.first ? QVariant(int(*r.first)) : QVariant());
                q.addBindValue(r.duration ? QVariant(*r.duration) : QVariant());
                q.addBindValue(r.key.isEmpty() ? QVariant() : QVariant(qint64(i) + 1)); // any unique value
                QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
                auto &d = daily[{ r.day, r.source }];
                d[0] += 1;
                d[1] += r.first && *r.first;
                d[2] += r.first && !*r.first;
                d[3] += bool(r.first);
                d[4] += bool(r.duration);
                d[5] += r.duration.value_or(0);
                if (r.duration)
                    ++durations[{ r.day, r.source, qint64(*r.duration) }];
            }
            q.prepare(u"INSERT INTO visitor_daily VALUES (?,?,7,?,?,?,?,?,?)"_s);
            for (const auto &[k, d] : daily) {
                q.addBindValue(k.first);
                q.addBindValue(k.second);
                for (double v : d)
                    q.addBindValue(v);
                QVERIFY(q.exec());
            }
            q.prepare(u"INSERT INTO visitor_daily_durations VALUES (?,?,7,?,?)"_s);
            for (const auto &[k, n] : durations) {
                q.addBindValue(std::get<0>(k));
                q.addBindValue(std::get<1>(k));
                q.addBindValue(std::get<2>(k));
                q.addBindValue(n);
                QVERIFY(q.exec());
            }
            QVERIFY(db.commit());
        }
        auto ws = SqliteWorkspace::open(path);
        QVERIFY2(ws, qPrintable(ws ? QString() : ws.error().toString()));
        QSqlDatabase db = (*ws)->db();

        // The figures: per day, from the rows above (medians by brute force).
        auto series = VisitorQueries::series((*ws)->visitors(), { QDate(2024, 2, 1), QDate(2024, 2, 20), Granularity::Day, {} });
        QVERIFY(series);
        for (const SeriesRow &s : *series) {
            std::vector<double> d;
            qint64 visits = 0;
            for (const Row &r : rows) {
                if (r.day != s.period.first.toJulianDay())
                    continue;
                ++visits;
                if (r.duration)
                    d.push_back(*r.duration);
            }
            std::sort(d.begin(), d.end());
            QCOMPARE(s.visits, visits);
            QVERIFY(!d.empty());
            QCOMPARE(*s.medianDurationS, (d[(d.size() - 1) / 2] + d[d.size() / 2]) / 2);
        }

        // The sessions: packed in their stored order.
        QSqlQuery q(db);
        QVERIFY(q.exec(u"SELECT data FROM visitor_session_chunks WHERE import_id = 7 ORDER BY chunk_no"_s));
        std::vector<SessionRecord> stored;
        while (q.next()) {
            auto chunk = SessionChunk::decode(q.value(0).toByteArray());
            QVERIFY(chunk);
            stored.insert(stored.end(), chunk->begin(), chunk->end());
        }
        QCOMPARE(stored.size(), rows.size());
        for (size_t i = 0; i < rows.size(); ++i) {
            QCOMPARE(stored[i].sessionKey, rows[i].key);
            QCOMPARE(stored[i].startUtc, rows[i].start);
            QCOMPARE(stored[i].durationS, rows[i].duration);
            QCOMPARE(stored[i].firstTime, rows[i].first);
        }
        QVERIFY(!q.exec(u"SELECT 1 FROM visitor_sessions"_s)); // gone

        // The keys: a session stored at version 4 is a duplicate now; one with a new key is not.
        QVERIFY(!Sql::beginWrite(db));
        auto id = recordVisitorImport(db, u"new.csv"_s, u"test"_s, u"new"_s);
        QVERIFY(id);
        ImportContext ctx;
        ctx.fileName = u"new.csv"_s;
        ctx.importId = *id;
        ctx.timeZone = QTimeZone("UTC");
        auto sink = openSessionStore(db, ctx);
        QVERIFY(sink);
        SessionRecord again;
        again.source = rows[1].source;
        again.visitorId = rows[1].visitor;
        again.sessionKey = rows[1].key;
        again.day = QDate::fromJulianDay(rows[1].day);
        again.startUtc = QDateTime(again.day, QTime(12, 0), Qt::UTC).toSecsSinceEpoch(); // a plausible time
        QVERIFY(!sink->addSession(again));
        again.sessionKey = u"never seen"_s;
        QVERIFY(!sink->addSession(again));
        QVERIFY(!sink->finish());
        QCOMPARE(ctx.rowsStored, 1);
        QCOMPARE(ctx.rowsSkipped(), 1);
        Sql::rollback(db);
    }

    // Version 6 rebuilds cookie_observations with the live-scan columns and a key per consent phase and kind:
    // observations written at version 5 come through with every value, as files' observations (phase '',
    // kind cookie, nothing known of the new attributes), and the scan takes a live scan's events afterwards.
    void cookieObservationsSurviveVersion6()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"v5.kapsel"_s);
        {
            auto old = SqliteWorkspace::openAtVersion(path, 5);
            QVERIFY(old);
            QSqlQuery q((*old)->db());
            QVERIFY(q.exec(u"INSERT INTO imports(id, file_name, sha256, kind, format, started_at, os_user) "
                           "VALUES(3, 'site.har', 'abc', 'cookies', 'har', '2025-02-10T09:00:00Z', 'tester')"_s));
            QVERIFY(q.exec(u"INSERT INTO cookie_scans(id, import_id, site, scanned_at, source) "
                           "VALUES(4, 3, 'www.example.no', '2025-02-10T09:00:00Z', 'site.har')"_s));
            QVERIFY2(q.exec(u"INSERT INTO cookie_observations(scan_id, name, domain, path, retention_s, session,"
                            " expires_at, http_only, secure, same_site, party, via, first_seen, last_seen) VALUES"
                            " (4, '_ga', 'example.no', '/', 34560000, 0, '2026-03-17T09:00:00Z', 0, NULL, 'Lax',"
                            " 'first', 'script', '2025-02-10T09:00:00Z', '2025-02-10T09:01:00Z'),"
                            " (4, 'sid', 'example.no', '/app', NULL, 1, NULL, 1, 1, '', 'first', 'set-cookie',"
                            " '2025-02-10T09:00:00Z', '2025-02-10T09:00:00Z')"_s),
                qPrintable(q.lastError().text()));
        }
        auto ws = SqliteWorkspace::open(path);
        QVERIFY2(ws, qPrintable(ws ? QString() : ws.error().toString()));
        const auto scans = (*ws)->cookies().scans();
        QVERIFY(scans);
        QCOMPARE(scans->size(), size_t(1));
        QCOMPARE(scans->front().id, qint64(4));
        QCOMPARE(scans->front().cookies, 2);
        const auto obs = (*ws)->cookies().observations(4);
        QVERIFY(obs);
        QCOMPARE(obs->size(), size_t(2));
        const ObservedCookie &ga = obs->at(0).cookie;
        QCOMPARE(ga.name, u"_ga"_s);
        QCOMPARE(ga.retentionSeconds, std::optional<qint64>(34560000));
        QCOMPARE(ga.expiresAt, QDateTime(QDate(2026, 3, 17), QTime(9, 0), Qt::UTC));
        QCOMPARE(ga.httpOnly, std::optional<bool>(false));
        QCOMPARE(ga.secure, std::optional<bool>());
        QCOMPARE(ga.sameSite, u"Lax"_s);
        QCOMPARE(ga.via, u"script"_s);
        QCOMPARE(ga.lastSeen, QDateTime(QDate(2025, 2, 10), QTime(9, 1), Qt::UTC));
        const ObservedCookie &sid = obs->at(1).cookie;
        QCOMPARE(sid.name, u"sid"_s);
        QCOMPARE(sid.path, u"/app"_s);
        QVERIFY(sid.session);
        QCOMPARE(sid.retentionSeconds, std::optional<qint64>());
        QCOMPARE(sid.secure, std::optional<bool>(true));
        for (const ScanObservation &o : *obs) {
            QCOMPARE(o.source, u"site.har"_s);
            QCOMPARE(o.cookie.kind, u"cookie"_s);
            QCOMPARE(o.cookie.phase, u""_s);
            QCOMPARE(o.cookie.page, u""_s);
            QCOMPARE(o.cookie.partitioned, std::optional<bool>());
            QCOMPARE(o.cookie.valueLength, std::optional<int>());
            QVERIFY(!o.cookie.looksLikeId);
        }
        QVERIFY((*ws)->cookies().scanEvents(4)->empty());
        // The new key: the same cookie in another phase is another observation.
        QSqlQuery q((*ws)->db());
        QVERIFY2(q.exec(u"INSERT INTO cookie_observations(scan_id, name, domain, path, phase) "
                        "VALUES (4, '_ga', 'example.no', '/', 'before')"_s),
            qPrintable(q.lastError().text()));
        QVERIFY(!q.exec(u"INSERT INTO cookie_observations(scan_id, name, domain, path, phase) "
                        "VALUES (4, '_ga', 'example.no', '/', 'before')"_s));
        QVERIFY(q.exec(u"INSERT INTO cookie_scan_events(scan_id, phase, kind) VALUES (4, 'before', 'page')"_s));
        QCOMPARE((*ws)->cookies().scanEvents(4)->size(), size_t(1));
    }

    void newerWorkspaceIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"future.kapsel"_s);
        {
            auto ws = SqliteWorkspace::open(path);
            QVERIFY(ws);
            QSqlQuery q((*ws)->db());
            QVERIFY(q.exec(u"PRAGMA user_version = %1"_s.arg(Migrations::latestVersion() + 1)));
        }
        auto again = SqliteWorkspace::open(path);
        QVERIFY(!again);
        QVERIFY(again.error().reason.contains(u"newer Kapsel"_s));
        QCOMPARE(again.error().file, path);
    }

    void notAWorkspaceIsRefusedAndUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"notes.kapsel"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QByteArray content = QByteArray("This is a text file, not a database.\n").repeated(100);
        f.write(content);
        f.close();
        auto ws = SqliteWorkspace::open(path);
        QVERIFY(!ws);
        QVERIFY(!ws.error().reason.isEmpty());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), content);
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "test_migrations.moc"
