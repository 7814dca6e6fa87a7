// SPDX-License-Identifier: GPL-3.0-or-later
// The live cookie scan against real chromium and the test site of scansite.h, served by the test itself:
// every item of every phase, the evidence, the bounds (timeouts, cancel, the browser's process group).
#include "processgroups.h"
#include "scansite.h"
#include "testsupport.h"

#include "cookiescan/browserprocess.h"
#include "cookiescan/cdpclient.h"
#include "cookiescan/cookiescanner.h"

#include <QDirIterator>
#include <QElapsedTimer>

#include <csignal>
#include <thread>
#include <unistd.h>

using namespace Qt::StringLiterals;

using namespace ProcessGroups;
using namespace ScanSite;

class TestCookieScanner : public QObject
{
    Q_OBJECT

    Served m_served;

    QString url(const char *path) const { return m_served.url(path); }
    QString thirdUrl(const char *path) const { return m_served.thirdUrl(path); }
    LiveScanResult scan(const QString &start, const QStringList &phases, int pages, QStringList *progress = nullptr)
    {
        return m_served.scan(start, phases, pages, {}, {}, progress);
    }

private slots:
    void initTestCase()
    {
        if (const QString skip = m_served.start(); !skip.isEmpty())
            QSKIP(qPrintable(skip));
    }

