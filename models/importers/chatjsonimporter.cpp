// SPDX-License-Identifier: GPL-3.0-or-later
#include "importers/chatjsonimporter.h"
#include "core/filequote.h"

#include "chats/chatinput.h"
#include "chats/chatsender.h"
#include "chats/chatsink.h"
#include "importers/importcontext.h"
#include "importers/textlimits.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

QString ChatJsonImporter::name() const
{
    return u"chat-json"_s;
}

QString ChatJsonImporter::displayName() const
{
    return tr("Chat transcripts (Boost.ai or generic JSON)");
}

int ChatJsonImporter::sniff(const QByteArray &head, const QString &fileName) const
{
    const QByteArray t = head.trimmed().startsWith("\xEF\xBB\xBF") ? head.trimmed().mid(3) : head.trimmed();
    if (!t.startsWith('{') && !t.startsWith('['))
        return 0;
    const bool json = fileName.endsWith(u".json"_s, Qt::CaseInsensitive);
    if (t.contains("\"conversations\"") && t.contains("\"messages\""))
        return 95;
    if (t.contains("\"elements\"") && t.contains("\"payload\"") && t.contains("\"source\""))
        return 90;
    if (t.contains("\"messages\"") && t.contains("\"text\""))
        return json ? 70 : 60;
    return 0;
}

namespace {

// Lines of values in the export, so messages and errors can point somewhere useful (QJsonDocument keeps
// no positions). Values are looked up in file order, so each search starts where the last one ended and the
// whole file is walked once, not once per message.
class LineLocator
{
public:
    explicit LineLocator(const QString &text)
        : m_text(text)
    { }
    int lineOf(const QString &value)
    {
        if (value.isEmpty())
            return 0;
        const qsizetype at = m_text.indexOf(u'"' + value + u'"', m_pos);
        if (at < 0)
            return 0;
        m_line += int(QStringView(m_text).mid(m_pos, at - m_pos).count(u'\n'));
        m_pos = at;
        return m_line;
    }

private:
    const QString &m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
};

QString jsonString(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toInteger());
    return {};
}

QString firstString(const QJsonObject &o, std::initializer_list<const char16_t *> keys)
{
    for (const char16_t *k : keys) {
        const QString s = jsonString(o.value(QStringView(k)));
        if (!s.isEmpty())
            return s;
    }
    return {};
}

// The text of a message: Boost.ai elements[].payload.text / .html, else `text` / `html` on the message.
QString messageText(const QJsonObject &m)
{
    QStringList parts;
    const QJsonArray elements = m.value(u"elements"_s).toArray();
    for (const QJsonValue &e : elements) {
        const QJsonObject payload = e.toObject().value(u"payload"_s).toObject();
        if (payload.value(u"text"_s).isString())
            parts << payload.value(u"text"_s).toString();
        else if (payload.value(u"html"_s).isString())
            parts << ChatInput::htmlToPlainText(payload.value(u"html"_s).toString());
    }
    if (parts.isEmpty()) {
        if (m.value(u"text"_s).isString())
            parts << m.value(u"text"_s).toString();
        else if (m.value(u"html"_s).isString())
            parts << ChatInput::htmlToPlainText(m.value(u"html"_s).toString());
    }
    return parts.join(u'\n');
}

} // namespace

Status ChatJsonImporter::read(QIODevice &in, ImportContext &ctx) const
{
    auto text = ChatInput::readText(in, ctx, ChatInput::Shape::Document);
    if (!text)
        return text.error();
    const QByteArray utf8 = text->toUtf8();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(utf8, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const int line = int(utf8.left(parseError.offset).count('\n')) + 1;
        return ctx.error(
            line, tr("this is not valid JSON (%1); is the export complete?").arg(parseError.errorString()));
    }

    // Where the conversations are: a top-level array, {"conversations": [...]}, or one conversation.
    QJsonArray conversations;
    if (doc.isArray()) {
        conversations = doc.array();
    } else if (doc.object().value(u"conversations"_s).isArray()) {
        conversations = doc.object().value(u"conversations"_s).toArray();
    } else if (doc.object().contains(u"messages"_s) || doc.object().contains(u"conversation"_s)) {
        conversations.append(doc.object());
    } else {
        return ctx.error(
            1, tr("no conversations found: expected a list of conversations or {\"conversations\": [...]}"));
    }

    const QTimeZone zone = ctx.timeZone.isValid() ? ctx.timeZone : QTimeZone("Europe/Oslo");
    LineLocator lines(*text);
    qsizetype index = 0;
    for (const QJsonValue &cv : conversations) {
        ++index;
        if (ctx.cancelled())
            return {};
        if (!cv.isObject())
            return ctx.error(0, tr("conversation number %1 is not a JSON object").arg(index));
        const QJsonObject c = cv.toObject();
        // Boost.ai nests the conversation's own fields under "conversation".
        const QJsonObject meta = c.value(u"conversation"_s).isObject() ? c.value(u"conversation"_s).toObject() : c;
        ChatConversationRecord rec;
        rec.externalId = firstString(meta, { u"id", u"conversation_id", u"uuid" });
        if (rec.externalId.isEmpty())
            rec.externalId = QString::number(index);
        rec.reference = firstString(meta, { u"reference" });
        rec.line = lines.lineOf(rec.externalId);
        const QJsonValue mv = c.contains(u"messages"_s) ? c.value(u"messages"_s) : meta.value(u"messages"_s);
        if (!mv.isArray())
            return ctx.error(
                rec.line, tr("conversation \"%1\" has no list of messages").arg(FileQuote::quote(rec.externalId)));
        qsizetype mIndex = 0;
        for (const QJsonValue &v : mv.toArray()) {
            ++mIndex;
            if (!v.isObject())
                return ctx.error(rec.line,
                    tr("message number %1 of conversation \"%2\" is not a JSON object")
                        .arg(mIndex)
                        .arg(FileQuote::quote(rec.externalId)));
            const QJsonObject m = v.toObject();
            ++ctx.rowsRead;
            ChatMessageRecord msg;
            msg.externalId = firstString(m, { u"id", u"message_id" });
            msg.line = msg.externalId.isEmpty() ? rec.line : lines.lineOf(msg.externalId);
            if (msg.line == 0)
                msg.line = rec.line;
            msg.sentAt = ChatInput::parseTime(
                firstString(m, { u"date_created", u"timestamp", u"time", u"created_at", u"date" }), zone);
            msg.sender = ChatSender::fromLabel(firstString(m, { u"source", u"sender", u"from", u"author", u"role" }));
            msg.text = messageText(m);
            if (msg.text.size() > TextLimits::kMaxFieldBytes) // UTF-16 units, never more than the UTF-8 bytes
                return ctx.error(msg.line, TextLimits::fieldTooLong());
            if (msg.text.isEmpty()) {
                ctx.skip(tr("message without text (for example only buttons or links)"), msg.line);
                continue;
            }
            rec.messages << std::move(msg);
        }
        if (Status s = ctx.chats->addConversation(rec))
            return s;
        ctx.progress(ctx.totalBytes / 2 + ctx.totalBytes * index / (2 * conversations.size()));
    }
    return {};
}
