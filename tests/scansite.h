// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The live cookie scan's test site (test_cookiescanner, test_consentrules), served by TestWebServer: 127.0.0.1 is
// the site, 127.0.0.2 the "third party" (two sites for the browser). What the site sets, and when, is written
// here; the tests' assertions follow from it.
#include "testwebserver.h"

#include "cookiescan/browserprocess.h"
#include "cookiescan/cookiescanner.h"

#include <QString>
#include <QStringList>

#include <memory>

using namespace Qt::StringLiterals;

namespace ScanSite {

inline const QByteArray kSessionValue = "0f3c9a8e7d6b5a4c3b2a1f0e9d8c7b6a"; // 32 hex digits: an identifier
inline const QByteArray kTrackerValue = "77d2c4e1a9b84f0c8e3d5a6b7c8d9e0f";
inline const int kAnalyticsMaxAge = 34128000; // 395 days
inline const int kPrefMaxAge = 86400;

// The test site. Consent is a cookie the banner's script writes ("all" or "necessary"); pages read it back.
class Site
{
public:
    quint16 site = 0;
    quint16 third = 0;

    QByteArray origin() const { return "http://127.0.0.1:" + QByteArray::number(site); }
    QByteArray thirdOrigin() const { return "http://127.0.0.2:" + QByteArray::number(third); }