    // Every phase of the site's start page: each item, its party, setter and page, and every event.
    void allPhases()
    {
        QElapsedTimer timer;
        timer.start();
        QStringList progress;
        const LiveScanResult r = scan(url("/"), CookieScanOptions::phasesFor(u"all"_s).value(), 5, &progress);
        qInfo("three phases in %lld ms", timer.elapsed());
        QCOMPARE(r.site, u"127.0.0.1"_s);
        QCOMPARE(r.startUrl, url("/"));
        QVERIFY(r.startedAt.isValid());
        // One progress call per page: before consent only the start page; after the click up to 5 pages, of which
        // the site has 4 to offer.
        const QStringList pagesAfterClick { url("/"), url("/page2"), url("/moved"), url("/slow") };
        QStringList expected { u"before 1/1 "_s + url("/") };
        for (const QString &phase : { ConsentPhase::Accept, ConsentPhase::Reject }) {
            for (int i = 0; i < pagesAfterClick.size(); ++i)
                expected << u"%1 %2/5 %3"_s.arg(phase).arg(i + 1).arg(pagesAfterClick[i]);
        }
        QCOMPARE(progress, expected);

        // before: the banner untouched, only the start page.
        QCOMPARE(names(r, ConsentPhase::Before), (QStringList { u"_pk_id"_s, u"session"_s }));
        const ObservedCookie *session = find(r, ConsentPhase::Before, u"session"_s);
        QCOMPARE(session->domain, u"127.0.0.1"_s);
        QCOMPARE(session->party, u"first"_s);
        QCOMPARE(session->via, u"set-cookie"_s);
        QCOMPARE(session->setBy, url("/"));
        QCOMPARE(session->initiator, u"other"_s); // the browser's own navigation
        QCOMPARE(session->page, url("/"));
        QCOMPARE(session->httpOnly, std::optional<bool>(true));
        QCOMPARE(session->secure, std::optional<bool>(false));
        QVERIFY(session->session);
        QVERIFY(!session->retentionSeconds);
        QCOMPARE(session->valueLength, std::optional<int>(32));
        QVERIFY(session->looksLikeId);
        QCOMPARE(session->partitioned, std::optional<bool>(false));
        QVERIFY(session->firstSeen.isValid() && session->lastSeen >= session->firstSeen);

        const ObservedCookie *analytics = find(r, ConsentPhase::Before, u"_pk_id"_s);
        QCOMPARE(analytics->party, u"first"_s);
        QCOMPARE(analytics->via, u"script"_s);
        QCOMPARE(analytics->setBy, url("/analytics.js"));
        QCOMPARE(analytics->httpOnly, std::optional<bool>(false));
        QVERIFY(!analytics->session);
        QVERIFY(qAbs(*analytics->retentionSeconds - kAnalyticsMaxAge) <= 60);
        QVERIFY(analytics->looksLikeId);

        QCOMPARE(events(r, ConsentPhase::Before, u"page"_s).size(), size_t(1));
        QCOMPARE(events(r, ConsentPhase::Before, u"page"_s)[0].detail, u"200"_s);
        QVERIFY(events(r, ConsentPhase::Before, u"third-party-host"_s).empty());
        QVERIFY(events(r, ConsentPhase::Before, u"consent-click"_s).empty());

        // accept: the own banner's "Godta alle" by its text; then the third party's iframe with a cookie and a
        // localStorage key, and the second page's cookie.
        QCOMPARE(names(r, ConsentPhase::Accept),
            (QStringList { u"_pk_id"_s, u"consent"_s, u"localStorage:tp_seen"_s, u"page_pref"_s, u"session"_s,
                u"sessionStorage:visit_step"_s, u"tp_chips"_s, u"tp_uid"_s }));
        const auto acceptClicks = events(r, ConsentPhase::Accept, u"consent-click"_s);
        QCOMPARE(acceptClicks.size(), size_t(1));
        QCOMPARE(acceptClicks[0].subject, u"text"_s);
        QCOMPARE(acceptClicks[0].detail, u"Godta alle"_s);
        const ObservedCookie *consent = find(r, ConsentPhase::Accept, u"consent"_s);
        QCOMPARE(consent->via, u"script"_s);
        QCOMPARE(consent->setBy, url("/banner.js"));
        QVERIFY(!consent->looksLikeId);
        QCOMPARE(consent->valueLength, std::optional<int>(3));
        const ObservedCookie *thirdParty = find(r, ConsentPhase::Accept, u"tp_uid"_s);
        QCOMPARE(thirdParty->domain, u"127.0.0.2"_s);
        QCOMPARE(thirdParty->party, u"third"_s);
        QCOMPARE(thirdParty->via, u"set-cookie"_s);
        QCOMPARE(thirdParty->setBy, thirdUrl("/frame"));
        QCOMPARE(thirdParty->initiator, url("/banner.js")); // the script that added the iframe
        QCOMPARE(thirdParty->sameSite, u"None"_s);
        QCOMPARE(thirdParty->secure, std::optional<bool>(true));
        QCOMPARE(thirdParty->page, url("/"));
        QVERIFY(qAbs(*thirdParty->retentionSeconds - 15552000) <= 60);
        QCOMPARE(thirdParty->partitioned, std::optional<bool>(false));
        const ObservedCookie *chips = find(r, ConsentPhase::Accept, u"tp_chips"_s);
        QCOMPARE(chips->partitioned, std::optional<bool>(true));
        QCOMPARE(chips->party, u"third"_s);
        QCOMPARE(chips->setBy, thirdUrl("/frame"));
        const ObservedCookie *storage = find(r, ConsentPhase::Accept, u"tp_seen"_s, u"localStorage"_s);
        QCOMPARE(storage->domain, u"127.0.0.2"_s);
        QCOMPARE(storage->party, u"third"_s);
        QCOMPARE(storage->valueLength, std::optional<int>(13));
        const ObservedCookie *step = find(r, ConsentPhase::Accept, u"visit_step"_s, u"sessionStorage"_s);
        QCOMPARE(step->domain, u"127.0.0.1"_s);
        QCOMPARE(step->party, u"first"_s);
        QCOMPARE(step->page, url("/page2"));
        QCOMPARE(step->via, u"script"_s);
        const ObservedCookie *pref = find(r, ConsentPhase::Accept, u"page_pref"_s);
        QCOMPARE(pref->page, url("/page2"));
        QCOMPARE(pref->setBy, url("/page2"));
        QCOMPARE(pref->sameSite, u"Lax"_s);
        QVERIFY(qAbs(*pref->retentionSeconds - kPrefMaxAge) <= 60);

        // Pages breadth first in link order; the fragment, mail and other-site links skipped.
        QStringList pages;
        for (const ScanEvent &e : events(r, ConsentPhase::Accept, u"page"_s))
            pages << e.page + u' ' + e.detail;
        QCOMPARE(pages,
            (QStringList { url("/") + u" 200"_s, url("/page2") + u" 200"_s, url("/moved") + u" 200"_s,
                url("/slow") + u" 200"_s }));
        const auto redirects = events(r, ConsentPhase::Accept, u"redirect"_s);
        QCOMPARE(redirects.size(), size_t(1));
        QCOMPARE(redirects[0].page, url("/moved"));
        QCOMPARE(redirects[0].detail, url("/landed"));
        const auto timeouts = events(r, ConsentPhase::Accept, u"timeout"_s);
        QCOMPARE(timeouts.size(), size_t(1));
        QCOMPARE(timeouts[0].page, url("/slow"));
        QCOMPARE(timeouts[0].detail, u"4"_s); // the page timeout, in seconds
        const auto hosts = events(r, ConsentPhase::Accept, u"third-party-host"_s);
        QCOMPARE(hosts.size(), size_t(1)); // once per phase, though every page after the click loads it
        QCOMPARE(hosts[0].subject, u"127.0.0.2"_s);
        const auto blocked = events(r, ConsentPhase::Accept, u"blocked-cookie"_s);
        QCOMPARE(blocked.size(), size_t(1));
        QCOMPARE(blocked[0].subject, u"tp_lax; 127.0.0.2"_s);
        QVERIFY2(blocked[0].detail.contains(u"SameSiteUnspecifiedTreatedAsLax"_s), qPrintable(blocked[0].detail));

        // reject: "Avvis alle"; the tracker's pixel sets its cookie all the same; no iframe.
        QCOMPARE(names(r, ConsentPhase::Reject),
            (QStringList { u"_pk_id"_s, u"consent"_s, u"page_pref"_s, u"session"_s, u"sessionStorage:visit_step"_s,
                u"tracker_id"_s }));
        const auto rejectClicks = events(r, ConsentPhase::Reject, u"consent-click"_s);
        QCOMPARE(rejectClicks.size(), size_t(1));
        QCOMPARE(rejectClicks[0].detail, u"Avvis alle"_s);
        const ObservedCookie *tracker = find(r, ConsentPhase::Reject, u"tracker_id"_s);
        QCOMPARE(tracker->party, u"third"_s);
        QCOMPARE(tracker->via, u"set-cookie"_s);
        QCOMPARE(tracker->setBy, thirdUrl("/pixel"));
        QCOMPARE(tracker->initiator, url("/banner.js"));
        QVERIFY(tracker->looksLikeId);
        QCOMPARE(events(r, ConsentPhase::Reject, u"third-party-host"_s).size(), size_t(1));
        QCOMPARE(events(r, ConsentPhase::Reject, u"timeout"_s).size(), size_t(1));
        QVERIFY(events(r, ConsentPhase::Reject, u"consent-missing"_s).empty());
        QVERIFY(events(r, QString(), u"error"_s).empty());
        for (const ScanEvent &e : r.events)
            QVERIFY2(e.kind != u"error"_s, qPrintable(e.detail));
    }

