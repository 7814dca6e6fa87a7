// SPDX-License-Identifier: GPL-3.0-or-later
// import, history, demo: the commands every area shares.
#include "cli/cli.h"
#include "cli/output.h"
#include "core/deferredtext.h"

#include "demo/demodata.h"
#include "workspace/importhistorymodel.h"
#include "workspace/importremoval.h"
#include "workspace/importservice.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

void printSkipped(QTextStream &out, const ImportReport &r)
{
    const QString skipped = ImportHistoryModel::skippedSummary(r);
    if (skipped.isEmpty())
        return;
    out << Tr::tr("  skipped:") << Qt::endl;
    for (const QString &line : skipped.split(u'\n'))
        out << "    " << line << Qt::endl;
}

void printReport(QTextStream &out, const ImportReport &r)
{
    const QLocale loc;
    out << Tr::tr("%1: %2").arg(r.fileName, r.formatDisplay) << Qt::endl;
    out << "  "
        << Tr::tr("rows read: %1, stored: %2, skipped: %3")
               .arg(loc.toString(r.rowsRead), loc.toString(r.rowsStored), loc.toString(r.rowsSkipped))
        << Qt::endl;
    printSkipped(out, r);
    for (const QString &n : DeferredText::show(r.notes))
        out << "  " << n << Qt::endl;
}

int runImport(Cli::Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption format(u"format"_s, Tr::tr("Force the format instead of detecting it."),
        Tr::tr("NAME", "placeholder on the command line"));
    const QCommandLineOption map(u"map"_s,
        Tr::tr("Map a field to a column header, e.g. duration_s=Varighet (repeatable)."),
        Tr::tr("FIELD=HEADER", "placeholder on the command line"));
    const QCommandLineOption source(u"source"_s, Tr::tr("Name of the data source, e.g. Siteimprove."),
        Tr::tr("NAME", "placeholder on the command line"));
    const QCommandLineOption rules(
        u"rules"_s, Tr::tr("Chat redaction rule set."), Tr::tr("NAME", "placeholder on the command line"));
    const QCommandLineOption marker(u"marker"_s, Tr::tr("Text that replaces a removed span in chats."),
        Tr::tr("TEXT", "placeholder on the command line"));
    p.addOptions({ format, map, source, rules, marker });
    p.addPositionalArgument(Tr::tr("FILE", "placeholder on the command line"),
        Tr::tr("Files to import (kind and format detected)."), Tr::tr("FILE...", "placeholder on the command line"));
    if (int rc = Cli::parse(p, ctx, args, Tr::tr("Import analytics exports, cookie scans or chat transcripts."));
        rc >= 0)
        return rc;
    const QStringList files = p.positionalArguments();
    if (files.isEmpty())
        return ctx.usage(Tr::tr("import needs at least one FILE"));

    ImportOptions options;
    options.forcedFormat = p.value(format);
    options.sourceName = p.value(source);
    options.ruleSet = p.value(rules);
    if (p.isSet(marker)) {
        options.marker = p.value(marker);
        options.markerIsEmpty = options.marker.isEmpty();
    }
    for (const QString &m : p.values(map)) {
        const qsizetype eq = m.indexOf(u'=');
        if (eq <= 0)
            return ctx.usage(Tr::tr("--map takes FIELD=HEADER, not \"%1\"").arg(m));
        options.columnMap.insert(m.left(eq).trimmed().toLower(), m.mid(eq + 1));
    }
    // Each import opens the workspace itself once its file is found readable: a file that is not there creates
    // no workspace.
    const bool newWorkspace = ctx.isNewFile();
    int rc = Cli::Ok;
    for (const QString &file : files) {
        ImportProgress progress;
        QElapsedTimer shown;
        shown.start();
        const QString name = QFileInfo(file).fileName();
        progress.onProgress = [&](qint64 done, qint64 total) {
            if (shown.elapsed() < 500 || total <= 0)
                return;
            shown.restart();
            ctx.err << Tr::tr("%1: %2 %").arg(name).arg(100 * done / total) << Qt::endl;
        };
        auto report = ImportService::importFile(ctx.dbPath, file, options, &progress);
        if (!report) {
            rc = ctx.fail(report.error());
            continue;
        }
        printReport(ctx.out, *report);
    }
    if (newWorkspace && !ctx.isNewFile())
        ctx.sayCreated();
    return rc;
}

