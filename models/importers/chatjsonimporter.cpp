// SPDX-License-Identifier: GPL-3.0-or-later
#include "importers/chatjsonimporter.h"
#include "core/deferredtext.h"
#include "core/filequote.h"

#include "chats/chatinput.h"
#include "chats/chatsender.h"
#include "chats/chatsink.h"
#include "importers/importcontext.h"
#include "importers/textlimits.h"
#include "importers/utf8stream.h"

#include <cctype>
#include <utility>

#include <QIODevice>
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

// Lines of values in one conversation, so messages and errors can point somewhere useful (QJsonDocument keeps
// no positions). Values are looked up in file order, so each search starts where the last one ended and the
// conversation's text is walked once, not once per message.
class LineLocator
{
public:
    LineLocator(const QByteArray &text, int firstLine)
        : m_text(text)
        , m_line(firstLine)
    { }
    int lineOf(const QString &value)
    {
        if (value.isEmpty())
            return 0;
        const qsizetype at = m_text.indexOf(QByteArray('"' + value.toUtf8() + '"'), m_pos);
        if (at < 0)
            return 0;
        m_line += int(QByteArrayView(m_text).sliced(m_pos, at - m_pos).count('\n'));
        m_pos = at;
        return m_line;
    }

private:
    const QByteArray &m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
};

QString parseErrorText(QJsonParseError::ParseError error)
{
    QJsonParseError e;
    e.error = error;
    e.offset = 0;
    return e.errorString();
}

// Walks the top level of a JSON export from the device with a small sliding buffer, counting lines, and cuts
// out one value at a time. Values it only passes over are checked for their structure (strings, brackets that
// match, no NUL byte); the values cut out are parsed, and so checked whole, by QJsonDocument.
class JsonStream
{
    Q_DECLARE_TR_FUNCTIONS(ChatJsonImporter)

public:
    JsonStream(QIODevice &in, ImportContext &ctx)
        : m_stream(in)
        , m_ctx(ctx)
    { }

    TextEncoding encoding() const { return m_stream.encoding(); }
    int line() const { return m_line; }
    bool cancelled() const { return m_cancelled; }

    // The next byte that is not white space, not consumed; -1 at the end of the file.
    int peek()
    {
        for (;;) {
            if (m_pos >= m_buf.size() && !fill())
                return -1;
            const char c = m_buf[m_pos];
            if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
                return uchar(c);
            take();
        }
    }
    // The next byte, white space or not, not consumed; -1 at the end of the file.
    int next()
    {
        if (m_pos >= m_buf.size() && !fill())
            return -1;
        return uchar(m_buf[m_pos]);
    }
    int take()
    {
        if (m_pos >= m_buf.size() && !fill())
            return -1;
        const char c = m_buf[m_pos++];
        if (c == '\n')
            ++m_line;
        return uchar(c);
    }

    // Copies the bytes consumed from now on, up to `limit` (beyond it, overflowed() is set and nothing more is kept).
    void startCapture(qsizetype limit)
    {
        m_capturing = true;
        m_overflowed = false;
        m_captureLimit = limit;
        m_capture.clear();
        m_captureFrom = m_pos;
    }
    QByteArray endCapture()
    {
        keepCaptured();
        m_capturing = false;
        return std::exchange(m_capture, {});
    }
    void dropCapture()
    {
        m_capturing = false;
        m_capture = QByteArray();
    }
    bool overflowed() const { return m_overflowed; }

    // Consumes one value; when it is a string, its raw contents (up to 256 bytes) go to `text`.
    Status skipValue(QByteArray *text = nullptr)
    {
        const int c = peek();
        if (c == '"')
            return skipString(text);
        if (c == '{' || c == '[')
            return skipContainer();
        qsizetype n = 0; // a number or a literal
        for (int d = c; d > 0 && d < 0x80 && (std::isalnum(d) || d == '+' || d == '-' || d == '.'); d = next()) {
            take();
            ++n;
        }
        return n > 0 ? Status {} : unexpected(c, QJsonParseError::IllegalValue);
    }

