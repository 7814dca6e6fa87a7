// SPDX-License-Identifier: GPL-3.0-or-later
// settings: the workspace's own settings, kept in the workspace and shared by everyone who opens it.
#include "cli/cli.h"
#include "cli/output.h"

#include "chats/chatarchive.h"
#include "redaction/ruleset.h"
#include "workspace/chatmaintenance.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// One setting as a scripter sees it: its key, its value as text, and what it means.
struct Setting
{
    QString key;
    std::function<QString()> description;
    std::function<QString(Workspace &)> get;
};

const QList<Setting> &settings()
{
    static const QList<Setting> list {
        { u"time-zone"_s,
            [] {
                return Tr::tr("IANA zone in which times without an offset in imported files are read, and days, "
                              "weeks and months are counted (default Europe/Oslo)");
            },
            [](Workspace &ws) { return QString::fromUtf8(ws.timeZone().id()); } },
        { u"redaction-marker"_s,
            [] {
                return Tr::tr("text that replaces a removed span in chat text stored from now on; empty: removed "
                              "without a trace");
            },
            [](Workspace &ws) { return ws.settings().redactionMarker(); } },
        { u"chat-retention-days"_s,
            [] {
                return Tr::tr("days a conversation is kept after its last message; 0: kept until deleted by hand");
            },
            [](Workspace &ws) { return QString::number(ws.chats().retentionDays()); } },
    };
    return list;
}

const Setting *settingNamed(const QString &key)
{
    for (const Setting &s : settings())
        if (s.key == key)
            return &s;
    return nullptr;
}

QString keyList()
{
    QStringList keys;
    for (const Setting &s : settings())
        keys << s.key;
    return keys.join(u", "_s);
}

// settings set KEY VALUE: checks the value, then stores it as the GUI does.
int setSetting(Cli::Context &ctx, Workspace &ws, const QString &key, const QString &value, bool yes)
{
    if (key == u"time-zone") {
        if (!QTimeZone(value.toUtf8()).isValid())
            return ctx.usage(
                Tr::tr("unknown time zone \"%1\"; use an IANA name such as Europe/Oslo or UTC").arg(value));
        if (Status s = ws.setTimeZone(value.toUtf8()))
            return ctx.fail(*s);
    } else if (key == u"redaction-marker") {
        if (Status s = ws.settings().setRedactionMarker(value))
            return ctx.usage(Tr::tr("the marker was not changed: %1").arg(s->reason));
    } else {
        bool ok = false;
        const int days = value.toInt(&ok);
        if (!ok || days < 0 || days > 36500)
            return ctx.usage(Tr::tr("chat-retention-days takes a number of days from 0 (off) to 36500, not \"%1\"")
                                 .arg(value));
        // As the Chats area asks first: a shorter period deletes what is past it at once.
        const qint64 expired = ws.chats().expiredCount(days);
        if (expired > 0 && !yes)
            return ctx.usage(Tr::tr("%Ln stored conversation(s) are older than %1 days and would be deleted now; "
                                    "nothing was changed. Add --yes to set it and delete them.",
                "", int(expired))
                                 .arg(days));
        auto purged = ChatMaintenance::setRetention(ws.chats(), days);
        if (!purged)
            return ctx.fail(purged.error());
        if (*purged > 0)
            ctx.err << Tr::tr("%n conversation(s) past the retention period deleted", "", int(*purged)) << Qt::endl;
    }
    ctx.out << settingNamed(key)->get(ws) << Qt::endl;
    return Cli::Ok;
}

int runSettings(Cli::Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    const Cli::ListingOptions listing;
    const QCommandLineOption yes(u"yes"_s,
        Tr::tr("With set chat-retention-days: also when the new period deletes stored conversations now."));
    p.addOptions(listing.both());
    p.addOption(yes);
    p.addPositionalArgument(Tr::tr("action", "placeholder on the command line"),
        Tr::tr("Without one: list every setting. get KEY: print one value. set KEY VALUE: change it. The keys: %1.")
            .arg(keyList()),
        u"[get KEY|set KEY VALUE]"_s);
    if (int rc = Cli::parse(p, ctx, args,
            Tr::tr("The workspace's own settings, kept in the workspace and shared by everyone who opens it, as the "
                   "GUI sets them: the time zone (File menu), the marker for removed chat text and the retention "
                   "period of chats (Chats area). A shorter retention period deletes the conversations past it at "
                   "once, so it asks for --yes when it would."));
        rc >= 0)
        return rc;
    const QStringList pos = p.positionalArguments();
    const QString action = pos.value(0);
    if (!pos.isEmpty() && !(action == u"get" && pos.size() == 2) && !(action == u"set" && pos.size() == 3))
        return ctx.usage(Tr::tr("settings takes get KEY or set KEY VALUE"));
    if (!pos.isEmpty() && !settingNamed(pos.at(1)))
        return ctx.usage(Tr::tr("unknown setting \"%1\"; the settings are %2").arg(pos.at(1), keyList()));
    if (p.isSet(yes) && action != u"set")
        return ctx.usage(Tr::tr("--yes goes with set"));
    int rc = Cli::Ok;
    const auto format = Cli::chosenFormat(ctx, p, listing, &rc);
    if (!format)
        return rc;
    auto ws = ctx.openWorkspace(action == u"set" ? Cli::Context::Open::MayCreate : Cli::Context::Open::Existing);
    if (!ws)
        return Cli::DataError;
    if (action == u"set")
        return setSetting(ctx, *ws, pos.at(1), pos.at(2), p.isSet(yes));
    if (action == u"get") {
        ctx.out << settingNamed(pos.at(1))->get(*ws) << Qt::endl;
        return Cli::Ok;
    }
    Cli::Listing l;
    l.command = u"settings"_s;
    l.rowsKey = u"settings"_s;
    l.columns = { { u"key"_s, Tr::tr("Key") }, { u"value"_s, Tr::tr("Value") },
        { u"description"_s, Tr::tr("Meaning") } };
    for (const Setting &s : settings())
        l.rows << QVariantList { s.key, s.get(*ws), s.description() };
    return Cli::writeOutput(ctx, p.value(listing.output), l.render(*format), Cli::Ok);
}
} // namespace

void Cli::addSettingsCommands(QList<Command> &list)
{
    list << Command { u"settings"_s,
        [] { return Tr::tr("list, print or change the workspace's settings (time zone, chat marker, retention)"); },
        runSettings };
}