// history remove ID: what the import added goes, in one transaction; --dry-run only says what would go.
int removeImport(Cli::Context &ctx, Workspace &ws, const QString &idText, bool dryRun)
{
    bool ok = false;
    const qint64 id = idText.startsWith(u'#') ? idText.mid(1).toLongLong(&ok) : idText.toLongLong(&ok);
    if (!ok || id <= 0)
        return ctx.usage(
            Tr::tr("history remove takes the number of an import as history lists it, not \"%1\"").arg(idText));
    auto plan = dryRun ? ImportRemoval::describe(ws, id) : ImportRemoval::remove(ws, id, ImportService::osUser());
    if (!plan)
        return ctx.fail(plan.error());
    const QTimeZone zone = ws.timeZone();
    const QString when = QLocale().toString(plan->import.startedAt.toTimeZone(zone), QLocale::ShortFormat);
    ctx.out << (dryRun ? Tr::tr("Would remove import #%1: %2, imported %3 %4 by %5")
                       : Tr::tr("Removed import #%1: %2, imported %3 %4 by %5"))
                   .arg(id)
                   .arg(plan->import.fileName, when, QString::fromUtf8(zone.id()), plan->import.osUser)
            << Qt::endl;
    for (const QString &line : ImportRemoval::contentLines(*plan))
        ctx.out << "  " << line << Qt::endl;
    for (const QString &line : ImportRemoval::keptLines(*plan))
        ctx.out << line << Qt::endl;
    return Cli::Ok;
}

// history --format csv|json: one row per import.
Cli::Listing historyListing(const QList<ImportReport> &list, const QTimeZone &zone)
{
    Cli::Listing l;
    l.command = u"history"_s;
    l.rowsKey = u"imports"_s;
    l.extra.insert(u"time_zone"_s, QString::fromUtf8(zone.id()));
    l.columns = { { u"id"_s, {} }, { u"started_at"_s, {} }, { u"finished_at"_s, {} }, { u"os_user"_s, {} },
        { u"file_name"_s, {} }, { u"kind"_s, {} }, { u"format"_s, {} }, { u"rows_read"_s, {} },
        { u"rows_stored"_s, {} }, { u"rows_skipped"_s, {} }, { u"sha256"_s, {} } };
    for (const ImportReport &r : list)
        l.rows << QVariantList { r.importId, r.startedAt, r.finishedAt.isValid() ? QVariant(r.finishedAt) : QVariant(),
            r.osUser, r.fileName, r.kind, r.format, r.rowsRead, r.rowsStored, r.rowsSkipped, r.sha256 };
    return l;
}

QString historyText(const QList<ImportReport> &list, const QTimeZone &zone)
{
    QString text;
    QTextStream out(&text);
    if (list.isEmpty())
        out << Tr::tr("No imports yet.") << Qt::endl;
    else
        out << Tr::tr("Times in the workspace's time zone, %1.").arg(QString::fromUtf8(zone.id())) << Qt::endl;
    const QLocale loc;
    for (const ImportReport &r : list) {
        out << Tr::tr("#%1 %2 by %3: %4 (%5)")
                   .arg(r.importId)
                   .arg(loc.toString(r.startedAt.toTimeZone(zone), QLocale::ShortFormat), r.osUser, r.fileName,
                       r.format)
            << Qt::endl;
        out << "  "
            << Tr::tr("rows read: %1, stored: %2, skipped: %3")
                   .arg(loc.toString(r.rowsRead), loc.toString(r.rowsStored), loc.toString(r.rowsSkipped))
            << Qt::endl;
        printSkipped(out, r);
        out << "  sha256 " << r.sha256 << Qt::endl;
    }
    return text;
}