    // The error for byte `c` where something else was expected (`kind`); the end of the file and a NUL byte
    // have reasons of their own.
    Error unexpected(int c, QJsonParseError::ParseError kind, QJsonParseError::ParseError atEnd) const
    {
        if (c == 0)
            return m_ctx.error(m_line, TextLimits::nulByte());
        return invalid(m_line, c < 0 ? atEnd : kind);
    }
    Error unexpected(int c, QJsonParseError::ParseError kind) const { return unexpected(c, kind, kind); }
    Error invalid(int line, QJsonParseError::ParseError kind) const { return invalid(line, parseErrorText(kind)); }
    Error invalid(int line, const QString &reason) const
    {
        return m_ctx.error(line, tr("this is not valid JSON (%1); is the export complete?").arg(reason));
    }

private:
    bool fill()
    {
        if (m_cancelled)
            return false;
        keepCaptured();
        m_buf.remove(0, m_pos);
        m_pos = 0;
        m_captureFrom = 0;
        if (m_ctx.cancelled()) {
            m_cancelled = true;
            return false;
        }
        const qsizetype before = m_buf.size();
        m_stream.readChunk(m_buf, 1 << 20);
        m_ctx.progress(m_stream.rawBytesRead());
        return m_buf.size() > before;
    }
    void keepCaptured()
    {
        if (!m_capturing || m_overflowed)
            return;
        const qsizetype n = m_pos - m_captureFrom;
        if (m_capture.size() + n > m_captureLimit) {
            m_overflowed = true;
            m_capture = QByteArray();
            return;
        }
        m_capture.append(m_buf.constData() + m_captureFrom, n);
        m_captureFrom = m_pos;
    }

    Status skipString(QByteArray *text)
    {
        take(); // the opening quote
        for (;;) {
            const int c = take();
            if (c == '"')
                return {};
            if (c <= 0)
                return unexpected(c, QJsonParseError::IllegalValue, QJsonParseError::UnterminatedString);
            if (text && text->size() < 256)
                text->append(char(c));
            if (c == '\\') {
                const int e = take();
                if (e <= 0)
                    return unexpected(e, QJsonParseError::IllegalEscapeSequence, QJsonParseError::UnterminatedString);
                if (text && text->size() < 256)
                    text->append(char(e));
            }
        }
    }

    Status skipContainer()
    {
        QByteArray open; // the brackets not yet closed
        for (;;) {
            const int c = take();
            if (c == '{' || c == '[') {
                if (open.size() >= ChatJsonImporter::kMaxNesting)
                    return invalid(m_line, QJsonParseError::DeepNesting);
                open.append(char(c));
            } else if (c == '}' || c == ']') {
                if (open.isEmpty() || open.back() != (c == '}' ? '{' : '['))
                    return invalid(m_line, QJsonParseError::IllegalValue);
                open.chop(1);
                if (open.isEmpty())
                    return {};
            } else if (c == '"') {
                --m_pos; // skipString takes the quote again
                if (Status s = skipString(nullptr))
                    return s;
            } else if (c <= 0) {
                return unexpected(c, QJsonParseError::IllegalValue,
                    open.back() == '{' ? QJsonParseError::UnterminatedObject : QJsonParseError::UnterminatedArray);
            }
        }
    }

    Utf8Stream m_stream;
    ImportContext &m_ctx;
    QByteArray m_buf;
    qsizetype m_pos = 0;
    int m_line = 1;
    bool m_cancelled = false;
    bool m_capturing = false;
    bool m_overflowed = false;
    qsizetype m_captureLimit = 0;
    qsizetype m_captureFrom = 0;
    QByteArray m_capture;
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

namespace {

// One conversation object at a time, in file order.
class ConversationReader
{
    Q_DECLARE_TR_FUNCTIONS(ChatJsonImporter)

public:
    ConversationReader(JsonStream &json, ImportContext &ctx)
        : m_json(json)
        , m_ctx(ctx)
        , m_zone(ctx.timeZone.isValid() ? ctx.timeZone : QTimeZone("Europe/Oslo"))
    { }

