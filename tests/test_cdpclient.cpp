// SPDX-License-Identifier: GPL-3.0-or-later
// The DevTools protocol client against a fake browser on a pair of pipes: responses matched to commands,
// events queued in order, and garbled input from the pipe dropped without a crash; every wait bounded.
#include "testsupport.h"

#include "cookiescan/cdpclient.h"
#include "cookiescan/cookiescanner.h"

#include <QElapsedTimer>
#include <QJsonDocument>

#include <fcntl.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

using namespace Qt::StringLiterals;

class TestCdpClient : public QObject
{
    Q_OBJECT

    int m_toClient[2] = { -1, -1 }; // the fake browser writes to [1]
    int m_fromClient[2] = { -1, -1 }; // and reads the client's commands from [0]

    void browserWrites(const QByteArray &bytes)
    {
        QCOMPARE(::write(m_toClient[1], bytes.constData(), size_t(bytes.size())), ssize_t(bytes.size()));
    }
    QJsonObject browserReadsCommand()
    {
        QByteArray bytes;
        char c = 0;
        while (::read(m_fromClient[0], &c, 1) == 1 && c != '\0')
            bytes.append(c);
        return QJsonDocument::fromJson(bytes).object();
    }

private slots:
    void init()
    {
        QCOMPARE(::pipe2(m_toClient, O_CLOEXEC), 0);
        QCOMPARE(::pipe2(m_fromClient, O_CLOEXEC), 0);
        ::fcntl(m_toClient[1], F_SETPIPE_SZ, 1 << 20);
    }
    void cleanup()
    {
        for (int fd : { m_toClient[0], m_toClient[1], m_fromClient[0], m_fromClient[1] })
            if (fd >= 0)
                ::close(fd);
        m_toClient[1] = -1;
    }

    void commandsAndEvents()
    {
        CdpClient cdp(m_toClient[0], m_fromClient[1]);
        // The answer is written before the command is sent: the client must still match it by id (1), and queue
        // the event and skip the garbage that come first.
        browserWrites(QByteArray("not json at all") + '\0' + "[1,2,3]" + '\0' + R"({"id":"one"})" + '\0'
            + R"({"nothing":true})" + '\0'
            + R"({"method":"Page.loadEventFired","params":{"timestamp":1},"sessionId":"S1"})" + '\0'
            + R"({"id":7,"result":{}})" + '\0' + R"({"id":1,"result":{"product":"Chrome/156"}})" + '\0');
        auto version = cdp.call(u"Browser.getVersion"_s, {}, {}, 2000);
        QVERIFY(version);
        QCOMPARE(version->value(u"product"_s).toString(), u"Chrome/156"_s);
        const QJsonObject sent = browserReadsCommand();
        QCOMPARE(sent.value(u"id"_s).toInt(), 1);
        QCOMPARE(sent.value(u"method"_s).toString(), u"Browser.getVersion"_s);
        QVERIFY(!sent.contains(u"sessionId"_s));
        const auto events = cdp.takeEvents();
        QCOMPARE(events.size(), size_t(1));
        QCOMPARE(events[0].method, u"Page.loadEventFired"_s);
        QCOMPARE(events[0].sessionId, u"S1"_s);
        QCOMPARE(cdp.droppedMessages(), 4); // text, an array, a string id, neither id nor method

        // An error response is the browser's sentence; a session id travels with the command.
        browserWrites(QByteArray(R"({"id":2,"error":{"code":-32601,"message":"X.y was not found"}})") + '\0');
        auto refused = cdp.call(u"X.y"_s, {}, u"S1"_s, 2000);
        QVERIFY(!refused);
        QVERIFY(refused.error().reason.contains(u"X.y was not found"_s));
        QCOMPARE(browserReadsCommand().value(u"sessionId"_s).toString(), u"S1"_s);
    }

    void messageSplitAcrossReads()
    {
        CdpClient cdp(m_toClient[0], m_fromClient[1]);
        browserWrites("{\"method\":\"A.b\",\"par");
        QVERIFY(!cdp.pump(100));
        QVERIFY(cdp.takeEvents().empty());
        browserWrites(QByteArray("ams\":{\"x\":1}}") + '\0');
        QVERIFY(!cdp.pump(1000));
        const auto events = cdp.takeEvents();
        QCOMPARE(events.size(), size_t(1));
        QCOMPARE(events[0].params.value(u"x"_s).toInt(), 1);
    }