int runHistory(Cli::Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption dryRun(u"dry-run"_s, Tr::tr("With remove: print what would go, change nothing."));
    const Cli::ListingOptions listing;
    p.addOption(dryRun);
    p.addOptions(listing.both());
    p.addPositionalArgument(u"remove"_s,
        Tr::tr("remove ID: remove import ID and everything it added, in every area (the history lists the IDs)."),
        u"[remove ID]"_s);
    if (int rc
        = Cli::parse(p, ctx, args, Tr::tr("List the imports in the workspace, newest first, or remove one of them."));
        rc >= 0)
        return rc;
    const QStringList pos = p.positionalArguments();
    const bool remove = !pos.isEmpty() && pos.first() == u"remove";
    if (!pos.isEmpty() && (!remove || pos.size() != 2))
        return ctx.usage(Tr::tr("history takes no argument but remove ID"));
    if (p.isSet(dryRun) && !remove)
        return ctx.usage(Tr::tr("--dry-run goes with remove ID"));
    int rc = Cli::Ok;
    Cli::Format format = Cli::Format::Table;
    auto ws = Cli::openListing(ctx, p, listing, &format, &rc);
    if (!ws)
        return rc;
    if (remove)
        return removeImport(ctx, *ws, pos.at(1), p.isSet(dryRun));
    const QList<ImportReport> list = ws->history();
    const QTimeZone zone = ws->timeZone();
    // The table keeps its layout of one import per paragraph (what was skipped does not fit a column).
    const QByteArray bytes = format == Cli::Format::Table ? historyText(list, zone).toUtf8()
                                                          : historyListing(list, zone).render(format);
    return Cli::writeOutput(ctx, p.value(listing.output), bytes, Cli::Ok);
}

int runDemo(Cli::Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    if (int rc = Cli::parse(
            p, ctx, args, Tr::tr("Write the deterministic demo workspace to --db (which must not exist yet)."));
        rc >= 0)
        return rc;
    if (QFileInfo::exists(ctx.dbPath))
        return ctx.fail(
            Error { ctx.dbPath, 0, Tr::tr("the file exists already; the demo is written to a new workspace only") });
    auto ws = ctx.openWorkspace(Cli::Context::Open::MayCreate);
    if (!ws)
        return Cli::DataError;
    if (!ws->history().isEmpty())
        return ctx.fail(Error { ws->displayName(), 0,
            Tr::tr("the workspace holds imports already; the demo is written to an empty workspace only") });
    ctx.err << Tr::tr("Writing the demo workspace %1 ...").arg(ws->displayName()) << Qt::endl;
    if (Status s = DemoData::write(*ws))
        return ctx.fail(*s);
    ctx.out << Tr::tr("Demo workspace written: %1").arg(ws->displayName()) << Qt::endl;
    return Cli::Ok;
}
int runTimeZone(Cli::Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(Tr::tr("zone", "placeholder on the command line"),
        Tr::tr("The new zone as an IANA name, e.g. Europe/Oslo (omit to print the zone)."),
        Tr::tr("[ZONE]", "placeholder on the command line"));
    if (int rc = Cli::parse(p, ctx, args,
            Tr::tr("Print or set the workspace's time zone. Times without an offset in imported files are read in "
                   "it, and days, weeks and months are counted in it. Files imported earlier keep their days."));
        rc >= 0)
        return rc;
    if (p.positionalArguments().size() > 1)
        return ctx.usage(Tr::tr("time-zone takes at most one zone"));
    auto ws = ctx.openWorkspace(
        p.positionalArguments().isEmpty() ? Cli::Context::Open::Existing : Cli::Context::Open::MayCreate);
    if (!ws)
        return Cli::DataError;
    if (!p.positionalArguments().isEmpty()) {
        const QString zone = p.positionalArguments().first();
        if (!QTimeZone(zone.toUtf8()).isValid())
            return ctx.usage(Tr::tr("unknown time zone \"%1\"; use an IANA name such as Europe/Oslo or UTC").arg(zone));
        if (Status s = ws->setTimeZone(zone.toUtf8()))
            return ctx.fail(*s);
    }
    ctx.out << QString::fromUtf8(ws->timeZone().id()) << Qt::endl;
    return Cli::Ok;
}
} // namespace

void Cli::addFoundationCommands(QList<Command> &list)
{
    list << Command { u"import"_s, [] { return Tr::tr("import files (analytics exports, cookie scans, chats)"); },
        runImport }
         << Command { u"history"_s, [] { return Tr::tr("list the imports"); }, runHistory }
         << Command { u"demo"_s, [] { return Tr::tr("write the demo workspace"); }, runDemo }
         << Command { u"time-zone"_s, [] { return Tr::tr("print or set the workspace's time zone"); }, runTimeZone };
}
