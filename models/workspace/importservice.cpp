// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace/importservice.h"

#include "chats/chatarchive.h"
#include "cookies/cookieregister.h"
#include "cookies/cookiesink.h"
#include "core/deferredtext.h"
#include "core/filequote.h"
#include "core/sha256.h"
#include "importers/importerregistry.h"
#include "importers/textlimits.h"
#include "visitors/pipelinedsessionsink.h"
#include "visitors/visitorstore.h"
#include "workspace/workspace.h"

#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kSniffBytes = 64 * 1024;

// What the import did, for the history: its id, counters, skip reasons and notes.
void takeCounts(ImportReport &report, const ImportContext &ctx)
{
    report.importId = ctx.importId;
    report.rowsRead = ctx.rowsRead;
    report.rowsStored = ctx.rowsStored;
    report.rowsSkipped = ctx.rowsSkipped();
    // Notes and skip reasons are kept in the history and printed: the last guard against a quote site that let
    // a control character or an identity number through.
    for (auto it = ctx.skipped.cbegin(); it != ctx.skipped.cend(); ++it) {
        SkipTally &t = report.skipped[FileQuote::scrub(it.key())];
        t.firstLine = t.count == 0 ? it->firstLine : std::min(t.firstLine, it->firstLine);
        t.count += it->count;
    }
    report.notes = FileQuote::scrub(ctx.notes);
}

// Opens the sink for the importer's kind through its area's port and wires it into the context.
Expected<std::unique_ptr<ImportSink>> openSink(ImportKind kind, Workspace &ws, ImportContext &ctx)
{
    std::unique_ptr<ImportSink> sink;
    switch (kind) {
    case ImportKind::Visitors: {
        // The sink works beside the importer, on a thread of its own.
        auto s = PipelinedSessionSink::open(ctx, [&](ImportContext &own) { return ws.visitors().openSink(own); });
        ctx.sessions = s.get();
        sink = std::move(s);
        break;
    }
    case ImportKind::Cookies: {
        auto s = ws.cookies().openSink(ctx);
        ctx.cookies = s.get();
        sink = std::move(s);
        break;
    }
    case ImportKind::Chats: {
        // The workspace's marker unless the import names one (WorkspaceSettings::redactionMarker).
        if (ctx.options.marker.isEmpty() && !ctx.options.markerIsEmpty) {
            auto marker = ws.settings().markerForStoring();
            if (!marker)
                return marker.error();
            ctx.options.marker = *marker;
            ctx.options.markerIsEmpty = marker->isEmpty();
        }
        auto s = ws.chats().openSink(ctx);
        ctx.chats = s.get();
        sink = std::move(s);
        break;
    }
    }
    if (!sink)
        return Error { ctx.fileName, 0,
            ImportService::tr("this kind of file cannot be stored by this version of Kapsel") };
    return sink;
}

QStringList importerNames()
{
    QStringList names;
    for (const auto &i : ImporterRegistry::all())
        names << i->name();
    return names;
}

