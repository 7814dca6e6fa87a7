// SPDX-License-Identifier: GPL-3.0-or-later
#include "cookiescan/cdpclient.h"

#include <QElapsedTimer>
#include <QJsonDocument>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

const int kSliceMs = 50; // how often a wait looks at the cancel flag

} // namespace

CdpClient::CdpClient(int readFd, int writeFd, const std::atomic<bool> *cancel)
    : m_readFd(readFd)
    , m_writeFd(writeFd)
    , m_cancel(cancel)
{
    // A browser that stops reading must not block a write for ever: writes wait in poll(), bounded.
    ::fcntl(m_writeFd, F_SETFL, ::fcntl(m_writeFd, F_GETFL) | O_NONBLOCK);
}

Error CdpClient::cancelledError() const
{
    return Error { {}, 0, tr("The scan was cancelled.") };
}

Status CdpClient::send(int id, const QString &method, const QJsonObject &params, const QString &sessionId)
{
    QJsonObject message { { u"id"_s, id }, { u"method"_s, method }, { u"params"_s, params } };
    if (!sessionId.isEmpty())
        message.insert(u"sessionId"_s, sessionId);
    QByteArray bytes = QJsonDocument(message).toJson(QJsonDocument::Compact);
    bytes.append('\0');
    QElapsedTimer timer;
    timer.start();
    qsizetype done = 0;
    while (done < bytes.size()) {
        if (cancelled())
            return cancelledError();
        // MSG_NOSIGNAL: a browser that died gives EPIPE here, not a SIGPIPE that would end Kapsel. A plain pipe
        // (tests) falls back to write().
        ssize_t n
            = ::send(m_writeFd, bytes.constData() + done, size_t(bytes.size() - done), MSG_NOSIGNAL | MSG_DONTWAIT);
        if (n < 0 && errno == ENOTSOCK)
            n = ::write(m_writeFd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n > 0) {
            done += n;
            continue;
        }
        if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)
            return Error { {}, 0,
                tr("The browser closed its connection (%1).").arg(QString::fromLocal8Bit(strerror(errno))) };
        if (timer.elapsed() > 10000)
            return Error { {}, 0, tr("The browser does not read its commands any more.") };
        pollfd p { m_writeFd, POLLOUT, 0 };
        ::poll(&p, 1, kSliceMs);
    }
    return {};
}

Status CdpClient::post(const QString &method, const QJsonObject &params, const QString &sessionId)
{
    const int id = m_nextId++;
    m_posted.insert(id);
    return send(id, method, params, sessionId);
}

Expected<QJsonObject> CdpClient::call(
    const QString &method, const QJsonObject &params, const QString &sessionId, int timeoutMs)
{
    const int id = m_nextId++;
    if (Status s = send(id, method, params, sessionId))
        return *s;
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        if (auto it = m_responses.find(id); it != m_responses.end()) {
            const CdpMessage response = std::move(it->second);
            m_responses.erase(it);
            if (!response.error.isEmpty())
                return Error { {}, 0, tr("The browser refused %1: %2").arg(method, response.error) };
            return response.result;
        }
        const qint64 left = timeoutMs - timer.elapsed();
        if (left <= 0) {
            m_posted.insert(id); // a late response is dropped
            return Error { {}, 0,
                tr("The browser did not answer %1 within %2 seconds.").arg(method).arg(timeoutMs / 1000.0) };
        }
        if (Status s = pump(int(left))) {
            m_posted.insert(id);
            return *s;
        }
    }
}

Status CdpClient::pump(int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    const size_t before = m_events.size() + m_responses.size();
    do {
        if (cancelled())
            return cancelledError();
        if (Status s = readAvailable(int(qMin<qint64>(kSliceMs, qMax<qint64>(0, timeoutMs - timer.elapsed())))))
            return s;
        if (m_events.size() + m_responses.size() != before)
            return {};
    } while (timer.elapsed() < timeoutMs);
    return {};
}

Status CdpClient::readAvailable(int timeoutMs)
{
    if (m_closed)
        return Error { {}, 0, tr("The browser closed its connection.") };
    pollfd p { m_readFd, POLLIN, 0 };
    const int ready = ::poll(&p, 1, timeoutMs);
    if (ready <= 0)
        return {};
    char chunk[65536];
    const ssize_t n = ::read(m_readFd, chunk, sizeof chunk);
    if (n < 0)
        return errno == EINTR || errno == EAGAIN
            ? Status {}
            : Status { Error {
                {}, 0, tr("Cannot read from the browser: %1").arg(QString::fromLocal8Bit(strerror(errno))) } };
    if (n == 0) {
        m_closed = true;
        return Error { {}, 0, tr("The browser closed its connection.") };
    }
    const qsizetype before = m_buffer.size();
    m_buffer.append(chunk, n);
    parseBuffer(before);
    return {};
}

void CdpClient::parseBuffer(qsizetype searchFrom)
{
    qsizetype start = 0;
    for (;;) {
        const qsizetype end = m_buffer.indexOf('\0', searchFrom); // only the new bytes: big messages stay linear
        if (end < 0)
            break;
        if (!m_skipping)
            accept(m_buffer.mid(start, end - start));
        m_skipping = false;
        start = searchFrom = end + 1;
    }
    m_buffer.remove(0, start);
    if (m_skipping) {
        m_buffer.clear(); // still inside the oversized message
    } else if (m_buffer.size() > kMaxMessageBytes) { // not a message the scan needs: skipped up to its NUL
        m_buffer.clear();
        m_skipping = true;
        ++m_dropped;
    }
}

void CdpClient::accept(const QByteArray &bytes)
{
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    if (!doc.isObject()) {
        ++m_dropped;
        return;
    }
    const QJsonObject o = doc.object();
    CdpMessage m;
    m.sessionId = o.value(u"sessionId"_s).toString();
    if (o.contains(u"id"_s)) {
        m.id = o.value(u"id"_s).toInt(0);
        if (m.id <= 0) {
            ++m_dropped;
            return;
        }
        if (m_posted.erase(m.id))
            return;
        m.result = o.value(u"result"_s).toObject();
        if (o.contains(u"error"_s)) {
            const QJsonValue e = o.value(u"error"_s);
            m.error = e.toObject().value(u"message"_s).toString();
            if (m.error.isEmpty())
                m.error = u"error"_s;
        }
        m_responses[m.id] = std::move(m);
        return;
    }
    m.method = o.value(u"method"_s).toString();
    if (m.method.isEmpty()) {
        ++m_dropped;
        return;
    }
    m.params = o.value(u"params"_s).toObject();
    m_events.push_back(std::move(m));
}

std::vector<CdpMessage> CdpClient::takeEvents()
{
    std::vector<CdpMessage> out(std::make_move_iterator(m_events.begin()), std::make_move_iterator(m_events.end()));
    m_events.clear();
    return out;
}
