// SPDX-License-Identifier: GPL-3.0-or-later
// kapsel-cli chats and chat imports end to end.
#include "testsupport.h"

#include "chats/chatarchive.h"
#include "workspace/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace Qt::StringLiterals;

class TestChatCli : public QObject
{
    Q_OBJECT

    struct Run
    {
        int code;
        QString out;
        QString err;
    };
    QTemporaryDir m_dir;
    QString m_demo;

    Run cli(const QStringList &args)
    {
        const TestSupport::CliRun r = TestSupport::runCli(args, m_dir.path());
        return { r.code, r.outText(), r.errText() };
    }

private slots:
    void initTestCase()
    {
        if (!QFileInfo::exists(QStringLiteral(KAPSEL_CLI_PATH)))
            QSKIP("kapsel-cli is not built");
        m_demo = m_dir.filePath(u"demo.kapsel"_s);
        QCOMPARE(cli({ u"--db"_s, m_demo, u"demo"_s }).code, 0);
    }

    void limitFive()
    {
        // What build.sh runs.
        const Run r = cli({ u"--db"_s, m_demo, u"chats"_s, u"--limit"_s, u"5"_s });
        QCOMPARE(r.code, 0);
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 6);
        QCOMPARE(lines[0], u"conversation_id,timestamp,sender,text"_s);
        // The oldest demo conversation first, its messages in order; ISO UTC times.
        QVERIFY(lines[1].startsWith(u"demo-0001,2024-01-02T"_s));
        QVERIFY(lines[1].section(u',', 1, 1).endsWith(u'Z'));
        QCOMPARE(lines[1].section(u',', 2, 2), u"customer"_s);
        QCOMPARE(lines[2].section(u',', 2, 2), u"bot"_s);
    }

    // Issue #14, item 16: reading never writes. The retention period runs at each import of chats and by
    // `chats purge`; `chats` only says how many are past it.
    void retentionRunsAtImportAndByPurgeNeverByReading()
    {
        const QString db = m_dir.filePath(u"retention.kapsel"_s);
        QCOMPARE(cli({ u"--db"_s, db, u"import"_s, TestSupport::testData(u"chats/transcript.csv"_s) }).code, 0);
        auto stored = [&] {
            auto ws = Workspace::open(db);
            return ws ? (*ws)->chats().counts().conversations : -1;
        };
        const qint64 conversations = stored();
        QVERIFY(conversations > 0);
        const Run kept = cli({ u"--db"_s, db, u"chats"_s, u"purge"_s });
        QCOMPARE(kept.code, 0);
        QVERIFY2(kept.out.contains(u"without a retention period; nothing was deleted"_s), qPrintable(kept.out));
        QCOMPARE(stored(), conversations);
        {
            auto ws = Workspace::open(db);
            QVERIFY(ws);
            QVERIFY(!(*ws)->chats().setRetentionDays(30)); // the transcript is years old
        }
        const Run read = cli({ u"--db"_s, db, u"chats"_s });
        QCOMPARE(read.code, 0);
        QVERIFY2(read.err.contains(u"past the retention period of 30 days are still stored"_s), qPrintable(read.err));
        QVERIFY(read.out.count(u'\n') > 1); // the messages are printed
        QCOMPARE(stored(), conversations); // and still there

        const Run purged = cli({ u"--db"_s, db, u"chats"_s, u"purge"_s });
        QCOMPARE(purged.code, 0);
        QVERIFY2(purged.out.contains(u"%1 conversations past the retention period deleted"_s.arg(conversations)),
            qPrintable(purged.out));
        QCOMPARE(stored(), qint64(0));

        // An import of old chats applies the retention period at once.
        const Run imported = cli({ u"--db"_s, db, u"import"_s, TestSupport::testData(u"chats/boostai.json"_s) });
        QCOMPARE(imported.code, 0);
        QVERIFY2(imported.out.contains(u"past the retention period deleted."_s), qPrintable(imported.out));
        QCOMPARE(stored(), qint64(0));
    }

    void json()
    {
        const Run r = cli({ u"--db"_s, m_demo, u"chats"_s, u"--format"_s, u"json"_s, u"--search"_s, u"kontonummer"_s });
        QCOMPARE(r.code, 0);
        const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(root.value(u"schema"_s).toString(), u"kapsel/chats/1"_s);
        const QJsonArray a = root.value(u"messages"_s).toArray();
        QCOMPARE(a.size(), 40); // every fifth demo conversation has one such message
        for (const QJsonValue &v : a) {
            const QJsonObject o = v.toObject();
            QVERIFY(o.value(u"text"_s).toString().contains(u"Kontonummer"_s));
            QCOMPARE(o.value(u"sender"_s).toString(), u"customer"_s);
            QVERIFY(o.contains(u"conversation_id"_s) && o.contains(u"timestamp"_s));
        }
    }

    void csvQuotesMultiline()
    {
        const QString ws = m_dir.filePath(u"csv.kapsel"_s);
        const Run imported = cli({ u"--db"_s, ws, u"import"_s, TestSupport::testData(u"chats/transcript.csv"_s) });
        QCOMPARE(imported.code, 0);
        QVERIFY(imported.out.contains(u"Chat transcripts (CSV)"_s));
        QVERIFY2(imported.out.contains(u"standard@2"_s), qPrintable(imported.out));
        const Run r = cli({ u"--db"_s, ws, u"chats"_s, u"--search"_s, u"sitat"_s });
        QCOMPARE(r.code, 0);
        // The three-line message comes back as one quoted CSV field, doubled quotes kept valid.
        QVERIFY2(r.out.contains(u",\"Første linje\nandre linje med "_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"\ntredje linje med \"\"sitat\"\"\"\n"_s), qPrintable(r.out));
        QVERIFY(!r.out.contains(u"27104748592"_s));
    }

    void refusedImport()
    {
        const QString ws = m_dir.filePath(u"bad.kapsel"_s);
        const Run r = cli({ u"--db"_s, ws, u"import"_s, TestSupport::testData(u"chats/unclosed.csv"_s) });
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"unclosed.csv:2: "_s), qPrintable(r.err));
        const Run listed = cli({ u"--db"_s, ws, u"chats"_s });
        QCOMPARE(listed.out, u"conversation_id,timestamp,sender,text\n"_s);
    }

    void usage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("bad format") << QStringList { u"chats"_s, u"--format"_s, u"xml"_s };
        QTest::newRow("bad limit") << QStringList { u"chats"_s, u"--limit"_s, u"many"_s };
        QTest::newRow("unknown rules") << QStringList { u"chats"_s, u"--frob"_s };
    }
    void usage()
    {
        QFETCH(QStringList, args);
        const Run r = cli(QStringList { u"--db"_s, m_demo } + args);
        QCOMPARE(r.code, 2);
    }

    void unknownRuleSet()
    {
        const Run r = cli({ u"--db"_s, m_dir.filePath(u"r.kapsel"_s), u"import"_s, u"--rules"_s, u"lenient"_s,
            TestSupport::testData(u"chats/transcript.txt"_s) });
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"lenient"_s), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestChatCli)
#include "test_chatcli.moc"
