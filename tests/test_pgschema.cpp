// SPDX-License-Identifier: GPL-3.0-or-later
// The team workspace's schema on a real, throwaway PostgreSQL server (ctest runs this under pg_virtualenv):
// created from the resource files, idempotent, safe when two programs create it at once, a workspace newer
// than this Kapsel refused with a sentence that says so, and a workspace of version 1 upgraded with its data.
#include "collectingsessionsink.h"
#include "pgtestsupport.h"
#include "storage/postgres/pgaccess.h"
#include "storage/postgres/pgconnection.h"
#include "storage/postgres/pgcookieregister.h"
#include "storage/postgres/pgschema.h"
#include "storage/postgres/pgvisitorstore.h"
#include "visitors/sessiontally.h"

#include <QDir>
#include <QTest>

#include <thread>

using namespace Qt::StringLiterals;

namespace {

std::unique_ptr<PgConnection> openServer()
{
    auto c = PgConnection::open(u"postgresql://"_s);
    if (!c)
        qFatal("%s", qPrintable(c.error().toString()));
    return std::move(*c);
}

QStringList tablesInSchema(PgConnection &c)
{
    auto r = c.exec("SELECT table_name FROM information_schema.tables WHERE table_schema = 'kapsel' ORDER BY 1");
    QStringList out;
    if (r)
        for (int i = 0; i < r->rows(); ++i)
            out << r->text(i, 0);
    return out;
}

} // namespace

