// SPDX-License-Identifier: GPL-3.0-or-later
// Firefox's cookies.sqlite in every moz_cookies schema from Firefox 3 to today, and files no browser writes:
// a view over an endless query, a virtual table, too many rows, too much work, a damaged or foreign file.
// The stores are made at run time by sqlite3 from SQL under tests/data/cookies/firefox-schemas.
#include "testsupport.h"

#include "cookies/cookieregister.h"
#include "core/language.h"
#include "importers/firefoxcookiesimporter.h"
#include "importers/importcontext.h"
#include "workspace/importservice.h"
#include "sqlitetestsupport.h"

#include <QFile>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kCreated = 1709287200; // 2024-03-01T10:00:00Z, when the fixtures' cookies were set

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestFirefoxCookiesImporter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;

    std::shared_ptr<SqliteWorkspace> freshWorkspace(QString *path)
    {
        *path = m_dir.filePath(u"ws%1.kapsel"_s.arg(++m_n));
        auto ws = SqliteWorkspace::open(*path);
        if (!ws)
            qFatal("cannot open workspace");
        return *ws;
    }

    // Runs `sql` through the sqlite3 program into a new file named `name`; empty on failure.
    QString makeStore(const QByteArray &sql, const QString &name = u"cookies.sqlite"_s)
    {
        const QString path = m_dir.filePath(u"%1-%2"_s.arg(++m_n).arg(name));
        QProcess p;
        p.start(u"sqlite3"_s, { path });
        if (!p.waitForStarted(10000))
            return {};
        p.write(sql);
        p.closeWriteChannel();
        if (!p.waitForFinished(60000) || p.exitCode() != 0) {
            qWarning("sqlite3: %s", p.readAllStandardError().constData());
            return {};
        }
        return path;
    }

    static QByteArray realTable(qint64 rows)
    {
        QByteArray create;
        for (const QByteArray &line : readFile(TestSupport::testData(u"cookies/firefox-schemas/v17.sql"_s)).split('\n'))
            if (line.startsWith("CREATE TABLE"))
                create = line;
        return create + "\nWITH RECURSIVE r(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM r LIMIT "
            + QByteArray::number(rows)
            + ") INSERT INTO moz_cookies (name, value, host, path, expiry, creationTime, lastAccessed, isSecure,"
              " isHttpOnly) SELECT 'c' || i, 'v', 'h' || i || '.example.no', '/', 1800000000000, 1709287200000000,"
              " 1709287200000000, 1, 1 FROM r;\n";
    }

    // The import is refused with `reason` (FILE: reason, no line) and nothing reaches the workspace.
    void verifyRefused(const QString &store, const QString &reason, ImportProgress *progress = nullptr)
    {
        QString path;
        auto ws = freshWorkspace(&path);
        ImportOptions opt;
        opt.forcedFormat = u"firefox-cookies"_s;
        auto r = ImportService::importFile(path, store, opt, progress);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().toString(), QFileInfo(store).fileName() + u": "_s + reason);
        CookieRegister &inv = ws->cookies();
        QVERIFY(inv.observations()->empty());
        QVERIFY(inv.scans()->empty());
        QSqlQuery q(ws->db());
        QVERIFY(q.exec(u"SELECT count(*) FROM imports"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    // Reads `store` straight through an importer with these limits, without a workspace.
    static Status readDirect(const QString &store, FirefoxCookiesImporter::Limits limits, ImportContext &ctx)
    {
        ctx.fileName = QFileInfo(store).fileName();
        ctx.filePath = store;
        QFile f(store);
        f.open(QIODevice::ReadOnly);
        return FirefoxCookiesImporter(limits).read(f, ctx);
    }

private slots:
    void initTestCase()
    {
        Language::apply(u"en"_s);
        QVERIFY(m_dir.isValid());
        QProcess p;
        p.start(u"sqlite3"_s, { u"-version"_s });
        QVERIFY2(p.waitForStarted(10000) && p.waitForFinished(10000),
            "the sqlite3 program is needed to make the test stores (Debian package sqlite3)");
    }

    void everySchema_data()
    {
        QTest::addColumn<int>("version");
        for (int v = 1; v <= 17; ++v)
            QTest::addRow("schema %d", v) << v;
    }

    void everySchema()
    {
        QFETCH(int, version);
        const QByteArray sql
            = readFile(TestSupport::testData(u"cookies/firefox-schemas/v%1.sql"_s.arg(version, 2, 10, QChar(u'0'))));
        QVERIFY(!sql.isEmpty());
        const QString store = makeStore(sql);
        QVERIFY(!store.isEmpty());
        const QByteArray before = readFile(store);
        QString path;
        auto ws = freshWorkspace(&path);
        ImportOptions opt;
        opt.sourceName = u"www.example.no"_s;
        auto r = ImportService::importFile(path, store, opt);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QCOMPARE(r->format, u"firefox-cookies"_s);
        QCOMPARE(r->rowsStored, 3);
        auto obs = ws->cookies().observations();
        QVERIFY(obs.ok());
        QCOMPARE(int(obs->size()), 3);
        // The three rows of every fixture: name, domain, path, seconds from creation to expiry, Secure,
        // HttpOnly, party for www.example.no. SameSite exists from schema 9; "not set" is 256 from 15.
        struct Expected
        {
            QString domain, path;
            qint64 retention;
            bool secure, httpOnly;
            QString party, sameSite;
        };
        const QString none = version >= 9 && version < 15 ? u"None"_s : QString();
        const QHash<QString, Expected> expected {
            { u"_ga"_s, { u"example.no"_s, u"/"_s, 63072000, false, false, u"first"_s, none } },
            { u"sid"_s,
                { u"www.example.no"_s, u"/app"_s, 3600, true, true, u"first"_s,
                    version >= 9 ? u"Strict"_s : QString() } },
            { u"fr"_s, { u"facebook.com"_s, u"/"_s, 7776000, true, true, u"third"_s, none } },
        };
        for (const ScanObservation &o : *obs) {
            const ObservedCookie &c = o.cookie;
            QVERIFY2(expected.contains(c.name), qPrintable(c.name));
            const Expected &e = expected[c.name];
            QCOMPARE(c.domain, e.domain);
            QCOMPARE(c.path, e.path);
            // Browsers keep a cookie at most 400 days (RFC 6265bis), and so does the inventory: _ga's two years
            // are stored as 400 days.
            const qint64 kept = std::min<qint64>(e.retention, 400LL * 86400);
            QCOMPARE(c.retentionSeconds, std::optional<qint64>(kept));
            QVERIFY(!c.session);
            QCOMPARE(c.expiresAt, QDateTime::fromSecsSinceEpoch(kCreated + kept, Qt::UTC));
            QCOMPARE(c.secure, std::optional<bool>(e.secure));
            QCOMPARE(c.httpOnly, std::optional<bool>(e.httpOnly));
            QCOMPARE(c.party, e.party);
            QCOMPARE(c.sameSite, e.sameSite);
            // Schemas 1-3 have no creationTime: the id is the creation time, as Firefox's upgrade reads it.
            QCOMPARE(c.firstSeen.toSecsSinceEpoch(), kCreated);
        }
        // Read-only and immutable: the file is byte for byte as it was, and no value reached the workspace.
        QCOMPARE(readFile(store), before);
        ws.reset();
        QVERIFY(!QByteArray(readFile(path) + readFile(path + u"-wal"_s)).contains("SECRET-"));
    }

    void pathWithUriCharacters()
    {
        // '?', '#' and '%' end or escape a URI: the path is percent-encoded before SQLite sees it.
        const QString store = makeStore(
            readFile(TestSupport::testData(u"cookies/firefox-schemas/v17.sql"_s)), u"a?b#c%41 d æ.sqlite"_s);
        QVERIFY(!store.isEmpty());
        QString path;
        auto ws = freshWorkspace(&path);
        auto r = ImportService::importFile(path, store, {});
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QCOMPARE(r->rowsStored, 3);
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("sql");
        QTest::addColumn<QString>("reason");
        const QByteArray endless = "WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM r) SELECT i AS id,"
                                   " 'n' || i AS name, 'a.no' AS host, '/' AS path, 0 AS expiry, 0 AS creationTime,"
                                   " 0 AS lastAccessed, 0 AS isSecure, 0 AS isHttpOnly, 0 AS sameSite FROM r";
        QTest::newRow("view over an endless query") << "CREATE VIEW moz_cookies AS " + endless
                + " ORDER BY i DESC;" << u"moz_cookies in this file is a view, not a table; Firefox never writes one"_s;
        QTest::newRow("view under another spelling") << "CREATE VIEW MOZ_COOKIES AS " + endless
                + ";" << u"moz_cookies in this file is a view, not a table; Firefox never writes one"_s;
        QTest::newRow("virtual table")
            << QByteArray("CREATE VIRTUAL TABLE moz_cookies USING fts5(name, host);"
                          "INSERT INTO moz_cookies VALUES ('a', 'b.no');")
            << u"moz_cookies in this file is a virtual or internal table, not a plain one; Firefox never writes one"_s;
        QTest::newRow("no moz_cookies") << QByteArray(
            "CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT); INSERT INTO moz_places"
            " (url) VALUES ('moz_cookies');")
                                        << u"this is not a Firefox cookie store: it has no moz_cookies table"_s;
        QTest::newRow("no host column") << QByteArray(
            "CREATE TABLE moz_cookies (id INTEGER PRIMARY KEY, name TEXT, value TEXT);")
                                        << u"this is not a Firefox cookie store: moz_cookies has no \"host\" column"_s;
        QTest::newRow("more rows than any browser keeps") << realTable(100'001)
                                                          << u"moz_cookies holds 100,001 rows; a browser keeps a few "
                                                             "thousand cookies, and Kapsel reads at most 100,000"_s;
        QTest::newRow("a value of 100 KiB")
            << readFile(TestSupport::testData(u"cookies/firefox-schemas/v17.sql"_s))
                + "UPDATE moz_cookies SET name = printf('%.*c', 102400, 'x') WHERE name = 'sid';"
            << u"the database holds a value larger than 64 KiB, which no browser writes"_s;
    }

    void refused()
    {
        QFETCH(QByteArray, sql);
        QFETCH(QString, reason);
        const QString store = makeStore(sql);
        QVERIFY(!store.isEmpty());
        verifyRefused(store, reason);
    }

    void limitOfRowsIsEnough()
    {
        // The most rows read must fit the step limit by a wide margin; read without a workspace.
        const QString store = makeStore(realTable(100'000));
        ImportContext ctx;
        const Status s = readDirect(store, {}, ctx);
        QVERIFY2(!s, qPrintable(s ? s->toString() : QString()));
        QCOMPARE(ctx.rowsRead, 100'000);
        // An eighth of the step limit is too little for the same file.
        FirefoxCookiesImporter::Limits tight;
        tight.sqlite.maxSteps = 1'000'000;
        ImportContext ctx2;
        const Status t = readDirect(store, tight, ctx2);
        QVERIFY(t);
        QCOMPARE(t->reason,
            u"reading this database needs far more work than a browser's file; it was stopped after 1,000,000 "
            "steps"_s);
    }

    void cancelStopsTheStatement()
    {
        // Cancel asked before the import starts: no statement runs, so no row is read.
        const QString store = makeStore(realTable(5000));
        ImportProgress progress;
        progress.cancelRequested = true;
        verifyRefused(store, u"the import was cancelled"_s, &progress);
        ImportContext ctx;
        ctx.progressState = &progress;
        const Status s = readDirect(store, {}, ctx);
        QVERIFY(s);
        QCOMPARE(ctx.rowsRead, 0);
    }

    void damagedOrForeign_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        QByteArray noise;
        for (int i = 0; i < 8192; ++i)
            noise += char((i * 7919 + 13) % 256);
        QTest::newRow("encrypted or not SQLite") << noise << u"this is not an SQLite database, or it is encrypted"_s;
        QTest::newRow("SQLite header, then noise") << QByteArray("SQLite format 3\0", 16) + QByteArray("moz_cookies")
                + noise << u"this is not an SQLite database, or it is encrypted"_s;
    }

    void damagedOrForeign()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        const QString store = m_dir.filePath(u"foreign%1.sqlite"_s.arg(++m_n));
        QFile f(store);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        verifyRefused(store, reason);
    }

    void damagedPages()
    {
        // A real store whose table pages were overwritten: SQLite finds the damage; the user reads a sentence.
        const QString store = makeStore(realTable(2000));
        QFile f(store);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(3 * 4096);
        f.write(QByteArray(8 * 4096, '\xA5'));
        f.close();
        verifyRefused(store, u"the database file is damaged; copy it again from the browser's profile"_s);
    }
};

QTEST_GUILESS_MAIN(TestFirefoxCookiesImporter)
#include "test_firefoxcookiesimporter.moc"
