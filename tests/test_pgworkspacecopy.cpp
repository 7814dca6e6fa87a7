// SPDX-License-Identifier: GPL-3.0-or-later
// kapsel-cli workspace copy moves a real workspace both ways: the same files imported into a SQLite workspace,
// copied to the test server's PostgreSQL workspace and from there into a second file; every reading command
// prints the same on all three. A copy into a workspace that holds imports is refused and changes nothing; a
// copy the server refuses half-way (a role that may write visitors but not cookies) leaves the server's
// workspace as it was.
#include "clitestlists.h"
#include "pgtestsupport.h"
#include "testsupport.h"

#include "chats/chatarchive.h"
#include "cookies/cookieregister.h"
#include "workspace/workspace.h"
#include "workspace/workspaceaccess.h"

using namespace Qt::StringLiterals;

using CliTestLists::cli;
using CliTestLists::expectedCode;
using CliTestLists::inputs;
using CliTestLists::readingCommands;

namespace {

TestSupport::CliRun copy(const QString &source, const QString &target, const QString &home)
{
    return TestSupport::runCli({ u"--lang"_s, u"en"_s, u"workspace"_s, u"copy"_s, source, target }, home);
}

// The output of every reading command on `db`, one string per command.
QStringList readings(const QString &db, const QString &home)
{
    QStringList out;
    for (const QStringList &command : readingCommands()) {
        const auto r = cli(db, command, home);
        const bool ok = r.code == expectedCode(command);
        if (!ok)
            qWarning("%s on %s failed: %s", qPrintable(command.join(u' ')), qPrintable(db), qPrintable(r.errText()));
        out << (ok ? r.outText() : QString());
    }
    return out;
}

qint64 serverImports(PgConnection &conn)
{
    auto r = conn.exec("SELECT count(*) FROM imports");
    return r ? r->integer(0, 0) : -1;
}

} // namespace