    void boundedWaits()
    {
        CdpClient cdp(m_toClient[0], m_fromClient[1]);
        QElapsedTimer timer;
        timer.start();
        auto silent = cdp.call(u"Browser.getVersion"_s, {}, {}, 300);
        QVERIFY(!silent);
        QVERIFY(timer.elapsed() < 2000);
        // The late answer to the command that timed out is dropped, not taken for the next one's.
        browserWrites(
            QByteArray(R"({"id":1,"result":{"late":true}})") + '\0' + R"({"id":2,"result":{"ok":true}})" + '\0');
        auto next = cdp.call(u"Browser.getVersion"_s, {}, {}, 2000);
        QVERIFY(next);
        QVERIFY(next->value(u"ok"_s).toBool());

        std::atomic<bool> cancel = true;
        CdpClient cancelled(m_toClient[0], m_fromClient[1], &cancel);
        auto stopped = cancelled.call(u"Browser.getVersion"_s, {}, {}, 10000);
        QVERIFY(!stopped);
        QCOMPARE(stopped.error().reason, CdpClient::tr("The scan was cancelled."));

        ::close(m_toClient[1]); // the browser died
        m_toClient[1] = -1;
        auto closed = cdp.call(u"Browser.getVersion"_s, {}, {}, 10000);
        QVERIFY(!closed);
        QVERIFY(!cdp.connected());
    }

    void writeToDeadBrowserIsAnError()
    {
        // A socket as in BrowserProcess: writing to a closed peer gives an error, never SIGPIPE.
        int sockets[2];
        QCOMPARE(::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sockets), 0);
        ::close(sockets[1]);
        CdpClient cdp(m_toClient[0], sockets[0]);
        QVERIFY(cdp.post(u"Browser.close"_s));
        ::close(sockets[0]);
    }

    void oversizedMessageDropped()
    {
        CdpClient cdp(m_toClient[0], m_fromClient[1]);
        // Written in pieces by a thread while the client reads: a message larger than the limit is skipped to
        // its NUL, and the next message is read normally.
        std::thread writer([this] {
            const QByteArray piece(1 << 20, 'x');
            QByteArray head = "{\"method\":\"Big\",\"params\":{\"s\":\"";
            ::write(m_toClient[1], head.constData(), size_t(head.size()));
            for (qsizetype sent = 0; sent <= CdpClient::kMaxMessageBytes; sent += piece.size())
                ::write(m_toClient[1], piece.constData(), size_t(piece.size()));
            const QByteArray tail = QByteArray("\"}}") + '\0' + R"({"method":"Small","params":{}})" + '\0';
            ::write(m_toClient[1], tail.constData(), size_t(tail.size()));
        });
        QElapsedTimer timer;
        timer.start();
        std::vector<CdpMessage> events;
        while (events.empty() && timer.elapsed() < 30000) {
            QVERIFY(!cdp.pump(100));
            events = cdp.takeEvents();
        }
        writer.join();
        QCOMPARE(events.size(), size_t(1));
        QCOMPARE(events[0].method, u"Small"_s);
        QCOMPARE(cdp.droppedMessages(), 1);
    }

    void looksLikeId_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("id");
        QTest::newRow("uuid") << u"3f2a9c1e-8b7d-4e6f-a5c4-1b2d3e4f5a6b"_s << true;
        QTest::newRow("hex") << u"0f3c9a8e7d6b5a4c3b2a1f0e9d8c7b6a"_s << true;
        QTest::newRow("Google Analytics") << u"GA1.1.1234567890.1700000000"_s << true;
        QTest::newRow("short") << u"a1b2c3"_s << false;
        QTest::newRow("a word") << u"accepted"_s << false;
        QTest::newRow("letters only") << u"necessarypreferences"_s << false;
        QTest::newRow("digits only: a time") << u"1700000000000000"_s << false;
        QTest::newRow("choices as JSON") << uR"({"necessary":true,"stats":1,"ads":0})"_s << false;
        QTest::newRow("percent-encoded JSON") << u"%7B%22necessary%22%3Atrue%2C%22ads%22%3A0%7D"_s << false;
    }
    void looksLikeId()
    {
        QFETCH(QString, value);
        QFETCH(bool, id);
        QCOMPARE(CookieScanner::looksLikeId(value), id);
    }
};

QTEST_GUILESS_MAIN(TestCdpClient)
#include "test_cdpclient.moc"
