// SPDX-License-Identifier: GPL-3.0-or-later
// A team workspace on a real, throwaway PostgreSQL server, as its users meet it: the owner grants areas to
// roles and the server holds them to it (each role logs in as itself, never as a superuser, which would bypass
// grants and row-level security); another program's import reaches an open window through LISTEN/NOTIFY; two
// importers at once lose nothing.
#include "pgtestsupport.h"
#include "testsupport.h"

#include "chats/chatarchive.h"
#include "core/language.h"
#include "visitors/visitorqueries.h"
#include "visitors/visitorstore.h"
#include "workspace/importremoval.h"
#include "workspace/importservice.h"
#include "workspace/reportarchive.h"
#include "workspace/workspace.h"
#include "workspace/workspacewatcher.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QUrl>
#include <QUrlQuery>

#include <set>

using namespace Qt::StringLiterals;

namespace {

const QString kOwnerPw = u"owner-Pa55"_s;
const QString kMarketingPw = u"marketing-Pa55"_s;
const QString kOfficerPw = u"officer-Pa55"_s;

std::shared_ptr<Workspace> openAs(const QString &role, const QString &password)
{
    auto ws = Workspace::open(postgresUriFor(role, password));
    if (!ws)
        qFatal("%s cannot open the workspace: %s", qPrintable(role), qPrintable(ws.error().toString()));
    return *ws;
}

// n sessions, keys from `first`, on days of March 2024 (day = key % 5 + 1), local time.
QByteArray sessions(int first, int n)
{
    QByteArray out = "visitor_id,session_id,started_at,duration_s,visit_number\n";
    for (int k = first; k < first + n; ++k)
        out += "v" + QByteArray::number(k) + ",s" + QByteArray::number(k) + ",2024-03-0" + QByteArray::number(k % 5 + 1)
            + " 10:00:00," + QByteArray::number(k % 600) + "," + QByteArray::number(1 + k % 2) + "\n";
    return out;
}

qint64 storedVisits(Workspace &ws)
{
    const qint64 from = QDate(2024, 3, 1).toJulianDay(), to = QDate(2024, 3, 31).toJulianDay();
    auto rows = ws.visitors().dailyRollups(from, to, {});
    qint64 n = 0;
    if (rows)
        for (const DailyRollup &r : *rows)
            n += r.visits;
    return n;
}

} // namespace

class TestPgWorkspace : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<PgTestDatabase> m_admin; // the superuser the test server starts with: sets up roles only

    QString file(const QString &name, const QByteArray &content)
    {
        return TestSupport::writeFile(m_dir.filePath(name), content);
    }

