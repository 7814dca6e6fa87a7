// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cookies/cookiefindings.h"

#include "core/error.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>
#include <optional>

class Workspace;
class QCommandLineParser;

// Wiring for kapsel-cli commands. Exit codes: 0 success, 1 data or input error, 2 usage error, 3 success with
// findings (cookies findings; a scheduled run tells that something needs the officer's attention).
namespace Cli {

enum Exit { Ok = 0, DataError = 1, UsageError = 2, Findings = 3 };

struct Context
{
    QString dbPath; // --db, else the GUI's current workspace
    QString language; // "nb" | "en"
    QTextStream &out; // stdout (results)
    QTextStream &err; // stderr (progress, errors)

    // Whether a command may create the workspace file it is given: only commands that write (import, demo,
    // workspace init, setting the time zone) do; a command that only reads refuses a path where there is no
    // workspace, so a typo in --db is named instead of showing an empty new workspace.
    enum class Open { Existing, MayCreate };
    // Opens (and migrates) the workspace, printing an error on failure; says on stderr when it created one.
    std::shared_ptr<Workspace> openWorkspace(Open how = Open::Existing);
    // --db names a workspace file that does not exist (yet).
    bool isNewFile() const;
    // "created the new workspace FILE" on stderr.
    void sayCreated();
    // Prints "kapsel-cli: FILE[:LINE]: reason" and returns DataError.
    int fail(const Error &e);
    // Prints "kapsel-cli: message" plus a hint to --help and returns UsageError.
    int usage(const QString &message);
};

struct Command
{
    QString name;
    std::function<QString()> summary; // translated one-liner for the overview
    std::function<int(Context &, const QStringList &args)> run; // args[0] is the command name;
    // QCommandLineParser treats it as the program name, so positionalArguments() holds only the rest.
};

// Parses a command's arguments with --help; returns -1 to go on, else the exit code to return.
int parse(QCommandLineParser &parser, Context &ctx, const QStringList &args, const QString &description);

QList<Command> commands();

// The findings of a site's latest scan as `cookies findings` prints them (cli/cookiecommands.cpp), for `scan` too.
QString describeFindings(
    const std::vector<CookieFinding> &findings, const CookieSiteScope &scope, CookieText::Lang lang);

// --site: a site the workspace has scans of (a host or URL, compared by registrable domain); empty = the latest
// scan's site. Prints a usage error (exit code in `rc`) and returns nullopt for a site without scans.
std::optional<QString> chosenSite(Context &ctx, const CookieRegister &cookies, const QString &given, int *rc);
// cookies accept|declare|undeclare (cli/cookieeditcommands.cpp); args[0] is "cookies ACTION".
int runCookieEdit(Context &ctx, const QString &action, const QStringList &args);

// Each area registers its commands in its own file.
void addFoundationCommands(QList<Command> &list); // cli/foundationcommands.cpp: import, history, demo
void addVisitorCommands(QList<Command> &list); // cli/visitorcommands.cpp: visitors, durations
void addCookieCommands(QList<Command> &list); // cli/cookiecommands.cpp: cookies, policy-check
void addScanCommands(QList<Command> &list); // cli/scancommands.cpp: scan
void addChatCommands(QList<Command> &list); // cli/chatcommands.cpp: chats
void addRedactCommands(QList<Command> &list); // cli/redactcommands.cpp: redact
void addWorkspaceCommands(QList<Command> &list); // cli/workspacecommands.cpp: workspace, access
void addSettingsCommands(QList<Command> &list); // cli/settingscommands.cpp: settings
void addReportCommands(QList<Command> &list); // cli/reportcommands.cpp: report

} // namespace Cli
