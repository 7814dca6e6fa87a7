// SPDX-License-Identifier: GPL-3.0-or-later
// scan: a live scan of a website with chromium, kept as an import of the cookie area (issue #13).
#include "cli/cli.h"

#include "cookiescan/cookiescanner.h"
#include "cookiescan/livescanimport.h"
#include "core/filequote.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QLocale>

#include <csignal>
#include <map>

using namespace Qt::StringLiterals;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

std::atomic<bool> g_interrupted { false };

int runScan(Cli::Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption pages(
        u"pages"_s, Tr::tr("Visit up to N pages of the site per consent phase (default 10)."), u"N"_s, u"10"_s);
    const QCommandLineOption consent(u"consent"_s,
        Tr::tr("Which visitor choices to test: none (the banner untouched only), accept, reject, or all (default: "
               "untouched, then accept, then reject, each in a fresh browser)."),
        u"none|accept|reject|all"_s, u"all"_s);
    const QCommandLineOption acceptSelector(u"accept-selector"_s,
        Tr::tr("CSS selector of the banner's accept-all button, tried before the built-in rules."), u"CSS"_s);
    const QCommandLineOption rejectSelector(u"reject-selector"_s,
        Tr::tr("CSS selector of the banner's reject-all button, tried before the built-in rules."), u"CSS"_s);
    const QCommandLineOption sameSiteOnly(u"same-site-only"_s,
        Tr::tr("Follow links only to the start address's own host (default: the whole site, e.g. shop.example.no "
               "for www.example.no)."));
    const QCommandLineOption pageTimeout(u"page-timeout"_s,
        Tr::tr("Seconds a page may take before the scan notes a timeout and goes on (default 20)."), Tr::tr("SECONDS", "placeholder on the command line"),
        u"20"_s);
    p.addOptions({ pages, consent, acceptSelector, rejectSelector, sameSiteOnly, pageTimeout });
    p.addPositionalArgument(u"URL"_s, Tr::tr("The website's start address (http:// or https://)."), u"URL"_s);
    if (int rc = Cli::parse(p, ctx, args,
            Tr::tr(
                "Scan a website with Debian's chromium (headless, a fresh throwaway profile per phase) and keep what "
                "it sets before the visitor chooses, after accept and after reject as one import of the cookie "
                "area. Cookie values are never kept, only their length. Prints the scan's findings; exit code 3 when "
                "there are findings, 0 when there are none."));
        rc >= 0)
        return rc;
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 1)
        return ctx.usage(Tr::tr("scan needs exactly one URL"));
    CookieScanOptions options;
    options.startUrl = QUrl(pos.first());
    if (!options.startUrl.isValid() || !QStringList { u"http"_s, u"https"_s }.contains(options.startUrl.scheme())
        || options.startUrl.host().isEmpty())
        return ctx.usage(
            Tr::tr("\"%1\" is not a web address; give one starting with https:// or http://").arg(pos.first()));
    bool ok = false;
    options.pages = p.value(pages).toInt(&ok);
    if (!ok || options.pages < 1 || options.pages > 1000)
        return ctx.usage(Tr::tr("--pages takes a number from 1 to 1000, not \"%1\"").arg(p.value(pages)));
    const auto phases = CookieScanOptions::phasesFor(p.value(consent));
    if (!phases)
        return ctx.usage(Tr::tr("--consent takes none, accept, reject or all, not \"%1\"").arg(p.value(consent)));
    options.phases = *phases;
    options.acceptSelector = p.value(acceptSelector);
    options.rejectSelector = p.value(rejectSelector);
    options.sameSiteOnly = p.isSet(sameSiteOnly);
    const int seconds = p.value(pageTimeout).toInt(&ok);
    if (!ok || seconds < 1 || seconds > 600)
        return ctx.usage(Tr::tr("--page-timeout takes seconds from 1 to 600, not \"%1\"").arg(p.value(pageTimeout)));
    options.pageTimeoutMs = seconds * 1000;

    auto ws = ctx.openWorkspace(Cli::Context::Open::MayCreate);
    if (!ws)
        return Cli::DataError;
    // Ctrl+C ends the browser at once (the scanner checks the flag every 50 ms) and stores nothing.
    g_interrupted = false;
    auto previous = std::signal(SIGINT, [](int) { g_interrupted = true; });
    auto result = CookieScanner::scan(
        options, [&](const ScanProgress &progress) { ctx.err << FileQuote::clean(progress.text) << Qt::endl; },
        &g_interrupted);
    std::signal(SIGINT, previous);
    if (!result)
        return ctx.fail(result.error());
    auto report = LiveScanImport::record(*ws, *result);
    if (!report)
        return ctx.fail(report.error());

    ctx.out << Tr::tr("Scan of %1 kept as import #%2.").arg(FileQuote::clean(result->site)).arg(report->importId)
            << Qt::endl;
    std::map<QString, int> items, pagesSeen;
    for (const ObservedCookie &c : result->observed)
        ++items[c.phase];
    for (const ScanEvent &e : result->events)
        if (e.kind == u"page")
            ++pagesSeen[e.phase];
    for (const QString &phase : options.phases)
        ctx.out << "  " << Tr::tr("%1: %Ln item(s)", "", items[phase]).arg(CookieScanner::phaseText(phase)) << ", "
                << Tr::tr("%Ln page(s) visited", "", pagesSeen[phase]) << Qt::endl;
    // The findings of this scan (the latest of its site), as `cookies findings` gives them; a scan with findings
    // exits with their code, so that a scheduled scan can raise the alarm.
    const CookieText::Lang language = CookieText::currentLang();
    CookieSiteScope scope;
    auto findings = CookieFindings::load(ws->cookies(), language, {}, &scope);
    if (!findings)
        return ctx.fail(findings.error());
    ctx.out << FileQuote::clean(Cli::describeFindings(*findings, scope, language));
    ctx.out.flush();
    return findings->empty() ? Cli::Ok : Cli::Findings;
}
} // namespace

void Cli::addScanCommands(QList<Command> &list)
{
    list << Command { u"scan"_s,
        [] { return Tr::tr("scan a website with chromium: cookies before and after consent"); }, runScan };
}
