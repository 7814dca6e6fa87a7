// SPDX-License-Identifier: GPL-3.0-or-later
#include "importers/chatcsvimporter.h"

#include "chats/chatinput.h"
#include "chats/chatsender.h"
#include "chats/chatsink.h"
#include "importers/importcontext.h"
#include "importers/textlimits.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace {

struct Record
{
    QStringList fields;
    int line = 0; // where the record starts
};

// Header names chat tools use for each of our four columns.
const QHash<QString, QString> &headerAliases()
{
    static const QHash<QString, QString> map = {
        { u"conversation_id"_s, u"conversation_id"_s },
        { u"conversation"_s, u"conversation_id"_s },
        { u"conversationid"_s, u"conversation_id"_s },
        { u"chat_id"_s, u"conversation_id"_s },
        { u"samtale_id"_s, u"conversation_id"_s },
        { u"samtale"_s, u"conversation_id"_s },
        { u"timestamp"_s, u"timestamp"_s },
        { u"time"_s, u"timestamp"_s },
        { u"date_created"_s, u"timestamp"_s },
        { u"tidspunkt"_s, u"timestamp"_s },
        { u"tid"_s, u"timestamp"_s },
        { u"sender"_s, u"sender"_s },
        { u"source"_s, u"sender"_s },
        { u"avsender"_s, u"sender"_s },
        { u"from"_s, u"sender"_s },
        { u"role"_s, u"sender"_s },
        { u"text"_s, u"text"_s },
        { u"message"_s, u"text"_s },
        { u"melding"_s, u"text"_s },
        { u"tekst"_s, u"text"_s },
    };
    return map;
}

QChar detectSeparator(QStringView firstLine)
{
    const qsizetype comma = firstLine.count(u','), semi = firstLine.count(u';'), tab = firstLine.count(u'\t');
    if (tab > comma && tab > semi)
        return u'\t';
    return semi > comma ? u';' : u',';
}

} // namespace

QString ChatCsvImporter::name() const
{
    return u"chat-csv"_s;
}

QString ChatCsvImporter::displayName() const
{
    return tr("Chat transcripts (CSV)");
}

int ChatCsvImporter::sniff(const QByteArray &head, const QString &fileName) const
{
    QByteArray first = head.left(head.indexOf('\n') < 0 ? head.size() : head.indexOf('\n')).toLower();
    if (first.startsWith("\xEF\xBB\xBF"))
        first = first.mid(3);
    const QString line = QString::fromUtf8(first).trimmed();
    const QChar sep = detectSeparator(line);
    bool conversation = false, text = false;
    for (QString h : line.split(sep)) {
        h = h.trimmed().remove(u'"');
        const QString col = headerAliases().value(h);
        conversation |= col == u"conversation_id";
        text |= col == u"text";
    }
    if (conversation && text)
        return fileName.endsWith(u".csv"_s, Qt::CaseInsensitive) ? 95 : 90;
    return 0;
}

