// SPDX-License-Identifier: GPL-3.0-or-later
#include "cookiescan/scanphase.h"

#include "cookiescan/registrabledomain.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

const int kQuietMs = 500; // no request for this long, none open: the network is idle
const int kBusyQuietMs = 2000; // requests still open (long polls, streams) but nothing new for this long
const int kEvaluateMs = 5000;
const int kBannerWaitMs = 3000; // a banner that scripts add after the load
const int kMaxStorageKeys = 500;
// The page can call the cookie hook's binding itself: what it reports is bounded (the first writes are the ones
// that count, the first setter wins).
const size_t kMaxSetters = 20000;

QString bare(const QString &domain)
{
    QString d = domain.trimmed().toLower();
    while (d.startsWith(u'.'))
        d.remove(0, 1);
    return d;
}

// The cookie's name and Domain attribute from a Set-Cookie line or a document.cookie string.
std::pair<QString, QString> nameAndDomain(const QString &line)
{
    const QStringList parts = line.split(u';');
    const QString name = parts.value(0).section(u'=', 0, 0).trimmed();
    QString domain;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        if (parts[i].section(u'=', 0, 0).trimmed().compare(u"domain"_s, Qt::CaseInsensitive) == 0)
            domain = bare(parts[i].section(u'=', 1));
    }
    return { name, domain };
}

// "a script's URL", "parser" or the protocol's other initiator types ("other", "preload", ...).
QString initiatorText(const QJsonObject &initiator)
{
    const QString type = initiator.value(u"type"_s).toString();
    if (type == u"script"_s) {
        for (QJsonObject stack = initiator.value(u"stack"_s).toObject(); !stack.isEmpty();
             stack = stack.value(u"parent"_s).toObject()) {
            for (const QJsonValue frame : stack.value(u"callFrames"_s).toArray()) {
                const QString url = frame.toObject().value(u"url"_s).toString();
                if (!url.isEmpty())
                    return url;
            }
        }
        const QString url = initiator.value(u"url"_s).toString();
        return url.isEmpty() ? type : url;
    }
    return type.isEmpty() ? u"other"_s : type;
}

QString firstUrlInStack(const QString &stack)
{
    static const QRegularExpression url(uR"((https?://[^\s()]+?):\d+:\d+)"_s);
    const auto match = url.match(stack);
    return match.hasMatch() ? match.captured(1) : QString();
}

QString itemKey(const ObservedCookie &c)
{
    return c.kind + u'|' + c.name + u'|' + c.domain + u'|' + c.path;
}

} // namespace

ScanPhase::ScanPhase(
    CdpClient &cdp, const QString &phase, const QUrl &startUrl, const QElapsedTimer &clock, qint64 deadlineMs)
    : m_cdp(cdp)
    , m_phase(phase)
    , m_start(startUrl)
    , m_siteHost(startUrl.host())
    , m_clock(clock)
    , m_deadlineMs(deadlineMs)
{ }

qint64 ScanPhase::remainingMs(int wantedMs) const
{
    return qMax<qint64>(0, qMin<qint64>(wantedMs, m_deadlineMs - m_clock.elapsed()));
}

void ScanPhase::addEvent(const QString &kind, const QString &page, const QString &subject, const QString &detail)
{
    m_events.push_back(ScanEvent { m_phase, kind, page, subject, detail });
}

std::vector<ScanEvent> ScanPhase::takeEvents()
{
    return std::exchange(m_events, {});
}

Status ScanPhase::drain(int timeoutMs)
{
    if (Status s = m_cdp.pump(timeoutMs))
        return s;
    for (const CdpMessage &m : m_cdp.takeEvents())
        handle(m);
    return m_failure;
}