private slots:
    void initTestCase()
    {
        Language::apply(u"en"_s);
        if (!havePostgresServer())
            QSKIP(noPostgresServer());
        m_admin = std::make_unique<PgTestDatabase>();
        PgConnection &c = m_admin->connection();
        const QByteArray db = c.quoteIdentifier(c.database());
        // The owner is an ordinary role that may create roles and schemas, as a company's DBA would set it up.
        QVERIFY(!c.run("CREATE ROLE kapsel_owner LOGIN CREATEROLE PASSWORD '" + kOwnerPw.toUtf8() + "'"));
        QVERIFY(!c.run("GRANT CREATE ON DATABASE " + db + " TO kapsel_owner"));
        QVERIFY(!c.run("CREATE ROLE marketing LOGIN PASSWORD '" + kMarketingPw.toUtf8() + "'"));
        QVERIFY(!c.run("CREATE ROLE officer LOGIN PASSWORD '" + kOfficerPw.toUtf8() + "'"));
    }

    void init()
    {
        // A workspace the owner creates afresh.
        QVERIFY(!m_admin->connection().run("DROP SCHEMA IF EXISTS kapsel CASCADE"));
    }

    void eachRoleSeesOnlyWhatItWasGranted()
    {
        auto owner = openAs(u"kapsel_owner"_s, kOwnerPw);
        QVERIFY(owner->access());
        QVERIFY(!owner->access()->grant(u"marketing"_s, ImportKind::Visitors, true));
        QVERIFY(!owner->access()->grant(u"officer"_s, ImportKind::Chats, true));
        QVERIFY(!owner->access()->grant(u"officer"_s, ImportKind::Visitors, false));
        auto grants = owner->access()->list();
        QVERIFY(grants);
        std::set<std::tuple<QString, int, bool>> got;
        for (const AccessGrant &g : *grants)
            got.insert({ g.role, int(g.area), g.write });
        const std::set<std::tuple<QString, int, bool>> want = { { u"marketing"_s, int(ImportKind::Visitors), true },
            { u"officer"_s, int(ImportKind::Chats), true }, { u"officer"_s, int(ImportKind::Visitors), false } };
        QVERIFY(got == want);
        QCOMPARE(*owner->access()->owner(), u"kapsel_owner"_s);

        auto marketing = openAs(u"marketing"_s, kMarketingPw);
        auto officer = openAs(u"officer"_s, kOfficerPw);
        QCOMPARE(marketing->rightTo(ImportKind::Visitors), AreaRight::Write);
        QCOMPARE(marketing->rightTo(ImportKind::Cookies), AreaRight::None);
        QCOMPARE(marketing->rightTo(ImportKind::Chats), AreaRight::None);
        QCOMPARE(officer->rightTo(ImportKind::Visitors), AreaRight::Read);
        QCOMPARE(officer->rightTo(ImportKind::Chats), AreaRight::Write);

        // Marketing imports visits; officer imports a chat transcript.
        auto visits = ImportService::importFile(marketing->location(), file(u"visits.csv"_s, sessions(0, 40)));
        QVERIFY2(visits, qPrintable(visits ? QString() : visits.error().toString()));
        auto chats = ImportService::importFile(officer->location(), TestSupport::testData(u"chats/transcript.csv"_s));
        QVERIFY2(chats, qPrintable(chats ? QString() : chats.error().toString()));
        const qint64 conversations = officer->chats().counts().conversations;
        QVERIFY(conversations > 0);

        // Neither may write where it may not, and a refusal stores nothing.
        auto refusedChat
            = ImportService::importFile(marketing->location(), TestSupport::testData(u"chats/boostai.json"_s));
        QVERIFY(!refusedChat);
        QVERIFY2(refusedChat.error().reason.contains(u"no access"_s), qPrintable(refusedChat.error().reason));
        auto refusedVisits = ImportService::importFile(officer->location(), file(u"more.csv"_s, sessions(100, 10)));
        QVERIFY(!refusedVisits);
        QVERIFY2(refusedVisits.error().reason.contains(u"no access"_s), qPrintable(refusedVisits.error().reason));
        QCOMPARE(owner->history().size(), 2);
        QCOMPARE(officer->chats().counts().conversations, conversations);
        QCOMPARE(storedVisits(*owner), 40);

        // The history shows each role the imports of the areas it may read.
        QCOMPARE(marketing->history().size(), 1);
        QCOMPARE(marketing->history().first().kind, u"visitors"_s);
        QCOMPARE(officer->history().size(), 2);
        // The officer reads the visitors' figures; the privacy officer reads the chat audit log.
        QCOMPARE(storedVisits(*officer), 40);
        QVERIFY(!officer->chats().auditLog().isEmpty());

        // With psql's eyes: the server itself refuses the chat tables to marketing.
        auto raw = PgConnection::open(postgresUriFor(u"marketing"_s, kMarketingPw));
        QVERIFY(raw);
        for (const char *table :
            { "kapsel.chat_messages", "kapsel.chat_conversations", "kapsel.chat_audit", "kapsel.cookie_inventory" }) {
            auto r = (*raw)->exec("SELECT count(*) FROM " + QByteArray(table));
            QVERIFY2(!r, table);
            QCOMPARE((*raw)->lastSqlState(), QByteArray("42501"));
        }
        auto imports = (*raw)->exec("SELECT kind FROM kapsel.imports");
        QVERIFY(imports);
        QCOMPARE(imports->rows(), 1);
        QCOMPARE(imports->text(0, 0), u"visitors"_s);

        // Only the owner changes access; a revoke takes the area away.
        QVERIFY(marketing->access()->grant(u"marketing"_s, ImportKind::Chats, false));
        QVERIFY(!owner->access()->revoke(u"officer"_s, ImportKind::Visitors));
        auto officerAgain = openAs(u"officer"_s, kOfficerPw);
        QCOMPARE(officerAgain->rightTo(ImportKind::Visitors), AreaRight::None);
        QCOMPARE(officerAgain->rightTo(ImportKind::Chats), AreaRight::Write);

        // From the command line, a grant of read only (which takes away a write right the role does not have)
        // says what it did and nothing else: the server's notice about it stays out of the terminal.
        const auto cli = TestSupport::runCli({ u"--lang"_s, u"en"_s, u"--db"_s, owner->location(), u"access"_s,
                                                 u"grant"_s, u"marketing"_s, u"cookies"_s },
            m_dir.path());
        QCOMPARE(cli.code, 0);
        QCOMPARE(cli.outText(), u"marketing may now read cookies.\n"_s);
        QCOMPARE(cli.errText(), QString());
        QCOMPARE(openAs(u"marketing"_s, kMarketingPw)->rightTo(ImportKind::Cookies), AreaRight::Read);
    }

    void anotherProgramsImportReachesAnOpenWindow()
    {
        auto owner = openAs(u"kapsel_owner"_s, kOwnerPw);
        WorkspaceWatcher *watcher = WorkspaceWatcher::watch(owner->location(), this);
        QVERIFY(watcher);
        QSignalSpy heard(watcher, &WorkspaceWatcher::changed);
        const QString csv = file(u"from-elsewhere.csv"_s, sessions(0, 25));
        const auto run = TestSupport::runCli({ u"--db"_s, owner->location(), u"import"_s, csv }, m_dir.path());
        QVERIFY2(run.code == 0, qPrintable(run.errText()));
        QVERIFY(heard.count() > 0 || heard.wait(10000));
        const auto change = heard.first().first().value<WorkspaceChange>();
        QCOMPARE(change.kind, u"visitors"_s);
        QCOMPARE(change.fileName, u"from-elsewhere.csv"_s);
        QCOMPARE(change.rows, 25);
        QCOMPARE(change.user, ImportService::osUser());
        delete watcher;
    }

    void twoImportersAtOnceLoseNothing()
    {
        auto owner = openAs(u"kapsel_owner"_s, kOwnerPw);
        // 3,000 sessions each, 1,000 of them in both files.
        const QString a = file(u"a.csv"_s, sessions(0, 3000));
        const QString b = file(u"b.csv"_s, sessions(2000, 3000));
        QProcess p1, p2;
        for (auto [p, f] : { std::pair { &p1, a }, std::pair { &p2, b } })
            p->start(QStringLiteral(KAPSEL_CLI_PATH), { u"--db"_s, owner->location(), u"import"_s, f });
        QVERIFY(p1.waitForFinished(120000));
        QVERIFY(p2.waitForFinished(120000));
        const int ok = (p1.exitCode() == 0) + (p2.exitCode() == 0);
        // Both succeed, or one is told the workspace is busy; nothing else.
        for (QProcess *p : { &p1, &p2 })
            if (p->exitCode() != 0)
                QVERIFY2(QString::fromUtf8(p->readAllStandardError()).contains(u"busy"_s), "a failure other than busy");
        QVERIFY(ok >= 1);
        QCOMPARE(owner->history().size(), ok);
        QCOMPARE(storedVisits(*owner), ok == 2 ? 5000 : 3000);
    }

    // A removal and an import at once, in two processes (issue #14): the removal takes the lock imports of
    // sessions take, so whichever comes second sees what the first did. The import of b.csv, which overlaps a.csv
    // by 1,000 sessions, either runs after the removal and stores all its 3,000, or runs before it, leaves out the
    // 1,000 as a.csv's, and the removal is then refused (they are b.csv's too). Either way the rollups count every
    // session of the files still in the history exactly once; without the lock the import could leave out a.csv's
    // sessions while they were being removed.
    void aRemovalAndAnImportAtOnceLoseNothing()
    {
        auto owner = openAs(u"kapsel_owner"_s, kOwnerPw);
        const QString a = file(u"removed-a.csv"_s, sessions(0, 3000));
        const QString b = file(u"racing-b.csv"_s, sessions(2000, 3000));
        QVERIFY(ImportService::importFile(owner->location(), a));
        const qint64 importA = owner->history().first().importId;
        for (int round = 0; round < 2; ++round) {
            QProcess removal, import;
            // Round 0 starts the removal first, round 1 the import.
            auto startRemoval = [&] {
                removal.start(QStringLiteral(KAPSEL_CLI_PATH),
                    { u"--db"_s, owner->location(), u"history"_s, u"remove"_s, QString::number(importA) });
            };
            auto startImport = [&] {
                import.start(QStringLiteral(KAPSEL_CLI_PATH), { u"--db"_s, owner->location(), u"import"_s, b });
            };
            if (round == 0) {
                startRemoval();
                startImport();
            } else {
                startImport();
                startRemoval();
            }
            QVERIFY(removal.waitForFinished(120000));
            QVERIFY(import.waitForFinished(120000));
            const QString removalErr = QString::fromUtf8(removal.readAllStandardError());
            QVERIFY2(import.exitCode() == 0, import.readAllStandardError().constData());
            std::set<int> keys;
            for (const ImportReport &r : owner->history())
                for (int k = r.fileName == u"removed-a.csv"_s ? 0 : 2000, n = 0; n < 3000; ++n)
                    keys.insert(k + n);
            const bool aStays = owner->history().size() == 2;
            if (aStays)
                QVERIFY2(removal.exitCode() == 1 && removalErr.contains(u"racing-b.csv"_s), qPrintable(removalErr));
            else
                QVERIFY2(removal.exitCode() == 0, qPrintable(removalErr));
            QCOMPARE(storedVisits(*owner), qint64(keys.size()));
            QCOMPARE(storedVisits(*owner), aStays ? 5000 : 3000);
            if (!aStays)
                return; // a.csv is gone: nothing left to race
            // The refused removal left both; take b.csv out and race again.
            QVERIFY(ImportRemoval::remove(*owner, owner->history().first().importId, u"test"_s));
            QCOMPARE(storedVisits(*owner), 3000);
        }
    }

    // A change that cannot get its lock waits a bounded time (here shortened to 1 s with KAPSEL_PG_LOCK_WAIT),
    // then is refused with "busy" and leaves the workspace as it was; once the lock is free it goes through.
    // Held here by another session, as a running import of sessions or of chats would hold it.
    void aChangeWaitsABoundedTimeThenSaysBusy()
    {
        qputenv("KAPSEL_PG_LOCK_WAIT", "1");
        auto unset = qScopeGuard([] { qunsetenv("KAPSEL_PG_LOCK_WAIT"); });
        auto owner = openAs(u"kapsel_owner"_s, kOwnerPw);
        auto holder = PgTestDatabase::connect();
        const QString visits = file(u"busy.csv"_s, sessions(0, 50));

        // The lock that imports of sessions take turns on.
        QVERIFY(!holder->run("BEGIN"));
        QVERIFY(!holder->run("SELECT pg_advisory_xact_lock(7419230082)"));
        auto refused = ImportService::importFile(owner->location(), visits);
        QVERIFY(!refused);
        QVERIFY2(refused.error().reason.contains(u"busy"_s), qPrintable(refused.error().toString()));
        QCOMPARE(owner->history().size(), size_t(0));
        QCOMPARE(storedVisits(*owner), 0);
        QVERIFY(!holder->run("ROLLBACK"));
        QVERIFY(ImportService::importFile(owner->location(), visits));
        QCOMPARE(storedVisits(*owner), 50);

        // The chat tables, as an import of chats holds them: a purge waits, then says busy, and deletes nothing.
        QVERIFY(ImportService::importFile(owner->location(), TestSupport::testData(u"chats/transcript.csv"_s)));
        const qint64 conversations = owner->chats().counts().conversations;
        QVERIFY(conversations > 0);
        QVERIFY(!owner->chats().setRetentionDays(1));
        QVERIFY(!holder->run("BEGIN"));
        QVERIFY(!holder->run("LOCK TABLE kapsel.chat_messages IN ROW EXCLUSIVE MODE"));
        auto purge = owner->chats().purgeExpired();
        QVERIFY(!purge);
        QVERIFY2(purge.error().reason.contains(u"busy"_s), qPrintable(purge.error().toString()));
        QCOMPARE(owner->chats().counts().conversations, conversations);
        QVERIFY(!holder->run("ROLLBACK"));
        auto purged = owner->chats().purgeExpired();
        QVERIFY2(purged, purged ? "" : qPrintable(purged.error().toString()));
        QCOMPARE(*purged, conversations); // the transcript is years old
        QCOMPARE(owner->chats().counts().conversations, qint64(0));
    }

    // Deleted rows stay in a table's files until it is rewritten, which only its owner may do. A member's purge
    // leaves the chat tables marked; the owner's next opening of the workspace rewrites them (a new file) and
    // clears the mark. The owner's own purge rewrites them at once.
    // The compliance report's record is kept in the workspace: a member who may only read is told so before a file
    // is written (no report exists that the workspace does not know of); a member who may write gets both.
    void aReportIsRefusedBeforeItsFileWhereItCannotBeKept()
    {
        // Roles of their own: the other cases' grants stay with the roles they made.
        PgConnection &admin = m_admin->connection();
        QVERIFY(!admin.run("CREATE ROLE report_reader LOGIN PASSWORD '" + kMarketingPw.toUtf8() + "'"));
        QVERIFY(!admin.run("CREATE ROLE report_writer LOGIN PASSWORD '" + kOfficerPw.toUtf8() + "'"));
        auto owner = openAs(u"kapsel_owner"_s, kOwnerPw);
        QVERIFY(owner->access());
        QVERIFY(!owner->access()->grant(u"report_reader"_s, ImportKind::Visitors, false));
        QVERIFY(!owner->access()->grant(u"report_writer"_s, ImportKind::Visitors, true));
        QVERIFY(ImportService::importFile(owner->location(), file(u"visits.csv"_s, sessions(0, 40))));
        const QStringList report { u"report"_s, u"--lang"_s, u"en"_s, u"--from"_s, u"2024-01-01"_s, u"--to"_s,
            u"2024-12-31"_s };

        const QString refused = m_dir.filePath(u"marketing.pdf"_s);
        auto run = TestSupport::runCli(
            QStringList { u"--lang"_s, u"en"_s, u"--db"_s, postgresUriFor(u"report_reader"_s, kMarketingPw) } + report
                + QStringList { u"--output"_s, refused },
            m_dir.path());
        QCOMPARE(run.code, 1);
        QVERIFY(!QFile::exists(refused));
        QVERIFY2(
            run.errText().contains(u"the report was not written: you have no access"_s), qPrintable(run.errText()));
        auto kept = owner->reports().list();
        QVERIFY(kept);
        QVERIFY(kept->isEmpty());

        const QString made = m_dir.filePath(u"officer.md"_s);
        run = TestSupport::runCli(
            QStringList { u"--lang"_s, u"en"_s, u"--db"_s, postgresUriFor(u"report_writer"_s, kOfficerPw) } + report
                + QStringList { u"--output"_s, made },
            m_dir.path());
        QVERIFY2(run.code == 0, qPrintable(run.errText()));
        QFile md(made);
        QVERIFY(md.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(md.readAll());
        // The writer may not read cookies or chats: the report says so, and holds the visitors it may read.
        QVERIFY2(text.contains(u"This report is incomplete: its maker has no access to these parts of the team "
                               "workspace: Cookies and similar technologies, Policy text, Chat privacy."_s),
            qPrintable(text.left(2000)));
        QCOMPARE(text.count(u"Left out: whoever made this report has no access"_s), 3);
        QVERIFY(text.contains(u"Visits without attribution per source and month"_s));
        kept = owner->reports().list();
        QVERIFY(kept);
        QCOMPARE(kept->size(), 1);
        QCOMPARE(kept->first().fileName, QFileInfo(made).absoluteFilePath());
    }

    void chatTextAMemberPurgedIsCompactedByTheOwner()
    {
        auto owner = openAs(u"kapsel_owner"_s, kOwnerPw);
        QVERIFY(owner->access());
        QVERIFY(!owner->access()->grant(u"officer"_s, ImportKind::Chats, true));
        const QString transcript = TestSupport::testData(u"chats/transcript.csv"_s);
        QVERIFY(ImportService::importFile(owner->location(), transcript));
        auto fileOf = [&] {
            auto r = m_admin->connection().exec("SELECT pg_relation_filenode('kapsel.chat_messages')");
            return r ? r->integer(0, 0) : -1;
        };
        auto marked = [&] {
            auto r
                = m_admin->connection().exec("SELECT count(*) FROM kapsel.meta WHERE key = 'chats.compaction_pending'");
            return r && r->integer(0, 0) == 1;
        };
        const qint64 before = fileOf();
        {
            auto officer = openAs(u"officer"_s, kOfficerPw);
            QVERIFY(!officer->chats().setRetentionDays(1));
            auto purged = officer->chats().purgeExpired();
            QVERIFY2(purged, purged ? "" : qPrintable(purged.error().toString()));
            QVERIFY(*purged > 0);
        }
        QCOMPARE(fileOf(), before); // the member could not rewrite the table
        QVERIFY(marked());
        openAs(u"officer"_s, kOfficerPw); // nor can a member's opening
        QCOMPARE(fileOf(), before);
        openAs(u"kapsel_owner"_s, kOwnerPw);
        QVERIFY(fileOf() != before);
        QVERIFY(!marked());

        // The owner's own purge (here the one every import of chats runs, the conversations being old)
        // compacts at once and leaves no mark.
        const qint64 again = fileOf();
        auto imported = ImportService::importFile(owner->location(), TestSupport::testData(u"chats/boostai.json"_s));
        QVERIFY(imported);
        QVERIFY2(imported->notes.join(u' ').contains(u"past the retention period deleted"_s),
            qPrintable(imported->notes.join(u' ')));
        QCOMPARE(owner->chats().counts().conversations, qint64(0));
        QVERIFY(fileOf() != again);
        QVERIFY(!marked());
    }
};

QTEST_GUILESS_MAIN(TestPgWorkspace)
#include "test_pgworkspace.moc"