    TestResponse operator()(const TestRequest &r) const
    {
        if (r.local == QHostAddress(u"127.0.0.2"_s))
            return thirdParty(r);
        const QByteArray path = r.path;
        if (path == "/")
            return html(page("Start", banner() + links() + consented(r)),
                { { "Set-Cookie", "session=" + kSessionValue + "; HttpOnly; Path=/" } });
        if (path == "/analytics.js")
            return script("document.cookie = '_pk_id=a1b2c3d4e5f60718.1700000000; path=/; max-age="
                + QByteArray::number(kAnalyticsMaxAge) + "';");
        if (path == "/banner.js")
            return script(bannerScript());
        if (path == "/page2")
            return html(
                page("Side 2",
                    "<a href=\"/\">Hjem</a><script>sessionStorage.setItem('visit_step', '2');</script>" + consented(r)),
                { { "Set-Cookie",
                    "page_pref=blue; Max-Age=" + QByteArray::number(kPrefMaxAge) + "; SameSite=Lax; Path=/" } });
        if (path == "/moved")
            return TestResponse { 302, { { "Location", "/landed" } }, {}, false };
        if (path == "/landed")
            return html(page("Landet", "<p>Her.</p>"));
        if (path == "/slow") {
            TestResponse hanging = html("<!doctype html><html><body><p>Laster");
            hanging.hang = true;
            return hanging;
        }
        if (path == "/silent")
            return TestResponse { 0, {}, {}, true };
        if (path == "/cmp")
            return html(cookiebotPage());
        if (path == "/noreject")
            return html(page("Uten avvis",
                "<div id=\"cc\"><button id=\"all\" onclick=\"this.parentNode.remove()\">Accept all</button>"
                "<button id=\"settings\">Settings</button></div>"));
        if (path == "/shadow")
            return html(shadowPage());
        if (path == "/framedbanner")
            return html(page("Ramme", "<iframe src=\"" + thirdOrigin() + "/cmpframe\"></iframe>"));
        return TestResponse { 404, {}, "no", false };
    }

private:
    static TestResponse html(const QByteArray &body, QList<std::pair<QByteArray, QByteArray>> headers = {})
    {
        headers.append(std::pair<QByteArray, QByteArray>("Content-Type", "text/html; charset=utf-8"));
        return TestResponse { 200, headers, body, false };
    }
    static TestResponse script(const QByteArray &body)
    {
        return TestResponse { 200, { { "Content-Type", "text/javascript" } }, body, false };
    }
    static QByteArray page(const QByteArray &title, const QByteArray &body)
    {
        return "<!doctype html><html><head><meta charset=\"utf-8\"><title>" + title + "</title></head><body><h1>"
            + title + "</h1>" + body + "</body></html>";
    }
    QByteArray banner() const
    {
        return "<script src=\"/analytics.js\"></script><script src=\"/banner.js\"></script>"
               "<div id=\"banner\"><p>Vi bruker informasjonskapsler.</p><button id=\"yes\">Godta alle</button> "
               "<button id=\"no\">Avvis alle</button></div>";
    }
    QByteArray links() const
    {
        // In document order: page2 (twice, once with a fragment), the page itself, mail, another site, a
        // redirect, a page that never finishes.
        return "<a href=\"/page2\">Side 2</a> <a href=\"page2#del\">Side 2 igjen</a> <a href=\"#top\">Topp</a> "
               "<a href=\"mailto:post@example.no\">E-post</a> <a href=\""
            + thirdOrigin()
            + "/elsewhere\">Annet nettsted</a> <a href=\"/moved\">Flyttet</a> <a href=\"/slow\">Treg</a>";
    }
    // What a page carries once the visitor chose: the third party's iframe after "all", its pixel (a tracker
    // that ignores the choice) after "necessary". Right after the click the banner's script fetches the pixel
    // itself: an <img> made by script would be reported with initiator "other" (chromium starts image loads
    // after the script has returned).
    QByteArray consented(const TestRequest &r) const
    {
        if (r.cookie.contains("consent=all"))
            return "<iframe src=\"" + thirdOrigin() + "/frame\"></iframe>";
        if (r.cookie.contains("consent=necessary"))
            return "<img src=\"" + thirdOrigin() + "/pixel\" width=\"1\" height=\"1\">";
        return {};
    }
    QByteArray bannerScript() const
    {
        return "function choose(choice) {\n"
               "  document.cookie = 'consent=' + choice + '; path=/; max-age=31536000';\n"
               "  document.getElementById('banner').style.display = 'none';\n"
               "  if (choice === 'all') { const f = document.createElement('iframe'); f.src = '"
            + thirdOrigin()
            + "/frame'; document.body.appendChild(f); }\n"
              "  else fetch('"
            + thirdOrigin()
            + "/pixel', { mode: 'no-cors', credentials: 'include' });\n"
              "}\n"
              "document.addEventListener('DOMContentLoaded', () => {\n"
              "  document.getElementById('yes').addEventListener('click', () => choose('all'));\n"
              "  document.getElementById('no').addEventListener('click', () => choose('necessary'));\n"
              "});\n";
    }
    // Cookiebot's first layer as its markup names it, and the IAB TCF API stub such banners install.
    static QByteArray cookiebotPage()
    {
        return page("Cookiebot",
            "<div id=\"CybotCookiebotDialog\"><div id=\"CybotCookiebotDialogBody\"><p>Dette nettstedet bruker "
            "informasjonskapsler.</p>"
            "<button id=\"CybotCookiebotDialogBodyButtonDecline\">Bruk kun nødvendige</button>"
            "<button id=\"CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll\">Tillat alle</button></div></div>"
            "<script>window.__tcfapi = function () {};\n"
            "const done = (m) => { document.cookie = 'CookieConsent=' + m + '; path=/; max-age=31536000';"
            " document.getElementById('CybotCookiebotDialog').remove(); };\n"
            "document.getElementById('CybotCookiebotDialogBodyButtonDecline').onclick = () => done('necessary');\n"
            "document.getElementById('CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll').onclick = () => "
            "done('all');</script>");
    }
    // Usercentrics' banner lives in an open shadow root.
    static QByteArray shadowPage()
    {
        return page("Usercentrics",
            "<div id=\"usercentrics-root\"></div><script>\n"
            "const root = document.getElementById('usercentrics-root').attachShadow({ mode: 'open' });\n"
            "root.innerHTML = '<div><button data-testid=\"uc-deny-all-button\">Nekt</button>"
            "<button data-testid=\"uc-accept-all-button\">Ja</button></div>';\n"
            "root.querySelector('[data-testid=\"uc-accept-all-button\"]').onclick = () => {"
            " document.cookie = 'uc_choice=all; path=/'; };\n"
            "</script>");
    }
    TestResponse thirdParty(const TestRequest &r) const
    {
        if (r.path == "/frame")
            return html(page("Tredjepart", "<script>localStorage.setItem('tp_seen', '1700000000000');</script>"),
                { { "Set-Cookie", "tp_uid=" + kTrackerValue + "; SameSite=None; Secure; Path=/; Max-Age=15552000" },
                    // Without SameSite: Lax, so the browser refuses it in a third-party frame (blocked-cookie).
                    { "Set-Cookie", "tp_lax=1; Path=/" },
                    // CHIPS: kept in a jar of its own for the top-level site (partitioned).
                    { "Set-Cookie", "tp_chips=1; SameSite=None; Secure; Partitioned; Path=/" } });
        if (r.path == "/pixel")
            return TestResponse { 200,
                { { "Content-Type", "image/gif" },
                    { "Set-Cookie",
                        "tracker_id=" + kTrackerValue + "; SameSite=None; Secure; Path=/; Max-Age=31536000" } },
                QByteArray::fromBase64("R0lGODlhAQABAAAAACw="), false };
        if (r.path == "/cmpframe")
            return html(page("CMP", "<button onclick=\"this.remove()\">Avvis alle</button>"));
        return TestResponse { 404, {}, "no", false };
    }
};

inline const ObservedCookie *find(
    const LiveScanResult &r, const QString &phase, const QString &name, const QString &kind = u"cookie"_s)
{
    for (const ObservedCookie &c : r.observed) {
        if (c.phase == phase && c.name == name && c.kind == kind)
            return &c;
    }
    return nullptr;
}

inline QStringList names(const LiveScanResult &r, const QString &phase)
{
    QStringList out;
    for (const ObservedCookie &c : r.observed) {
        if (c.phase == phase)
            out << (c.kind == u"cookie"_s ? c.name : c.kind + u':' + c.name);
    }
    out.sort();
    return out;
}

inline std::vector<ScanEvent> events(const LiveScanResult &r, const QString &phase, const QString &kind)
{
    std::vector<ScanEvent> out;
    for (const ScanEvent &e : r.events) {
        if (e.phase == phase && e.kind == kind)
            out.push_back(e);
    }
    return out;
}

// The site on both addresses, and a scan of it with short timeouts.
class Served
{
public:
    // Starts serving the site. A reason to skip the test when chromium is absent; the test stops (qFatal) when the
    // two addresses cannot be bound, as it would prove nothing.
    QString start()
    {
        if (!BrowserProcess::findChromium())
            return u"chromium is not installed (Debian package chromium; ./build.sh installs it): the live scan "
                   "cannot be tested here"_s;
        m_server = std::make_unique<TestWebServer>(
            QList<QHostAddress> { QHostAddress(u"127.0.0.1"_s), QHostAddress(u"127.0.0.2"_s) },
            [this](const TestRequest &r) { return m_site(r); });
        if (!m_server->serve())
            qFatal("cannot listen on 127.0.0.1 and 127.0.0.2");
        m_site.site = m_server->port(0);
        m_site.third = m_server->port(1);
        return {};
    }
    QString url(const char *path) const { return QString::fromLatin1(m_site.origin() + path); }
    QString thirdUrl(const char *path) const { return QString::fromLatin1(m_site.thirdOrigin() + path); }

    LiveScanResult scan(const QString &start, const QStringList &phases, int pages, const QString &acceptSelector = {},
        const QString &rejectSelector = {}, QStringList *progress = nullptr) const
    {
        CookieScanOptions options;
        options.startUrl = QUrl(start);
        options.phases = phases;
        options.pages = pages;
        options.pageTimeoutMs = 4000;
        options.totalTimeoutMs = 50000;
        options.acceptSelector = acceptSelector;
        options.rejectSelector = rejectSelector;
        auto result = CookieScanner::scan(options, [&](const ScanProgress &p) {
            if (progress)
                *progress << u"%1 %2/%3 %4"_s.arg(p.phase).arg(p.page).arg(p.pages).arg(p.url);
        });
        if (!result)
            qFatal("scan failed: %s", qPrintable(result.error().reason));
        return *result;
    }

private:
    Site m_site;
    std::unique_ptr<TestWebServer> m_server;
};

} // namespace ScanSite
