// SPDX-License-Identifier: GPL-3.0-or-later
// The PostgreSQL connection against a real, throwaway server (ctest runs this under pg_virtualenv): statements
// with parameters, COPY of awkward text, errors as sentences with their SQLSTATE, LISTEN/NOTIFY, and no password
// in any message.
#include "pgtestsupport.h"
#include "storage/postgres/pgconnection.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

std::unique_ptr<PgConnection> openTestConnection()
{
    auto c = PgConnection::open(u"postgresql://"_s);
    if (!c)
        qFatal("%s", qPrintable(c.error().toString()));
    return std::move(*c);
}

// Text that breaks a naive COPY or SQL: separators, escapes, the \N that means NULL, quotes, non-ASCII.
QByteArray awkward(QRandomGenerator &rng, int i)
{
    static const QList<QByteArray> parts
        = { "plain", "\t", "\n", "\r\n", "\\", "\\N", "'", "\"", ";", "æøå", "Ł", "😀", " ", ",", "\\t" };
    QByteArray out = QByteArray::number(i);
    const int n = rng.bounded(6);
    for (int k = 0; k < n; ++k)
        out += parts[rng.bounded(int(parts.size()))];
    return out;
}

} // namespace

class TestPgConnection : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        if (!havePostgresServer())
            QSKIP(noPostgresServer());
    }

    void connectsInUtcWithUtf8()
    {
        auto c = openTestConnection();
        QVERIFY(c->serverVersion() >= 150000);
        auto r = c->exec("SELECT current_setting('TimeZone'), current_setting('client_encoding'), $1::text",
            { QByteArray("æøå 😀") });
        QVERIFY(r);
        QCOMPARE(r->text(0, 0), u"UTC"_s);
        QCOMPARE(r->text(0, 1), u"UTF8"_s);
        QCOMPARE(r->text(0, 2), u"æøå 😀"_s);
    }

    void parametersAreNeverSpliced()
    {
        auto c = openTestConnection();
        QVERIFY(!c->run("CREATE TEMP TABLE t (id int, s text)"));
        const QByteArray hostile = "x'); DROP TABLE t; --";
        QVERIFY(!c->run("INSERT INTO t VALUES ($1, $2), ($3, $4)", { "1", hostile, "2", QByteArray() }));
        auto r = c->exec("SELECT id, s, s IS NULL FROM t ORDER BY id");
        QVERIFY(r);
        QCOMPARE(r->rows(), 2);
        QCOMPARE(r->value(0, 1), hostile);
        QVERIFY(r->isNull(1, 1));
        QCOMPARE(r->text(1, 2), u"t"_s);
    }

    void copyKeepsEveryByte()
    {
        auto c = openTestConnection();
        QVERIFY(!c->run("CREATE TEMP TABLE rows (id int PRIMARY KEY, s text, n bigint)"));
        QRandomGenerator rng(5);
        QCryptographicHash expected(QCryptographicHash::Md5);
        qint64 expectedSum = 0;
        int nulls = 0;
        PgCopy copy(*c);
        QVERIFY(!copy.begin("COPY rows (id, s, n) FROM STDIN"));
        const int n = 50000; // several blocks of the COPY buffer
        for (int i = 0; i < n; ++i) {
            const QByteArray s = awkward(rng, i);
            const bool isNull = i % 97 == 0;
            const qint64 v = qint64(rng.generate64() >> 20);
            if (isNull)
                ++nulls;
            else
                expected.addData(QByteArray(s + '|'));
            expectedSum += v;
            QVERIFY(!copy.addRow({ QByteArray::number(i), isNull ? QByteArray() : s, QByteArray::number(v) }));
        }
        auto stored = copy.finish();
        QVERIFY2(stored, qPrintable(stored ? QString() : stored.error().toString()));
        QCOMPARE(*stored, qint64(n));
        // The server's own digest of what it stored, against ours of what was sent.
        auto r = c->exec("SELECT md5(string_agg(s || '|', '' ORDER BY id)), sum(n)::text, count(*) FILTER (WHERE s IS NULL)"
                         " FROM rows");
        QVERIFY(r);
        QCOMPARE(r->value(0, 0), expected.result().toHex());
        QCOMPARE(r->value(0, 1), QByteArray::number(expectedSum));
        QCOMPARE(r->integer(0, 2), qint64(nulls));
    }

    void aFailedCopyStoresNothing()
    {
        auto c = openTestConnection();
        QVERIFY(!c->run("CREATE TEMP TABLE strict_rows (id int PRIMARY KEY)"));
        PgCopy copy(*c);
        QVERIFY(!copy.begin("COPY strict_rows (id) FROM STDIN"));
        QVERIFY(!copy.addRow({ "1" }));
        QVERIFY(!copy.addRow({ "1" })); // a duplicate key: the server refuses the whole COPY
        auto stored = copy.finish();
        QVERIFY(!stored);
        QCOMPARE(c->lastSqlState(), QByteArray("23505"));
        auto r = c->exec("SELECT count(*) FROM strict_rows");
        QVERIFY(r);
        QCOMPARE(r->integer(0, 0), 0);
        // And an aborted one.
        PgCopy aborted(*c);
        QVERIFY(!aborted.begin("COPY strict_rows (id) FROM STDIN"));
        QVERIFY(!aborted.addRow({ "7" }));
        aborted.abort("cancelled by the user");
        r = c->exec("SELECT count(*) FROM strict_rows");
        QVERIFY(r);
        QCOMPARE(r->integer(0, 0), 0);
    }

    void errorsAreSentencesWithTheirState()
    {
        auto c = openTestConnection();
        auto r = c->exec("SELEC 1");
        QVERIFY(!r);
        QCOMPARE(c->lastSqlState(), QByteArray("42601"));
        QVERIFY(r.error().reason.contains(u"42601"_s)); // for a bug report
        QVERIFY(!r.error().reason.contains(u"SELEC"_s)); // the server's text goes to the debug log only
        // The connection stays usable, and success clears the state.
        QVERIFY(c->exec("SELECT 1"));
        QVERIFY(c->lastSqlState().isEmpty());
        // A missing privilege is named as such: a role that may not read a table.
        QVERIFY(!c->run("CREATE TABLE IF NOT EXISTS secret_for_test (x int)"));
        QVERIFY(!c->run("DROP ROLE IF EXISTS kapsel_test_reader"));
        QVERIFY(!c->run("CREATE ROLE kapsel_test_reader"));
        QVERIFY(!c->run("SET ROLE kapsel_test_reader"));
        auto denied = c->exec("SELECT * FROM secret_for_test");
        QVERIFY(!denied);
        QCOMPARE(c->lastSqlState(), QByteArray("42501"));
        QVERIFY(denied.error().reason.contains(u"access"_s));
        QVERIFY(!c->run("RESET ROLE"));
        QVERIFY(!c->run("DROP TABLE secret_for_test"));
        QVERIFY(!c->run("DROP ROLE kapsel_test_reader"));
    }

    void noPasswordInAnyMessage()
    {
        const QString uri = u"postgresql://someone:s3cretpw@127.0.0.1:1/nothing?connect_timeout=2"_s;
        auto c = PgConnection::open(uri);
        QVERIFY(!c);
        QVERIFY(!c.error().toString().contains(u"s3cretpw"_s));
        QVERIFY(c.error().toString().contains(u"127.0.0.1"_s));
        QVERIFY(!PgConnection::displayUri(uri).contains(u"s3cretpw"_s));
        QVERIFY(!PgConnection::displayUri(u"postgresql:///db?password=s3cretpw&host=/run/postgresql"_s)
                     .contains(u"s3cretpw"_s));
        QVERIFY(!PgConnection::open(u"/home/someone/work.kapsel"_s));
        QVERIFY(PgConnection::isUri(u"postgres://h/db"_s));
        QVERIFY(!PgConnection::isUri(u"work.kapsel"_s));
    }

    void listenAndNotify()
    {
        auto listener = openTestConnection();
        auto sender = openTestConnection();
        QVERIFY(!listener->listen("kapsel imports")); // a channel name that needs quoting
        QVERIFY(!sender->notify("kapsel imports", "visitors 42 by someone"));
        QVERIFY(!sender->notify("other channel", "not for us"));
        std::vector<PgNotification> got;
        for (int i = 0; i < 50 && got.empty(); ++i)
            got = listener->waitForNotification(100);
        QCOMPARE(got.size(), size_t(1));
        QCOMPARE(got[0].channel, QByteArray("kapsel imports"));
        QCOMPARE(got[0].payload, QByteArray("visitors 42 by someone"));
        auto pid = sender->exec("SELECT pg_backend_pid()");
        QVERIFY(pid);
        QCOMPARE(qint64(got[0].senderPid), pid->integer(0, 0));
    }
};

QTEST_GUILESS_MAIN(TestPgConnection)
#include "test_pgconnection.moc"
