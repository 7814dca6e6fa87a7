// SPDX-License-Identifier: GPL-3.0-or-later
// The live cookie scan end to end with the real chromium: a local site of 20 pages (each sets a cookie by header
// and one by script, has a banner on the start page and a third-party iframe after consent), all three phases,
// 20 pages per phase. Prints the wall time per phase and in all, and the peak memory of Kapsel (its max RSS) and
// of the browser (the largest sum over its process group, sampled every 100 ms: PSS, and RSS for comparison).
// No goal is asserted. Release, 2 cores: 41 pages in 30.7 s (before 1.6 s, accept 15.8 s, reject 12.5 s); mostly
// waiting for the network to be quiet (0.5 s a page) and a browser start per phase.
#include "cookiescan/browserprocess.h"
#include "cookiescan/cookiescanner.h"
#include "processgroups.h"
#include "testwebserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <atomic>
#include <sys/resource.h>
#include <thread>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

const int kPages = 20;

TestResponse sitePage(const TestRequest &r, quint16 thirdPort)
{
    const QByteArray third = "http://127.0.0.2:" + QByteArray::number(thirdPort);
    if (r.local == QHostAddress(u"127.0.0.2"_s))
        return TestResponse { 200,
            { { "Content-Type", "text/html" },
                { "Set-Cookie", "uid=4f0c8e3d5a6b7c8d9e0f1a2b; SameSite=None; Secure; Path=/" } },
            "<script>localStorage.setItem('seen', '1')</script>", false };
    const int n = r.path == "/" ? 0 : r.path.mid(2).toInt();
    QByteArray body = "<!doctype html><html><body><h1>Side " + QByteArray::number(n) + "</h1>";
    if (n == 0)
        body += "<div id=\"banner\"><button onclick=\"document.cookie='consent=all; path=/'\">Godta alle</button>"
                "<button onclick=\"document.cookie='consent=none; path=/'\">Avvis alle</button></div>";
    body += "<script>document.cookie = 'seen_" + QByteArray::number(n) + "=1; path=/';</script>";
    if (r.cookie.contains("consent=all"))
        body += "<iframe src=\"" + third + "/frame\"></iframe>";
    for (int next = 1; next <= 3; ++next)
        body += "<a href=\"/p" + QByteArray::number((n + next) % kPages) + "\">neste</a> ";
    body += "</body></html>";
    return TestResponse { 200,
        { { "Content-Type", "text/html" }, { "Set-Cookie", "page_" + QByteArray::number(n) + "=1; Path=/" } }, body,
        false };
}

struct GroupMemory
{
    qint64 rssKb = 0; // the members' RSS summed: shared pages counted once per process
    qint64 pssKb = 0; // their proportional set sizes summed: shared pages counted once
};

// The memory of every live process in the process groups of our children (the browser's group).
GroupMemory browserMemory()
{
    const QList<pid_t> groups = ProcessGroups::childProcesses();
    GroupMemory m;
    for (const ProcessGroups::Process &p : ProcessGroups::all()) {
        if (p.state != 'Z' && groups.contains(p.group)) {
            m.rssKb += p.rssPages * (::sysconf(_SC_PAGESIZE) / 1024);
            m.pssKb += ProcessGroups::pssKb(p.pid);
        }
    }
    return m;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    if (!BrowserProcess::findChromium()) {
        out << "bench_cookiescan: chromium is not installed (Debian package chromium); skipped\n";
        return 0;
    }
    quint16 thirdPort = 0;
    TestWebServer server({ QHostAddress(u"127.0.0.1"_s), QHostAddress(u"127.0.0.2"_s) },
        [&](const TestRequest &r) { return sitePage(r, thirdPort); });
    if (!server.serve()) {
        out << "bench_cookiescan: cannot listen on 127.0.0.1 and 127.0.0.2\n";
        return 1;
    }
    thirdPort = server.port(1);

    std::atomic<bool> done = false;
    std::atomic<qint64> peakRssKb = 0;
    std::atomic<qint64> peakPssKb = 0;
    std::thread sampler([&] {
        while (!done) {
            const GroupMemory m = browserMemory();
            peakRssKb = qMax(peakRssKb.load(), m.rssKb);
            peakPssKb = qMax(peakPssKb.load(), m.pssKb);
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
    });

    CookieScanOptions options;
    options.startUrl = QUrl(u"http://127.0.0.1:%1/"_s.arg(server.port(0)));
    options.pages = kPages;
    QElapsedTimer timer;
    timer.start();
    QString phase;
    qint64 phaseStart = 0;
    const auto result = CookieScanner::scan(options, [&](const ScanProgress &p) {
        if (p.phase != phase) {
            if (!phase.isEmpty())
                out << u"  %1: %2 s\n"_s.arg(phase).arg((timer.elapsed() - phaseStart) / 1000.0, 0, 'f', 1);
            phase = p.phase;
            phaseStart = timer.elapsed();
        }
    });
    const qint64 wall = timer.elapsed();
    done = true;
    sampler.join();
    if (!result) {
        out << "bench_cookiescan: " << result.error().reason << "\n";
        return 1;
    }
    out << u"  %1: %2 s\n"_s.arg(phase).arg((wall - phaseStart) / 1000.0, 0, 'f', 1);
    int pages = 0;
    for (const ScanEvent &e : result->events)
        pages += e.kind == u"page"_s;
    rusage self {};
    ::getrusage(RUSAGE_SELF, &self);
    out << u"bench_cookiescan: %1 pages in 3 phases, %2 observations, %3 events in %4 s; peak memory: Kapsel %5 MB, "
           "browser %6 MB (its process group's PSS; %7 MB of RSS summed)\n"_s.arg(pages)
               .arg(result->observed.size())
               .arg(result->events.size())
               .arg(wall / 1000.0, 0, 'f', 1)
               .arg(self.ru_maxrss / 1024.0, 0, 'f', 0)
               .arg(peakPssKb.load() / 1024.0, 0, 'f', 0)
               .arg(peakRssKb.load() / 1024.0, 0, 'f', 0);
    return 0;
}