class TestPgWorkspaceCopy : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        if (!havePostgresServer())
            QSKIP(noPostgresServer());
    }

    void copiesBothWaysWithTheSameOutput()
    {
        PgTestDatabase fresh;
        QTemporaryDir dir;
        const QString file = dir.filePath(u"source.kapsel"_s);
        const QString server = u"postgresql://"_s;
        const QString back = dir.filePath(u"back.kapsel"_s);
        const QStringList files = inputs();
        for (const QString &input : files) {
            const auto r = cli(file, { u"import"_s, input }, dir.path());
            QVERIFY2(r.code == 0, qPrintable(input + u"\n"_s + r.errText()));
        }
        // Something of each kind that belongs to no import.
        QCOMPARE(cli(file, { u"time-zone"_s, u"America/New_York"_s }, dir.path()).code, 0);
        // A chat import removed: the history has a gap, and the audit log names an import that is gone.
        const int removed = int(files.indexOf(TestSupport::testData(u"chats/boostai.json"_s))) + 1;
        QVERIFY(removed > 0);
        const auto gone = cli(file, { u"history"_s, u"remove"_s, QString::number(removed) }, dir.path());
        QVERIFY2(gone.code == 0, qPrintable(gone.errText()));
        // A compliance report handed in from the file.
        const QString handedIn = dir.filePath(u"handed-in.md"_s);
        const auto report = cli(file, { u"report"_s, u"--output"_s, handedIn }, dir.path());
        QVERIFY2(report.code == 0, qPrintable(report.errText()));

        const auto there = copy(file, server, dir.path());
        QVERIFY2(there.code == 0, qPrintable(there.errText()));
        const int kept = int(files.size()) - 1;
        QVERIFY2(there.outText().contains(u"Copied %1 imports"_s.arg(kept)), qPrintable(there.outText()));
        QVERIFY2(there.outText().contains(u"1 records of compliance reports"_s), qPrintable(there.outText()));
        // A progress line per import on stderr, the last one complete.
        QVERIFY2(there.errText().contains(u"imports %1/%1, rows "_s.arg(kept)), qPrintable(there.errText()));
        QCOMPARE(serverImports(fresh.connection()), qint64(kept));

        const auto home = copy(server, back, dir.path());
        QVERIFY2(home.code == 0, qPrintable(home.errText()));

        const QStringList onFile = readings(file, dir.path());
        const QStringList onServer = readings(server, dir.path());
        const QStringList onBack = readings(back, dir.path());
        QCOMPARE(onFile.size(), int(readingCommands().size()));
        for (int i = 0; i < onFile.size(); ++i) {
            const QString command = readingCommands().at(i).join(u' ');
            QVERIFY2(onFile.at(i).contains(u'\n'), qPrintable(command + u" printed nothing"_s));
            // Times are copied too: not even the import times differ.
            QVERIFY2(onServer.at(i) == onFile.at(i),
                qPrintable(command + u"\nfile:\n"_s + onFile.at(i) + u"\nserver:\n"_s + onServer.at(i)));
            QVERIFY2(onBack.at(i) == onFile.at(i),
                qPrintable(command + u"\nfile:\n"_s + onFile.at(i) + u"\ncopy back:\n"_s + onBack.at(i)));
        }
        QVERIFY(onFile.first().contains(u"#%1 "_s.arg(files.size())));
        QVERIFY(!onFile.first().contains(u"#%1 "_s.arg(removed)));
        QVERIFY(onFile.at(1).contains(u"America/New_York"_s));
        // Imports keep their numbers: the audit log, and the records of the reports made, read the same in all
        // three, and the report handed in verifies against each.
        for (const QStringList &command : { QStringList { u"chats"_s, u"audit"_s, u"--format"_s, u"csv"_s },
                 QStringList { u"report"_s, u"--list"_s, u"--format"_s, u"csv"_s } }) {
            const auto a = cli(file, command, dir.path()), b = cli(server, command, dir.path()),
                       c = cli(back, command, dir.path());
            QVERIFY2(a.code == 0 && a.outText().count(u'\n') > 1, qPrintable(a.errText()));
            QCOMPARE(b.outText(), a.outText());
            QCOMPARE(c.outText(), a.outText());
        }
        QVERIFY(cli(file, { u"chats"_s, u"audit"_s, u"--format"_s, u"csv"_s }, dir.path())
                    .outText()
                    .contains(u",%1,"_s.arg(removed)));
        for (const QString &db : { server, back })
            QCOMPARE(cli(db, { u"report"_s, u"--verify"_s, handedIn }, dir.path()).code, 0);
        // The next import on the copy is numbered after the copied ones.
        QVERIFY(cli(server, { u"import"_s, TestSupport::testData(u"chats/boostai.json"_s) }, dir.path()).code == 0);
        QVERIFY(cli(server, { u"history"_s }, dir.path()).outText().contains(u"#%1 "_s.arg(files.size() + 1)));

        // The chat audit log came along (one entry per chat import) and the duplicate check still holds on the
        // copy: the same file is refused there as on the source.
        auto copied = Workspace::open(back);
        QVERIFY(copied);
        QCOMPARE((*copied)->chats().auditLog().size(), 5); // and the removal's
        const auto again = cli(back, { u"import"_s, files.first() }, dir.path());
        QCOMPARE(again.code, 1);
        QVERIFY2(again.errText().contains(u"already"_s), qPrintable(again.errText()));
    }

    // GA4 sessions across midnight come in two files: the second import merges its parts with the first's. The
    // copy replays the merged session once, not the part it replaced, so the figures stay the same both ways.
    void sessionsMergedAcrossImportsStayMerged()
    {
        PgTestDatabase fresh;
        QTemporaryDir dir;
        const QString file = dir.filePath(u"source.kapsel"_s);
        const QString back = dir.filePath(u"back.kapsel"_s);
        QString said;
        for (const char *day :
            { "visitors/ga4_midnight_events_20240301.ndjson", "visitors/ga4_midnight_events_20240302.ndjson" }) {
            const auto r = cli(file, { u"import"_s, TestSupport::testData(QString::fromLatin1(day)) }, dir.path());
            QCOMPARE(r.code, 0);
            said = r.outText();
        }
        QVERIFY2(said.contains(u"1 session continued a session stored by an earlier file"_s), qPrintable(said));
        QCOMPARE(copy(file, u"postgresql://"_s, dir.path()).code, 0);
        QCOMPARE(copy(u"postgresql://"_s, back, dir.path()).code, 0);
        for (const QStringList &command :
            QList<QStringList> { { u"visitors"_s, u"--by"_s, u"day"_s }, { u"durations"_s }, { u"history"_s } }) {
            const QString onFile = cli(file, command, dir.path()).outText();
            QVERIFY(onFile.contains(u'\n'));
            QCOMPARE(cli(u"postgresql://"_s, command, dir.path()).outText(), onFile);
            QCOMPARE(cli(back, command, dir.path()).outText(), onFile);
        }
    }

    // The declaration as the privacy officer left it: a declared row edited, one added by hand, one removed.
    void declaredCookiesArriveWithTheirEdits()
    {
        PgTestDatabase fresh;
        QTemporaryDir dir;
        const QString file = dir.filePath(u"source.kapsel"_s);
        QCOMPARE(cli(file, { u"import"_s, TestSupport::testData(u"cookies/declaration.csv"_s) }, dir.path()).code, 0);
        std::vector<DeclaredCookie> want;
        {
            auto source = Workspace::open(file);
            QVERIFY(source);
            CookieRegister &cookies = (*source)->cookies();
            auto declared = cookies.declared();
            QVERIFY(declared && declared->size() >= 3);
            DeclaredCookie edited = declared->at(0);
            edited.purposeEn = u"Edited by hand"_s;
            edited.suggested = false;
            QVERIFY(!cookies.updateDeclared(edited));
            QVERIFY(!cookies.removeDeclared(declared->at(1).id));
            DeclaredCookie added;
            added.name = u"by_hand"_s;
            added.domain = u"example.no"_s;
            added.category = u"necessary"_s;
            added.purposeNb = u"Lagt til for hånd"_s;
            QVERIFY(cookies.addDeclared(added));
            auto now = cookies.declared();
            QVERIFY(now);
            want = *now;
        }
        QCOMPARE(copy(file, u"postgresql://"_s, dir.path()).code, 0);
        auto server = Workspace::open(u"postgresql://"_s);
        QVERIFY(server);
        auto got = (*server)->cookies().declared();
        QVERIFY(got);
        QCOMPARE(got->size(), want.size());
        for (size_t i = 0; i < want.size(); ++i) {
            const DeclaredCookie &a = (*got)[i], &b = want[i];
            QCOMPARE(a.name, b.name);
            QCOMPARE(a.domain, b.domain);
            QCOMPARE(a.path, b.path);
            QCOMPARE(a.category, b.category);
            QCOMPARE(a.purposeNb, b.purposeNb);
            QCOMPARE(a.purposeEn, b.purposeEn);
            QCOMPARE(a.supplier, b.supplier);
            QCOMPARE(a.retention, b.retention);
            QCOMPARE(a.party, b.party);
            QCOMPARE(a.suggested, b.suggested);
        }
    }

    void refusesATargetWithImports()
    {
        PgTestDatabase fresh;
        QTemporaryDir dir;
        const QString source = dir.filePath(u"source.kapsel"_s);
        const QString target = dir.filePath(u"target.kapsel"_s);
        QCOMPARE(cli(source, { u"import"_s, TestSupport::testData(u"chats/transcript.csv"_s) }, dir.path()).code, 0);
        QCOMPARE(cli(target, { u"import"_s, TestSupport::testData(u"cookies/page.har"_s) }, dir.path()).code, 0);
        const QString before = cli(target, { u"history"_s }, dir.path()).outText();

        for (const QString &into : { target, u"postgresql://"_s }) {
            if (into != target)
                QCOMPARE(cli(into, { u"import"_s, TestSupport::testData(u"cookies/page.har"_s) }, dir.path()).code, 0);
            const auto r = copy(source, into, dir.path());
            QCOMPARE(r.code, 1);
            QVERIFY2(r.errText().contains(u"not empty (1 import)"_s), qPrintable(r.errText()));
            QVERIFY(r.outText().isEmpty());
        }
        QCOMPARE(cli(target, { u"history"_s }, dir.path()).outText(), before);
        QCOMPARE(serverImports(fresh.connection()), qint64(1));

        const auto missing = copy(dir.filePath(u"nothing.kapsel"_s), dir.filePath(u"new.kapsel"_s), dir.path());
        QCOMPARE(missing.code, 1);
        QVERIFY2(missing.errText().contains(u"nothing.kapsel: there is no workspace file here to copy"_s),
            qPrintable(missing.errText()));
    }

    void failureHalfWayLeavesTheTargetAsItWas()
    {
        PgTestDatabase fresh;
        PgConnection &su = fresh.connection();
        su.run("DROP ROLE IF EXISTS copier");
        QVERIFY(!su.run("CREATE ROLE copier LOGIN PASSWORD 'copier-pw'"));
        {
            auto owner = Workspace::open(u"postgresql://"_s);
            QVERIFY(owner);
            QVERIFY((*owner)->access());
            QVERIFY(!(*owner)->access()->grant(u"copier"_s, ImportKind::Visitors, true));
            QVERIFY(!(*owner)->access()->grant(u"copier"_s, ImportKind::Cookies, false));
            QVERIFY(!(*owner)->access()->grant(u"copier"_s, ImportKind::Chats, false));
        }
        QTemporaryDir dir;
        const QString file = dir.filePath(u"source.kapsel"_s);
        // Two visitor imports the role may write, then a cookie import it may not.
        for (const char *input : { "visitors/generic-sessions.csv", "visitors/matomo_live.tsv", "cookies/page.har" })
            QCOMPARE(cli(file, { u"import"_s, TestSupport::testData(QString::fromLatin1(input)) }, dir.path()).code, 0);

        const auto r = copy(file, postgresUriFor(u"copier"_s, u"copier-pw"_s), dir.path());
        QCOMPARE(r.code, 1);
        QVERIFY2(r.errText().contains(u"imports 2/3"_s), qPrintable(r.errText())); // it got that far
        QVERIFY2(r.errText().contains(u"kapsel-cli: page.har"_s), qPrintable(r.errText()));
        QCOMPARE(serverImports(su), qint64(0));
        auto sessions
            = su.exec("SELECT (SELECT count(*) FROM visitor_session_chunks) + (SELECT count(*) FROM visitor_daily)");
        QVERIFY(sessions);
        QCOMPARE(sessions->integer(0, 0), qint64(0));

        // Copying out of the server as a role that may not read the chats is refused, and the new file the copy
        // would have written is not left behind.
        {
            auto owner = Workspace::open(u"postgresql://"_s);
            QVERIFY(owner);
            QVERIFY(!(*owner)->access()->revoke(u"copier"_s, ImportKind::Chats));
        }
        const QString out = dir.filePath(u"out.kapsel"_s);
        const auto refused = copy(postgresUriFor(u"copier"_s, u"copier-pw"_s), out, dir.path());
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.errText().contains(u"you may not read the chat transcripts"_s), qPrintable(refused.errText()));
        QVERIFY(!QFileInfo::exists(out));
        QVERIFY(!QFileInfo::exists(out + u"-wal"_s));
        QVERIFY(!su.run("DROP OWNED BY copier"));
        QVERIFY(!su.run("DROP ROLE copier"));
    }
};

QTEST_GUILESS_MAIN(TestPgWorkspaceCopy)
#include "test_pgworkspacecopy.moc"
