// SPDX-License-Identifier: GPL-3.0-or-later
#include "cookiescan/cookiescanner.h"

#include "cookiescan/browserprocess.h"
#include "cookiescan/cdpclient.h"
#include "cookiescan/registrabledomain.h"
#include "cookiescan/scanphase.h"

#include <QSet>

#include <deque>

using namespace Qt::StringLiterals;

namespace {

const QUrl::FormattingOptions kPageForm = QUrl::RemoveFragment | QUrl::NormalizePathSegments;

bool isDownload(const QUrl &url)
{
    static const QStringList extensions { u".pdf"_s, u".zip"_s, u".jpg"_s, u".jpeg"_s, u".png"_s, u".gif"_s, u".svg"_s,
        u".webp"_s, u".mp4"_s, u".mp3"_s, u".doc"_s, u".docx"_s, u".xls"_s, u".xlsx"_s, u".ppt"_s, u".pptx"_s, u".gz"_s,
        u".exe"_s, u".dmg"_s, u".ics"_s };
    const QString path = url.path().toLower();
    return std::any_of(extensions.begin(), extensions.end(), [&](const QString &e) { return path.endsWith(e); });
}

// A link worth visiting in this scan: http(s), of the site (or only the start host), not a file download.
bool followable(const QUrl &url, const CookieScanOptions &options)
{
    if (!url.isValid() || (url.scheme() != u"http"_s && url.scheme() != u"https"_s) || isDownload(url))
        return false;
    const QString host = url.host().toLower();
    const QString startHost = options.startUrl.host().toLower();
    return options.sameSiteOnly ? host == startHost : RegistrableDomain::sameSite(host, startHost);
}

struct PhaseRun
{
    ScanPhase &phase;
    const CookieScanOptions &options;
    const CookieScanner::Progress &progress;
    const QString &name;
    const QElapsedTimer &clock;

    int pageTimeout() const
    {
        return int(qMax<qint64>(0, qMin<qint64>(options.pageTimeoutMs, options.totalTimeoutMs - clock.elapsed())));
    }

    // Breadth first from the start page, links in document order; before consent only the start page.
    Status run()
    {
        if (Status s = phase.openPage())
            return s;
        const bool before = name == ConsentPhase::Before;
        const int pages = before ? 1 : qMax(1, options.pages);
        const QString start = options.startUrl.toString(kPageForm);
        std::deque<QString> queue { start };
        QSet<QString> known { start };
        for (int n = 1; n <= pages && !queue.empty(); ++n) {
            const QString url = queue.front();
            queue.pop_front();
            if (pageTimeout() <= 0) {
                phase.addEvent(u"timeout"_s, url, u"total"_s, QString::number(options.totalTimeoutMs / 1000.0));
                return {};
            }
            if (progress)
                progress(ScanProgress { name, n, pages, url,
                    CookieScanner::tr("%1: page %2 of %3: %4")
                        .arg(CookieScanner::phaseText(name))
                        .arg(n)
                        .arg(pages)
                        .arg(url) });
            if (Status s = phase.visit(url, pageTimeout()))
                return s;
            if (n == 1 && !before) {
                const bool accept = name == ConsentPhase::Accept;
                if (Status s = phase.consent(accept ? ConsentRules::Choice::Accept : ConsentRules::Choice::Reject,
                        accept ? options.acceptSelector : options.rejectSelector, pageTimeout()))
                    return s;
            }
            if (Status s = phase.collect())
                return s;
            if (before)
                continue;
            auto links = phase.links();
            if (!links)
                return links.error();
            for (const QString &link : *links) {
                const QUrl url(link);
                const QString page = url.toString(kPageForm);
                if (!known.contains(page) && followable(url, options)) {
                    known.insert(page);
                    queue.push_back(page);
                }
            }
        }
        return {};
    }
};

} // namespace

std::optional<QStringList> CookieScanOptions::phasesFor(const QString &consent)
{
    if (consent == u"none"_s)
        return QStringList { ConsentPhase::Before };
    if (consent == u"accept"_s)
        return QStringList { ConsentPhase::Accept };
    if (consent == u"reject"_s)
        return QStringList { ConsentPhase::Reject };
    if (consent == u"all"_s)
        return QStringList { ConsentPhase::Before, ConsentPhase::Accept, ConsentPhase::Reject };
    return std::nullopt;
}

QString CookieScanner::phaseText(const QString &phase)
{
    if (phase == ConsentPhase::Accept)
        return tr("after accepting");
    if (phase == ConsentPhase::Reject)
        return tr("after rejecting");
    return tr("before consent");
}

bool CookieScanner::looksLikeId(const QString &value)
{
    if (value.size() < 16)
        return false;
    int letters = 0;
    int digits = 0;
    QSet<QChar> distinct;
    for (const QChar c : value) {
        if (c.isDigit())
            ++digits;
        else if (c.isLetter())
            ++letters;
        distinct.insert(c);
    }
    return letters > 0 && digits > 0 && distinct.size() >= 8 && (letters + digits) * 10 >= value.size() * 8;
}

Expected<LiveScanResult> CookieScanner::scan(
    const CookieScanOptions &options, const Progress &progress, const std::atomic<bool> *cancel)
{
    const QUrl &start = options.startUrl;
    if (!start.isValid() || (start.scheme() != u"http"_s && start.scheme() != u"https"_s) || start.host().isEmpty())
        return Error { {}, 0,
            tr("%1 is not a web address: the scan needs an address that starts with http:// or https://.")
                .arg(start.toString()) };
    for (const QString &phase : options.phases) {
        if (phase != ConsentPhase::Before && phase != ConsentPhase::Accept && phase != ConsentPhase::Reject)
            return Error { {}, 0, tr("Unknown consent phase %1: use before, accept or reject.").arg(phase) };
    }
    if (auto chromium = BrowserProcess::findChromium(); !chromium)
        return chromium.error();

    const auto cancelled = [&] { return cancel && cancel->load(); };
    const Error cancelledError { {}, 0, tr("The scan was cancelled.") };
    LiveScanResult result;
    result.site = start.host().toLower();
    result.startUrl = start.toString();
    result.startedAt = QDateTime::currentDateTimeUtc();
    QElapsedTimer clock;
    clock.start();
    for (const QString &name : options.phases) {
        if (cancelled())
            return cancelledError;
        if (clock.elapsed() >= options.totalTimeoutMs) {
            result.events.push_back(ScanEvent {
                name, u"timeout"_s, result.startUrl, u"total"_s, QString::number(options.totalTimeoutMs / 1000.0) });
            break;
        }
        BrowserProcess browser; // a fresh profile for every phase
        if (Status s = browser.start())
            return *s;
        CdpClient cdp(browser.readFd(), browser.writeFd(), cancel);
        ScanPhase phase(cdp, name, start, clock, options.totalTimeoutMs);
        const Status failed = PhaseRun { phase, options, progress, name, clock }.run();
        if (cancelled()) {
            browser.kill();
            return cancelledError;
        }
        if (failed)
            phase.addEvent(u"error"_s, result.startUrl, {}, failed->reason);
        for (ObservedCookie &c : phase.observed())
            result.observed.push_back(std::move(c));
        for (ScanEvent &e : phase.takeEvents())
            result.events.push_back(std::move(e));
        browser.stop();
    }
    return result;
}