Status ScanPhase::openPage()
{
    auto target = m_cdp.call(u"Target.createTarget"_s, { { u"url"_s, u"about:blank"_s } });
    if (!target)
        return target.error();
    const QString targetId = target->value(u"targetId"_s).toString();
    auto attached = m_cdp.call(u"Target.attachToTarget"_s, { { u"targetId"_s, targetId }, { u"flatten"_s, true } });
    if (!attached)
        return attached.error();
    m_pageSession = attached->value(u"sessionId"_s).toString();
    // The attach event sets the session up (onAttached); it arrived before the response.
    while (!m_sessions.contains(m_pageSession)) {
        if (remainingMs(10000) <= 0)
            return Error { {}, 0, tr("The browser did not open a page.") };
        if (Status s = drain(50))
            return s;
    }
    auto tree = m_cdp.call(u"Page.getFrameTree"_s, {}, m_pageSession);
    if (!tree)
        return tree.error();
    m_mainFrame = tree->value(u"frameTree"_s).toObject().value(u"frame"_s).toObject().value(u"id"_s).toString();
    return {};
}

void ScanPhase::onAttached(const CdpMessage &m)
{
    const QString session = m.params.value(u"sessionId"_s).toString();
    const QString type = m.params.value(u"targetInfo"_s).toObject().value(u"type"_s).toString();
    if (session.isEmpty() || m_sessions.contains(session))
        return;
    m_sessions.append(session);
    // Posted in order on the new session; a paused target (waitForDebuggerOnStart) runs once they are set up, so
    // the cookie hook is in place before the frame's first script.
    const auto post = [&](const QString &method, const QJsonObject &params = {}) {
        if (!m_failure)
            m_failure = m_cdp.post(method, params, session);
    };
    if (type == u"page"_s || type == u"iframe"_s) {
        post(u"Network.enable"_s);
        post(u"Page.enable"_s);
        post(u"Page.setLifecycleEventsEnabled"_s, { { u"enabled"_s, true } });
        post(u"Runtime.addBinding"_s, { { u"name"_s, ConsentRules::bindingName() } });
        post(u"Page.addScriptToEvaluateOnNewDocument"_s, { { u"source"_s, ConsentRules::cookieHookScript() } });
        post(u"Runtime.enable"_s);
        post(u"Target.setAutoAttach"_s,
            { { u"autoAttach"_s, true }, { u"waitForDebuggerOnStart"_s, true }, { u"flatten"_s, true } });
    } else if (type.endsWith(u"worker"_s)) {
        post(u"Network.enable"_s);
    }
    post(u"Runtime.runIfWaitingForDebugger"_s);
}

void ScanPhase::handle(const CdpMessage &m)
{
    const QString &method = m.method;
    if (method == u"Target.attachedToTarget"_s) {
        onAttached(m);
    } else if (method == u"Target.detachedFromTarget"_s) {
        const QString session = m.params.value(u"sessionId"_s).toString();
        m_sessions.removeAll(session);
        m_contexts.erase(session);
        m_inflight.removeIf([&](const auto &request) { return request.value() == session; });
    } else if (method == u"Runtime.executionContextCreated"_s) {
        const QJsonObject context = m.params.value(u"context"_s).toObject();
        const QJsonObject aux = context.value(u"auxData"_s).toObject();
        if (aux.value(u"isDefault"_s).toBool())
            m_contexts[m.sessionId].push_back(
                Context { context.value(u"id"_s).toInt(), aux.value(u"frameId"_s).toString() });
    } else if (method == u"Runtime.executionContextDestroyed"_s) {
        const int id = m.params.value(u"executionContextId"_s).toInt();
        auto &list = m_contexts[m.sessionId];
        list.erase(std::remove_if(list.begin(), list.end(), [&](const Context &c) { return c.id == id; }), list.end());
    } else if (method == u"Runtime.executionContextsCleared"_s) {
        m_contexts[m.sessionId].clear();
    } else if (method == u"Runtime.bindingCalled"_s) {
        if (m.params.value(u"name"_s).toString() == ConsentRules::bindingName())
            onCookieWrite(m);
    } else if (method == u"Network.requestWillBeSent"_s) {
        onRequest(m);
    } else if (method == u"Network.responseReceived"_s) {
        onResponse(m);
    } else if (method == u"Network.responseReceivedExtraInfo"_s) {
        onResponseExtra(m);
    } else if (method == u"Network.loadingFinished"_s || method == u"Network.loadingFailed"_s) {
        m_inflight.remove(m.params.value(u"requestId"_s).toString());
        m_lastNetworkMs = m_clock.elapsed();
    } else if (method == u"Page.lifecycleEvent"_s) {
        if (m.sessionId == m_pageSession && m.params.value(u"frameId"_s).toString() == m_mainFrame) {
            const QString name = m.params.value(u"name"_s).toString();
            if (name == u"init"_s)
                m_loaded = false;
            else if (name == u"load"_s)
                m_loaded = true;
        }
    }
}

