// SPDX-License-Identifier: GPL-3.0-or-later
// chats: the stored (redacted) chat messages, their audit log and their upkeep (retention, a stricter rule set).
#include "cli/cli.h"
#include "cli/output.h"

#include "chats/chatarchive.h"
#include "chats/chatauditmodel.h"
#include "chats/chatpreview.h"
#include "workspace/chatmaintenance.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// The arguments of `chats ACTION ...` for ACTION's own parser: its help names it "kapsel-cli chats ACTION".
QStringList actionArgs(const QStringList &args)
{
    QStringList sub = args.mid(1);
    sub[0] = args.value(0) + u' ' + sub[0];
    return sub;
}

int runAudit(Cli::Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    const Cli::ListingOptions listing;
    p.addOptions(listing.both());
    if (int rc = Cli::parse(p, ctx, args,
            Tr::tr("The redaction audit log, newest first, as the Chats area's audit table shows it: each import, "
                   "stricter rule set, retention deletion and removed import with who, when, the rule set and how "
                   "many spans each rule removed (never the removed text)."));
        rc >= 0)
        return rc;
    if (!p.positionalArguments().isEmpty())
        return ctx.usage(Tr::tr("chats audit takes no arguments"));
    int rc = Cli::Ok;
    Cli::Format format = Cli::Format::Table;
    auto ws = Cli::openListing(ctx, p, listing, &format, &rc);
    if (!ws)
        return rc;
    const QTimeZone zone = ws->timeZone();
    ChatAuditModel model(QCoreApplication::instance());
    model.setTimeZone(zone);
    auto header = [&](ChatAuditModel::Column c) { return model.headerData(c, Qt::Horizontal).toString(); };
    auto counts = [](const QMap<QString, qint64> &m) {
        QVariantMap out;
        for (auto it = m.cbegin(); it != m.cend(); ++it)
            out.insert(it.key(), it.value());
        return out;
    };
    Cli::Listing l;
    l.command = u"chats audit"_s;
    l.rowsKey = u"entries"_s;
    l.zone = zone;
    l.extra.insert(u"time_zone"_s, QString::fromUtf8(zone.id()));
    l.tableEmpty = Tr::tr("The audit log is empty: no chats have been imported.");
    l.columns = { { u"at"_s, header(ChatAuditModel::When) }, { u"os_user"_s, header(ChatAuditModel::Who) },
        { u"action"_s, header(ChatAuditModel::Action) }, { u"import_id"_s, {}, false },
        { u"file"_s, header(ChatAuditModel::File) }, { u"file_sha256"_s, {}, false },
        { u"rule_set"_s, header(ChatAuditModel::RuleSetColumn) },
        { u"conversations"_s, header(ChatAuditModel::Conversations) },
        { u"messages"_s, header(ChatAuditModel::Messages) }, { u"removed"_s, header(ChatAuditModel::Removed) },
        { u"identity_numbers"_s, header(ChatAuditModel::IdentityNumbers) },
        { u"per_rule"_s, header(ChatAuditModel::PerRule) }, { u"removed_per_rule"_s, {}, false },
        { u"kept_per_rule"_s, {}, false } };
    for (const ChatAuditEntry &e : ws->chats().auditLog())
        l.rows << QVariantList { e.at,
            e.osUser, QVariant::fromValue(Cli::Labelled { e.action, ChatAudit::actionName(e.action) }),
            e.importId ? QVariant(e.importId) : QVariant(), e.fileName, e.fileSha256, e.ruleSet, e.conversations,
            e.messages, e.tally.removedTotal(), e.tally.identityNumbers, e.tally.summary(), counts(e.tally.removed),
            counts(e.tally.kept) };
    return Cli::writeOutput(ctx, p.value(listing.output), l.render(format), Cli::Ok);
}