// The importer for a file: forced by name, else detected from content, else one whose header set the user
// mapped before. A column map remembered for the file's header set fills in when the caller gave none.
// When a second format scores close to the chosen one, `note` says which, for the import report.
Expected<const Importer *> chooseImporter(
    WorkspaceSettings &settings, const QByteArray &head, const QString &fileName, ImportOptions &options, QString &note)
{
    const Importer *importer = nullptr;
    if (!options.forcedFormat.isEmpty()) {
        importer = ImporterRegistry::byName(options.forcedFormat);
        if (!importer)
            return Error { fileName, 0,
                ImportService::tr("unknown format \"%1\"; known formats: %2")
                    .arg(options.forcedFormat, importerNames().join(u", "_s)) };
    } else {
        const auto ranked = ImporterRegistry::rank(head, fileName);
        if (!ranked.isEmpty())
            importer = ranked.first().importer;
        note = ImporterRegistry::closeCallNote(ranked);
    }
    if (importer) {
        if (options.columnMap.isEmpty())
            options.columnMap = settings.columnMap(importer->columnSetKey(head));
        return importer;
    }
    for (const auto &candidate : ImporterRegistry::all()) {
        const auto remembered = settings.columnMap(candidate->columnSetKey(head));
        if (!remembered.isEmpty()) {
            if (options.columnMap.isEmpty())
                options.columnMap = remembered;
            return candidate.get();
        }
    }
    // Text formats are what a user can map; a zero byte (without a UTF-16 byte order mark) says the file is
    // no text at all, which is the more useful thing to tell.
    const qsizetype nul = head.indexOf('\0');
    if (nul >= 0 && !head.startsWith("\xFF\xFE") && !head.startsWith("\xFE\xFF"))
        return Error { fileName, TextLimits::lineOf(head, nul), TextLimits::nulByte() };
    return Error { fileName, 1,
        ImportService::tr("Kapsel does not recognise this file's format; if it is a sessions CSV with "
                          "unusual headers, choose the format and map the columns") };
}

} // namespace

QString ImportService::osUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
#ifdef Q_OS_UNIX
    // A service or a container may run without USER: the login name of the process's user is still known.
    if (user.isEmpty()) {
        if (const passwd *pw = getpwuid(geteuid()))
            user = QString::fromLocal8Bit(pw->pw_name);
    }
#endif
    return user.isEmpty() ? u"unknown"_s : user;
}

QString ImportService::sha256OfFile(const QString &filePath, Error *error)
{
    QFile f(filePath);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = Error { QFileInfo(filePath).fileName(), 0, tr("cannot read the file: %1").arg(f.errorString()) };
        return {};
    }
    Sha256 hash;
    if (!hash.addData(f)) {
        if (error)
            *error = Error { QFileInfo(filePath).fileName(), 0, tr("cannot read the file: %1").arg(f.errorString()) };
        return {};
    }
    return QString::fromLatin1(hash.result().toHex());
}

