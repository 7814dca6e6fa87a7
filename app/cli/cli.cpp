// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cli.h"

#include "workspace/workspace.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace {
struct CliTr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};
} // namespace

std::shared_ptr<Workspace> Cli::Context::openWorkspace()
{
    auto ws = Workspace::open(dbPath);
    if (!ws) {
        fail(ws.error());
        return nullptr;
    }
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
        ctx.out << parser.helpText();
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
    addChatCommands(list);
    addRedactCommands(list);
    addWorkspaceCommands(list);
    return list;
}
