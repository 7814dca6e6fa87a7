// SPDX-License-Identifier: GPL-3.0-or-later
// kapsel-cli on a team workspace prints what it prints on a file: the same files imported in the same order
// into a SQLite workspace and into the test server's PostgreSQL workspace, then every reading command run on
// both, outputs compared line by line. Only the import times (when each import ran) may differ.
#include "pgtestsupport.h"
#include "testsupport.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

// Real exports written by other tools (../shared/data) and the project's own fixtures (tests/data), one of each
// kind the CLI reads.
QStringList inputs()
{
    QStringList files;
    for (const char *shared : { "matomo-api-samples/test_csvExport__Live.getLastVisitsDetails_day.csv",
             "ua-csv-export-dgapitts/test_load_version.csv", "har-pagexray/aftonbladet.se.har",
             "edps-website-evidence-collector/inspection.json" })
        if (TestSupport::haveSharedData(QString::fromLatin1(shared)))
            files << TestSupport::sharedData(QString::fromLatin1(shared));
    for (const char *own : { "visitors/ga4_events_20240320.ndjson", "visitors/generic-sessions.csv",
             "visitors/matomo_live.tsv", "visitors/imported_visitors_20210101_20210103.csv",
             "visitors/matomo_visitfrequency_weeks.xml", "cookies/declaration.csv", "cookies/ocd-sample.csv",
             "cookies/page.har", "cookies/cookies.sqlite", "chats/transcript.csv", "chats/boostai.json",
             "chats/transcript.txt", "chats/generic.json" })
        files << TestSupport::testData(QString::fromLatin1(own));
    return files;
}

QList<QStringList> readingCommands()
{
    return {
        { u"history"_s },
        { u"time-zone"_s },
        { u"visitors"_s, u"--by"_s, u"day"_s, u"--format"_s, u"csv"_s },
        { u"visitors"_s, u"--by"_s, u"month"_s, u"--format"_s, u"json"_s },
        { u"visitors"_s, u"--by"_s, u"week"_s },
        { u"durations"_s },
        { u"cookies"_s },
        { u"cookies"_s, u"--format"_s, u"csv"_s },
        { u"cookies"_s, u"--format"_s, u"md"_s, u"--lang"_s, u"nb"_s },
        { u"policy-check"_s, TestSupport::sharedData(u"company-cookie-page/cookies-and-privacy.txt"_s) },
        { u"chats"_s },
        { u"chats"_s, u"--format"_s, u"json"_s },
        { u"chats"_s, u"--search"_s, u"bestilling"_s },
    };
}

// What may differ between two runs: when each import ran.
QString withoutImportTimes(const QString &out)
{
    static const QRegularExpression when(u"^(#\\d+) .*? by "_s, QRegularExpression::MultilineOption);
    return QString(out).replace(when, u"\\1 (time) by "_s);
}

TestSupport::CliRun cli(const QString &db, QStringList args, const QString &home)
{
    args.prepend(db);
    args.prepend(u"--db"_s);
    args.prepend(u"en"_s);
    args.prepend(u"--lang"_s);
    return TestSupport::runCli(args, home);
}

} // namespace

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
            QVERIFY2(onFile.code == 0, qPrintable(command.join(u' ') + u"\n"_s + onFile.errText()));
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