int runPurge(Cli::Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption olderThan(u"older-than"_s,
        Tr::tr("Delete the conversations whose last message is older than DAYS days, whatever the retention "
               "period (the period itself is not changed)."),
        Tr::tr("DAYS", "placeholder on the command line"));
    p.addOption(olderThan);
    if (int rc = Cli::parse(p, ctx, args,
            Tr::tr("Delete the stored conversations past the workspace's retention period now (every import of chats "
                   "does it too), or those older than --older-than DAYS, with an entry in the audit log. What is "
                   "deleted leaves nothing behind in the workspace's files."));
        rc >= 0)
        return rc;
    if (!p.positionalArguments().isEmpty())
        return ctx.usage(Tr::tr("chats purge takes no arguments"));
    int days = 0;
    if (p.isSet(olderThan)) {
        bool ok = false;
        days = p.value(olderThan).toInt(&ok);
        if (!ok || days < 1 || days > 36500)
            return ctx.usage(
                Tr::tr("--older-than takes a number of days from 1 to 36500, not \"%1\"").arg(p.value(olderThan)));
    }
    auto ws = ctx.openWorkspace();
    if (!ws)
        return Cli::DataError;
    ChatArchive &archive = ws->chats();
    if (!p.isSet(olderThan)) {
        if (archive.retentionDays() == 0) {
            ctx.out << Tr::tr("This workspace keeps conversations without a retention period; nothing was deleted.")
                    << Qt::endl;
            return Cli::Ok;
        }
        auto purged = archive.purgeExpired();
        if (!purged)
            return ctx.fail(purged.error());
        ctx.out << Tr::tr("%n conversation(s) past the retention period deleted", "", int(*purged)) << Qt::endl;
        return Cli::Ok;
    }
    auto purged = archive.purgeOlderThan(days);
    if (!purged)
        return ctx.fail(purged.error());
    ctx.out << Tr::tr("%n conversation(s) older than %1 days deleted", "", int(*purged)).arg(days) << Qt::endl;
    return Cli::Ok;
}

int runApplyRules(Cli::Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption dryRun(
        u"dry-run"_s, Tr::tr("Only count what the rule set would remove in addition; change nothing."));
    p.addOption(dryRun);
    p.addPositionalArgument(Tr::tr("RULESET", "placeholder on the command line"),
        Tr::tr("The rule set: %1.").arg(RuleSet::names().join(u", "_s)), u"RULESET"_s);
    if (int rc = Cli::parse(p, ctx, args,
            Tr::tr("Redact the stored text again with a stricter rule set, as the Chats area's \"Stricter rule set "
                   "for the stored text\" does: what it removes is overwritten in the workspace for good, with the "
                   "workspace's marker and an entry in the audit log. --dry-run shows the counts first."));
        rc >= 0)
        return rc;
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 1)
        return ctx.usage(Tr::tr("chats apply-rules takes one rule set: %1").arg(RuleSet::names().join(u", "_s)));
    const auto rules = RuleSet::byName(pos.first());
    if (!rules)
        return ctx.usage(
            Tr::tr("unknown rule set \"%1\"; choose one of %2").arg(pos.first(), RuleSet::names().join(u", "_s)));
    auto ws = ctx.openWorkspace();
    if (!ws)
        return Cli::DataError;
    const bool apply = !p.isSet(dryRun);
    auto result = apply ? ChatMaintenance::applyRules(*ws, *rules) : ChatMaintenance::previewRules(*ws, *rules);
    if (!result)
        return ctx.fail(result.error());
    const QLocale loc;
    const qint64 spans = result->tally.removedTotal();
    if (apply)
        ctx.out << Tr::tr("Applied %1: %Ln span(s) removed from the stored text of %2 of %3 messages.", "", int(spans))
                       .arg(result->ruleSet, loc.toString(result->additions.size()),
                           loc.toString(result->messagesScanned))
                << Qt::endl;
    else
        ctx.out << Tr::tr("%1 would remove %Ln more span(s) in %2 of %3 messages; nothing was changed.", "",
                       int(spans))
                       .arg(result->ruleSet, loc.toString(result->additions.size()),
                           loc.toString(result->messagesScanned))
                << Qt::endl;
    for (const QString &line : result->tally.describe())
        ctx.out << "  " << line << Qt::endl;
    return Cli::Ok;
}