void ScanPhase::onRequest(const CdpMessage &m)
{
    const QString id = m.params.value(u"requestId"_s).toString();
    const QString url = m.params.value(u"request"_s).toObject().value(u"url"_s).toString();
    const bool mainDocument = m.params.value(u"type"_s).toString() == u"Document"_s
        && m.params.value(u"frameId"_s).toString() == m_mainFrame;
    if (mainDocument && m.params.contains(u"redirectResponse"_s))
        addEvent(u"redirect"_s, m_currentPage,
            m.params.value(u"redirectResponse"_s).toObject().value(u"url"_s).toString(), url);
    m_requests.insert(id, Request { url, initiatorText(m.params.value(u"initiator"_s).toObject()) });
    m_inflight.insert(id, m.sessionId);
    m_lastNetworkMs = m_clock.elapsed();

    const QUrl parsed(url);
    const QString host = parsed.host().toLower();
    if ((parsed.scheme() == u"http"_s || parsed.scheme() == u"https"_s) && !host.isEmpty()
        && !RegistrableDomain::sameSite(host, m_siteHost) && !m_hostsSeen.contains(host)) {
        m_hostsSeen.insert(host);
        addEvent(u"third-party-host"_s, m_currentPage, host, url);
    }
}

void ScanPhase::onResponse(const CdpMessage &m)
{
    if (m.params.value(u"type"_s).toString() == u"Document"_s && m.params.value(u"frameId"_s).toString() == m_mainFrame)
        m_status = m.params.value(u"response"_s).toObject().value(u"status"_s).toInt();
}

void ScanPhase::onResponseExtra(const CdpMessage &m)
{
    const QString id = m.params.value(u"requestId"_s).toString();
    QSet<QString> blockedLines;
    for (const QJsonValue v : m.params.value(u"blockedCookies"_s).toArray()) {
        const QJsonObject blocked = v.toObject();
        const QString line = blocked.value(u"cookieLine"_s).toString();
        blockedLines.insert(line);
        auto [name, domain] = nameAndDomain(line);
        const QJsonObject cookie = blocked.value(u"cookie"_s).toObject();
        if (!cookie.isEmpty()) {
            name = cookie.value(u"name"_s).toString();
            domain = bare(cookie.value(u"domain"_s).toString());
        } else if (domain.isEmpty()) {
            domain = QUrl(m_requests.value(id).url).host();
        }
        QStringList reasons;
        for (const QJsonValue r : blocked.value(u"blockedReasons"_s).toArray())
            reasons << r.toString();
        const QString subject = name + u"; "_s + domain;
        const QString detail = reasons.join(u", "_s);
        if (!m_blockedSeen.contains(subject + u'\n' + detail)) {
            m_blockedSeen.insert(subject + u'\n' + detail);
            addEvent(u"blocked-cookie"_s, m_currentPage, subject, detail);
        }
    }
    const QJsonObject headers = m.params.value(u"headers"_s).toObject();
    for (auto it = headers.begin(); it != headers.end(); ++it) {
        if (it.key().compare(u"set-cookie"_s, Qt::CaseInsensitive) != 0)
            continue;
        for (const QString &line : it.value().toString().split(u'\n', Qt::SkipEmptyParts)) {
            if (blockedLines.contains(line) || m_rawSetters.size() >= kMaxSetters)
                continue;
            const auto [name, domain] = nameAndDomain(line);
            m_rawSetters.push_back(RawSetter { ++m_order, u"set-cookie"_s, name, domain, id, {}, {} });
        }
    }
}