    // Cancel ends the browser with its whole process group at once, and the profile folder goes with it.
    void cancelEndsTheBrowser()
    {
        CookieScanOptions options;
        options.startUrl = QUrl(url("/slow"));
        options.phases = { ConsentPhase::Before };
        options.pageTimeoutMs = 40000;
        std::atomic<bool> cancel = false;
        std::atomic<bool> loading = false;
        std::optional<Expected<LiveScanResult>> result;
        std::thread worker([&] {
            result = CookieScanner::scan(
                options, [&](const ScanProgress &) { loading = true; }, &cancel);
        });
        QTRY_VERIFY_WITH_TIMEOUT(loading && !childProcesses().isEmpty(), 20000);
        const pid_t browser = childProcesses().value(0);
        QVERIFY(liveMembers(browser) >= 2); // the browser and its helpers share its group
        QString profile;
        for (const QByteArray &arg : [&] {
                 QFile f(u"/proc/%1/cmdline"_s.arg(browser));
                 return f.open(QIODevice::ReadOnly) ? f.readAll().split('\0') : QList<QByteArray> {};
             }()) {
            if (arg.startsWith("--user-data-dir="))
                profile = QString::fromLocal8Bit(arg.mid(16));
        }
        QVERIFY(QFileInfo(profile).isDir());
        QElapsedTimer timer;
        timer.start();
        cancel = true;
        worker.join();
        QVERIFY2(timer.elapsed() < 3000, "cancel must end the scan at once");
        QVERIFY(result && !*result);
        QCOMPARE(result->error().reason, CookieScanner::tr("The scan was cancelled."));
        QTRY_COMPARE_WITH_TIMEOUT(liveMembers(browser), 0, 2000);
        QVERIFY(!QFileInfo::exists(profile));
    }

    // A server that never answers: the page times out (no page event, as there is no status), and the scan goes
    // on to collect what the browser has.
    void silentServer()
    {
        QElapsedTimer timer;
        timer.start();
        const LiveScanResult r = scan(url("/silent"), { ConsentPhase::Before }, 1);
        QVERIFY(timer.elapsed() < 15000);
        const auto timeouts = events(r, ConsentPhase::Before, u"timeout"_s);
        QCOMPARE(timeouts.size(), size_t(1));
        QCOMPARE(timeouts[0].page, url("/silent"));
        QCOMPARE(timeouts[0].detail, u"4"_s); // the seconds waited
        QVERIFY(events(r, ConsentPhase::Before, u"page"_s).empty());
        QVERIFY(events(r, ConsentPhase::Before, u"error"_s).empty());
        QVERIFY(r.observed.empty());
    }

    // No chromium: the scan refuses with BrowserProcess's sentence naming the package (test_browserprocess checks
    // its words) before it does anything else.
    void missingChromium()
    {
        const QByteArray saved = qgetenv("KAPSEL_CHROMIUM");
        qputenv("KAPSEL_CHROMIUM", "/nonexistent/chromium");
        CookieScanOptions options;
        options.startUrl = QUrl(url("/"));
        const auto result = CookieScanner::scan(options);
        const auto found = BrowserProcess::findChromium();
        qputenv("KAPSEL_CHROMIUM", saved);
        QVERIFY(!result);
        QVERIFY(!found);
        QCOMPARE(result.error().reason, found.error().reason);
        QVERIFY(result.error().reason.contains(u"/nonexistent/chromium"_s));
    }

    void badStartAddress()
    {
        CookieScanOptions options;
        options.startUrl = QUrl(u"mailto:post@example.no"_s);
        const auto result = CookieScanner::scan(options);
        QVERIFY(!result);
        QVERIFY(result.error().reason.contains(u"http://"_s));
        QVERIFY(!CookieScanOptions::phasesFor(u"some"_s));
        QCOMPARE(CookieScanOptions::phasesFor(u"none"_s).value(), QStringList { ConsentPhase::Before });
    }
};

QTEST_GUILESS_MAIN(TestCookieScanner)
#include "test_cookiescanner.moc"
