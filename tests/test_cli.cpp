// SPDX-License-Identifier: GPL-3.0-or-later
// kapsel-cli end to end: exit codes (0 ok, 1 data error, 2 usage), FILE: reason on stderr, --lang.
#include "chats/chatarchive.h"
#include "core/language.h"
#include "englishwords.h"
#include "testsupport.h"
#include "visitors/visitorstore.h"
#include "workspace/workspace.h"

#include <QLocale>

using namespace Qt::StringLiterals;

class TestCli : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int code;
        QString out;
        QString err;
    };
    Run cli(const QStringList &args)
    {
        const TestSupport::CliRun r = TestSupport::runCli(args, m_dir.path());
        return { r.code, r.outText(), r.errText() };
    }
    QTemporaryDir m_dir;

private slots:
    void version()
    {
        const Run r = cli({ u"--version"_s });
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith(u"kapsel-cli "_s));
    }

    void helpListsCommands()
    {
        const Run r = cli({ u"--help"_s });
        QCOMPARE(r.code, 0);
        for (const QString &c : { u"import"_s, u"history"_s, u"demo"_s })
            QVERIFY2(r.out.contains(u"  "_s + c), qPrintable(r.out));
        const Run nb = cli({ u"--lang"_s, u"nb"_s, u"--help"_s });
        QVERIFY(nb.out.contains(u"Kommandoer:"_s));
    }

    // Every command's --help in Bokmål: the usage line names the command as a user types it (not the program's
    // path), and no English is left, Qt's own texts ("Usage:", "Options:") included.
    void everyHelpIsInBokmal()
    {
        const Run overview = cli({ u"--lang"_s, u"en"_s, u"--help"_s });
        const QString commandList = overview.out.mid(overview.out.indexOf(u"Commands:"_s));
        QStringList commands;
        static const QRegularExpression commandLine(uR"(^  ([a-z-]+)  )"_s, QRegularExpression::MultilineOption);
        for (auto it = commandLine.globalMatch(commandList); it.hasNext();)
            commands << it.next().captured(1);
        QVERIFY2(commands.size() >= 10, qPrintable(overview.out));

        const Run nb = cli({ u"--lang"_s, u"nb"_s, u"--help"_s });
        QCOMPARE(nb.code, 0);
        QVERIFY2(EnglishWords::found(nb.out).isEmpty(), qPrintable(EnglishWords::found(nb.out).join(u", "_s)));
        for (const QString &command : std::as_const(commands)) {
            const Run r = cli({ u"--lang"_s, u"nb"_s, command, u"--help"_s });
            QCOMPARE(r.code, 0);
            QVERIFY2(r.out.startsWith(u"Bruk: kapsel-cli "_s + command + u" [valg]"_s), qPrintable(r.out));
            const QStringList english = EnglishWords::found(r.out);
            QVERIFY2(english.isEmpty(),
                qPrintable(u"%1 --help: English words %2 in:\n%3"_s.arg(command, english.join(u", "_s), r.out)));
        }
        // The same help in English is recognised as English (the check can fail).
        const Run en = cli({ u"--lang"_s, u"en"_s, u"import"_s, u"--help"_s });
        QVERIFY(EnglishWords::found(en.out).contains(u"Options"_s));
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no command") << QStringList {};
        QTest::newRow("unknown command") << QStringList { u"frobnicate"_s };
        QTest::newRow("bad language") << QStringList { u"--lang"_s, u"de"_s, u"history"_s };
        QTest::newRow("unknown option") << QStringList { u"--colour"_s, u"history"_s };
        QTest::newRow("import without file") << QStringList { u"--db"_s, m_dir.filePath(u"u.kapsel"_s), u"import"_s };
        QTest::newRow("bad map") << QStringList { u"--db"_s, m_dir.filePath(u"u.kapsel"_s), u"import"_s, u"--map"_s,
            u"x"_s, u"f.csv"_s };
    }
    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, args);
        QCOMPARE(cli(args).code, 2);
    }

    void missingFileIsADataError()
    {
        const QString db = m_dir.filePath(u"w.kapsel"_s);
        const QString missing = m_dir.filePath(u"missing.csv"_s);
        const Run r = cli({ u"--db"_s, db, u"import"_s, missing });
        QCOMPARE(r.code, 1);
        QCOMPARE(r.err.trimmed(), u"kapsel-cli: %1: the file does not exist"_s.arg(missing));
        const Run nb = cli({ u"--db"_s, db, u"--lang"_s, u"nb"_s, u"import"_s, missing });
        QCOMPARE(nb.err.trimmed(), u"kapsel-cli: %1: filen finnes ikke"_s.arg(missing));
    }

    // A typo in --db: a command that only reads names the path and creates nothing; a command that writes
    // creates the workspace and says so on stderr.
    void aReadingCommandRefusesAWorkspaceThatIsNotThere()
    {
        const QString typo = m_dir.filePath(u"wrokspace.kapsel"_s);
        for (const QStringList &command :
            { QStringList { u"history"_s }, QStringList { u"visitors"_s }, QStringList { u"durations"_s },
                QStringList { u"cookies"_s }, QStringList { u"chats"_s }, QStringList { u"time-zone"_s } }) {
            const Run r = cli(QStringList { u"--db"_s, typo } + command);
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.startsWith(u"kapsel-cli: %1: there is no workspace here"_s.arg(typo)), qPrintable(r.err));
            QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
            QVERIFY(!QFileInfo::exists(typo));
        }
        const Run nb = cli({ u"--db"_s, typo, u"--lang"_s, u"nb"_s, u"history"_s });
        QVERIFY2(nb.err.contains(u"det finnes ikke noe arbeidsområde her"_s), qPrintable(nb.err));

        const Run created
            = cli({ u"--db"_s, typo, u"import"_s, TestSupport::testData(u"visitors/generic-sessions.csv"_s) });
        QCOMPARE(created.code, 0);
        QVERIFY2(
            created.err.contains(u"kapsel-cli: created the new workspace %1"_s.arg(typo)), qPrintable(created.err));
        QVERIFY(QFileInfo::exists(typo));
        const Run again = cli({ u"--db"_s, typo, u"history"_s });
        QCOMPARE(again.code, 0);
        QVERIFY(!again.err.contains(u"created"_s));
        const QString other = m_dir.filePath(u"fresh.kapsel"_s);
        const Run init = cli({ u"--db"_s, other, u"workspace"_s, u"init"_s });
        QCOMPARE(init.code, 0);
        QVERIFY2(init.err.contains(u"created the new workspace"_s), qPrintable(init.err));
    }

    // history shows when each import ran in the workspace's time zone, and says which (issue #14, item 18).
    void historyTimesAreInTheWorkspacesZone()
    {
        const QString db = m_dir.filePath(u"zone.kapsel"_s);
        QCOMPARE(cli({ u"--db"_s, db, u"time-zone"_s, u"Pacific/Kiritimati"_s }).code, 0);
        QCOMPARE(
            cli({ u"--db"_s, db, u"import"_s, TestSupport::testData(u"visitors/generic-sessions.csv"_s) }).code, 0);
        const Run r = cli({ u"--db"_s, db, u"history"_s });
        QCOMPARE(r.code, 0);
        const QStringList lines = r.out.split(u'\n');
        QCOMPARE(lines.value(0), u"Times in the workspace's time zone, Pacific/Kiritimati."_s);
        auto ws = Workspace::open(db);
        QVERIFY(ws);
        const QDateTime started = (*ws)->history().first().startedAt;
        const QDateTime there = started.toUTC().addSecs(14 * 3600); // Kiritimati is UTC+14 all year
        Language::apply(u"en"_s); // the CLI's language here (the system's, C, resolves to English)
        const QString expected
            = Language::locale().toString(QDateTime(there.date(), there.time()), QLocale::ShortFormat);
        QVERIFY2(
            lines.value(1).startsWith(u"#1 %1 by "_s.arg(expected)), qPrintable(lines.value(1) + u" / "_s + expected));
    }

    // history remove ID (issue #14, item 12): --dry-run names what would go and changes nothing; remove takes the
    // import out of every area and the history; a wrong id is a data error, a non-number a usage error, and a
    // missing workspace is named, not created.
    void historyRemove()
    {
        const QString db = m_dir.filePath(u"remove.kapsel"_s);
        QCOMPARE(cli({ u"--db"_s, db, u"import"_s, TestSupport::testData(u"visitors/generic-sessions.csv"_s),
                         TestSupport::testData(u"chats/generic.json"_s) })
                     .code,
            0);
        qint64 sessions = 0, messages = 0;
        {
            auto ws = Workspace::open(db);
            QVERIFY(ws);
            const QList<ImportReport> history = (*ws)->history();
            QCOMPARE(history.size(), 2);
            sessions = history[1].rowsStored;
            messages = history[0].rowsStored;
            QVERIFY(sessions > 1 && messages > 1);
        }
        const QStringList listed = { u"--db"_s, db, u"history"_s };
        const QString before = cli(listed).out;

        Run r = cli({ u"--db"_s, db, u"history"_s, u"remove"_s, u"1"_s, u"--dry-run"_s });
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.startsWith(u"Would remove import #1: generic-sessions.csv, imported "_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"\n  %1 sessions\n"_s.arg(sessions)), qPrintable(r.out));
        QCOMPARE(cli(listed).out, before);

        r = cli({ u"--db"_s, db, u"--lang"_s, u"nb"_s, u"history"_s, u"remove"_s, u"2"_s, u"--dry-run"_s });
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.startsWith(u"Ville fjernet import #2: generic.json"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"  %1 meldinger\n"_s.arg(messages)), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"Revisjonsloggen for chatter beholder"_s), qPrintable(r.out));

        r = cli({ u"--db"_s, db, u"history"_s, u"remove"_s, u"2"_s });
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.startsWith(u"Removed import #2: generic.json"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"\n  %1 messages\n"_s.arg(messages)), qPrintable(r.out));
        {
            auto ws = Workspace::open(db);
            QVERIFY(ws);
            QCOMPARE((*ws)->history().size(), 1);
            QCOMPARE((*ws)->history().first().fileName, u"generic-sessions.csv"_s);
            QCOMPARE((*ws)->chats().counts().messages, 0);
            QCOMPARE((*ws)->chats().auditLog().first().action, u"remove-import"_s);
        }
        QCOMPARE(cli({ u"--db"_s, db, u"chats"_s }).out.trimmed(), u"conversation_id,timestamp,sender,text"_s);

        r = cli({ u"--db"_s, db, u"history"_s, u"remove"_s, u"2"_s });
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"there is no import #2 in this workspace"_s), qPrintable(r.err));
        QCOMPARE(cli({ u"--db"_s, db, u"history"_s, u"remove"_s, u"two"_s }).code, 2);
        QCOMPARE(cli({ u"--db"_s, db, u"history"_s, u"remove"_s }).code, 2);
        QCOMPARE(cli({ u"--db"_s, db, u"history"_s, u"--dry-run"_s }).code, 2);
        const QString typo = m_dir.filePath(u"remvoe.kapsel"_s);
        QCOMPARE(cli({ u"--db"_s, typo, u"history"_s, u"remove"_s, u"1"_s }).code, 1);
        QVERIFY(!QFileInfo::exists(typo));
    }

    // Removing import A must not take away what a later import B holds (issue #14): B's file overlaps A's, and its
    // import left the shared sessions out as A's duplicates, so they are B's data as well. Removing A is refused,
    // naming B and how many sessions, and changes nothing; once B is gone A can go. A file whose duplicates are
    // only among its own lines shares nothing with A, and does not stand in A's way.
    void removalKeepsWhatALaterImportHolds()
    {
        // n sessions from key `first`, on days of March 2024.
        auto sessions = [this](const QString &name, int first, int n, bool repeatFirst = false) {
            QByteArrayList lines { "visitor_id,session_id,started_at,duration_s,visit_number" };
            for (int k = first; k < first + n; ++k)
                lines << "v" + QByteArray::number(k) + ",s" + QByteArray::number(k) + ",2024-03-"
                        + QByteArray::number(10 + k % 10) + " 10:00:00," + QByteArray::number(30 + k % 300) + ",1";
            if (repeatFirst)
                lines << lines[1];
            const QByteArray out = lines.join('\n') + '\n';
            return TestSupport::writeFile(m_dir.filePath(name), out);
        };
        auto visits = [](const QString &db) -> qint64 {
            auto ws = Workspace::open(db);
            if (!ws)
                return -1;
            auto rows = (*ws)->visitors().dailyRollups(
                QDate(2024, 1, 1).toJulianDay(), QDate(2024, 12, 31).toJulianDay(), {});
            qint64 n = 0;
            for (const DailyRollup &r : rows ? *rows : std::vector<DailyRollup> {})
                n += r.visits;
            return n;
        };
        const QString db = m_dir.filePath(u"overlap.kapsel"_s);
        const QString a = sessions(u"first-export.csv"_s, 0, 100), b = sessions(u"second-export.csv"_s, 60, 100);
        QCOMPARE(cli({ u"--db"_s, db, u"import"_s, a }).code, 0);
        Run r = cli({ u"--db"_s, db, u"import"_s, b });
        QCOMPARE(r.code, 0);
        QCOMPARE(visits(db), 160); // 0..159 once each: 40 of B's 100 were A's already

        r = cli({ u"--db"_s, db, u"history"_s, u"remove"_s, u"1"_s, u"--dry-run"_s });
        QCOMPARE(r.code, 1);
        r = cli({ u"--db"_s, db, u"history"_s, u"remove"_s, u"1"_s });
        QCOMPARE(r.code, 1);
        QVERIFY2(
            r.err.startsWith(u"kapsel-cli: first-export.csv: 40 sessions of this file are also in second-export.csv "
                             "(import #2 of "_s),
            qPrintable(r.err));
        QVERIFY2(r.err.contains(u"remove the later import first"_s), qPrintable(r.err));
        QCOMPARE(visits(db), 160);
        r = cli({ u"--db"_s, db, u"--lang"_s, u"nb"_s, u"history"_s, u"remove"_s, u"1"_s });
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"40 økter fra denne filen finnes også i second-export.csv"_s), qPrintable(r.err));

        // B can go (its own 60 sessions with it), then A.
        QCOMPARE(cli({ u"--db"_s, db, u"history"_s, u"remove"_s, u"2"_s }).code, 0);
        QCOMPARE(visits(db), 100);
        QCOMPARE(cli({ u"--db"_s, db, u"history"_s, u"remove"_s, u"1"_s }).code, 0);
        QCOMPARE(visits(db), 0);

        // Duplicates within one file are that file's own business.
        const QString solo = m_dir.filePath(u"solo.kapsel"_s);
        QCOMPARE(cli({ u"--db"_s, solo, u"import"_s, a }).code, 0);
        QCOMPARE(cli({ u"--db"_s, solo, u"import"_s, sessions(u"repeats.csv"_s, 500, 20, true) }).code, 0);
        QCOMPARE(visits(solo), 120);
        r = cli({ u"--db"_s, solo, u"history"_s, u"remove"_s, u"1"_s });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(visits(solo), 20);
    }

    // The chats' marker is the workspace's (issue #14, item 13): a workspace whose first chat import ran in
    // Bokmål keeps "[fjernet]" when the next import runs in English, and the other way round.
    void chatMarkerIsTheWorkspaces()
    {
        for (const auto &[first, marker, other] :
            { std::tuple { u"nb"_s, u"[fjernet]"_s, u"en"_s }, std::tuple { u"en"_s, u"[removed]"_s, u"nb"_s } }) {
            const QString db = m_dir.filePath(u"marker-%1.kapsel"_s.arg(first));
            QCOMPARE(
                cli({ u"--db"_s, db, u"--lang"_s, first, u"import"_s, TestSupport::testData(u"chats/generic.json"_s) })
                    .code,
                0);
            QCOMPARE(cli({ u"--db"_s, db, u"--lang"_s, other, u"import"_s,
                             TestSupport::testData(u"chats/transcript.csv"_s) })
                         .code,
                0);
            const Run r = cli({ u"--db"_s, db, u"chats"_s });
            QCOMPARE(r.code, 0);
            const QString wrong = marker == u"[fjernet]"_s ? u"[removed]"_s : u"[fjernet]"_s;
            QVERIFY2(r.out.contains(u"er "_s + marker) && r.out.contains(u"fnr er "_s + marker), qPrintable(r.out));
            QVERIFY2(!r.out.contains(wrong), qPrintable(r.out));
        }
    }

    void emptyAndGarbageFilesAreRefused()
    {
        const QString db = m_dir.filePath(u"g.kapsel"_s);
        const QString empty = m_dir.filePath(u"empty.csv"_s);
        QFile(empty).open(QIODevice::WriteOnly);
        Run r = cli({ u"--db"_s, db, u"import"_s, empty });
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(u"empty.csv: the file is empty"_s));
        QVERIFY(!QFileInfo::exists(db)); // a refused file creates no workspace
        QVERIFY(!cli({ u"--db"_s, db, u"workspace"_s, u"init"_s }).code);
        r = cli({ u"--db"_s, db, u"history"_s });
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.trimmed(), u"No imports yet."_s);
    }

    void demoRefusesAnExistingFile()
    {
        const QString db = m_dir.filePath(u"exists.kapsel"_s);
        QFile f(db);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("keep me");
        f.close();
        const Run r = cli({ u"--db"_s, db, u"demo"_s });
        QCOMPARE(r.code, 1);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("keep me"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
