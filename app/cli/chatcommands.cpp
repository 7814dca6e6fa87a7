// SPDX-License-Identifier: GPL-3.0-or-later
// chats: the stored (redacted) chat messages.
#include "cli/cli.h"

#include "chats/chatarchive.h"
#include "core/csvwriter.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

int runChats(Cli::Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption format(
        u"format"_s, Tr::tr("Output format: csv (default) or json."), u"csv|json"_s, u"csv"_s);
    const QCommandLineOption limit(u"limit"_s, Tr::tr("Print at most N messages."), u"N"_s);
    const QCommandLineOption search(u"search"_s,
        Tr::tr("Only messages matching a full-text search of the redacted text."),
        Tr::tr("TEXT", "placeholder on the command line"));
    p.addOptions({ format, limit, search });
    p.addPositionalArgument(u"purge"_s,
        Tr::tr("purge: delete the conversations past the workspace's retention period now (a chat import does it "
               "too); without it, the command only reads."),
        u"[purge]"_s);
    if (int rc = Cli::parse(p, ctx, args,
            Tr::tr("Print the stored chat messages (redacted) as conversation_id,timestamp,sender,text, or delete "
                   "those past the retention period."));
        rc >= 0)
        return rc;
    const QStringList pos = p.positionalArguments();
    if (pos.size() > 1 || (pos.size() == 1 && pos.first() != u"purge"))
        return ctx.usage(Tr::tr("chats takes no argument but purge"));
    const bool purge = pos.size() == 1;
    const QString fmt = p.value(format).toLower();
    if (fmt != u"csv" && fmt != u"json")
        return ctx.usage(Tr::tr("--format takes csv or json, not \"%1\"").arg(p.value(format)));
    int max = -1;
    if (p.isSet(limit)) {
        bool ok = false;
        max = p.value(limit).toInt(&ok);
        if (!ok || max < 0)
            return ctx.usage(Tr::tr("--limit takes a number of messages, not \"%1\"").arg(p.value(limit)));
    }
    auto ws = ctx.openWorkspace();
    if (!ws)
        return Cli::DataError;
    ChatArchive &archive = ws->chats();
    const int retention = archive.retentionDays();
    if (purge) {
        if (retention == 0) {
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
    if (const qint64 expired = retention > 0 ? archive.expiredCount(retention) : 0; expired > 0)
        ctx.err << Tr::tr("%n conversation(s) past the retention period of %1 days are still stored; kapsel-cli "
                          "chats purge deletes them",
            "", int(expired))
                       .arg(retention)
                << Qt::endl;
    auto messages = archive.allMessages(p.value(search), max);
    if (!messages)
        return ctx.fail(messages.error());
    auto timestamp = [](const StoredMessage &m) {
        return m.sentAt.isValid() ? m.sentAt.toUTC().toString(Qt::ISODate) : QString();
    };
    if (fmt == u"json") {
        QJsonArray list;
        for (const StoredMessage &m : *messages)
            list.append(QJsonObject { { u"conversation_id"_s, m.conversationExternalId },
                { u"timestamp"_s, timestamp(m) }, { u"sender"_s, m.sender }, { u"text"_s, m.text } });
        ctx.out << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
        return Cli::Ok;
    }
    ctx.out << CsvWriter::line({ u"conversation_id"_s, u"timestamp"_s, u"sender"_s, u"text"_s });
    for (const StoredMessage &m : *messages)
        ctx.out << CsvWriter::line({ m.conversationExternalId, timestamp(m), m.sender, m.text });
    ctx.out.flush();
    return Cli::Ok;
}
} // namespace

void Cli::addChatCommands(QList<Command> &list)
{
    list << Command { u"chats"_s, [] { return Tr::tr("print the stored, redacted chat messages"); }, runChats };
}
