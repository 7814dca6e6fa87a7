// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cookies/cookierecords.h"
#include "core/error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <atomic>
#include <functional>
#include <optional>
#include <vector>

// What a live scan of a website saw (issue #13): one ObservedCookie per item (cookie, localStorage or
// sessionStorage key) per consent phase, for the items present at the end of that phase, and the events that
// are the evidence besides the jar. Nothing here is stored: the cookie area does that.
//
// ScanEvent kinds beyond those cookierecords.h lists: "tcf-api" (subject "__tcfapi": the page offers the IAB TCF
// API; once per phase), and "timeout" with subject "total" when the whole scan ran out of time. A timeout's detail
// is the number of seconds waited (language neutral; the view words it).
struct LiveScanResult
{
    QString site; // the start URL's host
    QString startUrl;
    QDateTime startedAt;
    std::vector<ObservedCookie> observed;
    std::vector<ScanEvent> events;
};

struct CookieScanOptions
{
    QUrl startUrl;
    int pages = 10; // per phase after the click, the start page included
    QStringList phases { ConsentPhase::Before, ConsentPhase::Accept, ConsentPhase::Reject };
    QString acceptSelector; // CSS; tried before the built-in rules (cookiescan/consentrules.h)
    QString rejectSelector;
    // Links are followed within the start URL's site (registrable domain: www.example.no and shop.example.no);
    // with sameSiteOnly only to the start URL's own host.
    bool sameSiteOnly = false;
    int pageTimeoutMs = 20000; // a page that has not settled by then is a "timeout" event, and the scan goes on
    int totalTimeoutMs = 10 * 60 * 1000;

    // The CLI's --consent: none = before only, accept, reject, all = before + accept + reject; empty when unknown.
    static std::optional<QStringList> phasesFor(const QString &consent);
};

struct ScanProgress
{
    QString phase; // before | accept | reject
    int page = 0; // 1-based
    int pages = 0; // at most this many in this phase
    QString url;
    QString text; // translated, for a progress line
};

// Scans a website with Debian's chromium (cookiescan/browserprocess.h), one fresh browser and profile per phase:
//   before: the start page, until the network is idle; the banner untouched;
//   accept / reject: the start page, the banner's button clicked, then up to `pages` pages of the site,
//   breadth first in the order of the links on each page.
// Blocking: run it on a worker thread (the GUI) or directly (the CLI). `progress` is called on the calling
// thread before each page; `cancel` is checked every 50 ms and ends the browser at once.
class CookieScanner
{
    Q_DECLARE_TR_FUNCTIONS(CookieScanner)

public:
    using Progress = std::function<void(const ScanProgress &)>;

    static Expected<LiveScanResult> scan(
        const CookieScanOptions &options, const Progress &progress = {}, const std::atomic<bool> *cancel = nullptr);

    // Whether a cookie's value looks like an identifier: at least 16 bytes, mostly letters and digits, with both
    // letters and digits and enough different characters (a UUID, a hash, "GA1.1.1234567890.1700000000"), as
    // opposed to "true", "de", "accepted" or a JSON of choices.
    static bool looksLikeId(const QString &value);
    static QString phaseText(const QString &phase); // translated: "before consent", ...
};
