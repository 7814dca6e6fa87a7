// SPDX-License-Identifier: GPL-3.0-or-later
// kapsel-cli: the headless face of Kapsel, on the same core as the GUI. Wiring only.
#include "cli/cli.h"
#include "core/appsettings.h"
#include "core/language.h"
#include "core/terminalguard.h"

#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <optional>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {
struct MainTr
{
    Q_DECLARE_TR_FUNCTIONS(KapselCli)
};

QString overview(const QList<Cli::Command> &commands)
{
    QString text = MainTr::tr("Usage: kapsel-cli [--db PATH|URI] [--lang nb|en] COMMAND [options]\n\n"
                              "Kapsel: visitor statistics, cookie inventory and chat privacy for one website.\n\n"
                              "Global options:\n"
                              "  --db PATH       workspace file (default: the GUI's current workspace, %1)\n"
                              "  --db URI        team workspace on PostgreSQL, e.g. postgresql://user@server/kapsel;\n"
                              "                  the password comes from ~/.pgpass or PGPASSWORD\n"
                              "  --lang nb|en    language of messages, numbers and dates\n"
                              "  -h, --help      show this help; COMMAND --help shows a command's options\n"
                              "  -v, --version   show the version\n\n"
                              "Commands:\n")
                       .arg(AppSettings::currentWorkspacePath());
    for (const Cli::Command &c : commands)
        text += u"  %1%2\n"_s.arg(c.name, -15).arg(c.summary());
    text += MainTr::tr("\nOutput:\n"
                       "  Listing commands take --format table|csv|json and --output FILE (written whole or not at\n"
                       "  all). Tables follow --lang; CSV has ISO dates and plain numbers; JSON is an object whose\n"
                       "  \"schema\" member names its versioned schema, e.g. kapsel/visitors/1, described in\n"
                       "  docs/cli-json.md. Results go to standard output, errors and progress to standard error.\n"
                       "\nExit codes:\n"
                       "  0  success\n"
                       "  1  data or input error: a file or workspace that cannot be read or written, a refused\n"
                       "     import (the workspace is left unchanged)\n"
                       "  2  usage error: an unknown command, option or value\n"
                       "  3  success with findings: cookies findings, scan and policy-check found something,\n"
                       "     or cookies --strict refused an empty or incomplete declaration\n");
    return text;
}

// QtGui looks up the runtime directory as it starts; where XDG_RUNTIME_DIR is unset (a cron job, a container, ssh
// without a login session) Qt warns on stderr and uses a private directory of its own. That is not the user's
// concern and not the command's output: this one warning is dropped, every other message passes.
QtMessageHandler g_qtMessages = nullptr;
void dropRuntimeDirWarning(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.startsWith(u"QStandardPaths: XDG_RUNTIME_DIR not set"))
        return;
    g_qtMessages(type, context, message);
}
} // namespace

int main(int argc, char *argv[])
{
    // Drawing a chart (visitors --chart FILE) or laying out a report (report, as PDF or HTML with its charts)
    // needs fonts, so QtGui: a QGuiApplication on the offscreen platform unless one is chosen. Every other command
    // stays on QtCore.
    const bool drawsChart = std::any_of(argv + 1, argv + argc, [](const char *a) {
        return qstrcmp(a, "--chart") == 0 || qstrncmp(a, "--chart=", 8) == 0 || qstrcmp(a, "report") == 0;
    });
    if (drawsChart && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (drawsChart)
        g_qtMessages = qInstallMessageHandler(dropRuntimeDirWarning);
    const std::unique_ptr<QCoreApplication> application
        = drawsChart ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication &app = *application;
    QCoreApplication::setOrganizationName(u"Kapsel"_s);
    QCoreApplication::setApplicationName(u"Kapsel"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(KAPSEL_VERSION));

    // What reaches a terminal passes a TerminalGuard: a crafted file must not steer the user's terminal through
    // a message or a table that quotes it. Output to a file or a pipe stays exactly what the command wrote.
    QFile stdoutFile, stderrFile;
    stdoutFile.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered);
    stderrFile.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered);
    TerminalGuard errGuard(&stderrFile);
    std::optional<TerminalGuard> outGuard;
    if (isatty(fileno(stdout)))
        outGuard.emplace(&stdoutFile);
    QTextStream out(outGuard ? static_cast<QIODevice *>(&*outGuard) : &stdoutFile);
    QTextStream err(&errGuard);
    QStringList args = app.arguments();
    args.removeFirst();

    // Global options come before the command.
    QString db;
    QString lang = AppSettings::language();
    bool help = false;
    bool version = false;
    while (!args.isEmpty() && args.first().startsWith(u'-')) {
        const QString a = args.takeFirst();
        auto value = [&](const QString &name) -> std::optional<QString> {
            if (a.startsWith(name + u'='))
                return a.mid(name.size() + 1);
            if (args.isEmpty())
                return std::nullopt;
            return args.takeFirst();
        };
        if (a == u"--db" || a.startsWith(u"--db=")) {
            auto v = value(u"--db"_s);
            if (!v) {
                err << "kapsel-cli: " << MainTr::tr("--db needs a path") << Qt::endl;
                return Cli::UsageError;
            }
            db = *v;
        } else if (a == u"--lang" || a.startsWith(u"--lang=")) {
            auto v = value(u"--lang"_s);
            if (!v || (*v != u"nb" && *v != u"en")) {
                err << "kapsel-cli: " << MainTr::tr("--lang takes nb or en") << Qt::endl;
                return Cli::UsageError;
            }
            lang = *v;
        } else if (a == u"-h" || a == u"--help") {
            help = true;
        } else if (a == u"-v" || a == u"--version") {
            version = true;
        } else {
            Language::apply(lang);
            err << "kapsel-cli: " << MainTr::tr("unknown option %1").arg(a) << Qt::endl;
            return Cli::UsageError;
        }
    }
    Language::apply(lang);
    const QList<Cli::Command> commands = Cli::commands();

    if (version) {
        out << "kapsel-cli " << QCoreApplication::applicationVersion() << Qt::endl;
        return Cli::Ok;
    }
    if (help || args.isEmpty()) {
        out << overview(commands);
        out.flush();
        return help ? Cli::Ok : Cli::UsageError;
    }
    Cli::Context ctx { db.isEmpty() ? AppSettings::currentWorkspacePath() : db, Language::current(), out, err };
    for (const Cli::Command &c : commands) {
        if (c.name == args.first()) {
            const int rc = c.run(ctx, args);
            out.flush();
            err.flush();
            return rc;
        }
    }
    return ctx.usage(MainTr::tr("unknown command \"%1\"").arg(args.first()));
}