// chats preview FILE: what the Chats area's "Open chat export…" shows before anything is stored, in counts.
int runPreview(Cli::Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    const Cli::ListingOptions listing;
    const QCommandLineOption rules(u"rules"_s,
        Tr::tr("Rule set: %1 (default standard).").arg(RuleSet::names().join(u", "_s)),
        Tr::tr("NAME", "placeholder on the command line"));
    p.addOptions(listing.both());
    p.addOption(rules);
    p.addPositionalArgument(Tr::tr("FILE", "placeholder on the command line"), Tr::tr("The chat export."),
        Tr::tr("FILE", "placeholder on the command line"));
    if (int rc = Cli::parse(p, ctx, args,
            Tr::tr("Read a chat export and count, rule by rule, what the redaction would remove and keep, as the "
                   "Chats area's preview does; nothing is stored and no text is printed (the raw text stays in "
                   "memory only). With a workspace (--db), its time zone and marker are used."));
        rc >= 0)
        return rc;
    if (p.positionalArguments().size() != 1)
        return ctx.usage(Tr::tr("chats preview takes one FILE"));
    const auto ruleSet = RuleSet::byName(p.value(rules));
    if (!ruleSet)
        return ctx.usage(
            Tr::tr("unknown rule set \"%1\"; choose one of %2").arg(p.value(rules), RuleSet::names().join(u", "_s)));
    int rc = Cli::Ok;
    const auto format = Cli::chosenFormat(ctx, p, listing, &rc);
    if (!format)
        return rc;
    // The workspace's zone and marker when there is one; the preview creates none.
    QTimeZone zone("Europe/Oslo");
    QString marker = RuleSet::defaultMarker();
    if (!ctx.isNewFile()) {
        auto ws = ctx.openWorkspace();
        if (!ws)
            return Cli::DataError;
        zone = ws->timeZone();
        marker = ws->settings().redactionMarker();
    }
    const QString path = p.positionalArguments().first();
    auto preview = ChatPreview::load(path, nullptr, zone);
    if (!preview)
        return ctx.fail(preview.error());
    (*preview)->setRuleSet(*ruleSet, marker);
    const RedactionTally &t = (*preview)->tally();
    const QLocale loc;
    Cli::Listing l;
    l.command = u"chats preview"_s;
    l.rowsKey = u"rules"_s;
    l.extra = { { u"file"_s, QFileInfo(path).fileName() }, { u"format"_s, (*preview)->importerName() },
        { u"rule_set"_s, ruleSet->id() }, { u"conversations"_s, (*preview)->conversations().size() },
        { u"messages"_s, (*preview)->messageCount() }, { u"removed"_s, t.removedTotal() },
        { u"identity_numbers"_s, t.identityNumbers }, { u"kept"_s, t.keptTotal() } };
    l.tableHeader = Tr::tr("%1 (%2), rule set %3. Conversations: %4, messages: %5. To remove: %6, of which identity "
                           "numbers: %7. Kept on purpose: %8. Nothing has been stored.")
                        .arg(QFileInfo(path).fileName(), (*preview)->formatName(), ruleSet->id(),
                            loc.toString((*preview)->conversations().size()), loc.toString((*preview)->messageCount()),
                            loc.toString(t.removedTotal()), loc.toString(t.identityNumbers),
                            loc.toString(t.keptTotal()))
        + u'\n';
    l.tableEmpty = Tr::tr("The rule set finds nothing to remove or keep in this export.");
    l.columns = { { u"rule"_s, Tr::tr("Rule") }, { u"removed"_s, Tr::tr("Removed") }, { u"kept"_s, Tr::tr("Kept") },
        { u"description"_s, Tr::tr("What it finds") } };
    QStringList ids = t.removed.keys();
    for (const QString &k : t.kept.keys())
        if (!ids.contains(k))
            ids << k;
    for (const QString &id : std::as_const(ids))
        l.rows << QVariantList { id, t.removed.value(id), t.kept.value(id), RuleSet::describeRule(id) };
    (*preview)->clear();
    return Cli::writeOutput(ctx, p.value(listing.output), l.render(*format), Cli::Ok);
}

