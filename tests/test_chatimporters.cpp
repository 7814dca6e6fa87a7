// SPDX-License-Identifier: GPL-3.0-or-later
#include "chats/chatinput.h"
#include "chats/chatsender.h"
#include "chats/chatsink.h"
#include "importers/chatcsvimporter.h"
#include "importers/chatjsonimporter.h"
#include "importers/chattextimporter.h"
#include "importers/importcontext.h"
#include "importers/importerregistry.h"
#include "importers/textlimits.h"
#include "testsupport.h"
#include "shownimport.h"

#include <QBuffer>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QLocale>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Counts the parts an importer hands over, and joins them as the preview does.
class PartCountingSink : public CollectingChatSink
{
public:
    using CollectingChatSink::CollectingChatSink;
    qint64 records = 0, continuations = 0;
    Status addConversation(const ChatConversationRecord &c) override
    {
        ++records;
        continuations += c.continuesEarlierPart;
        return CollectingChatSink::addConversation(c);
    }
};

struct ReadResult
{
    Status status;
    QList<ChatConversationRecord> conversations;
    ImportContext ctx;
};

const Importer *importerFor(const QString &file)
{
    QFile f(TestSupport::testData(u"chats/"_s + file));
    if (!f.open(QIODevice::ReadOnly))
        return nullptr;
    return ImporterRegistry::detect(f.peek(64 * 1024), file);
}

ReadResult readWith(const Importer &importer, const QByteArray &bytes, const QString &fileName)
{
    ReadResult r;
    CollectingChatSink sink(r.conversations);
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    r.ctx.fileName = fileName;
    r.ctx.totalBytes = bytes.size();
    r.ctx.timeZone = QTimeZone("Europe/Oslo");
    r.ctx.chats = &sink;
    r.status = importer.read(buffer, r.ctx);
    return r;
}

// Reads `bytes` into `sink`, cancelling at the first progress report.
Status readCancelled(const Importer &importer, const QByteArray &bytes, ChatSink &sink, ImportContext &ctx)
{
    ImportProgress progress;
    progress.onProgress = [&progress](qint64, qint64) { progress.cancelRequested = true; };
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    ctx.fileName = u"cancel"_s;
    ctx.totalBytes = bytes.size();
    ctx.chats = &sink;
    ctx.progressState = &progress;
    const Status s = importer.read(buffer, ctx);
    ctx.progressState = nullptr;
    return s;
}

// A JSON list of `n` conversations, one a line from line `firstLine`: conversation k has id "j<k>" and k % 3 + 1
// messages "t<k>.<m>".
QByteArray jsonConversations(int n)
{
    QByteArray out;
    for (int k = 0; k < n; ++k) {
        out += k ? ",\n" : "";
        out += "{\"id\": \"j" + QByteArray::number(k) + "\", \"messages\": [";
        for (int m = 0; m <= k % 3; ++m)
            out += QByteArray(m ? "," : "") + "{\"sender\": \"Kunde\", \"text\": \"t" + QByteArray::number(k) + "."
                + QByteArray::number(m) + "\"}";
        out += "]}";
    }
    return out;
}

ReadResult readFixture(const Importer &importer, const QString &file)
{
    QFile f(TestSupport::testData(u"chats/"_s + file));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("fixture missing");
    return readWith(importer, f.readAll(), file);
}

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

} // namespace