Status ChatCsvImporter::read(QIODevice &in, ImportContext &ctx) const
{
    auto decoded = ChatInput::readText(in, ctx);
    if (!decoded)
        return decoded.error();
    const QString &text = *decoded;
    const qsizetype n = text.size();
    const qsizetype firstBreak = text.indexOf(u'\n');
    const QChar sep = detectSeparator(QStringView(text).left(firstBreak < 0 ? n : firstBreak));

    // RFC 4180: quoted fields may hold separators, doubled quotes and line breaks.
    QList<Record> records;
    Record rec;
    QString field;
    int line = 1;
    rec.line = 1;
    qsizetype i = 0;
    bool fieldStarted = false;
    auto endRecord = [&] {
        rec.fields << field;
        field.clear();
        fieldStarted = false;
        if (!(rec.fields.size() == 1 && rec.fields.first().isEmpty()))
            records << rec;
        rec = Record {};
    };
    while (i < n) {
        const QChar c = text[i];
        if (c == u'"' && !fieldStarted) {
            const int openedAt = line;
            ++i;
            for (;;) {
                if (i >= n)
                    return ctx.error(
                        openedAt, tr("a quoted field that starts here is never closed; is the file complete?"));
                const QChar q = text[i];
                if (q == u'"') {
                    if (i + 1 < n && text[i + 1] == u'"') {
                        field += u'"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                if (q == u'\n')
                    ++line;
                // A CRLF export's line break inside a quoted field is one line break.
                if (!(q == u'\r' && i + 1 < n && text[i + 1] == u'\n'))
                    field += q;
                ++i;
            }
            fieldStarted = true;
            if (i < n && text[i] != sep && text[i] != u'\n' && text[i] != u'\r')
                return ctx.error(
                    line, tr("unexpected text after a closing quote; quotes inside a field must be doubled"));
            continue;
        }
        if (c == sep) {
            rec.fields << field;
            field.clear();
            fieldStarted = false;
            ++i;
            continue;
        }
        if (c == u'\r' && i + 1 < n && text[i + 1] == u'\n') {
            ++i;
            continue;
        }
        if (c == u'\n' || c == u'\r') {
            endRecord();
            ++line;
            rec.line = line;
            ++i;
            continue;
        }
        field += c;
        fieldStarted = true;
        ++i;
    }
    if (fieldStarted || !rec.fields.isEmpty())
        endRecord();
    if (records.isEmpty())
        return ctx.error(1, tr("the file has no header line"));

    for (const Record &r : std::as_const(records)) {
        for (const QString &f : r.fields) {
            if (f.size() > TextLimits::kMaxFieldBytes) // UTF-16 units, never more than the UTF-8 bytes
                return ctx.error(r.line, TextLimits::fieldTooLong());
        }
    }

    // Columns by header name.
    const Record header = records.takeFirst();
    QHash<QString, int> column;
    for (int k = 0; k < header.fields.size(); ++k) {
        const QString col = headerAliases().value(header.fields[k].trimmed().toLower());
        if (!col.isEmpty() && !column.contains(col))
            column.insert(col, k);
    }
    if (!column.contains(u"conversation_id"_s) || !column.contains(u"text"_s))
        return ctx.error(header.line,
            tr("the header needs the columns conversation_id and text "
               "(expected conversation_id,timestamp,sender,text)"));

    const QTimeZone zone = ctx.timeZone.isValid() ? ctx.timeZone : QTimeZone("Europe/Oslo");
    QList<ChatConversationRecord> conversations;
    QHash<QString, qsizetype> byId;
    qint64 withoutTime = 0;
    for (const Record &r : std::as_const(records)) {
        if (r.fields.size() != header.fields.size())
            return ctx.error(
                r.line, tr("this row has %1 fields, the header has %2").arg(r.fields.size()).arg(header.fields.size()));
        ++ctx.rowsRead;
        const QString id = r.fields[column.value(u"conversation_id"_s)].trimmed();
        ChatMessageRecord m;
        m.line = r.line;
        m.text = r.fields[column.value(u"text"_s)];
        if (column.contains(u"sender"_s))
            m.sender = ChatSender::fromLabel(r.fields[column.value(u"sender"_s)]);
        else
            m.sender = ChatSender::other();
        if (column.contains(u"timestamp"_s)) {
            const QString t = r.fields[column.value(u"timestamp"_s)];
            m.sentAt = ChatInput::parseTime(t, zone);
            if (!m.sentAt.isValid() && !t.trimmed().isEmpty())
                ++withoutTime;
        }
        if (id.isEmpty()) {
            ctx.skip(tr("row without a conversation id"), r.line);
            continue;
        }
        if (m.text.trimmed().isEmpty()) {
            ctx.skip(tr("message without text (for example only buttons or links)"), r.line);
            continue;
        }
        auto it = byId.find(id);
        if (it == byId.end()) {
            it = byId.insert(id, conversations.size());
            ChatConversationRecord c;
            c.externalId = id;
            c.line = r.line;
            conversations << c;
        }
        conversations[*it].messages << std::move(m);
    }
    if (withoutTime > 0)
        ctx.notes << tr(
            "%Ln message(s) had a time Kapsel did not understand and were stored without a time", "", int(withoutTime));
    qsizetype done = 0;
    for (const ChatConversationRecord &c : std::as_const(conversations)) {
        if (ctx.cancelled())
            return {};
        if (Status s = ctx.chats->addConversation(c))
            return s;
        ++done;
        ctx.progress(ctx.totalBytes / 2 + ctx.totalBytes * done / (2 * conversations.size()));
    }
    return {};
}