Cli::Listing messageListing(const QList<StoredMessage> &messages, const QTimeZone &zone)
{
    Cli::Listing l;
    l.command = u"chats"_s;
    l.rowsKey = u"messages"_s;
    l.zone = zone;
    l.columns = { { u"conversation_id"_s, Tr::tr("Conversation") }, { u"timestamp"_s, Tr::tr("Time") },
        { u"sender"_s, Tr::tr("Sender") }, { u"text"_s, Tr::tr("Text (redacted)") } };
    for (const StoredMessage &m : messages)
        l.rows << QVariantList { m.conversationExternalId, m.sentAt.isValid() ? QVariant(m.sentAt) : QVariant(),
            m.sender, m.text };
    return l;
}

int runChats(Cli::Context &ctx, const QStringList &args)
{
    const QString action = args.value(1);
    if (action == u"audit")
        return runAudit(ctx, actionArgs(args));
    if (action == u"purge")
        return runPurge(ctx, actionArgs(args));
    if (action == u"apply-rules")
        return runApplyRules(ctx, actionArgs(args));
    if (action == u"preview")
        return runPreview(ctx, actionArgs(args));
    QCommandLineParser p;
    const Cli::ListingOptions listing(u"csv"_s);
    const QCommandLineOption limit(u"limit"_s, Tr::tr("Print at most N messages."), u"N"_s);
    const QCommandLineOption search(u"search"_s,
        Tr::tr("Only messages matching a full-text search of the redacted text."),
        Tr::tr("TEXT", "placeholder on the command line"));
    p.addOptions(listing.both());
    p.addOptions({ limit, search });
    p.addPositionalArgument(u"action"_s,
        Tr::tr("audit: the redaction audit log. purge [--older-than DAYS]: delete the conversations past the "
               "retention period (or older than DAYS) now. apply-rules RULESET [--dry-run]: redact the stored text "
               "again with a stricter rule set. preview FILE: count what the redaction would remove from a chat "
               "export, storing nothing. Each has its own --help. Without one, the command only reads."),
        u"[audit|purge|apply-rules|preview]"_s);
    if (int rc = Cli::parse(p, ctx, args,
            Tr::tr("Print the stored chat messages (redacted) as conversation_id,timestamp,sender,text, or their "
                   "audit log, or delete those past the retention period, or apply a stricter rule set. The "
                   "retention period and the marker are workspace settings (kapsel-cli settings)."));
        rc >= 0)
        return rc;
    if (!p.positionalArguments().isEmpty())
        return ctx.usage(Tr::tr("chats takes no argument but audit, purge, apply-rules or preview"));
    int max = -1;
    if (p.isSet(limit)) {
        bool ok = false;
        max = p.value(limit).toInt(&ok);
        if (!ok || max < 0)
            return ctx.usage(Tr::tr("--limit takes a number of messages, not \"%1\"").arg(p.value(limit)));
    }
    int rc = Cli::Ok;
    Cli::Format format = Cli::Format::Csv;
    auto ws = Cli::openListing(ctx, p, listing, &format, &rc);
    if (!ws)
        return rc;
    ChatArchive &archive = ws->chats();
    const int retention = archive.retentionDays();
    if (const qint64 expired = retention > 0 ? archive.expiredCount(retention) : 0; expired > 0)
        ctx.err << Tr::tr("%n conversation(s) past the retention period of %1 days are still stored; kapsel-cli "
                          "chats purge deletes them",
            "", int(expired))
                       .arg(retention)
                << Qt::endl;
    auto messages = archive.allMessages(p.value(search), max);
    if (!messages)
        return ctx.fail(messages.error());
    return Cli::writeOutput(
        ctx, p.value(listing.output), messageListing(*messages, ws->timeZone()).render(format), Cli::Ok);
}
} // namespace

void Cli::addChatCommands(QList<Command> &list)
{
    list << Command { u"chats"_s,
        [] { return Tr::tr("stored, redacted chat messages; their audit log, retention and rule set"); }, runChats };
}
