// SPDX-License-Identifier: GPL-3.0-or-later
// workspace, access: the workspace itself (creating or upgrading its schema) and who may use which area of a
// team workspace.
#include "cli/cli.h"
#include "cli/output.h"

#include "workspace/workspace.h"
#include "workspace/workspacecopy.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QString rightName(bool write)
{
    return write ? Tr::tr("read and write") : Tr::tr("read");
}

// workspace copy SOURCE TARGET: --db plays no part; both are named.
int runCopy(Cli::Context &ctx, const QString &sourceLocation, const QString &targetLocation)
{
    if (!Workspace::isServerLocation(sourceLocation) && !QFileInfo(sourceLocation).isFile())
        return ctx.fail(Error { sourceLocation, 0, Tr::tr("there is no workspace file here to copy") });
    if (sourceLocation == targetLocation)
        return ctx.usage(Tr::tr("workspace copy needs two different workspaces"));
    auto source = Workspace::open(sourceLocation);
    if (!source)
        return ctx.fail(source.error());
    // A target file this copy creates is removed again when the copy fails: nothing is left behind.
    const bool newFile = !Workspace::isServerLocation(targetLocation) && !QFileInfo::exists(targetLocation);
    auto removeNewFile = [&] {
        if (newFile)
            for (const QString &suffix : { u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s })
                QFile::remove(targetLocation + suffix);
    };
    auto target = Workspace::open(targetLocation);
    if (!target) {
        removeNewFile();
        return ctx.fail(target.error());
    }
    auto copied = WorkspaceCopy::run(**source, **target, [&](const WorkspaceCopyCount &c) {
        ctx.err << Tr::tr("imports %1/%2, rows %L3").arg(c.imports).arg(c.importsTotal).arg(c.rows) << Qt::endl;
    });
    if (!copied) {
        target->reset(); // closes the file before it is removed
        removeNewFile();
        return ctx.fail(copied.error());
    }
    ctx.out << Tr::tr("Copied %Ln import(s) with %L1 stored rows from %2 to %3.", "", int(copied->imports))
                   .arg(copied->rows)
                   .arg((*source)->displayName(), (*target)->displayName())
            << Qt::endl
            << Tr::tr("Also copied: %L1 declared cookies, %L2 chat audit entries, %L3 records of compliance reports, "
                      "%L4 workspace settings.")
                   .arg(copied->declaredCookies)
                   .arg(copied->auditEntries)
                   .arg(copied->reports)
                   .arg(copied->settings)
            << Qt::endl;
    return Cli::Ok;
}

int runWorkspace(Cli::Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(Tr::tr("action", "placeholder on the command line"),
        Tr::tr("init: create the workspace, or bring its schema to this Kapsel's version. copy SOURCE TARGET: copy "
               "a whole workspace into a new, empty one."),
        u"init|copy"_s);
    if (int rc = Cli::parse(p, ctx, args,
            Tr::tr("Create a workspace or upgrade its schema (a file, or a team workspace on PostgreSQL given with "
                   "--db postgresql://...). Running it again changes nothing. Or copy a whole workspace between a "
                   "file and a team workspace, either way (SOURCE and TARGET are paths or postgresql:// URIs; "
                   "--db is not needed): in one transaction, so the target is complete or unchanged."));
        rc >= 0)
        return rc;
    const QStringList pos = p.positionalArguments();
    if (pos.value(0) == u"copy") {
        if (pos.size() != 3)
            return ctx.usage(Tr::tr("workspace copy takes a source and a target workspace"));
        return runCopy(ctx, pos.at(1), pos.at(2));
    }
    if (pos.size() != 1 || pos.first() != u"init")
        return ctx.usage(Tr::tr("workspace takes an action: init or copy"));
    auto ws = ctx.openWorkspace(Cli::Context::Open::MayCreate);
    if (!ws)
        return Cli::DataError;
    ctx.out << Tr::tr("Workspace ready: %1").arg(ws->displayName()) << Qt::endl;
    return Cli::Ok;
}