void ScanPhase::onCookieWrite(const CdpMessage &m)
{
    if (m_rawSetters.size() >= kMaxSetters)
        return;
    const QJsonObject write = QJsonDocument::fromJson(m.params.value(u"payload"_s).toString().toUtf8()).object();
    const QString name = write.value(u"name"_s).toString().left(1024);
    if (name.isEmpty())
        return;
    const QString frame = write.value(u"frame"_s).toString();
    QString script = firstUrlInStack(write.value(u"stack"_s).toString().left(16384));
    if (script.isEmpty())
        script = frame;
    m_rawSetters.push_back(
        RawSetter { ++m_order, u"script"_s, name, bare(write.value(u"domain"_s).toString()), {}, frame, script });
}

ScanPhase::Setter ScanPhase::setterOf(const ObservedCookie &cookie) const
{
    for (const RawSetter &raw : m_rawSetters) { // in the order they happened: the first one set it
        if (raw.name != cookie.name)
            continue;
        const bool header = raw.via == u"set-cookie"_s;
        const Request request = header ? m_requests.value(raw.requestId) : Request {};
        const QString host = QUrl(header ? request.url : raw.frameUrl).host().toLower();
        if ((raw.domain.isEmpty() ? host : raw.domain) != cookie.domain)
            continue;
        if (header)
            return Setter { raw.via, request.url, request.initiator };
        return Setter { raw.via, raw.scriptUrl, {} };
    }
    return Setter { u"browser"_s, {}, {} };
}

void ScanPhase::observe(ObservedCookie item, const QDateTime &now, QSet<QString> &present)
{
    const QString key = itemKey(item);
    present.insert(key);
    auto it = m_items.find(key);
    if (it == m_items.end()) {
        item.phase = m_phase;
        item.page = m_currentPage;
        item.firstSeen = now;
        item.lastSeen = now;
        m_items.emplace(key, std::move(item));
        return;
    }
    ObservedCookie &known = it->second;
    const QString page = known.page;
    const QDateTime first = known.firstSeen;
    const std::optional<qint64> retention = known.retentionSeconds;
    known = std::move(item);
    known.phase = m_phase;
    known.page = page;
    known.firstSeen = first;
    known.lastSeen = now;
    if (retention && known.retentionSeconds)
        known.retentionSeconds = retention; // counted from when it was first set
}

Status ScanPhase::collect()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto jar = m_cdp.call(u"Storage.getCookies"_s, {});
    if (!jar)
        return jar.error();
    QSet<QString> present;
    for (const QJsonValue v : jar->value(u"cookies"_s).toArray()) {
        const QJsonObject c = v.toObject();
        ObservedCookie item;
        item.name = c.value(u"name"_s).toString();
        item.domain = bare(c.value(u"domain"_s).toString());
        item.path = c.value(u"path"_s).toString(u"/"_s);
        item.session = c.value(u"session"_s).toBool();
        const double expires = c.value(u"expires"_s).toDouble(-1);
        if (!item.session && expires > 0) {
            item.expiresAt = QDateTime::fromSecsSinceEpoch(qint64(expires), Qt::UTC);
            item.retentionSeconds = qint64(expires) - now.toSecsSinceEpoch();
        }
        item.httpOnly = c.value(u"httpOnly"_s).toBool();
        item.secure = c.value(u"secure"_s).toBool();
        item.sameSite = c.value(u"sameSite"_s).toString();
        item.partitioned = c.contains(u"partitionKey"_s);
        const QString value = c.value(u"value"_s).toString();
        item.valueLength = int(value.toUtf8().size());
        item.looksLikeId = CookieScanner::looksLikeId(value);
        item.party = RegistrableDomain::party(item.domain, m_siteHost);
        observe(std::move(item), now, present);
    }
    m_presentCookies = present; // the jar as it is now: a cookie deleted since is no longer there
    return collectStorage(now);
}

