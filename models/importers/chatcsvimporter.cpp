// SPDX-License-Identifier: GPL-3.0-or-later
#include "importers/chatcsvimporter.h"

#include "chats/chatinput.h"
#include "chats/chatsender.h"
#include "chats/chatsink.h"
#include "core/deferredtext.h"
#include "importers/csvreader.h"
#include "importers/importcontext.h"
#include "importers/utf8stream.h"

#include <QHash>
#include <QIODevice>
#include <QSet>
#include <QStringDecoder>

#include <algorithm>
#include <list>
#include <unordered_map>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

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

namespace {

// The separator as the importer has always chosen it: counted on the first line of the decoded head.
char separatorOf(const QByteArray &head)
{
    QString text;
    switch (Utf8Stream::detect(head)) {
    case TextEncoding::Utf16LE:
    case TextEncoding::Utf16BE: {
        QStringDecoder decode(head.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        text = decode(head.sliced(2));
        break;
    }
    default:
        text = QString::fromLatin1(head); // the separators are ASCII in UTF-8 and Windows-1252 alike
    }
    const qsizetype firstBreak = text.indexOf(u'\n');
    return char(detectSeparator(QStringView(text).left(firstBreak < 0 ? text.size() : firstBreak)).unicode());
}

// The conversations whose ids came lately, with the messages not yet handed over (see ChatCsvImporter::read).
class OpenConversations
{
public:
    explicit OpenConversations(ImportContext &ctx)
        : m_ctx(ctx)
    { }

    Status add(const QString &id, int line, ChatMessageRecord message)
    {
        auto it = m_open.find(id);
        if (it == m_open.end()) {
            if (m_remembered[0].contains(idHash(id)) || m_remembered[1].contains(idHash(id)))
                ++m_returned;
            if (m_open.size() >= ChatCsvImporter::kMaxOpenConversations)
                if (Status s = closeLeastRecent())
                    return s;
            Open o;
            o.pending.externalId = id;
            o.pending.line = line;
            o.firstSeen = m_seen++;
            o.recency = m_recency.insert(m_recency.end(), id);
            it = m_open.emplace(id, std::move(o)).first;
        } else {
            m_recency.splice(m_recency.end(), m_recency, it->second.recency);
        }
        m_pendingBytes += cost(message);
        ++m_pendingMessages;
        it->second.pending.messages << std::move(message);
        if (m_pendingMessages > ChatCsvImporter::kMaxPendingMessages
            || m_pendingBytes > ChatCsvImporter::kMaxPendingBytes)
            return handOverAll(false);
        return {};
    }

    // Hands over what is left, the conversations in the order their ids first came.
    Status finish() { return handOverAll(true); }

    qint64 returned() const { return m_returned; }

private:
    struct Open
    {
        ChatConversationRecord pending; // id, first line, the messages not yet handed over
        bool handedOver = false; // a part has been handed over: the next one continues it
        qint64 firstSeen = 0;
        std::list<QString>::iterator recency;
    };

    // Memory a pending message takes, about: its text (UTF-16) and the record around it.
    static qint64 cost(const ChatMessageRecord &m) { return 2 * (m.text.size() + m.sender.size()) + 160; }
    static quint64 idHash(const QString &id) { return qHash(id, size_t(0x9E3779B97F4A7C15ULL)); }

    Status handOver(Open &o, bool last)
    {
        if (o.pending.messages.isEmpty() && (!last || !o.handedOver))
            return {};
        o.pending.continuesEarlierPart = o.handedOver;
        o.pending.morePartsFollow = !last;
        for (const ChatMessageRecord &m : std::as_const(o.pending.messages))
            m_pendingBytes -= cost(m);
        m_pendingMessages -= o.pending.messages.size();
        Status s = m_ctx.chats->addConversation(o.pending);
        o.pending.messages.clear();
        o.handedOver = true;
        return s;
    }

    Status handOverAll(bool last)
    {
        std::vector<Open *> byFirstSeen;
        byFirstSeen.reserve(m_open.size());
        for (auto &[id, o] : m_open)
            byFirstSeen.push_back(&o);
        std::sort(byFirstSeen.begin(), byFirstSeen.end(),
            [](const Open *a, const Open *b) { return a->firstSeen < b->firstSeen; });
        for (Open *o : byFirstSeen)
            if (Status s = handOver(*o, last))
                return s;
        return {};
    }

    // The conversation whose id came least lately is handed over whole and forgotten, but for a hash of its id.
    Status closeLeastRecent()
    {
        const QString id = m_recency.front();
        const auto it = m_open.find(id);
        if (Status s = handOver(it->second, true))
            return s;
        m_open.erase(it);
        m_recency.pop_front();
        if (m_remembered[0].size() >= ChatCsvImporter::kRememberedIdsPerGeneration) {
            m_remembered[1] = std::move(m_remembered[0]);
            m_remembered[0] = QSet<quint64>();
        }
        m_remembered[0].insert(idHash(id));
        return {};
    }

    ImportContext &m_ctx;
    std::unordered_map<QString, Open> m_open;
    std::list<QString> m_recency; // ids of m_open, least recently seen first
    QSet<quint64> m_remembered[2]; // closed ids: the current generation, the one before
    qint64 m_seen = 0;
    qint64 m_pendingMessages = 0;
    qint64 m_pendingBytes = 0;
    qint64 m_returned = 0;
};

} // namespace

Status ChatCsvImporter::read(QIODevice &in, ImportContext &ctx) const
{
    const QByteArray head = in.peek(64 * 1024);
    if (head.isEmpty())
        return ctx.error(0, ChatInput::emptyFile());
    CsvReader csv(in, separatorOf(head));
    csv.setStrictQuotes(true);
    // Utf8Stream decides the encoding from the head; only a file it reads as Windows-1252 needs ChatInput's check
    // that it is plausible text (and the note). A UTF-8 file is checked field by field.
    if (csv.encoding() == TextEncoding::Windows1252)
        if (Status s = ChatInput::checkEncoding(head, ctx))
            return s;
    const bool checkUtf8 = csv.encoding() == TextEncoding::Utf8 || csv.encoding() == TextEncoding::Utf8Bom;
    auto blankLine = [&csv] { return csv.size() == 1 && csv.field(0).isEmpty(); };
    // A CRLF export's line break inside a quoted field is one line break.
    auto text = [&csv](qsizetype k) {
        QString t = csv.text(k);
        if (t.contains(u'\r'))
            t.replace(u"\r\n"_s, u"\n"_s);
        return t;
    };

    // Columns by header name: the first line that is not blank.
    bool haveHeader = false;
    while (!haveHeader && csv.next())
        haveHeader = !blankLine();
    if (csv.hasError())
        return ctx.error(csv.errorLine(), csv.errorReason());
    if (!haveHeader)
        return ctx.error(1, tr("the file has no header line"));
    const qsizetype fieldCount = csv.size();
    QHash<QString, int> column;
    for (int k = 0; k < fieldCount; ++k) {
        const QString col = headerAliases().value(csv.text(k).trimmed().toLower());
        if (!col.isEmpty() && !column.contains(col))
            column.insert(col, k);
    }
    if (!column.contains(u"conversation_id"_s) || !column.contains(u"text"_s))
        return ctx.error(csv.lineNumber(),
            tr("the header needs the columns conversation_id and text "
               "(expected conversation_id,timestamp,sender,text)"));
    const int idColumn = column.value(u"conversation_id"_s), textColumn = column.value(u"text"_s);
    const int senderColumn = column.value(u"sender"_s, -1), timeColumn = column.value(u"timestamp"_s, -1);

    const QTimeZone zone = ctx.timeZone.isValid() ? ctx.timeZone : QTimeZone("Europe/Oslo");
    OpenConversations conversations(ctx);
    qint64 withoutTime = 0, rows = 0;
    while (csv.next()) {
        if (blankLine())
            continue;
        const int line = csv.lineNumber();
        if (++rows % 1000 == 0) {
            if (ctx.cancelled())
                return {};
            ctx.progress(csv.rawBytesRead());
        }
        if (csv.size() != fieldCount)
            return ctx.error(line, tr("this row has %1 fields, the header has %2").arg(csv.size()).arg(fieldCount));
        if (checkUtf8)
            for (qsizetype k = 0; k < csv.size(); ++k)
                if (!Utf8Stream::isValidUtf8(csv.field(k), false))
                    return ctx.error(line, ChatInput::notUtf8());
        ++ctx.rowsRead;
        const QString id = text(idColumn).trimmed();
        ChatMessageRecord m;
        m.line = line;
        m.text = text(textColumn);
        m.sender = senderColumn >= 0 ? ChatSender::fromLabel(text(senderColumn)) : ChatSender::other();
        if (timeColumn >= 0) {
            const QString t = text(timeColumn);
            m.sentAt = ChatInput::parseTime(t, zone);
            if (!m.sentAt.isValid() && !t.trimmed().isEmpty())
                ++withoutTime;
        }
        if (id.isEmpty()) {
            ctx.skip(DeferredText::marked(
                         "ChatCsvImporter", QT_TRANSLATE_NOOP("ChatCsvImporter", "row without a conversation id"))
                         .toStored(),
                line);
            continue;
        }
        if (m.text.trimmed().isEmpty()) {
            ctx.skip(
                DeferredText::marked("ChatCsvImporter",
                    QT_TRANSLATE_NOOP("ChatCsvImporter", "message without text (for example only buttons or links)"))
                    .toStored(),
                line);
            continue;
        }
        if (Status s = conversations.add(id, line, std::move(m)))
            return s;
    }
    if (csv.hasError())
        return ctx.error(csv.errorLine(), csv.errorReason());
    if (Status s = conversations.finish())
        return s;
    ctx.progress(csv.rawBytesRead());
    if (withoutTime > 0)
        ctx.notes << DeferredText::marked("ChatCsvImporter",
            QT_TRANSLATE_N_NOOP("ChatCsvImporter",
                "%Ln message(s) had a time Kapsel did not understand and were stored without a time"),
            int(withoutTime))
                         .toStored();
    if (conversations.returned() > 0)
        ctx.notes << DeferredText::marked("ChatCsvImporter",
            QT_TRANSLATE_N_NOOP("ChatCsvImporter",
                "%Ln conversation id(s) came back after more than %1 other conversations had come since their last "
                "message; Kapsel had closed those conversations, so their later messages form conversations of their "
                "own with the same id. Sort the export by conversation to keep them together."),
            int(conversations.returned()))
                         .arg(qint64(kMaxOpenConversations))
                         .toStored();
    return {};
}
