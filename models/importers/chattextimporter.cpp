// SPDX-License-Identifier: GPL-3.0-or-later
#include "importers/chattextimporter.h"

#include "chats/chatinput.h"
#include "chats/chatsender.h"
#include "chats/chatsink.h"
#include "importers/importcontext.h"
#include "importers/linereader.h"
#include "importers/utf8stream.h"

#include <QIODevice>
#include <QRegularExpression>

#include <optional>

using namespace Qt::StringLiterals;

namespace {

// "[2024-05-02 08:01] Kunde: Hei" (also seconds, a T, or 02.05.2024).
const QRegularExpression &messageLine()
{
    static const QRegularExpression re(
        u"^\\[(\\d{4}-\\d{2}-\\d{2}[ T]\\d{1,2}:\\d{2}(?::\\d{2})?|\\d{1,2}\\.\\d{1,2}\\.\\d{4}[ "
        u",]+\\d{1,2}[:.]\\d{2}(?::\\d{2})?)\\]"
        "\\s*+([^:\\n]{1,40}?)\\s*+:[ \\t]?(.*)$"_s); // possessive blanks: linear on long lines
    return re;
}

// "=== Samtale 17 ===", "--- Conversation: abc ---": starts a new conversation. A run of at least three
// '=' or '-', the title, and optionally another such run; the title is what lies between, trimmed. A hand
// scan, not a regular expression: a line of a million '=' took minutes to backtrack through.
std::optional<QString> separatorTitle(QStringView line)
{
    auto isBlank = [](QChar c) { return c.isSpace(); };
    qsizetype begin = 0, end = line.size();
    while (begin < end && isBlank(line[begin]))
        ++begin;
    while (end > begin && isBlank(line[end - 1]))
        --end;
    if (begin >= end || (line[begin] != u'=' && line[begin] != u'-'))
        return std::nullopt;
    const QChar lead = line[begin];
    qsizetype i = begin;
    while (i < end && line[i] == lead)
        ++i;
    if (i - begin < 3)
        return std::nullopt;
    // A closing run (of either character, but of one only) of at least three goes too.
    if (end > i && (line[end - 1] == u'=' || line[end - 1] == u'-')) {
        const QChar tail = line[end - 1];
        qsizetype k = end;
        while (k > i && line[k - 1] == tail)
            --k;
        if (end - k >= 3)
            end = k;
    }
    return line.mid(i, end - i).trimmed().toString();
}

QString conversationIdFrom(QString title)
{
    static const QRegularExpression word(
        u"^(?:samtale|conversation|chat|samtale-id|id)\\b\\s*+:?\\s*+"_s, QRegularExpression::CaseInsensitiveOption);
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
        if (line.isEmpty() || (separatorTitle(line) && !line.startsWith(u'[')))
            continue;
        if (++checked > 1)
            break;
        if (messageLine().match(line).hasMatch())
            return fileName.endsWith(u".txt"_s, Qt::CaseInsensitive) ? 90 : 85;
        return 0;
    }
    return 0;
}

// Streams the file line by line: memory holds one line and the messages not yet handed over, never the file.
// A long conversation is handed over in parts of kMessagesPerPart (the last message stays, as the next line
// may continue it).
Status ChatTextImporter::read(QIODevice &in, ImportContext &ctx) const
{
    constexpr qsizetype kMessagesPerPart = 256;
    LineReader lines(in);
    // Utf8Stream has decided the encoding from the first 64 KiB (a UTF-8 character cut at their end is still
    // UTF-8). Only a file it reads as Windows-1252 needs ChatInput's check that it is plausible text, and the note.
    if (lines.encoding() == TextEncoding::Windows1252)
        if (Status s = ChatInput::checkEncoding(in.peek(64 * 1024), ctx))
            return s;
    const bool checkUtf8 = lines.encoding() == TextEncoding::Utf8 || lines.encoding() == TextEncoding::Utf8Bom;
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
    auto handOverPart = [&]() -> Status {
        ChatMessageRecord open = current.messages.takeLast();
        current.morePartsFollow = true;
        if (Status s = ctx.chats->addConversation(current))
            return s;
        current.messages.clear();
        current.messages << std::move(open);
        current.continuesEarlierPart = true;
        current.morePartsFollow = false;
        return {};
    };
    auto startConversation = [&](const QString &id, int line) -> Status {
        if (Status s = flush())
            return s;
        ++conversationNumber;
        current.externalId = id.isEmpty() ? QString::number(conversationNumber) : id;
        current.line = line;
        return {};
    };
    QByteArrayView raw;
    while (lines.next(raw)) {
        const int lineNo = lines.lineNumber();
        if ((lineNo & 1023) == 0) {
            if (ctx.cancelled())
                return {};
            ctx.progress(lines.rawBytesRead());
        }
        if (checkUtf8 && !Utf8Stream::isValidUtf8(raw, false))
            return ctx.error(lineNo, ChatInput::notUtf8());
        const QString line = QString::fromUtf8(raw);
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
            if (current.messages.size() > kMessagesPerPart)
                if (Status s = handOverPart())
                    return s;
            continue;
        }
        if (line.trimmed().isEmpty()) {
            ++pendingBlankLines;
            continue;
        }
        if (const auto title = separatorTitle(line); title && !line.startsWith(u' ')) {
            if (Status st = startConversation(conversationIdFrom(*title), lineNo))
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
    if (lines.hasError())
        return ctx.error(lines.lineNumber(), lines.errorReason());
    if (Status s = flush())
        return s;
    if (ctx.rowsRead == 0)
        return ctx.error(1, tr("no message lines found; expected lines such as \"[2024-05-02 08:01] Kunde: Hei\""));
    return {};
}
