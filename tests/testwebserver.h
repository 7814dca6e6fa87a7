// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QSemaphore>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <functional>
#include <memory>
#include <vector>

// A small HTTP/1.1 server for tests that drive a real browser: it listens on the given addresses (random
// ports) in a thread of its own, so the test's thread may block in a scan meanwhile. One request per
// connection (Connection: close). A response with `hang` sends its headers and body and then never ends; one with
// status 0 is never sent.
struct TestRequest
{
    QByteArray method;
    QByteArray path; // with the query
    QByteArray cookie; // the Cookie header
    QHostAddress local; // the address the request came to
};

struct TestResponse
{
    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    bool hang = false;
};

class TestWebServer : public QThread
{
public:
    using Handler = std::function<TestResponse(const TestRequest &)>;

    TestWebServer(QList<QHostAddress> addresses, Handler handler)
        : m_addresses(std::move(addresses))
        , m_handler(std::move(handler))
    { }
    ~TestWebServer() override
    {
        quit();
        wait();
    }

    // Starts listening; false when an address cannot be bound.
    bool serve()
    {
        start();
        m_ready.acquire();
        return m_ports.size() == m_addresses.size();
    }
    quint16 port(int i) const { return m_ports.value(i); }

protected:
    void run() override
    {
        std::vector<std::unique_ptr<QTcpServer>> servers;
        for (const QHostAddress &a : m_addresses) {
            auto server = std::make_unique<QTcpServer>();
            if (!server->listen(a, 0))
                break;
            m_ports.append(server->serverPort());
            QTcpServer *s = server.get();
            QObject::connect(s, &QTcpServer::newConnection, s, [this, s] {
                while (QTcpSocket *socket = s->nextPendingConnection())
                    accept(socket);
            });
            servers.push_back(std::move(server));
        }
        m_ready.release();
        exec();
    }

private:
    void accept(QTcpSocket *socket)
    {
        auto buffer = std::make_shared<QByteArray>();
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
            buffer->append(socket->readAll());
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            QObject::disconnect(socket, &QTcpSocket::readyRead, nullptr, nullptr);
            respond(socket, buffer->left(end));
        });
    }

    void respond(QTcpSocket *socket, const QByteArray &head)
    {
        const QList<QByteArray> lines = head.split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        TestRequest request { first.value(0), first.value(1), {}, socket->localAddress() };
        for (const QByteArray &line : lines) {
            if (line.toLower().startsWith("cookie:"))
                request.cookie = line.mid(7).trimmed();
        }
        const TestResponse r = m_handler(request);
        if (r.status == 0)
            return; // no answer at all: the connection stays open and silent
        QByteArray out = "HTTP/1.1 " + QByteArray::number(r.status) + " X\r\n";
        for (const auto &[name, value] : r.headers)
            out += name + ": " + value + "\r\n";
        if (!r.hang)
            out += "Content-Length: " + QByteArray::number(r.body.size()) + "\r\nConnection: close\r\n";
        out += "Cache-Control: no-store\r\n\r\n" + r.body;
        socket->write(out);
        if (!r.hang)
            socket->disconnectFromHost();
    }

    QList<QHostAddress> m_addresses;
    Handler m_handler;
    QList<quint16> m_ports;
    QSemaphore m_ready;
};