int runAccess(Cli::Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption write(
        u"write"_s, Tr::tr("With grant: the role may also import into and change the area."));
    const Cli::ListingOptions listing;
    p.addOption(write);
    p.addOptions(listing.both());
    p.addPositionalArgument(
        Tr::tr("action", "placeholder on the command line"), Tr::tr("grant, revoke or list."), u"grant|revoke|list"_s);
    p.addPositionalArgument(Tr::tr("role", "placeholder on the command line"),
        Tr::tr("The server role (user or group) to grant or revoke."),
        Tr::tr("[ROLE]", "placeholder on the command line"));
    p.addPositionalArgument(Tr::tr("area", "placeholder on the command line"), Tr::tr("visitors, cookies or chats."),
        Tr::tr("[AREA]", "placeholder on the command line"));
    if (int rc = Cli::parse(p, ctx, args,
            Tr::tr("Who may read and write which area of a team workspace on PostgreSQL. The server enforces it: a "
                   "role without chats reads no chat table, with Kapsel or any other program. Only the workspace's "
                   "owner can change it."));
        rc >= 0)
        return rc;
    const QStringList pos = p.positionalArguments();
    const QString action = pos.value(0);
    if (action == u"list") {
        if (pos.size() != 1)
            return ctx.usage(Tr::tr("access list takes no further arguments"));
    } else if (action == u"grant" || action == u"revoke") {
        if (pos.size() != 3)
            return ctx.usage(Tr::tr("access %1 takes a role and an area: visitors, cookies or chats").arg(action));
        if (!importKindNamed(pos.at(2)))
            return ctx.usage(Tr::tr("unknown area \"%1\"; the areas are visitors, cookies and chats").arg(pos.at(2)));
        if (action == u"revoke" && p.isSet(write))
            return ctx.usage(Tr::tr("--write goes with grant; revoke takes every right to the area away"));
    } else {
        return ctx.usage(Tr::tr("access takes an action: grant, revoke or list"));
    }
    int rc = Cli::Ok;
    const auto format = Cli::chosenFormat(ctx, p, listing, &rc);
    if (!format)
        return rc;
    if (action != u"list" && (p.isSet(listing.output) || *format != Cli::Format::Table))
        return ctx.usage(Tr::tr("--format and --output go with list"));
    auto ws = ctx.openWorkspace();
    if (!ws)
        return Cli::DataError;
    WorkspaceAccess *access = ws->access();
    if (!access)
        return ctx.fail(Error { ws->displayName(), 0,
            Tr::tr("a workspace file has no access per area: whoever can read the file sees everything in it. Move "
                   "the workspace to a team server to share it by area") });
    if (action == u"list") {
        auto owner = access->owner();
        if (!owner)
            return ctx.fail(owner.error());
        auto grants = access->list();
        if (!grants)
            return ctx.fail(grants.error());
        if (*format == Cli::Format::Table) {
            QString text = Tr::tr("%1: owner, every area").arg(*owner) + u'\n';
            for (const AccessGrant &g : *grants)
                text += Tr::tr("%1: %2, %3").arg(g.role, importKindName(g.area), rightName(g.write)) + u'\n';
            return Cli::writeOutput(ctx, p.value(listing.output), text.toUtf8(), Cli::Ok);
        }
        Cli::Listing l;
        l.command = u"access"_s;
        l.rowsKey = u"grants"_s;
        l.extra.insert(u"owner"_s, *owner);
        l.columns = { { u"role"_s, {} }, { u"area"_s, {} }, { u"write"_s, {} } };
        for (const AccessGrant &g : *grants)
            l.rows << QVariantList { g.role, importKindName(g.area), g.write };
        return Cli::writeOutput(ctx, p.value(listing.output), l.render(*format), Cli::Ok);
    }
    const ImportKind area = *importKindNamed(pos.at(2));
    const Status s
        = action == u"grant" ? access->grant(pos.at(1), area, p.isSet(write)) : access->revoke(pos.at(1), area);
    if (s)
        return ctx.fail(*s);
    if (action == u"grant")
        ctx.out << Tr::tr("%1 may now %2 %3.").arg(pos.at(1), rightName(p.isSet(write)), pos.at(2)) << Qt::endl;
    else
        ctx.out << Tr::tr("%1 has no access to %2 any more.").arg(pos.at(1), pos.at(2)) << Qt::endl;
    return Cli::Ok;
}

} // namespace

void Cli::addWorkspaceCommands(QList<Command> &list)
{
    list << Command { u"workspace"_s, [] { return Tr::tr("create a workspace, upgrade its schema, or copy one"); },
        runWorkspace }
         << Command { u"access"_s, [] { return Tr::tr("grant, revoke or list access per area (team workspaces)"); },
                runAccess };
}
