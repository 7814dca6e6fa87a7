// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cookiescan/cdpclient.h"
#include "cookiescan/consentrules.h"
#include "cookiescan/cookiescanner.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>

#include <map>

// One consent phase of a live scan in one browser (cookiescanner.cpp drives it): the browser's events turned
// into observations and evidence. Internal to the scan.
class ScanPhase
{
    Q_DECLARE_TR_FUNCTIONS(CookieScanner)

public:
    ScanPhase(
        CdpClient &cdp, const QString &phase, const QUrl &startUrl, const QElapsedTimer &clock, qint64 deadlineMs);

    Status openPage(); // a tab with every session set up
    // Loads `url` and waits until the network is idle (bounded by `timeoutMs`); a page event, and a timeout
    // event when it did not settle. An Error only when the browser failed.
    Status visit(const QString &url, int timeoutMs);
    Status consent(ConsentRules::Choice choice, const QString &userSelector, int timeoutMs);
    Status collect(); // the jar and the web storage keys, as they are now
    Expected<QStringList> links(); // the page's links, absolute, in document order

    std::vector<ObservedCookie> observed() const; // the items of the last collect(), with their first page
    std::vector<ScanEvent> takeEvents();
    void addEvent(const QString &kind, const QString &page, const QString &subject, const QString &detail);

private:
    struct Context
    {
        int id = 0;
        QString frameId;
    };
    struct Request
    {
        QString url;
        QString initiator;
    };
    struct Setter
    {
        QString via;
        QString setBy;
        QString initiator;
    };
    // A Set-Cookie header or a document.cookie write, resolved against the jar when the phase ends (the
    // response's request may be reported after its headers).
    struct RawSetter
    {
        qint64 order = 0;
        QString via; // set-cookie | script
        QString name;
        QString domain; // the Domain attribute; '' = the host that set it
        QString requestId; // set-cookie
        QString frameUrl; // script: the frame it ran in
        QString scriptUrl; // script: from its stack
    };

    Status drain(int timeoutMs); // pumps and handles events for up to timeoutMs
    Status waitIdle(int timeoutMs, bool *settled);
    void handle(const CdpMessage &m);
    void onAttached(const CdpMessage &m);
    void onRequest(const CdpMessage &m);
    void onResponse(const CdpMessage &m);
    void onResponseExtra(const CdpMessage &m);
    void onCookieWrite(const CdpMessage &m);
    Setter setterOf(const ObservedCookie &cookie) const;
    qint64 remainingMs(int wantedMs) const;
    std::vector<std::pair<QString, Context>> frameContexts() const; // page first
    Status collectStorage(const QDateTime &now);
    void observe(ObservedCookie item, const QDateTime &now, QSet<QString> &present);

    CdpClient &m_cdp;
    QString m_phase;
    QUrl m_start;
    QString m_siteHost;
    const QElapsedTimer &m_clock;
    qint64 m_deadlineMs;

    QString m_pageSession;
    QString m_mainFrame;
    QString m_currentPage;
    QStringList m_sessions; // in the order attached (the page first)
    std::map<QString, std::vector<Context>> m_contexts; // per session
    QHash<QString, Request> m_requests; // by request id
    // Open requests by id (unique in the browser: an iframe's document request starts in its parent's session and
    // finishes in the iframe's own), with the session that started it.
    QHash<QString, QString> m_inflight;
    qint64 m_lastNetworkMs = 0;
    bool m_loaded = false;
    int m_status = 0;
    qint64 m_order = 0;
    std::vector<RawSetter> m_rawSetters; // in the order they happened
    Status m_failure; // a command to a new session could not be sent
    QSet<QString> m_hostsSeen;
    QSet<QString> m_blockedSeen;
    bool m_tcfNoted = false;

    std::map<QString, ObservedCookie> m_items; // kind | name | domain | path
    QSet<QString> m_presentCookies; // keys in the jar at the last collect()
    QSet<QString> m_presentStorage; // storage keys seen in this phase
    std::vector<ScanEvent> m_events;
};