Expected<ImportReport> ImportService::importFile(
    const QString &workspaceLocation, const QString &filePath, const ImportOptions &options, ImportProgress *progress)
{
    const QFileInfo info(filePath);
    ImportReport report;
    report.fileName = info.fileName();
    report.startedAt = QDateTime::currentDateTimeUtc();
    report.osUser = osUser();

    if (!info.exists())
        return Error { filePath, 0, tr("the file does not exist") };
    if (info.isDir())
        return Error { filePath, 0, tr("this is a folder, not a file") };
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return Error { report.fileName, 0, tr("cannot read the file: %1").arg(file.errorString()) };
    if (file.size() == 0)
        return Error { report.fileName, 0, tr("the file is empty") };

    const QByteArray head = ImporterRegistry::withoutUtf8Bom(file.peek(kSniffBytes));

    // The workspace may be new or written by an older Kapsel: open() brings it to the current schema first.
    auto opened = Workspace::open(workspaceLocation);
    if (!opened)
        return opened.error();
    Workspace &ws = **opened;

    ImportOptions effective = options;
    QString detectionNote;
    auto chosen = chooseImporter(ws.settings(), head, report.fileName, effective, detectionNote);
    if (!chosen)
        return chosen.error();
    const Importer *importer = *chosen;
    const QString columnSetKey = importer->columnSetKey(head);
    report.kind = importKindName(importer->kind());
    report.format = importer->name();
    report.formatDisplay = importer->displayName();

    Error hashError;
    report.sha256 = sha256OfFile(filePath, &hashError);
    if (report.sha256.isEmpty())
        return hashError;

    if (Status s = ws.beginWrite())
        return *s;
    std::unique_ptr<ImportSink> *openedSink = nullptr;
    auto fail = [&](const Error &e) -> Expected<ImportReport> {
        // A sink may use the connection on threads of its own (the visitors' sink and its writer): they end
        // before the rollback does.
        if (openedSink)
            openedSink->reset();
        ws.rollback();
        return e;
    };
    auto prior = ws.ledger().findContent(report.sha256);
    if (!prior)
        return fail(prior.error());
    if (*prior) {
        const QString when = QLocale().toString((*prior)->startedAt.toLocalTime(), QLocale::ShortFormat);
        return fail(Error { report.fileName, 0,
            tr("this content was already imported (as %1 on %2); it is not counted twice")
                .arg((*prior)->fileName, when) });
    }

    ImportContext ctx;
    ctx.fileName = report.fileName;
    ctx.filePath = info.absoluteFilePath();
    ctx.totalBytes = file.size();
    ctx.startedUtc = report.startedAt.toSecsSinceEpoch();
    ctx.options = effective;
    ctx.progressState = progress;
    if (!detectionNote.isEmpty())
        ctx.notes << detectionNote;
    ctx.timeZone = ws.timeZone();

    if (Status s = ws.ledger().begin(report))
        return fail(*s);
    ctx.importId = report.importId;
    auto sink = openSink(importer->kind(), ws, ctx);
    if (!sink)
        return fail(sink.error());
    openedSink = &*sink;
    ImporterRegistry::skipUtf8Bom(file);
    if (Status s = importer->read(file, ctx))
        return fail(*s);
    if (ctx.cancelled())
        return fail(Error { report.fileName, 0, tr("the import was cancelled; nothing was stored") });
    if (Status s = (*sink)->finish())
        return fail(*s);
    sink->reset();

    takeCounts(report, ctx);
    report.finishedAt = QDateTime::currentDateTimeUtc();
    if (Status s = ws.ledger().finish(report))
        return fail(*s);
    if (Status s = ws.settings().rememberColumnMap(columnSetKey, effective.columnMap))
        return fail(Error { report.fileName, 0, s->reason });
    if (Status s = ws.commit())
        return Error { report.fileName, 0, s->reason };
    // The retention period runs at every import of chats (and by an explicit purge), never when one reads them.
    if (importer->kind() == ImportKind::Chats && ws.chats().retentionDays() > 0) {
        auto purged = ws.chats().purgeExpired();
        if (!purged)
            report.notes << DeferredText::marked(
                "ImportService", QT_TRANSLATE_NOOP("ImportService", "The retention period could not be applied: %1"))
                                .arg(purged.error().reason)
                                .toStored();
        else if (*purged > 0)
            report.notes << DeferredText::marked("ImportService",
                QT_TRANSLATE_N_NOOP("ImportService", "%n conversation(s) past the retention period deleted."),
                int(*purged))
                                .toStored();
    }
    return report;
}

Expected<ImportReport> ImportService::recordImport(
    Workspace &ws, ImportKind kind, ImportReport report, const std::function<Status(ImportContext &)> &write)
{
    if (Status s = ws.beginWrite())
        return *s;
    std::unique_ptr<ImportSink> *openedSink = nullptr;
    auto fail = [&](const Error &e) -> Expected<ImportReport> {
        if (openedSink)
            openedSink->reset(); // its threads end before the rollback (see importFile)
        ws.rollback();
        return e;
    };
    report.kind = importKindName(kind);
    ImportContext ctx;
    ctx.fileName = report.fileName;
    ctx.timeZone = ws.timeZone();
    if (Status s = ws.ledger().begin(report))
        return fail(*s);
    ctx.importId = report.importId;
    auto sink = openSink(kind, ws, ctx);
    if (!sink)
        return fail(sink.error());
    openedSink = &*sink;
    if (Status s = write(ctx))
        return fail(*s);
    if (Status s = (*sink)->finish())
        return fail(*s);
    sink->reset();
    takeCounts(report, ctx);
    if (!report.finishedAt.isValid())
        report.finishedAt = QDateTime::currentDateTimeUtc();
    if (Status s = ws.ledger().finish(report))
        return fail(*s);
    if (Status s = ws.commit())
        return Error { report.fileName, 0, s->reason };
    return report;
}
