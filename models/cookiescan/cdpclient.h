// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <atomic>
#include <deque>
#include <map>
#include <set>
#include <vector>

// A message from the browser: an event (method set) or the response to a command (id set).
struct CdpMessage
{
    int id = 0;
    QString method;
    QString sessionId; // flattened sessions: which target (page, iframe, worker) it is about; '' = the browser
    QJsonObject params; // an event's parameters
    QJsonObject result; // a response's result
    QString error; // a response's error message
};

// The Chrome DevTools protocol over --remote-debugging-pipe: JSON messages, each terminated by a NUL byte.
// Commands carry ids and their responses are matched to them; events are queued in arrival order for the
// caller to take. Sessions are flattened (a sessionId on the message), so the iframes' out-of-process targets
// speak on the same pipe.
//
// Synchronous and thread-agnostic: every wait polls the descriptor in short slices and is bounded by a timeout
// and the cancel flag, so the scan can run on a worker thread or in the CLI. What comes from the pipe is not
// trusted: a garbled or oversized message is dropped and counted, never a crash.
class CdpClient
{
    Q_DECLARE_TR_FUNCTIONS(CdpClient)

public:
    CdpClient(int readFd, int writeFd, const std::atomic<bool> *cancel = nullptr);

    // Sends a command and waits for its response (events arriving meanwhile are queued).
    Expected<QJsonObject> call(
        const QString &method, const QJsonObject &params = {}, const QString &sessionId = {}, int timeoutMs = 10000);
    // Sends a command without waiting; its response is dropped when it arrives. Messages of one session are
    // handled in order, so a later call() on that session also waits for this one.
    Status post(const QString &method, const QJsonObject &params = {}, const QString &sessionId = {});
    // Reads what arrives within `timeoutMs` (returns earlier once something was read).
    Status pump(int timeoutMs);
    std::vector<CdpMessage> takeEvents();

    bool cancelled() const { return m_cancel && m_cancel->load(); }
    bool connected() const { return !m_closed; }
    int droppedMessages() const { return m_dropped; }

    static constexpr qsizetype kMaxMessageBytes = 64 << 20;

private:
    Status send(int id, const QString &method, const QJsonObject &params, const QString &sessionId);
    Status readAvailable(int timeoutMs);
    void parseBuffer(qsizetype searchFrom);
    void accept(const QByteArray &message);
    Error cancelledError() const;

    int m_readFd;
    int m_writeFd;
    const std::atomic<bool> *m_cancel;
    int m_nextId = 1;
    QByteArray m_buffer;
    bool m_skipping = false; // inside an oversized message: discard up to its NUL
    bool m_closed = false;
    int m_dropped = 0;
    std::deque<CdpMessage> m_events;
    std::map<int, CdpMessage> m_responses;
    std::set<int> m_posted;
};