Status ScanPhase::collectStorage(const QDateTime &now)
{
    // Keys and the values' lengths only; values are read to judge their look and then dropped.
    static const QString expression = uR"((() => {
        const read = (store) => { const out = []; try { const s = globalThis[store];
            for (let i = 0; i < s.length && i < %1; ++i) { const k = s.key(i); out.push([k, String(s.getItem(k))]); } }
            catch (e) {} return out; };
        return { host: location.hostname, local: read('localStorage'), session: read('sessionStorage') };
    })())"_s.arg(kMaxStorageKeys);
    for (const auto &[session, context] : frameContexts()) {
        if (remainingMs(kEvaluateMs) <= 0)
            break; // a site of countless frames does not hold the scan past its time
        auto r = m_cdp.call(u"Runtime.evaluate"_s,
            { { u"expression"_s, expression }, { u"contextId"_s, context.id }, { u"returnByValue"_s, true } }, session,
            int(remainingMs(kEvaluateMs)));
        if (!r) {
            if (m_cdp.cancelled() || !m_cdp.connected())
                return r.error();
            continue; // the frame went away meanwhile
        }
        const QJsonObject value = r->value(u"result"_s).toObject().value(u"value"_s).toObject();
        const QString host = value.value(u"host"_s).toString().toLower();
        if (host.isEmpty())
            continue;
        for (const auto &[field, kind] :
            { std::pair { u"local"_s, u"localStorage"_s }, { u"session"_s, u"sessionStorage"_s } }) {
            for (const QJsonValue entry : value.value(field).toArray()) {
                const QJsonArray pair = entry.toArray();
                ObservedCookie item;
                item.kind = kind;
                item.name = pair.at(0).toString().left(200);
                item.domain = host;
                item.via = u"script"_s;
                item.party = RegistrableDomain::party(host, m_siteHost);
                const QString v = pair.at(1).toString();
                item.valueLength = int(v.toUtf8().size());
                item.looksLikeId = CookieScanner::looksLikeId(v);
                observe(std::move(item), now, m_presentStorage);
            }
        }
    }
    return {};
}

std::vector<std::pair<QString, ScanPhase::Context>> ScanPhase::frameContexts() const
{
    std::vector<std::pair<QString, Context>> out;
    for (const QString &session : m_sessions) {
        const auto it = m_contexts.find(session);
        if (it == m_contexts.end())
            continue;
        for (const Context &c : it->second)
            out.emplace_back(session, c);
    }
    return out;
}

std::vector<ObservedCookie> ScanPhase::observed() const
{
    std::vector<ObservedCookie> out;
    for (const auto &[key, item] : m_items) {
        if (item.kind == u"cookie"_s) {
            if (!m_presentCookies.contains(key))
                continue;
            ObservedCookie c = item;
            const Setter setter = setterOf(c);
            c.via = setter.via;
            c.setBy = setter.setBy;
            c.initiator = setter.initiator;
            out.push_back(std::move(c));
        } else {
            out.push_back(item);
        }
    }
    return out;
}

Status ScanPhase::waitIdle(int timeoutMs, bool *settled)
{
    QElapsedTimer waited;
    waited.start();
    *settled = false;
    for (;;) {
        const qint64 left = remainingMs(int(timeoutMs - waited.elapsed()));
        if (left <= 0)
            return {};
        if (Status s = drain(int(qMin<qint64>(left, 50))))
            return s;
        const qint64 quiet = m_clock.elapsed() - m_lastNetworkMs;
        if (m_loaded && (quiet >= kBusyQuietMs || (m_inflight.isEmpty() && quiet >= kQuietMs))) {
            *settled = true;
            return {};
        }
    }
}

