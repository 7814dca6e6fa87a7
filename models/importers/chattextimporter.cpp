// SPDX-License-Identifier: GPL-3.0-or-later
#include "importers/chattextimporter.h"

#include "chats/chatinput.h"
#include "chats/chatsender.h"
#include "chats/chatsink.h"
#include "importers/importcontext.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

// "[2024-05-02 08:01] Kunde: Hei" (also seconds, a T, or 02.05.2024).
const QRegularExpression &messageLine()
{
    static const QRegularExpression re(
        u"^\\[(\\d{4}-\\d{2}-\\d{2}[ T]\\d{1,2}:\\d{2}(?::\\d{2})?|\\d{1,2}\\.\\d{1,2}\\.\\d{4}[ "
        u",]+\\d{1,2}[:.]\\d{2}(?::\\d{2})?)\\]"
        "\\s*([^:\\n]{1,40}?)\\s*:[ \\t]?(.*)$"_s);
    return re;
}

// "=== Samtale 17 ===", "--- Conversation: abc ---": starts a new conversation.
const QRegularExpression &separatorLine()
{
    static const QRegularExpression re(u"^\\s*(?:={3,}|-{3,})\\s*(.*?)\\s*(?:={3,}|-{3,})?\\s*$"_s);
    return re;
}

QString conversationIdFrom(QString title)
{
    static const QRegularExpression word(
        u"^(?:samtale|conversation|chat|samtale-id|id)\\b\\s*:?\\s*"_s, QRegularExpression::CaseInsensitiveOption);
    return title.remove(word).trimmed();
}

} // namespace

QString ChatTextImporter::name() const
{
    return u"chat-text"_s;
}

QString ChatTextImporter::displayName() const
{
    return tr("Chat transcripts (plain text)");
}

int ChatTextImporter::sniff(const QByteArray &head, const QString &fileName) const
{
    const QString text = QString::fromUtf8(head.startsWith("\xEF\xBB\xBF") ? head.mid(3) : head);
    const QStringList lines = text.split(u'\n');
    int checked = 0;
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || (separatorLine().match(line).hasMatch() && !line.startsWith(u'[')))
            continue;
        if (++checked > 1)
            break;
        if (messageLine().match(line).hasMatch())
            return fileName.endsWith(u".txt"_s, Qt::CaseInsensitive) ? 90 : 85;
        return 0;
    }
    return 0;
}

Status ChatTextImporter::read(QIODevice &in, ImportContext &ctx) const
{
    auto decoded = ChatInput::readText(in, ctx);
    if (!decoded)
        return decoded.error();
    const QStringList lines = decoded->split(u'\n');
    const QTimeZone zone = ctx.timeZone.isValid() ? ctx.timeZone : QTimeZone("Europe/Oslo");

    ChatConversationRecord current;
    int conversationNumber = 0;
    int pendingBlankLines = 0; // blank lines inside a message are kept only when more text follows
    auto flush = [&]() -> Status {
        if (current.messages.isEmpty())
            return {};
        Status s = ctx.chats->addConversation(current);
        current = ChatConversationRecord {};
        return s;
    };
    auto startConversation = [&](const QString &id, int line) -> Status {
        if (Status s = flush())
            return s;
        ++conversationNumber;
        current.externalId = id.isEmpty() ? QString::number(conversationNumber) : id;
        current.line = line;
        return {};
    };
    for (int k = 0; k < lines.size(); ++k) {
        const int lineNo = k + 1;
        QString line = lines[k];
        if (line.endsWith(u'\r'))
            line.chop(1);
        if ((k & 1023) == 0) {
            if (ctx.cancelled())
                return {};
            ctx.progress(ctx.totalBytes / 2 + ctx.totalBytes * k / (2 * lines.size()));
        }
        if (const auto m = messageLine().match(line); m.hasMatch()) {
            if (current.externalId.isEmpty())
                if (Status s = startConversation({}, lineNo))
                    return s;
            ++ctx.rowsRead;
            ChatMessageRecord msg;
            msg.line = lineNo;
            msg.sentAt = ChatInput::parseTime(m.captured(1), zone);
            msg.sender = ChatSender::fromLabel(m.captured(2));
            msg.text = m.captured(3);
            current.messages << std::move(msg);
            pendingBlankLines = 0;
            continue;
        }
        if (line.trimmed().isEmpty()) {
            ++pendingBlankLines;
            continue;
        }
        if (const auto s = separatorLine().match(line); s.hasMatch() && !line.startsWith(u' ')) {
            if (Status st = startConversation(conversationIdFrom(s.captured(1)), lineNo))
                return st;
            pendingBlankLines = 0;
            continue;
        }
        if (current.messages.isEmpty())
            return ctx.error(lineNo, tr("expected a message line such as \"[2024-05-02 08:01] Kunde: Hei\""));
        // A continuation of the previous message (the customer pressed Enter).
        QString &t = current.messages.last().text;
        t += QString(pendingBlankLines + 1, u'\n') + line;
        pendingBlankLines = 0;
    }
    if (Status s = flush())
        return s;
    if (ctx.rowsRead == 0)
        return ctx.error(1, tr("no message lines found; expected lines such as \"[2024-05-02 08:01] Kunde: Hei\""));
    return {};
}
