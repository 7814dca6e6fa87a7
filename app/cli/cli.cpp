// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cli.h"

#include "core/commandlinehelp.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace {
struct CliTr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};
} // namespace

bool Cli::Context::isNewFile() const
{
    return !Workspace::isServerLocation(dbPath) && !QFileInfo::exists(dbPath);
}

void Cli::Context::sayCreated()
{
    err << "kapsel-cli: " << CliTr::tr("created the new workspace %1").arg(dbPath) << Qt::endl;
}

std::shared_ptr<Workspace> Cli::Context::openWorkspace(Open how)
{
    const bool newFile = isNewFile();
    if (newFile && how == Open::Existing) {
        fail(Error { dbPath, 0,
            CliTr::tr("there is no workspace here; check the path given with --db (import, demo and workspace init "
                      "create a new one)") });
        return nullptr;
    }
    auto ws = Workspace::open(dbPath);
    if (!ws) {
        fail(ws.error());
        return nullptr;
    }
    if (newFile)
        sayCreated();
    return *ws;
}

int Cli::Context::fail(const Error &e)
{
    err << "kapsel-cli: " << e.toString() << Qt::endl;
    return DataError;
}

int Cli::Context::usage(const QString &message)
{
    err << "kapsel-cli: " << message << Qt::endl
        << CliTr::tr("Try 'kapsel-cli --help' or 'kapsel-cli COMMAND --help'.") << Qt::endl;
    return UsageError;
}

int Cli::parse(QCommandLineParser &parser, Context &ctx, const QStringList &args, const QString &description)
{
    parser.setApplicationDescription(description);
    const QCommandLineOption help({ u"h"_s, u"help"_s }, CliTr::tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(args))
        return ctx.usage(parser.errorText());
    if (parser.isSet(help)) {
        ctx.out << CommandLineHelp::text(parser, u"kapsel-cli "_s + args.value(0));
        ctx.out.flush();
        return Ok;
    }
    return -1;
}

QList<Cli::Command> Cli::commands()
{
    QList<Command> list;
    addFoundationCommands(list);
    addVisitorCommands(list);
    addCookieCommands(list);
    addScanCommands(list);
    addChatCommands(list);
    addRedactCommands(list);
    addWorkspaceCommands(list);
    addSettingsCommands(list);
    addReportCommands(list);
    return list;
}
