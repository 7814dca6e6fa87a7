// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the CLI end-to-end tests across backends share (test_pgcli, test_pgworkspacecopy): the files imported,
// the reading commands compared, and what may differ between two runs.

#include "testsupport.h"

#include <QList>
#include <QRegularExpression>
#include <QStringList>

namespace CliTestLists {

using namespace Qt::StringLiterals;

// Real exports written by other tools (../shared/data) and the project's own fixtures (tests/data), one of each
// kind the CLI reads.
inline QStringList inputs()
{
    QStringList files;
    for (const char *shared : { "matomo-api-samples/test_csvExport__Live.getLastVisitsDetails_day.csv",
             "ua-csv-export-dgapitts/test_load_version.csv", "har-pagexray/aftonbladet.se.har",
             "edps-website-evidence-collector/inspection.json" })
        if (TestSupport::haveSharedData(QString::fromLatin1(shared)))
            files << TestSupport::sharedData(QString::fromLatin1(shared));
    for (const char *own :
        { "visitors/ga4_events_20240320.ndjson", "visitors/generic-sessions.csv", "visitors/matomo_live.tsv",
            "visitors/imported_visitors_20210101_20210103.csv", "visitors/matomo_visitfrequency_weeks.xml",
            "cookies/declaration.csv", "cookies/ocd-sample.csv", "cookies/page.har", "cookies/cookies.sqlite",
            "chats/transcript.csv", "chats/boostai.json", "chats/transcript.txt", "chats/generic.json" })
        files << TestSupport::testData(QString::fromLatin1(own));
    return files;
}

inline QList<QStringList> readingCommands()
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
        { u"chats"_s, u"--format"_s, u"table"_s, u"--limit"_s, u"20"_s },
        { u"settings"_s },
        { u"cookies"_s, u"--format"_s, u"json"_s },
    };
}

// The exit code a reading command has on the imported inputs: policy-check finds the company page's implied
// consent (3, findings); the others succeed.
inline int expectedCode(const QStringList &command)
{
    return command.value(0) == u"policy-check" ? 3 : 0;
}

// What may differ between two runs: when each import ran, and so the date of a scan that a file does not date
// (a cookies.sqlite is dated by its import: the `cookies` header's "the latest of DATE TIME (FILE)").
inline QString withoutImportTimes(const QString &out)
{
    static const QRegularExpression when(u"^(#\\d+) .*? by "_s, QRegularExpression::MultilineOption);
    static const QRegularExpression scanned(u"(the latest of ).*? \\("_s);
    return QString(out).replace(when, u"\\1 (time) by "_s).replace(scanned, u"\\1(time) ("_s);
}

// kapsel-cli in English on the workspace `db` (a path or a URI), with its settings under `home`.
inline TestSupport::CliRun cli(const QString &db, QStringList args, const QString &home)
{
    args.prepend(db);
    args.prepend(u"--db"_s);
    args.prepend(u"en"_s);
    args.prepend(u"--lang"_s);
    return TestSupport::runCli(args, home);
}

} // namespace CliTestLists
