// SPDX-License-Identifier: GPL-3.0-or-later
// kapsel-cli on a team workspace prints what it prints on a file: the same files imported in the same order
// into a SQLite workspace and into the test server's PostgreSQL workspace, then every reading command run on
// both, outputs compared line by line. Only the import times (when each import ran) may differ.
#include "clitestlists.h"
#include "pgtestsupport.h"
#include "testsupport.h"

using namespace Qt::StringLiterals;

using CliTestLists::cli;
using CliTestLists::expectedCode;
using CliTestLists::inputs;
using CliTestLists::readingCommands;
using CliTestLists::withoutImportTimes;

class TestPgCli : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        if (!havePostgresServer())
            QSKIP(noPostgresServer());
    }

    void sameOutputOnBothBackends()
    {
        PgTestDatabase fresh; // an empty workspace on the server
        QTemporaryDir dir;
        const QString file = dir.filePath(u"parity.kapsel"_s);
        const QString server = u"postgresql://"_s;
        for (const QString &db : { file, server }) {
            for (const QString &input : inputs()) {
                const auto r = cli(db, { u"import"_s, input }, dir.path());
                QVERIFY2(r.code == 0, qPrintable(db + u": "_s + input + u"\n"_s + r.errText()));
            }
        }
        int compared = 0;
        for (const QStringList &command : readingCommands()) {
            const auto onFile = cli(file, command, dir.path());
            const auto onServer = cli(server, command, dir.path());
            QCOMPARE(onServer.code, onFile.code);
            QVERIFY2(onFile.code == expectedCode(command), qPrintable(command.join(u' ') + u"\n"_s + onFile.errText()));
            const QStringList a = withoutImportTimes(onFile.outText()).split(u'\n');
            const QStringList b = withoutImportTimes(onServer.outText()).split(u'\n');
            for (int i = 0; i < std::min(a.size(), b.size()); ++i)
                if (a.at(i) != b.at(i))
                    QFAIL(qPrintable(u"%1, line %2:\n  file:   %3\n  server: %4"_s.arg(command.join(u' '))
                                         .arg(i + 1)
                                         .arg(a.at(i), b.at(i))));
            QCOMPARE(b.size(), a.size());
            QVERIFY2(a.size() > 1, qPrintable(command.join(u' ') + u" printed nothing"_s));
            ++compared;
        }
        QCOMPARE(compared, int(readingCommands().size()));
    }
};

QTEST_GUILESS_MAIN(TestPgCli)
#include "test_pgcli.moc"