class TestChatImporters : public QObject
{
    Q_OBJECT

private slots:
    void detection_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("importer");
        QTest::newRow("boost.ai json") << u"boostai.json"_s << u"chat-json"_s;
        QTest::newRow("generic json array") << u"generic.json"_s << u"chat-json"_s;
        QTest::newRow("csv") << u"transcript.csv"_s << u"chat-csv"_s;
        QTest::newRow("plain text") << u"transcript.txt"_s << u"chat-text"_s;
    }
    void detection()
    {
        QFETCH(QString, file);
        QFETCH(QString, importer);
        const Importer *i = importerFor(file);
        QVERIFY(i);
        QCOMPARE(i->name(), importer);
        QCOMPARE(i->kind(), ImportKind::Chats);
    }

    // The chat importers must not claim other areas' real samples.
    void sharedSamplesAreNotChats()
    {
        KAPSEL_REQUIRE_SHARED(u"har-pagexray"_s);
        QDirIterator it(TestSupport::sharedData({}), QDir::Files, QDirIterator::Subdirectories);
        int checked = 0;
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray head = f.peek(64 * 1024);
            for (const auto &i : ImporterRegistry::all()) {
                if (i->kind() == ImportKind::Chats)
                    QVERIFY2(i->sniff(head, it.fileName()) < 50, qPrintable(i->name() + u" claims "_s + path));
            }
            ++checked;
        }
        QVERIFY(checked > 5);
    }

    void boostAi()
    {
        const ReadResult r = readFixture(ChatJsonImporter(), u"boostai.json"_s);
        QVERIFY2(!r.status, qPrintable(r.status ? r.status->toString() : QString()));
        QCOMPARE(r.conversations.size(), 2);
        const ChatConversationRecord &a = r.conversations[0];
        QCOMPARE(a.externalId, u"c0a8f1e2-0001"_s);
        QCOMPARE(a.reference, u"BOOST-REF-1"_s);
        QCOMPARE(a.messages.size(), 3); // the links-only message is skipped
        QCOMPARE(r.ctx.rowsRead, 6);
        QCOMPARE(r.ctx.rowsSkipped(), 1);
        QCOMPARE(r.ctx.skipped.first().firstLine, 35); // the links-only message's id, by hand from the file
        QCOMPARE(r.conversations[1].line, 45);
        QCOMPARE(a.messages[0].sender, ChatSender::bot());
        QCOMPARE(a.messages[1].sender, ChatSender::customer());
        QCOMPARE(a.messages[2].sender, ChatSender::agent());
        QCOMPARE(a.messages[0].sentAt, utc("2024-05-02T06:01:00.123Z"));
        QCOMPARE(a.messages[2].sentAt, utc("2024-05-02T04:02:10Z")); // +02:00
        QCOMPARE(a.messages[1].text, u"Fødselsnummeret mitt er 11036533341, og jeg skylder 1 234,50 kr"_s);
        // HTML becomes plain text: no markup, no script, no URLs to load.
        QCOMPARE(a.messages[2].text, u"Takk!\nVi har registrert saken.\nLes mer på vår side & ring oss."_s);
        QCOMPARE(r.conversations[1].messages[0].text, u"Mitt nummer er 02029227481 <hemmelig>"_s);
    }

    void genericJson()
    {
        const ReadResult r = readFixture(ChatJsonImporter(), u"generic.json"_s);
        QVERIFY(!r.status);
        QCOMPARE(r.conversations.size(), 2);
        QCOMPARE(r.conversations[0].externalId, u"g-1"_s);
        QCOMPARE(r.conversations[0].messages[1].sender, ChatSender::agent());
        // Local times without an offset are Oslo time (CEST in June).
        QCOMPARE(r.conversations[0].messages[0].sentAt, utc("2024-06-01T08:00:00Z"));
        QCOMPARE(r.conversations[1].messages[0].text, u"Storgata 1, 0150 Oslo"_s);
    }

    void csv()
    {
        const ReadResult r = readFixture(ChatCsvImporter(), u"transcript.csv"_s);
        QVERIFY2(!r.status, qPrintable(r.status ? r.status->toString() : QString()));
        QCOMPARE(r.conversations.size(), 2);
        const ChatConversationRecord &a = r.conversations[0];
        QCOMPARE(a.messages.size(), 3);
        QCOMPARE(a.messages[0].text, u"Hei, fnr er 14074412360"_s);
        QCOMPARE(a.messages[1].sender, ChatSender::bot());
        // A quoted field across three lines, CRLF becoming LF, doubled quotes undone.
        QCOMPARE(a.messages[2].text, u"Første linje\nandre linje med 27104748592\ntredje linje med \"sitat\""_s);
        QCOMPARE(a.messages[2].line, 4);
        const ChatConversationRecord &b = r.conversations[1];
        QCOMPARE(b.messages.size(), 2); // the empty text row is skipped
        QCOMPARE(b.messages[0].text, u"Jeg skylder 1 234 567,89 kr"_s);
        QCOMPARE(b.messages[0].sentAt, utc("2024-05-03T08:00:00Z"));
        QVERIFY(!b.messages[1].sentAt.isValid()); // "not a time"
        QCOMPARE(r.ctx.rowsRead, 6);
        QCOMPARE(r.ctx.rowsSkipped(), 1);
        QCOMPARE(r.ctx.skipped.first().firstLine, 9);
        QCOMPARE(r.ctx.notes.size(), 1);
    }

    void plainText()
    {
        const ReadResult r = readFixture(ChatTextImporter(), u"transcript.txt"_s);
        QVERIFY2(!r.status, qPrintable(r.status ? r.status->toString() : QString()));
        QCOMPARE(r.conversations.size(), 2);
        QCOMPARE(r.conversations[0].externalId, u"1001"_s);
        QCOMPARE(r.conversations[1].externalId, u"1002"_s);
        QCOMPARE(r.conversations[0].messages.size(), 4);
        QCOMPARE(r.conversations[0].messages[2].text,
            u"Personnummeret mitt er 08118029829\nog telefon 912 34 567\n\ntakk"_s);
        QCOMPARE(r.conversations[0].messages[3].sender, ChatSender::agent());
        QCOMPARE(r.conversations[1].messages[0].sentAt, utc("2024-05-03T07:00:15Z"));
        QCOMPARE(r.conversations[1].messages[1].sender, ChatSender::agent());
        QCOMPARE(r.ctx.rowsRead, 6);
    }

    // A UTF-8 transcript longer than the 64 KiB the encoding is decided on, cut there inside "Ł" (C5 81; 0x81
    // is no Windows-1252 character): it is UTF-8, read whole, with no note about Windows-1252.
    void plainTextCutInsideACharacterAt64KiB()
    {
        QByteArray bytes;
        const QByteArray line = "[2024-05-02 08:01] Kunde: Hei\n";
        while (bytes.size() + line.size() < 64 * 1024 - 40)
            bytes += line;
        bytes += "[2024-05-02 08:02] Kunde: ";
        bytes += QByteArray(64 * 1024 - 1 - bytes.size(), 'x');
        bytes += "\xC5\x81ukasz\n";
        QCOMPARE(bytes.mid(64 * 1024 - 1, 2), QByteArray("\xC5\x81"));
        const ReadResult r = readWith(ChatTextImporter(), bytes, u"long.txt"_s);
        QVERIFY2(!r.status, qPrintable(r.status ? r.status->toString() : QString()));
        QVERIFY(r.ctx.notes.isEmpty());
        QVERIFY(r.conversations.last().messages.last().text.endsWith(u"xŁukasz"_s));
    }

    void plainTextWithoutHeader()
    {
        const ReadResult r = readWith(
            ChatTextImporter(), "[2024-05-02 08:01] Kunde: Hei\n[2024-05-02 08:02] Bot: Hallo\n", u"x.txt"_s);
        QVERIFY(!r.status);
        QCOMPARE(r.conversations.size(), 1);
        QCOMPARE(r.conversations[0].messages.size(), 2);
    }

    // Malformed exports are refused whole, with FILE:LINE: reason.
    void hostile_data()
    {
        QTest::addColumn<QString>("importer");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("prefix"); // FILE:LINE
        QTest::addColumn<QString>("reasonPart");
        QTest::newRow("truncated json") << u"chat-json"_s << u"truncated.json"_s << u"truncated.json:"_s << u"JSON"_s;
        QTest::newRow("json wrong shape")
            << u"chat-json"_s << u"badshape.json"_s << u"badshape.json:1"_s << u"messages"_s;
        QTest::newRow("csv unclosed quote")
            << u"chat-csv"_s << u"unclosed.csv"_s << u"unclosed.csv:2"_s << u"never closed"_s;
        QTest::newRow("csv too many fields")
            << u"chat-csv"_s << u"badfields.csv"_s << u"badfields.csv:3"_s << u"fields"_s;
        // Neither UTF-8 nor Windows-1252 text (an undefined 1252 byte and a control character).
        QTest::newRow("csv neither utf-8 nor 1252")
            << u"chat-csv"_s << u"undecodable.csv"_s << u"undecodable.csv:2"_s << u"UTF-8"_s;
        QTest::newRow("text not a transcript")
            << u"chat-text"_s << u"notranscript.txt"_s << u"notranscript.txt:1"_s << u"[2024-05-02 08:01]"_s;
        QTest::newRow("binary as csv") << u"chat-csv"_s << u"binary.bin"_s << u"binary.bin:"_s << u""_s;
        QTest::newRow("binary as json") << u"chat-json"_s << u"binary.bin"_s << u"binary.bin:"_s << u""_s;
        QTest::newRow("binary as text") << u"chat-text"_s << u"binary.bin"_s << u"binary.bin:"_s << u""_s;
        QTest::newRow("empty as json") << u"chat-json"_s << u"empty.csv"_s << u"empty.csv"_s << u"empty"_s;
        QTest::newRow("empty as csv") << u"chat-csv"_s << u"empty.csv"_s << u"empty.csv"_s << u"empty"_s;
    }
    void hostile()
    {
        QFETCH(QString, importer);
        QFETCH(QString, file);
        QFETCH(QString, prefix);
        QFETCH(QString, reasonPart);
        const Importer *i = ImporterRegistry::byName(importer);
        QVERIFY(i);
        const ReadResult r = readFixture(*i, file);
        QVERIFY(r.status);
        const QString message = r.status->toString();
        QVERIFY2(message.startsWith(prefix), qPrintable(message));
        QVERIFY2(message.contains(reasonPart), qPrintable(message));
        QVERIFY2(!r.status->reason.isEmpty(), "an error needs a reason");
        QVERIFY(r.conversations.isEmpty() || importer == u"chat-text"_s);
    }

    void hostileNotSniffed_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("binary") << u"binary.bin"_s;
        QTest::newRow("not a transcript") << u"notranscript.txt"_s;
    }
    void hostileNotSniffed()
    {
        QFETCH(QString, file);
        QVERIFY(!importerFor(file) || importerFor(file)->kind() != ImportKind::Chats);
    }

    void utf16WithBom()
    {
        const QString text = u"conversation_id,timestamp,sender,text\nu-1,2024-05-02 08:01,Kunde,Hei på deg\n"_s;
        QByteArray bytes("\xFF\xFE");
        bytes += QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
        const ReadResult r = readWith(ChatCsvImporter(), bytes, u"u16.csv"_s);
        QVERIFY(!r.status);
        QCOMPARE(r.conversations.size(), 1);
        QCOMPARE(r.conversations[0].messages[0].text, u"Hei på deg"_s);
    }

    void hugeLine()
    {
        // 4 MB on one line: refused by both (a line over 1 MiB, a field over 64 KiB); 60 KB is a message.
        const QByteArray big(4 * 1024 * 1024, 'x');
        const ReadResult t = readWith(ChatTextImporter(), big, u"big.txt"_s);
        QVERIFY(t.status);
        QCOMPARE(t.status->toString(), u"big.txt:1: "_s + TextLimits::lineTooLong());
        const QByteArray header = "conversation_id,timestamp,sender,text\n";
        const ReadResult c
            = readWith(ChatCsvImporter(), header + "b,2024-05-02 08:01,Kunde," + big + "\n", u"big.csv"_s);
        QVERIFY(c.status);
        QCOMPARE(c.status->toString(), u"big.csv:2: "_s + TextLimits::lineTooLong());
        const QByteArray long60(60000, 'x');
        const ReadResult ok
            = readWith(ChatCsvImporter(), header + "b,2024-05-02 08:01,Kunde," + long60 + "\n", u"ok.csv"_s);
        QVERIFY(!ok.status);
        QCOMPARE(ok.conversations[0].messages[0].text.size(), long60.size());
    }

    void html_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << u"Hei"_s << u"Hei"_s;
        QTest::newRow("br") << u"a<br/>b<BR>c"_s << u"a\nb\nc"_s;
        QTest::newRow("paragraphs") << u"<p>a</p><p>b</p>"_s << u"a\nb"_s;
        QTest::newRow("entities") << u"&lt;b&gt; &amp; &#65;&#x42; &nbsp;"_s << u"<b> & AB \u00A0"_s;
        QTest::newRow("script and style dropped") << u"x<script>var a='<p>';</script><style>p{}</style>y"_s << u"xy"_s;
        QTest::newRow("image and link not kept")
            << u"<img src=\"http://e.invalid/a.png\"><a href=\"http://e.invalid\">lenke</a>"_s << u"lenke"_s;
        QTest::newRow("digits split by tags stay together") << u"151086<b>95088</b>"_s << u"15108695088"_s;
        QTest::newRow("lone angle bracket") << u"3 < 4"_s << u"3 < 4"_s;
        QTest::newRow("unknown entity kept") << u"&foo; x"_s << u"&foo; x"_s;
    }
    void html()
    {
        QFETCH(QString, html);
        QFETCH(QString, text);
        QCOMPARE(ChatInput::htmlToPlainText(html), text);
    }

    void times_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("utc"); // empty = invalid
        QTest::newRow("Z with microseconds") << u"2024-05-02T06:01:00.123456Z"_s << u"2024-05-02T06:01:00.123Z"_s;
        QTest::newRow("offset") << u"2024-05-02T08:01:00+02:00"_s << u"2024-05-02T06:01:00Z"_s;
        QTest::newRow("offset without colon") << u"2024-05-02T08:01:00+0200"_s << u"2024-05-02T06:01:00Z"_s;
        QTest::newRow("local summer") << u"2024-05-02 08:01"_s << u"2024-05-02T06:01:00Z"_s;
        QTest::newRow("local winter") << u"2024-01-02 08:01"_s << u"2024-01-02T07:01:00Z"_s;
        QTest::newRow("nordic") << u"02.05.2024 08:01"_s << u"2024-05-02T06:01:00Z"_s;
        QTest::newRow("bad date") << u"2024-02-30 08:01"_s << QString();
        QTest::newRow("garbage") << u"yesterday"_s << QString();
    }
    void times()
    {
        QFETCH(QString, text);
        QFETCH(QString, utc);
        const QDateTime t = ChatInput::parseTime(text, QTimeZone("Europe/Oslo"));
        if (utc.isEmpty())
            QVERIFY(!t.isValid());
        else
            QCOMPARE(t, QDateTime::fromString(utc, Qt::ISODateWithMs));
    }

    void senders_data()
    {
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("role");
        QTest::newRow("client") << u"client"_s << ChatSender::customer();
        QTest::newRow("Kunde") << u"Kunde"_s << ChatSender::customer();
        QTest::newRow("human") << u"human"_s << ChatSender::agent();
        QTest::newRow("Rådgiver") << u"Rådgiver"_s << ChatSender::agent();
        QTest::newRow("bot") << u"BOT"_s << ChatSender::bot();
        QTest::newRow("a name") << u"Kari Nordmann"_s << ChatSender::other();
    }
    void senders()
    {
        QFETCH(QString, label);
        QFETCH(QString, role);
        QCOMPARE(ChatSender::fromLabel(label), role);
    }

    // Item 9: lines of a million '=', '-', blanks or digits are read in linear time (the separator regex
    // used to backtrack for minutes) and give the right conversations. No time limit here: the CTest
    // timeout catches a hang.
    void pathologicalTextLines_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<int>("conversations");
        QTest::addColumn<QString>("firstText");
        constexpr int n = 1000000; // under the 1 MiB line limit
        QTest::newRow("'=' run: a separator") << QByteArray(n, '=') << 2 << u"Hei"_s;
        QTest::newRow("'-' run: a separator") << QByteArray(n, '-') << 2 << u"Hei"_s;
        QTest::newRow("'=' run with a title and a short tail")
            << QByteArray("===a" + QByteArray(n, '=') + "b") << 2 << u"Hei"_s;
        QTest::newRow("blanks: a blank line") << QByteArray(n, ' ') << 1 << u"Hei"_s;
        const QByteArray digits(n, '7');
        QTest::newRow("digits: a continuation") << digits << 1 << u"Hei\n"_s + QString::fromLatin1(digits);
        const QByteArray head = "[2024-05-02 08:01]" + QByteArray(n, ' ') + "x";
        QTest::newRow("message head, blanks, no colon: a continuation")
            << head << 1 << u"Hei\n"_s + QString::fromLatin1(head);
    }
    void pathologicalTextLines()
    {
        QFETCH(QByteArray, line);
        QFETCH(int, conversations);
        QFETCH(QString, firstText);
        const QByteArray file = "[2024-05-02 08:01] Kunde: Hei\n" + line + "\n[2024-05-02 08:02] Bot: Svar\n";
        const ReadResult r = readWith(*ImporterRegistry::byName(u"chat-text"_s), file, u"long.txt"_s);
        QVERIFY2(!r.status, qPrintable(r.status ? r.status->toString() : QString()));
        QCOMPARE(r.conversations.size(), conversations);
        QCOMPARE(r.conversations.first().messages.first().text, firstText);
        QCOMPARE(r.conversations.last().messages.last().text, u"Svar"_s);
    }

    // The CSV and JSON chat importers parse times with regular expressions: 60,000 blanks or digits (fields
    // stay under 64 KiB) in a time or a text field are read in linear time, the time as no time.
    void pathologicalFields_data()
    {
        QTest::addColumn<QString>("importer");
        QTest::addColumn<QByteArray>("time");
        QTest::addColumn<QByteArray>("text");
        constexpr int n = 60000;
        for (const char *importer : { "chat-csv", "chat-json" }) {
            const QString name = QString::fromLatin1(importer);
            QTest::addRow("%s: blanks after a date", importer)
                << name << QByteArray("2024-05-02" + QByteArray(n, ' ') + "x") << QByteArray("Hei");
            QTest::addRow("%s: digits as a time", importer) << name << QByteArray(n, '7') << QByteArray("Hei");
            QTest::addRow("%s: nordic date, blanks", importer)
                << name << QByteArray("02.05.2024" + QByteArray(n, ' ') + "x") << QByteArray("Hei");
            QTest::addRow("%s: '=' text", importer) << name << QByteArray("2024-05-02 08:01") << QByteArray(n, '=');
            QTest::addRow("%s: '-' text", importer) << name << QByteArray("2024-05-02 08:01") << QByteArray(n, '-');
        }
    }
    void pathologicalFields()
    {
        QFETCH(QString, importer);
        QFETCH(QByteArray, time);
        QFETCH(QByteArray, text);
        const QByteArray file = importer == u"chat-csv"_s
            ? QByteArray("conversation_id,timestamp,sender,text\nx-1," + time + ",Kunde," + text + "\n")
            : QByteArray("{\"conversations\":[{\"id\":\"x-1\",\"messages\":[{\"timestamp\":\"" + time
                + "\",\"sender\":\"Kunde\",\"text\":\"" + text + "\"}]}]}");
        const ReadResult r = readWith(*ImporterRegistry::byName(importer), file, u"long"_s);
        QVERIFY2(!r.status, qPrintable(r.status ? r.status->toString() : QString()));
        QCOMPARE(r.conversations.size(), 1);
        const ChatMessageRecord &m = r.conversations.first().messages.first();
        QCOMPARE(m.text, QString::fromLatin1(text));
        QCOMPARE(m.sentAt.isValid(), time == "2024-05-02 08:01");
    }

    // Item 16: Excel's CSV on a Norwegian Windows is Windows-1252; read as such, and said so.
    void windows1252Csv()
    {
        const ReadResult r = readFixture(*ImporterRegistry::byName(u"chat-csv"_s), u"latin1.csv"_s);
        QVERIFY2(!r.status, qPrintable(r.status ? r.status->toString() : QString()));
        QCOMPARE(r.conversations.size(), 1);
        QCOMPARE(r.conversations.first().messages.first().text, u"Fødselsnummer 02044228567 på meg"_s);
        QVERIFY2(shownNotes(r.ctx.notes).join(u'\n').contains(u"Windows-1252"_s), qPrintable(r.ctx.notes.join(u'\n')));
    }
    // Item 19: more rows than the pending bound, 500 conversations interleaved at random: handed over in parts,
    // the joined conversations are those computed here from the rows, in the order their ids first came.
    void csvInterleavedInParts()
    {
        QRandomGenerator rng(5);
        QByteArray file = "conversation_id,timestamp,sender,text\n";
        QStringList order;
        QHash<QString, QStringList> expected;
        const qsizetype rows = ChatCsvImporter::kMaxPendingMessages * 2 + 123;
        for (qsizetype i = 0; i < rows; ++i) {
            const QString id = u"k%1"_s.arg(rng.bounded(500));
            const QString text = u"melding %1"_s.arg(i);
            file += id.toUtf8() + ",2024-05-02 08:01,Kunde," + text.toUtf8() + "\n";
            if (!expected.contains(id))
                order << id;
            expected[id] << text;
        }
        QList<ChatConversationRecord> conversations;
        PartCountingSink sink(conversations);
        QBuffer buffer(&file);
        buffer.open(QIODevice::ReadOnly);
        ImportContext ctx;
        ctx.fileName = u"interleaved.csv"_s;
        ctx.chats = &sink;
        const Status s = ChatCsvImporter().read(buffer, ctx);
        QVERIFY2(!s, qPrintable(s ? s->toString() : QString()));
        QVERIFY2(sink.continuations >= 2 * 500 - 1, qPrintable(QString::number(sink.continuations)));
        QCOMPARE(conversations.size(), order.size());
        for (qsizetype k = 0; k < order.size(); ++k) {
            QCOMPARE(conversations[k].externalId, order[k]);
            QStringList texts;
            for (const ChatMessageRecord &m : std::as_const(conversations[k].messages))
                texts << m.text;
            QCOMPARE(texts, expected.value(order[k]));
        }
        QCOMPARE(ctx.rowsRead, rows);
        QVERIFY(ctx.notes.isEmpty());
    }

    // An id that comes back after more than kMaxOpenConversations other ids closed its conversation starts a
    // conversation of its own, and the note says so; one that comes back within the window joins its own.
    void csvEvictedIdComesBack()
    {
        QByteArray file = "conversation_id,timestamp,sender,text\nA,,Kunde,first\nB,,Kunde,b1\n";
        for (qsizetype i = 0; i < ChatCsvImporter::kMaxOpenConversations; ++i)
            file += "x" + QByteArray::number(i) + ",,Kunde,filler\n" + (i == 100 ? "B,,Kunde,b2\n" : "");
        file += "A,,Kunde,again\n";
        const ReadResult r = readWith(ChatCsvImporter(), file, u"evicted.csv"_s);
        QVERIFY2(!r.status, qPrintable(r.status ? r.status->toString() : QString()));
        QList<QStringList> a, b;
        for (const ChatConversationRecord &c : r.conversations) {
            QStringList texts;
            for (const ChatMessageRecord &m : c.messages)
                texts << m.text;
            if (c.externalId == u"A")
                a << texts;
            else if (c.externalId == u"B")
                b << texts;
        }
        QCOMPARE(a, (QList<QStringList> { { u"first"_s }, { u"again"_s } }));
        QCOMPARE(b, (QList<QStringList> { { u"b1"_s, u"b2"_s } }));
        QCOMPARE(r.conversations.size(), ChatCsvImporter::kMaxOpenConversations + 3);
        QCOMPARE(r.ctx.notes.size(), 1);
        const QString note = shownNotes(r.ctx.notes).first();
        QVERIFY2(note.startsWith(u"1 conversation id"_s), qPrintable(note));
        QVERIFY2(note.contains(QLocale().toString(ChatCsvImporter::kMaxOpenConversations)), qPrintable(note));
    }

    // Many conversations in each of the three shapes (the third: one conversation of many messages), with other
    // top-level values around them, and their lines.
    void jsonShapesAtScale_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<int>("conversations");
        QTest::addColumn<int>("firstLine"); // of conversation j0
        constexpr int n = 60000;
        QTest::newRow("list") << QByteArray("[\n" + jsonConversations(n) + "\n]\n") << n << 2;
        QTest::newRow("object") << QByteArray("{\"exported\": {\"by\": [\"x\", {\"y\": \"]}\\\"\"}], \"n\": -1.5e3},\n"
                                              "\"conversations\": [\n"
                                       + jsonConversations(n) + "\n], \"after\": [null, true, false, {}]}\n")
                                << n << 3;
        QByteArray one = "{\"messages\": [";
        for (int m = 0; m < n; ++m)
            one += QByteArray(m ? ",\n" : "\n") + "{\"sender\": \"Bot\", \"text\": \"t0." + QByteArray::number(m) + "\"}";
        one += "],\n \"conversation\": {\"id\": \"j0\"}}";
        QTest::newRow("one conversation") << one << 1 << n + 2;
    }
    void jsonShapesAtScale()
    {
        QFETCH(QByteArray, file);
        QFETCH(int, conversations);
        QFETCH(int, firstLine);
        const ReadResult r = readWith(ChatJsonImporter(), file, u"many.json"_s);
        QVERIFY2(!r.status, qPrintable(r.status ? r.status->toString() : QString()));
        QCOMPARE(r.conversations.size(), conversations);
        QCOMPARE(r.conversations.first().externalId, u"j0"_s);
        QCOMPARE(r.conversations.first().line, firstLine);
        if (conversations == 1) {
            QCOMPARE(r.conversations.first().messages.size(), 60000);
            QCOMPARE(r.conversations.first().messages.last().text, u"t0.59999"_s);
            return;
        }
        qint64 messages = 0;
        for (int k = 0; k < conversations; ++k) {
            const ChatConversationRecord &c = r.conversations[k];
            QCOMPARE(c.externalId, u"j%1"_s.arg(k));
            QCOMPARE(c.line, firstLine + k);
            QCOMPARE(c.messages.size(), k % 3 + 1);
            QCOMPARE(c.messages.last().text, u"t%1.%2"_s.arg(k).arg(k % 3));
            messages += c.messages.size();
        }
        QCOMPARE(r.ctx.rowsRead, messages);
    }

    // A file cut anywhere is refused at the line where it ends, which QJsonDocument agrees on.
    void jsonTruncatedAtItsLine()
    {
        const QByteArray whole = "{\"conversations\": [\n" + jsonConversations(3000) + "\n]}";
        for (const qsizetype cut : { qsizetype(25), whole.size() / 3, whole.size() / 2 + 7, whole.size() - 1 }) {
            const QByteArray file = whole.left(cut);
            QJsonParseError e;
            QJsonDocument::fromJson(file, &e);
            QVERIFY(e.error != QJsonParseError::NoError);
            const int line = TextLimits::lineOf(file, file.size());
            QCOMPARE(TextLimits::lineOf(file, e.offset), line);
            const ReadResult r = readWith(ChatJsonImporter(), file, u"cut.json"_s);
            QVERIFY(r.status);
            QVERIFY2(r.status->toString().startsWith(u"cut.json:%1: this is not valid JSON"_s.arg(line)),
                qPrintable(r.status->toString()));
            QVERIFY(r.status->reason.endsWith(u"is the export complete?"_s));
        }
    }

    // A conversation over the bound is refused at its line, in a list and as the one conversation.
    void jsonConversationTooLarge()
    {
        QByteArray big = "{\"id\": \"big\", \"messages\": [";
        const QByteArray text(60000, 'x');
        for (qsizetype m = 0; big.size() <= ChatJsonImporter::kMaxConversationBytes; ++m)
            big += QByteArray(m ? ",\n" : "") + "{\"text\": \"" + text + "\"}";
        big += "]}";
        const ReadResult list = readWith(ChatJsonImporter(), "[\n" + jsonConversations(2) + ",\n" + big + "]", u"b.json"_s);
        QVERIFY(list.status);
        QVERIFY2(list.status->toString().startsWith(u"b.json:4: "_s), qPrintable(list.status->toString()));
        QVERIFY(list.status->reason.contains(u"larger than 16 MiB"_s));
        const ReadResult one = readWith(ChatJsonImporter(), big, u"one.json"_s);
        QVERIFY(one.status);
        QVERIFY2(one.status->toString().startsWith(u"one.json:1: "_s), qPrintable(one.status->toString()));
        QVERIFY(one.status->reason.contains(u"larger than 16 MiB"_s));
    }

    // Cancel stops both importers part of the way through, without an error.
    void cancelMidFile()
    {
        QByteArray csv = "conversation_id,timestamp,sender,text\n";
        for (int i = 0; i < 5000; ++i)
            csv += "c" + QByteArray::number(i) + ",,Kunde,hei\n";
        const QByteArray json = "[" + jsonConversations(60000) + "]";
        QVERIFY(json.size() > 3 << 20); // the JSON stream reports progress once per MiB read
        const std::pair<const Importer *, QByteArray> cases[] = { { ImporterRegistry::byName(u"chat-csv"_s), csv },
            { ImporterRegistry::byName(u"chat-json"_s), json } };
        for (const auto &[importer, bytes] : cases) {
            QList<ChatConversationRecord> conversations;
            CollectingChatSink sink(conversations);
            ImportContext ctx;
            QVERIFY(!readCancelled(*importer, bytes, sink, ctx));
            QVERIFY2(ctx.rowsRead > 0 && ctx.rowsRead < (importer->name() == u"chat-csv" ? 5000 : 60000),
                qPrintable(QString::number(ctx.rowsRead)));
        }
    }
};

QTEST_GUILESS_MAIN(TestChatImporters)
#include "test_chatimporters.moc"