Status ScanPhase::visit(const QString &url, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    m_currentPage = url;
    m_loaded = false;
    m_status = 0;
    m_lastNetworkMs = m_clock.elapsed();
    auto navigated = m_cdp.call(u"Page.navigate"_s, { { u"url"_s, url } }, m_pageSession, int(remainingMs(timeoutMs)));
    if (!navigated) {
        if (m_cdp.cancelled() || !m_cdp.connected())
            return navigated.error();
        addEvent(u"timeout"_s, url, {}, QString::number(timeoutMs / 1000.0)); // seconds
        return m_cdp.post(u"Page.stopLoading"_s, {}, m_pageSession);
    }
    if (const QString error = navigated->value(u"errorText"_s).toString(); !error.isEmpty()) {
        addEvent(u"page"_s, url, {}, error);
        return drain(0);
    }
    bool settled = false;
    if (Status s = waitIdle(int(timeoutMs - timer.elapsed()), &settled))
        return s;
    addEvent(u"page"_s, url, {}, QString::number(m_status));
    if (!settled) {
        addEvent(u"timeout"_s, url, {}, QString::number(timeoutMs / 1000.0)); // the seconds waited
        return m_cdp.post(u"Page.stopLoading"_s, {}, m_pageSession);
    }
    return {};
}

Status ScanPhase::consent(ConsentRules::Choice choice, const QString &userSelector, int timeoutMs)
{
    const QString choiceName = ConsentRules::choiceName(choice);
    const auto evaluate = [&](const QString &session, int context, bool click) -> Expected<QJsonObject> {
        auto r = m_cdp.call(u"Runtime.evaluate"_s,
            { { u"expression"_s, ConsentRules::expression(choice, userSelector, click) }, { u"contextId"_s, context },
                { u"returnByValue"_s, true }, { u"userGesture"_s, true } },
            session, int(remainingMs(kEvaluateMs)));
        if (!r)
            return r.error();
        return r->value(u"result"_s).toObject().value(u"value"_s).toObject();
    };
    struct Found
    {
        QString session;
        int context = 0;
        int tier = 99;
    } best;
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        for (const auto &[session, context] : frameContexts()) {
            if (remainingMs(kEvaluateMs) <= 0)
                break;
            auto found = evaluate(session, context.id, false);
            if (!found) {
                if (m_cdp.cancelled() || !m_cdp.connected())
                    return found.error();
                continue;
            }
            if (found->value(u"tcf"_s).toBool() && !m_tcfNoted) {
                m_tcfNoted = true;
                addEvent(u"tcf-api"_s, m_currentPage, u"__tcfapi"_s, {});
            }
            const int tier = found->value(u"tier"_s).toInt(99);
            if (found->value(u"found"_s).toBool() && tier < best.tier)
                best = Found { session, context.id, tier };
        }
        if (best.tier < 99 || waited.elapsed() >= kBannerWaitMs || remainingMs(500) < 500)
            break;
        if (Status s = drain(500))
            return s;
    }
    if (best.tier == 99) {
        addEvent(u"consent-missing"_s, m_currentPage, choiceName, {});
        return {};
    }
    auto clicked = evaluate(best.session, best.context, true);
    if (!clicked || !clicked->value(u"found"_s).toBool()) {
        if (!clicked && (m_cdp.cancelled() || !m_cdp.connected()))
            return clicked.error();
        addEvent(u"consent-missing"_s, m_currentPage, choiceName, {});
        return {};
    }
    addEvent(
        u"consent-click"_s, m_currentPage, clicked->value(u"rule"_s).toString(), clicked->value(u"text"_s).toString());
    m_lastNetworkMs = m_clock.elapsed();
    bool settled = false;
    return waitIdle(timeoutMs, &settled);
}

Expected<QStringList> ScanPhase::links()
{
    auto r = m_cdp.call(u"Runtime.evaluate"_s,
        { { u"expression"_s, u"Array.from(document.links, (a) => String(a.href)).slice(0, 5000)"_s },
            { u"returnByValue"_s, true } },
        m_pageSession, kEvaluateMs);
    if (!r)
        return r.error();
    QStringList out;
    for (const QJsonValue v : r->value(u"result"_s).toObject().value(u"value"_s).toArray())
        out << v.toString();
    return out;
}