    // The elements of a list of conversations, after its '['.
    Status readList()
    {
        if (m_json.peek() == ']') {
            m_json.take();
            return {};
        }
        for (;;) {
            const int line = m_json.line();
            const int c = m_json.peek();
            if (c != '{') {
                if (Status s = m_json.skipValue())
                    return s;
                return m_ctx.error(line, tr("conversation number %1 is not a JSON object").arg(m_index + 1));
            }
            m_json.startCapture(ChatJsonImporter::kMaxConversationBytes);
            if (Status s = m_json.skipValue())
                return s;
            const QByteArray text = m_json.endCapture();
            if (m_json.overflowed())
                return tooLarge(line);
            if (Status s = read(text, line))
                return s;
            if (m_ctx.cancelled())
                return {};
            m_json.peek();
            const int next = m_json.take();
            if (next == ']')
                return {};
            if (next != ',')
                return m_json.unexpected(
                    next, QJsonParseError::MissingValueSeparator, QJsonParseError::UnterminatedArray);
            m_json.peek();
        }
    }

    Error tooLarge(int line) const
    {
        return m_ctx.error(line,
            tr("this conversation is larger than %1 MiB, more than Kapsel reads as one conversation; export it as CSV, "
               "which Kapsel reads in parts")
                .arg(ChatJsonImporter::kMaxConversationBytes >> 20));
    }