class TestPgSchema : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        if (!havePostgresServer())
            QSKIP(noPostgresServer());
        auto c = openServer();
        QVERIFY(!c->run("DROP SCHEMA IF EXISTS kapsel CASCADE"));
    }

    void versionsComeFromTheResourceFolders()
    {
        // Independently of PgSchema: the folders compiled in, each a whole number, each holding SQL files.
        int highest = 0;
        const QDir root(u":/storage/postgres/schema"_s);
        const QStringList dirs = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QVERIFY(!dirs.isEmpty());
        for (const QString &d : dirs) {
            bool ok = false;
            highest = std::max(highest, d.toInt(&ok));
            QVERIFY2(ok, qPrintable(d));
            QVERIFY(!QDir(root.filePath(d)).entryList({ u"*.sql"_s }).isEmpty());
        }
        QCOMPARE(PgSchema::latestVersion(), highest);
    }

    void createsTheSchemaOnceAndAgainIsANoOp()
    {
        auto c = openServer();
        auto before = PgSchema::currentVersion(*c);
        QVERIFY(before);
        QCOMPARE(*before, 0);
        QVERIFY(tablesInSchema(*c).isEmpty());

        QVERIFY(!PgSchema::migrate(*c));
        auto after = PgSchema::currentVersion(*c);
        QVERIFY(after);
        QCOMPARE(*after, PgSchema::latestVersion());
        const QStringList tables = tablesInSchema(*c);
        for (const char *t : { "meta", "imports", "import_skips", "schema_version" })
            QVERIFY2(tables.contains(QString::fromLatin1(t)), qPrintable(tables.join(u' ')));

        // The search path names the schema: a table is found without it.
        QVERIFY(!c->run("INSERT INTO meta(key, value) VALUES ('k', 'v')"));
        QVERIFY(!PgSchema::migrate(*c)); // again: nothing changes, nothing is lost
        QCOMPARE(tablesInSchema(*c), tables);
        auto kept = c->exec("SELECT value FROM kapsel.meta WHERE key = 'k'");
        QVERIFY(kept);
        QCOMPARE(kept->text(0, 0), u"v"_s);
    }

    void twoProgramsCreatingAtOnceBothSucceed()
    {
        auto a = openServer();
        auto b = openServer();
        Status ra, rb;
        std::thread ta([&] { ra = PgSchema::migrate(*a); });
        std::thread tb([&] { rb = PgSchema::migrate(*b); });
        ta.join();
        tb.join();
        QVERIFY2(!ra, qPrintable(ra ? ra->toString() : QString()));
        QVERIFY2(!rb, qPrintable(rb ? rb->toString() : QString()));
        auto rows = a->exec("SELECT count(*) FROM kapsel.schema_version");
        QVERIFY(rows);
        QCOMPARE(rows->integer(0, 0), 1);
        QCOMPARE(*PgSchema::currentVersion(*a), PgSchema::latestVersion());
    }

    void aNewerWorkspaceIsRefusedAndLeftAsItIs()
    {
        auto c = openServer();
        QVERIFY(!PgSchema::migrate(*c));
        const int newer = PgSchema::latestVersion() + 1;
        QVERIFY(!c->run("UPDATE kapsel.schema_version SET version = $1", { QByteArray::number(newer) }));
        Status s = PgSchema::migrate(*c);
        QVERIFY(s);
        QVERIFY2(s->reason.contains(u"newer Kapsel"_s), qPrintable(s->reason));
        QVERIFY2(s->reason.contains(QString::number(newer)), qPrintable(s->reason));
        QCOMPARE(*PgSchema::currentVersion(*c), newer);
        // The refusal rolled back: the connection is usable, not stuck in an aborted transaction.
        QVERIFY(!c->run("SELECT 1"));
    }

    // Version 1 kept a row per session; version 2 packs them. A version 1 workspace with an import whose GA4
    // part was continued by a later import: after the upgrade the old table is gone, each import hands back
    // its sessions in order (the continued part left out, the continuing one still a part), and a new import
    // finds the stored sessions by their keys: duplicates refused, and a part continuing the stored part merged.
    void version1SessionsAreRepackedByTheUpgrade()
    {
        auto c = openServer();
        QVERIFY(!PgSchema::migrate(*c, 1));
        QCOMPARE(*PgSchema::currentVersion(*c), 1);
        const qint64 day = QDate(2024, 5, 2).toJulianDay();
        const qint64 noon = QDateTime(QDate(2024, 5, 2), QTime(10, 0), Qt::UTC).toSecsSinceEpoch();
        auto importRow = [&](const char *name) {
            auto id = c->exec("INSERT INTO imports (file_name, sha256, kind, format, started_at, os_user)"
                              " VALUES ($1, $1, 'visitors', 'test', now(), 'test') RETURNING id",
                { QByteArray(name) });
            return id ? id->integer(0, 0) : -1;
        };
        const qint64 a = importRow("a.csv"), b = importRow("b.csv");
        QVERIFY(a > 0 && b > 0);
        // import, seq, visitor, key, start, day offset, pageviews, part, merged
        struct Row
        {
            qint64 import;
            int seq;
            const char *visitor, *key;
            qint64 start;
            int dayOffset, pageviews;
            bool part, merged;
        };
        const Row rows[] = {
            { a, 0, "v1", "k1", noon, 0, 3, false, false },
            { a, 1, "v2", "", noon + 60, 0, 1, false, false }, // no key
            { a, 2, "v3", "k2", noon + 120, 0, 2, true, true }, // continued by b's part
            { b, 0, "v3", "k2", noon + 120, 0, 5, true, false }, // the merged session, still a part
            { b, 1, "v4", "k3", noon + 86400, 1, 4, false, false },
        };
        for (const Row &r : rows)
            QVERIFY(!c->run("INSERT INTO visitor_sessions (import_id, seq, source, visitor_id, session_key, start_utc,"
                            " day, first_time, pageviews, channel, part, merged)"
                            " VALUES ($1, $2, 'web', $3, $4, $5, $6, true, $7, 'direct', $8, $9)",
                { QByteArray::number(r.import), QByteArray::number(r.seq), r.visitor, r.key,
                    QByteArray::number(r.start), QByteArray::number(day + r.dayOffset),
                    QByteArray::number(r.pageviews), r.part ? "t" : "f", r.merged ? "t" : "f" }));

        QVERIFY(!PgSchema::migrate(*c));
        QCOMPARE(*PgSchema::currentVersion(*c), PgSchema::latestVersion());
        QVERIFY(!tablesInSchema(*c).contains(u"visitor_sessions"_s));
        PgVisitorStore store(*c);
        auto handedBack = [&](qint64 importId) {
            CollectingSessionSink sink;
            if (Status s = store.replay(importId, sink))
                qFatal("%s", qPrintable(s->toString()));
            QStringList out;
            for (const SessionRecord &s : sink.sessions)
                out << u"%1/%2 %3 %4 day+%5 %6%7"_s.arg(s.visitorId, s.sessionKey)
                           .arg(s.startUtc - noon)
                           .arg(s.pageviews.value_or(-1))
                           .arg(s.day.toJulianDay() - day)
                           .arg(s.source, s.partial ? u" part"_s : u""_s);
            return out;
        };
        QCOMPARE(handedBack(a), QStringList({ u"v1/k1 0 3 day+0 web"_s, u"v2/ 60 1 day+0 web"_s }));
        QCOMPARE(handedBack(b), QStringList({ u"v3/k2 120 5 day+0 web part"_s, u"v4/k3 86400 4 day+1 web"_s }));

        qint64 stored = -1, duplicates = -1;
        QStringList notes;
        QVERIFY(!PgTestDatabase::importOn(*c, u"c.csv"_s, "visitors", [&](ImportContext &ctx) -> Status {
            std::unique_ptr<SessionSink> sink = store.openSink(ctx);
            auto session = [](const char *visitor, const char *key, qint64 start, bool part) {
                SessionRecord s;
                s.source = u"web"_s;
                s.visitorId = QString::fromLatin1(visitor);
                s.sessionKey = QString::fromLatin1(key);
                s.startUtc = start;
                s.partial = part;
                return s;
            };
            for (const SessionRecord &s : { session("v1", "k1", noon, false), session("v4", "k3", noon + 86400, false),
                     session("v5", "k4", noon, false), session("v3", "k2", noon + 600, true) })
                if (Status st = sink->addSession(s))
                    return st;
            if (Status st = sink->finish())
                return st;
            stored = ctx.rowsStored;
            duplicates = ctx.skipped.value(SessionTally::duplicateReason()).count;
            notes = ctx.notes;
            return {};
        }));
        QCOMPARE(duplicates, 2); // k1 of a, k3 of b
        QCOMPARE(stored, 2); // k4, and the merged k2
        QCOMPARE(notes, QStringList { SessionTally::mergedNote(1) });
    }

    // Version 3 adds the cookie area's live-scan columns and its table of scan events to a workspace of version
    // 1: a scan stored before comes through, and a role granted the cookie area before the upgrade reads the
    // new table too (the migration refreshes the area's grants), while a role without the area does not.
    void anUpgradeKeepsCookieScansAndGrantsTheNewTable()
    {
        auto c = openServer();
        QVERIFY(!PgSchema::migrate(*c, 1));
        QCOMPARE(*PgSchema::currentVersion(*c), 1);
        QVERIFY(!tablesInSchema(*c).contains(u"cookie_scan_events"_s));
        QVERIFY(!c->runScript(
            "INSERT INTO imports (id, file_name, sha256, kind, format, started_at, os_user) OVERRIDING SYSTEM VALUE"
            " VALUES (5, 'site.har', 'abc', 'cookies', 'har', '2025-02-10T09:00:00Z', 'tester');"
            " INSERT INTO cookie_scans (id, import_id, site, scanned_at, source) OVERRIDING SYSTEM VALUE"
            " VALUES (6, 5, 'www.example.no', '2025-02-10T09:00:00Z', 'site.har');"
            " INSERT INTO cookie_observations (scan_id, name, domain, path, retention_s, http_only, party, via)"
            " VALUES (6, '_ga', 'example.no', '/', 3600, true, 'first', 'script');"
            " DROP ROLE IF EXISTS kapsel_test_upgrade_reader; DROP ROLE IF EXISTS kapsel_test_upgrade_other;"
            " CREATE ROLE kapsel_test_upgrade_reader LOGIN PASSWORD 'reader-pw';"
            " CREATE ROLE kapsel_test_upgrade_other LOGIN PASSWORD 'other-pw'"));
        PgAccess access(*c);
        QVERIFY(!access.grant(u"kapsel_test_upgrade_reader"_s, ImportKind::Cookies, false));
        QVERIFY(!access.grant(u"kapsel_test_upgrade_other"_s, ImportKind::Chats, false));

        QVERIFY(!PgSchema::migrate(*c));
        QCOMPARE(*PgSchema::currentVersion(*c), PgSchema::latestVersion());
        PgCookieRegister cookies(*c);
        const auto obs = cookies.observations(6);
        QVERIFY(obs);
        QCOMPARE(obs->size(), size_t(1));
        QCOMPARE(obs->at(0).cookie.name, u"_ga"_s);
        QCOMPARE(obs->at(0).cookie.retentionSeconds, std::optional<qint64>(3600));
        QCOMPARE(obs->at(0).cookie.kind, u"cookie"_s);
        QCOMPARE(obs->at(0).cookie.phase, u""_s);
        QCOMPARE(obs->at(0).cookie.partitioned, std::optional<bool>());

        auto reader = PgTestDatabase::connectAs(u"kapsel_test_upgrade_reader"_s, u"reader-pw"_s);
        PgCookieRegister readable(*reader);
        const auto events = readable.scanEvents(6);
        QVERIFY2(events, qPrintable(events ? QString() : events.error().toString()));
        QVERIFY(events->empty());
        auto other = PgTestDatabase::connectAs(u"kapsel_test_upgrade_other"_s, u"other-pw"_s);
        QVERIFY(!PgCookieRegister(*other).scanEvents(6));
        QCOMPARE(other->lastSqlState(), QByteArray("42501"));
    }
};

QTEST_GUILESS_MAIN(TestPgSchema)
#include "test_pgschema.moc"