    // One conversation object's text, starting on `line`.
    Status read(const QByteArray &text, int line)
    {
        ++m_index;
        if (m_json.encoding() == TextEncoding::Utf8 || m_json.encoding() == TextEncoding::Utf8Bom) {
            for (qsizetype at = 0, n = 0; at < text.size(); ++n) {
                qsizetype end = text.indexOf('\n', at);
                if (end < 0)
                    end = text.size();
                if (!Utf8Stream::isValidUtf8(QByteArrayView(text).sliced(at, end - at), false))
                    return m_ctx.error(line + int(n), ChatInput::notUtf8());
                at = end + 1;
            }
        }
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(text, &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return m_json.invalid(line + int(text.left(parseError.offset).count('\n')), parseError.errorString());
        return add(doc.object(), text, line);
    }

    qsizetype count() const { return m_index; }

private:
    Status add(const QJsonObject &c, const QByteArray &text, int line)
    {
        LineLocator lines(text, line);
        // Boost.ai nests the conversation's own fields under "conversation".
        const QJsonObject meta = c.value(u"conversation"_s).isObject() ? c.value(u"conversation"_s).toObject() : c;
        ChatConversationRecord rec;
        rec.externalId = firstString(meta, { u"id", u"conversation_id", u"uuid" });
        if (rec.externalId.isEmpty())
            rec.externalId = QString::number(m_index);
        rec.reference = firstString(meta, { u"reference" });
        rec.line = lines.lineOf(rec.externalId);
        if (rec.line == 0)
            rec.line = line;
        const QJsonValue mv = c.contains(u"messages"_s) ? c.value(u"messages"_s) : meta.value(u"messages"_s);
        if (!mv.isArray())
            return m_ctx.error(
                rec.line, tr("conversation \"%1\" has no list of messages").arg(FileQuote::quote(rec.externalId)));
        qsizetype mIndex = 0;
        for (const QJsonValue &v : mv.toArray()) {
            ++mIndex;
            if (!v.isObject())
                return m_ctx.error(rec.line,
                    tr("message number %1 of conversation \"%2\" is not a JSON object")
                        .arg(mIndex)
                        .arg(FileQuote::quote(rec.externalId)));
            const QJsonObject m = v.toObject();
            ++m_ctx.rowsRead;
            ChatMessageRecord msg;
            msg.externalId = firstString(m, { u"id", u"message_id" });
            msg.line = msg.externalId.isEmpty() ? rec.line : lines.lineOf(msg.externalId);
            if (msg.line == 0)
                msg.line = rec.line;
            msg.sentAt = ChatInput::parseTime(
                firstString(m, { u"date_created", u"timestamp", u"time", u"created_at", u"date" }), m_zone);
            msg.sender = ChatSender::fromLabel(firstString(m, { u"source", u"sender", u"from", u"author", u"role" }));
            msg.text = messageText(m);
            if (msg.text.size() > TextLimits::kMaxFieldBytes) // UTF-16 units, never more than the UTF-8 bytes
                return m_ctx.error(msg.line, TextLimits::fieldTooLong());
            if (msg.text.isEmpty()) {
                m_ctx.skip(DeferredText::marked("ChatJsonImporter",
                               QT_TRANSLATE_NOOP(
                                   "ChatJsonImporter", "message without text (for example only buttons or links)"))
                               .toStored(),
                    msg.line);
                continue;
            }
            rec.messages << std::move(msg);
        }
        return m_ctx.chats->addConversation(rec);
    }

    JsonStream &m_json;
    ImportContext &m_ctx;
    const QTimeZone m_zone;
    qsizetype m_index = 0;
};

// The members of the top-level object, after its '{' (captured from it on, for the one-conversation shape):
// a "conversations" list is read as it comes; the rest is passed over.
Status readTopObject(JsonStream &json, ConversationReader &conversations, bool &sawList)
{
    if (json.peek() == '}') {
        json.take();
        return {};
    }
    for (;;) {
        QByteArray key;
        const int c = json.peek();
        if (c != '"')
            return json.unexpected(c, QJsonParseError::IllegalValue, QJsonParseError::UnterminatedObject);
        if (Status s = json.skipValue(&key))
            return s;
        if (key.contains('\\')) // decoded the way QJsonDocument would
            key = QJsonDocument::fromJson("[\"" + key + "\"]").array().at(0).toString().toUtf8();
        const int colon = json.take();
        if (colon != ':')
            return json.unexpected(colon, QJsonParseError::MissingNameSeparator, QJsonParseError::UnterminatedObject);
        if (key == "conversations" && json.peek() == '[') {
            sawList = true;
            json.dropCapture();
            json.take();
            if (Status s = conversations.readList())
                return s;
            if (json.cancelled())
                return {};
        } else if (Status s = json.skipValue()) {
            return s;
        }
        json.peek();
        const int next = json.take();
        if (next == '}')
            return {};
        if (next != ',')
            return json.unexpected(next, QJsonParseError::MissingValueSeparator, QJsonParseError::UnterminatedObject);
        json.peek();
    }
}

} // namespace

Status ChatJsonImporter::read(QIODevice &in, ImportContext &ctx) const
{
    const QByteArray head = in.peek(64 * 1024);
    if (head.isEmpty())
        return ctx.error(0, ChatInput::emptyFile());
    JsonStream json(in, ctx);
    // As for the other chat formats: a file the stream reads as Windows-1252 must be plausible text (and is noted).
    if (json.encoding() == TextEncoding::Windows1252)
        if (Status s = ChatInput::checkEncoding(head, ctx))
            return s;
    ConversationReader conversations(json, ctx);
    const int first = json.peek();
    const int firstLine = json.line();
    Status status;
    if (first == '[') {
        json.take();
        status = conversations.readList();
    } else if (first == '{') {
        json.startCapture(kMaxConversationBytes);
        json.take();
        bool sawList = false;
        status = readTopObject(json, conversations, sawList);
        if (!status && !sawList && !json.cancelled()) {
            // No list of conversations: the object may be one conversation.
            const QByteArray text = json.endCapture();
            if (json.overflowed())
                return conversations.tooLarge(firstLine);
            const QJsonObject o = QJsonDocument::fromJson(text).object();
            if (!o.contains(u"messages"_s) && !o.contains(u"conversation"_s))
                return ctx.error(
                    1, tr("no conversations found: expected a list of conversations or {\"conversations\": [...]}"));
            status = conversations.read(text, firstLine);
        }
    } else {
        status = json.unexpected(first, QJsonParseError::IllegalValue);
    }
    if (ctx.cancelled())
        return {};
    if (status)
        return status;
    if (const int rest = json.peek(); rest >= 0)
        return json.unexpected(rest, QJsonParseError::GarbageAtEnd);
    return {};
}
