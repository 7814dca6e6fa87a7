// SPDX-License-Identifier: GPL-3.0-or-later
// cookies, policy-check: the cookie inventory on the command line.
#include "cli/cli.h"
#include "cli/output.h"

#include "compliance/compliancereport.h"
#include "cookies/cookiedeclaration.h"
#include "cookies/cookiefindings.h"
#include "cookies/cookiereconciler.h"
#include "cookies/cookiescandiff.h"
#include "cookies/policycheck.h"
#include "core/csvwriter.h"
#include "core/filequote.h"
#include "core/language.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QString observedText(const CookieRow &r, CookieText::Lang lang)
{
    if (!r.observed)
        return u"–"_s;
    return CookieText::formatRetention(r.observedRetention, r.observedSession, lang);
}

// --lang nb|en for the texts that follow; -1 to go on, else the exit code of a usage error.
int applyLanguage(Cli::Context &ctx, const QCommandLineParser &p, const QCommandLineOption &lang)
{
    if (!p.isSet(lang))
        return -1;
    const QString l = p.value(lang).toLower();
    if (l != u"nb" && l != u"en")
        return ctx.usage(Tr::tr("--lang takes nb or en"));
    Language::apply(l);
    return -1;
}

// The line that says whose inventory follows.
QString siteHeader(const CookieSiteScope &scope)
{
    const QLocale loc;
    if (scope.scans.empty())
        return Tr::tr("No scans yet: the declaration only.") + u'\n';
    const CookieScan &latest = scope.scans.back();
    QString out = Tr::tr("Site %1: %n scan(s), the latest of %2 (%3)", "", int(scope.scans.size()))
                      .arg(scope.site.isEmpty() ? Tr::tr("(not named)") : scope.site,
                          loc.toString(latest.scannedAt.toLocalTime(), QLocale::ShortFormat), latest.source)
        + u'\n';
    if (!scope.otherSites.isEmpty())
        out += Tr::tr("Other sites in this workspace (--site): %1").arg(scope.otherSites.join(u", "_s)) + u'\n';
    return out;
}

QString readableTable(const std::vector<CookieRow> &rows, CookieText::Lang lang, const CookieRegister &cookies,
    const CookieSiteScope &scope)
{
    const QLocale loc;
    QList<QStringList> cells;
    int counts[5] = { 0, 0, 0, 0, 0 };
    // The consent phases only where the site has a live scan; the kind only where there is web storage.
    const bool phases = scope.phaseScanId != 0;
    const bool kinds = std::any_of(rows.begin(), rows.end(),
        [](const CookieRow &r) { return r.kinds.size() > 1 || (r.kinds.size() == 1 && r.kinds[0] != u"cookie"); });
    // How sure each suggestion is, where there are suggestions.
    const bool suggestions = std::any_of(rows.begin(), rows.end(),
        [](const CookieRow &r) { return r.suggested && r.confidence != CookieText::Confidence::None; });
    for (const CookieRow &r : rows) {
        ++counts[int(r.status)];
        QString name = r.declared.name;
        if (r.suggested)
            name += u" *"_s;
        if (r.isDraft())
            name += u" "_s + Tr::tr("(draft)");
        QStringList row { name, r.declared.domain, CookieText::categoryLabel(r.declared.category, lang),
            r.declared.supplier,
            CookieText::parseRetention(r.declared.retention)
                ? CookieText::formatRetention(CookieText::parseRetention(r.declared.retention), false, lang)
                : r.declared.retention,
            observedText(r, lang),
            CookieText::partyLabel(r.observedParty.isEmpty() ? r.declared.party : r.observedParty, lang) };
        if (kinds) {
            QStringList k;
            for (const QString &kind : r.kinds)
                k << CookieText::kindLabel(kind, lang);
            row.insert(1, k.join(u", "_s));
        }
        if (phases)
            row << CookieText::yesNo(r.beforeConsent, lang) << CookieText::yesNo(r.afterReject, lang)
                << CookieText::yesNo(r.afterAccept, lang);
        if (suggestions)
            row << (r.suggested ? CookieText::confidenceLabel(r.confidence, lang) : QString());
        row << CookieText::statusLabel(r.status, lang);
        cells << row;
    }
    QStringList header { Tr::tr("Name"), Tr::tr("Domain"), Tr::tr("Category"), Tr::tr("Supplier"), Tr::tr("Declared"),
        Tr::tr("Observed"), Tr::tr("Party") };
    if (kinds)
        header.insert(1, Tr::tr("Kind"));
    if (phases)
        header << Tr::tr("Before consent") << Tr::tr("After reject") << Tr::tr("After accept");
    if (suggestions)
        header << Tr::tr("Suggestion");
    header << Tr::tr("Status");
    QString out = siteHeader(scope) + u'\n' + Cli::alignedTable(header, cells, {}, 28);
    out += u'\n';
    using St = CookieText::Status;
    out += Tr::tr("%1 cookies per the latest scan: %2 declared and observed, %3 declared but no longer observed, %4 "
                  "declared but never observed, %5 observed but undeclared, %6 with differences.")
               .arg(loc.toString(qsizetype(rows.size())), loc.toString(counts[int(St::Ok)]),
                   loc.toString(counts[int(St::NoLongerObserved)]), loc.toString(counts[int(St::NotObserved)]),
                   loc.toString(counts[int(St::Undeclared)]), loc.toString(counts[int(St::Differs)]))
        + u'\n';
    // What the latest scan no longer finds, and since when.
    for (const CookieRow &r : rows)
        if (r.observed && !r.inLatestScan)
            out += u"  "_s + Tr::tr("%1: %2").arg(r.declared.name, CookieReconciler::presenceText(r, lang)) + u'\n';
    bool anySuggested = false;
    for (const CookieRow &r : rows) {
        anySuggested = anySuggested || r.suggested;
        for (const QString &d : r.differences)
            out += u"  "_s + Tr::tr("%1 differs: %2").arg(r.declared.name, d) + u'\n';
    }
    if (anySuggested)
        out += Tr::tr("* category, supplier and retention suggested by the knowledge base, not yet accepted") + u'\n';
    if (suggestions)
        out += Tr::tr("Suggestion: high = the name and the domain or supplier match (or a built-in tool's own name); "
                      "medium = the name matches, the source names no domain; low = only the name matches, never "
                      "accepted in bulk.")
            + u'\n';
    for (const CookieRow &r : rows)
        if (r.suggested && r.confidence == CookieText::Confidence::Low)
            out += u"  "_s + Tr::tr("%1: %2").arg(r.declared.name, CookieReconciler::confidenceReason(r, lang)) + u'\n';
    if (const QStringList drafts = CookieReconciler::draftLines(rows, lang); !drafts.isEmpty())
        out += Tr::tr("Drafts, left out of the published declaration until complete:") + u"\n  "_s
            + drafts.join(u"\n  "_s) + u'\n';
    if (phases) {
        for (const CookieRow &r : rows)
            if (!r.firstPhase.isEmpty())
                out += u"  "_s
                    + Tr::tr("%1 first seen %2 on %3")
                          .arg(r.declared.name, CookieText::phaseLabel(r.firstPhase, lang), r.firstPage)
                    + u'\n';
    }

    CookieScan previous, current;
    auto diff = CookieScanDiff::latest(cookies, lang, &previous, &current, scope.site);
    if (diff && previous.id) {
        out += u'\n'
            + Tr::tr("Changes from the scan of %1 to the scan of %2:")
                  .arg(loc.toString(previous.scannedAt.toLocalTime().date(), QLocale::ShortFormat),
                      loc.toString(current.scannedAt.toLocalTime().date(), QLocale::ShortFormat))
            + u'\n';
        if (diff->empty())
            out += u"  "_s + Tr::tr("no changes") + u'\n';
        for (const CookieChange &c : *diff) {
            QString line
                = u"  %1  %2 (%3)"_s.arg(CookieScanDiff::kindLabel(c.kind, lang).leftJustified(8), c.name, c.domain);
            if (c.itemKind != u"cookie")
                line += u" ["_s + CookieText::kindLabel(c.itemKind, lang) + u']';
            if (!c.details.isEmpty())
                line += u": "_s + c.details.join(u"; "_s);
            out += line + u'\n';
        }
    }
    return out;
}

// Why the declaration of `rows` is not ready to publish (empty, or drafts named with what they lack), or empty.
QString declarationProblem(const std::vector<CookieRow> &rows, CookieText::Lang lang)
{
    if (CookieReconciler::declaredCount(rows) == 0)
        return Tr::tr("the declaration is empty: no cookie is declared.");
    const QStringList drafts = CookieReconciler::draftLines(rows, lang);
    if (drafts.isEmpty())
        return {};
    return Tr::tr("%n declared cookie(s) are drafts, left out of the published declaration:", "", int(drafts.size()))
        + u"\n  "_s + drafts.join(u"\n  "_s);
}

QByteArray findingsCsv(const std::vector<CookieFinding> &findings)
{
    QString out = CsvWriter::line({ u"severity"_s, u"kind"_s, u"name"_s, u"domain"_s, u"item_kind"_s, u"category"_s,
                                      u"phase"_s, u"page"_s, u"request"_s, u"initiator"_s, u"message"_s },
        CsvWriter::LineEnd::CrLf);
    for (const CookieFinding &f : findings)
        out += CsvWriter::line(
            { CookieFindings::severityId(f.severity), CookieFindings::kindId(f.kind), f.name, f.domain, f.itemKind,
                f.category, f.phase, f.page, f.request, f.initiator, f.message },
            CsvWriter::LineEnd::CrLf);
    return out.toUtf8();
}

QByteArray findingsJson(const std::vector<CookieFinding> &findings, const CookieSiteScope &scope)
{
    QJsonArray arr;
    for (const CookieFinding &f : findings)
        arr.append(QJsonObject { { u"severity"_s, CookieFindings::severityId(f.severity) },
            { u"kind"_s, CookieFindings::kindId(f.kind) }, { u"name"_s, f.name }, { u"domain"_s, f.domain },
            { u"item_kind"_s, f.itemKind }, { u"category"_s, f.category }, { u"phase"_s, f.phase },
            { u"page"_s, f.page }, { u"request"_s, f.request }, { u"initiator"_s, f.initiator },
            { u"message"_s, f.message } });
    const QJsonObject root { { u"site"_s, scope.site },
        { u"scan"_s, scope.scans.empty() ? QString() : scope.scans.back().source }, { u"findings"_s, arr } };
    return Cli::jsonDocument(u"cookies findings"_s, root);
}

QString findingsText(const std::vector<CookieFinding> &findings, const CookieSiteScope &scope, CookieText::Lang lang)
{
    QString out = siteHeader(scope) + u'\n';
    for (const CookieFinding &f : findings) {
        out += u"[%1] %2: %3\n"_s.arg(
            CookieFindings::severityLabel(f.severity, lang), CookieFindings::kindLabel(f.kind, lang), f.message);
        QStringList evidence;
        if (!f.phase.isEmpty())
            evidence << CookieText::phaseLabel(f.phase, lang);
        if (!f.page.isEmpty())
            evidence << Tr::tr("page %1").arg(f.page);
        if (!f.request.isEmpty())
            evidence << (f.initiator.isEmpty()
                    ? Tr::tr("set by %1").arg(f.request)
                    : Tr::tr("set by %1 (initiator %2)").arg(f.request, CookieText::initiatorLabel(f.initiator, lang)));
        if (!evidence.isEmpty())
            out += u"    "_s + Tr::tr("evidence: %1").arg(evidence.join(u"; "_s)) + u'\n';
    }
    out += Tr::tr("%n finding(s)", "", int(findings.size())) + u'\n';
    return out;
}

int runFindings(Cli::Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    const Cli::ListingOptions listing;
    const QCommandLineOption site(u"site"_s, Tr::tr("The site (default: the site of the latest scan)."),
        Tr::tr("SITE", "placeholder on the command line"));
    const QCommandLineOption lang(
        u"lang"_s, Tr::tr("Language of the sentences: nb or en."), Tr::tr("LANG", "placeholder on the command line"));
    p.addOptions(listing.both());
    p.addOptions({ site, lang });
    if (int rc = Cli::parse(p, ctx, args,
            Tr::tr("The findings of a site's latest scan: non-necessary cookies or storage set before consent or "
                   "after reject, no reject button on the first layer, cookies observed but not declared, declared "
                   "but never seen, kept longer than declared; each with its evidence (phase, page, request). "
                   "Exit code 3 when there are findings, 0 when there are none."));
        rc >= 0)
        return rc;
    if (int rc = applyLanguage(ctx, p, lang); rc >= 0)
        return rc;
    int rc = Cli::Ok;
    Cli::Format fmt = Cli::Format::Table;
    auto ws = Cli::openListing(ctx, p, listing, &fmt, &rc);
    if (!ws)
        return rc;
    const auto chosen = Cli::chosenSite(ctx, ws->cookies(), p.value(site), &rc);
    if (!chosen)
        return rc;
    const CookieText::Lang language = CookieText::currentLang();
    CookieSiteScope scope;
    auto findings = CookieFindings::load(ws->cookies(), language, *chosen, &scope);
    if (!findings)
        return ctx.fail(findings.error());
    const QByteArray bytes = fmt == Cli::Format::Csv ? findingsCsv(*findings)
        : fmt == Cli::Format::Json
        ? findingsJson(*findings, scope)
        // Names, pages and requests come from files and sites: not one of them may steer the terminal.
        : FileQuote::clean(findingsText(*findings, scope, language)).toUtf8();
    return Cli::writeOutput(ctx, p.value(listing.output), bytes, findings->empty() ? Cli::Ok : Cli::Findings);
}

// cookies changes: what the Cookies area's "Changes since the previous scan" lists.
int runChanges(Cli::Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    const Cli::ListingOptions listing;
    const QCommandLineOption site(u"site"_s, Tr::tr("The site (default: the site of the latest scan)."),
        Tr::tr("SITE", "placeholder on the command line"));
    p.addOptions(listing.both());
    p.addOption(site);
    if (int rc = Cli::parse(p, ctx, args,
            Tr::tr("What changed from a site's previous scan to its latest: cookies and storage that are new, gone or "
                   "changed (expiry, attributes, the consent phases that set them), as the Cookies area's \"Changes "
                   "since the previous scan\" lists them."));
        rc >= 0)
        return rc;
    if (!p.positionalArguments().isEmpty())
        return ctx.usage(Tr::tr("cookies changes takes no arguments"));
    int rc = Cli::Ok;
    Cli::Format format = Cli::Format::Table;
    auto ws = Cli::openListing(ctx, p, listing, &format, &rc);
    if (!ws)
        return rc;
    const auto chosen = Cli::chosenSite(ctx, ws->cookies(), p.value(site), &rc);
    if (!chosen)
        return rc;
    const CookieText::Lang lang = CookieText::currentLang();
    CookieScan previous, current;
    auto diff = CookieScanDiff::latest(ws->cookies(), lang, &previous, &current, *chosen);
    if (!diff)
        return ctx.fail(diff.error());
    static const char *const kinds[] = { "new", "changed", "gone" };
    Cli::Listing l;
    l.command = u"cookies changes"_s;
    l.rowsKey = u"changes"_s;
    l.extra.insert(u"site"_s, *chosen);
    l.extra.insert(u"previous_scan"_s, previous.id ? QJsonValue(previous.source) : QJsonValue());
    l.extra.insert(u"latest_scan"_s, current.id ? QJsonValue(current.source) : QJsonValue());
    l.tableEmpty = previous.id ? Tr::tr("no changes")
                               : Tr::tr("Import at least two scans of the same site to see what changed.");
    const QLocale loc;
    if (previous.id)
        l.tableHeader = Tr::tr("Changes from the scan of %1 to the scan of %2:")
                            .arg(loc.toString(previous.scannedAt.toLocalTime().date(), QLocale::ShortFormat),
                                loc.toString(current.scannedAt.toLocalTime().date(), QLocale::ShortFormat));
    l.columns = { { u"change"_s, Tr::tr("Change") }, { u"name"_s, Tr::tr("Name") }, { u"domain"_s, Tr::tr("Domain") },
        { u"path"_s, {}, false }, { u"item_kind"_s, Tr::tr("Kind") }, { u"details"_s, Tr::tr("Details") } };
    for (const CookieChange &c : *diff)
        l.rows << QVariantList { QVariant::fromValue(Cli::Labelled { QString::fromLatin1(kinds[int(c.kind)]),
                                     CookieScanDiff::kindLabel(c.kind, lang) }),
            c.name, c.domain, c.path,
            QVariant::fromValue(Cli::Labelled { c.itemKind, CookieText::kindLabel(c.itemKind, lang) }),
            c.details.join(u"; "_s) };
    return Cli::writeOutput(ctx, p.value(listing.output), l.render(format), Cli::Ok);
}

int runCookies(Cli::Context &ctx, const QStringList &args)
{
    const QString action = args.value(1);
    if (action == u"findings" || action == u"changes" || action == u"accept" || action == u"declare"
        || action == u"undeclare") {
        // The action's own parser names it in its help: "kapsel-cli cookies findings".
        QStringList sub = args.mid(1);
        sub[0] = args.value(0) + u' ' + action;
        if (action == u"findings")
            return runFindings(ctx, sub);
        if (action == u"changes")
            return runChanges(ctx, sub);
        return Cli::runCookieEdit(ctx, action, sub);
    }
    QCommandLineParser p;
    const QCommandLineOption format(u"format"_s,
        Tr::tr("Output format: table (default), csv, json, html, md or pdf; the JSON schema is described in "
               "docs/cli-json.md."),
        Tr::tr("FORMAT", "placeholder on the command line"));
    const QCommandLineOption lang(
        u"lang"_s, Tr::tr("Language of the declaration: nb or en."), Tr::tr("LANG", "placeholder on the command line"));
    const QCommandLineOption status(u"status"_s,
        Tr::tr("Only cookies with this status (per the site's latest scan): ok, not-observed, undeclared, "
               "differs or no-longer-observed."),
        Tr::tr("STATUS", "placeholder on the command line"));
    const QCommandLineOption output(u"output"_s, Tr::tr("Write to FILE instead of standard output."),
        Tr::tr("FILE", "placeholder on the command line"));
    const QCommandLineOption site(u"site"_s,
        Tr::tr("The site whose inventory to show (default: the site of the latest scan); scans of different sites "
               "are never merged."),
        Tr::tr("SITE", "placeholder on the command line"));
    const QCommandLineOption strict(u"strict"_s,
        Tr::tr("Write nothing and exit with code 3 when the declaration is empty or has drafts (entries without a "
               "purpose in Bokmål and in English, a supplier, a retention or a category). Without it, drafts are "
               "left out of the HTML, Markdown and PDF declaration and named on standard error."));
    p.addOptions({ format, lang, status, output, site, strict });
    p.addPositionalArgument(u"action"_s,
        Tr::tr("findings: the findings of the site's latest scan, with their evidence; exit code 3 when there are "
               "findings. changes: what changed since the previous scan. accept NAME... or accept --suggested: "
               "declare cookies with their suggested texts. declare NAME --purpose-nb ... : declare a cookie or "
               "change its entry. undeclare NAME: remove it from the declaration. Each has its own --help."),
        u"[findings|changes|accept|declare|undeclare]"_s);
    if (int rc = Cli::parse(p, ctx, args,
            Tr::tr("Show the cookie inventory of one site: declared versus observed cookies and web storage, with "
                   "whether each was set before consent, after reject and after accept (from the site's latest live "
                   "scan), or export the declaration. An entry is complete with a purpose in Bokmål and in English, a "
                   "supplier, a retention and a category; others are drafts. Exit code 3 with --strict when the "
                   "declaration is empty or has drafts."));
        rc >= 0)
        return rc;
    if (!p.positionalArguments().isEmpty())
        return ctx.usage(Tr::tr("unknown action \"%1\"; cookies takes findings, changes, accept, declare or undeclare")
                             .arg(p.positionalArguments().first()));
    if (int rc = applyLanguage(ctx, p, lang); rc >= 0)
        return rc;
    const CookieText::Lang language = CookieText::currentLang();
    std::optional<CookieDeclaration::Format> fmt;
    const QString fmtName = p.value(format);
    if (!fmtName.isEmpty() && fmtName != u"table") {
        fmt = CookieDeclaration::formatFromName(fmtName);
        if (!fmt)
            return ctx.usage(Tr::tr("unknown format \"%1\"; use table, csv, json, html, md or pdf").arg(fmtName));
    }
    std::optional<CookieText::Status> only;
    if (p.isSet(status)) {
        only = CookieText::statusFromId(p.value(status));
        if (!only)
            return ctx.usage(
                Tr::tr("unknown status \"%1\"; use ok, not-observed, undeclared, differs or no-longer-observed")
                    .arg(p.value(status)));
    }
    auto ws = ctx.openWorkspace();
    if (!ws)
        return Cli::DataError;
    int rc = Cli::Ok;
    const auto chosen = Cli::chosenSite(ctx, ws->cookies(), p.value(site), &rc);
    if (!chosen)
        return rc;
    CookieSiteScope scope;
    auto rows = CookieReconciler::load(ws->cookies(), language, *chosen, &scope);
    if (!rows)
        return ctx.fail(rows.error());
    // An empty declaration or one with drafts is never written without a word: named on stderr, or refused.
    if (p.isSet(strict) || fmt) {
        const QString problem = declarationProblem(*rows, language);
        if (!problem.isEmpty() && p.isSet(strict)) {
            ctx.err << FileQuote::clean(Tr::tr("refused (--strict): %1").arg(problem)) << Qt::endl;
            return Cli::Findings;
        }
        if (!problem.isEmpty())
            ctx.err << FileQuote::clean(Tr::tr("warning: %1").arg(problem)) << Qt::endl;
    }
    if (only)
        std::erase_if(*rows, [&](const CookieRow &r) { return r.status != *only; });

    QByteArray bytes = fmt == CookieDeclaration::Format::Json
        ? Cli::jsonDocument(u"cookies"_s,
              { { u"site"_s, scope.site },
                  { u"cookies"_s, QJsonDocument::fromJson(CookieDeclaration::write(*fmt, *rows, language)).array() } })
        : fmt ? CookieDeclaration::write(*fmt, *rows, language)
                           // Names, domains and suppliers come from files: not one of them may steer the terminal.
                           : FileQuote::clean(readableTable(*rows, language, ws->cookies(), scope)).toUtf8();
    if (p.isSet(output))
        return Cli::writeOutput(ctx, p.value(output), bytes, Cli::Ok);
    if (fmt == CookieDeclaration::Format::Pdf) {
        // Binary: write straight to stdout rather than through the text stream.
        ctx.out.flush();
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly))
            return ctx.fail(Error { {}, 0, Tr::tr("cannot write to standard output") });
        out.write(bytes);
        return Cli::Ok;
    }
    ctx.out << QString::fromUtf8(bytes);
    ctx.out.flush();
    return Cli::Ok;
}

QByteArray policyJson(const PolicyCheck::Outcome &outcome, const QString &file)
{
    QJsonArray findings;
    for (const PolicyFinding &f : outcome.result.findings)
        findings.append(QJsonObject { { u"kind"_s, PolicyChecker::kindId(f.kind) },
            { u"line"_s, f.line > 0 ? QJsonValue(f.line) : QJsonValue(QJsonValue::Null) },
            { u"excerpt"_s, f.excerpt.simplified() }, { u"message"_s, f.message } });
    return Cli::jsonDocument(u"policy-check"_s,
        { { u"file"_s, file }, { u"findings"_s, findings },
            { u"named_inventory_cookies"_s, QJsonArray::fromStringList(outcome.result.namedInventoryCookies) },
            { u"declared_cookies"_s, QJsonArray::fromStringList(outcome.declaredNames) } });
}

int runPolicyCheck(Cli::Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(Tr::tr("FILE", "placeholder on the command line"),
        Tr::tr("The cookie-policy text (plain text, UTF-8)."), Tr::tr("FILE", "placeholder on the command line"));
    const QCommandLineOption output(u"output"_s,
        Tr::tr("Write the findings to OUT as CSV or HTML (by its extension, or --format) instead of listing them."),
        Tr::tr("OUT", "placeholder on the command line"));
    const QCommandLineOption format(u"format"_s,
        Tr::tr("Format of the findings: table (default; text is the same), csv, json or html; the JSON schema is "
               "described in docs/cli-json.md."),
        Tr::tr("FORMAT", "placeholder on the command line"));
    const QCommandLineOption site(u"site"_s,
        Tr::tr("The site whose inventory the text is checked against (default: the latest scan's)."),
        Tr::tr("SITE", "placeholder on the command line"));
    p.addOptions({ output, format, site });
    if (int rc = Cli::parse(p, ctx, args,
            Tr::tr("Check a cookie-policy text against the law in force and the inventory: consent inferred from "
                   "use of the site or from browser settings (English and Bokmål phrasings), the repealed § 2-7b, "
                   "cookies the text names that are neither declared nor observed, declared cookies it never names. "
                   "Exit code 3 when there are findings, 0 when there are none."));
        rc >= 0)
        return rc;
    const QStringList files = p.positionalArguments();
    if (files.size() != 1)
        return ctx.usage(Tr::tr("policy-check needs exactly one FILE"));
    // The format: --format, else the extension of --output, else text.
    QString formatName = p.value(format).toLower();
    if (formatName.isEmpty() && p.isSet(output))
        formatName = QFileInfo(p.value(output)).suffix().toLower();
    std::optional<PolicyCheck::Format> fileFormat;
    const bool json = formatName == u"json";
    if (!formatName.isEmpty() && formatName != u"text" && formatName != u"table" && !json) {
        fileFormat = PolicyCheck::formatFromName(formatName);
        if (!fileFormat)
            return ctx.usage(Tr::tr("unknown format \"%1\"; use table, csv, json or html").arg(formatName));
    }
    const QString path = files.first();
    const QString name = QFileInfo(path).fileName();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return ctx.fail(Error { path, 0, Tr::tr("cannot read the file: %1").arg(f.errorString()) });
    const QByteArray bytes = f.read(PolicyCheck::kMaxTextBytes);
    if (bytes.contains('\0'))
        return ctx.fail(Error { name, 0, Tr::tr("this is not a text file") });
    const QString text = PolicyCheck::decode(bytes);
    auto ws = ctx.openWorkspace();
    if (!ws)
        return Cli::DataError;
    int rc = Cli::Ok;
    const auto chosen = Cli::chosenSite(ctx, ws->cookies(), p.value(site), &rc);
    if (!chosen)
        return rc;
    const CookieText::Lang lang = CookieText::currentLang();
    auto outcome = PolicyCheck::run(ws->cookies(), text, lang, *chosen);
    if (!outcome)
        return ctx.fail(outcome.error());
    // The text checked is the one the next compliance report quotes (it is the company's public page).
    if (Status s = ComplianceReport::rememberPolicyText(*ws, text, name, QDateTime::currentDateTimeUtc()))
        ctx.err << "kapsel-cli: " << Tr::tr("the policy text was not kept for the compliance report: %1").arg(s->reason)
                << Qt::endl;
    const PolicyChecker::Result &result = outcome->result;
    const int exitCode = result.findings.empty() ? Cli::Ok : Cli::Findings;
    if (fileFormat) {
        const QByteArray bytes = PolicyCheck::write(*fileFormat, *outcome, name, lang);
        if (!p.isSet(output)) {
            ctx.out << QString::fromUtf8(bytes);
            ctx.out.flush();
            return exitCode;
        }
        return Cli::writeOutput(ctx, p.value(output), bytes, exitCode);
    }
    if (json)
        return Cli::writeOutput(ctx, p.value(output), policyJson(*outcome, name), exitCode);
    return Cli::captured(ctx, p.value(output), [&](Cli::Context &ctx) {
        for (const PolicyFinding &finding : result.findings) {
            const QString where = finding.line > 0 ? u"%1:%2"_s.arg(name).arg(finding.line) : name;
            ctx.out << u"%1: %2: "_s.arg(where, PolicyChecker::kindLabel(finding.kind, lang));
            if (finding.kind == PolicyFinding::ImpliedConsent || finding.kind == PolicyFinding::RepealedSection)
                ctx.out << u"\u201c"_s << FileQuote::cleanLine(finding.excerpt.simplified()) << u"\u201d "_s;
            ctx.out << finding.message << Qt::endl;
        }
        ctx.out << Tr::tr("%1 of %2 inventory cookies are named in the text: %3")
                       .arg(result.namedInventoryCookies.size())
                       .arg(outcome->declaredNames.size())
                       .arg(result.namedInventoryCookies.join(u", "_s))
                << Qt::endl;
        ctx.out << Tr::tr("%n finding(s)", "", int(result.findings.size())) << Qt::endl;
        return exitCode;
    });
}

} // namespace

std::optional<QString> Cli::chosenSite(Context &ctx, const CookieRegister &cookies, const QString &given, int *rc)
{
    if (given.isEmpty())
        return QString();
    auto scans = cookies.scans();
    if (!scans) {
        *rc = ctx.fail(scans.error());
        return std::nullopt;
    }
    if (auto site = CookieSites::find(*scans, given))
        return site;
    const QStringList known = CookieSites::sites(*scans);
    *rc = ctx.usage(known.isEmpty()
            ? Tr::tr("the workspace has no scans, so no site \"%1\"").arg(given)
            : Tr::tr("the workspace has no scan of \"%1\"; its sites are: %2").arg(given, known.join(u", "_s)));
    return std::nullopt;
}

QString Cli::describeFindings(
    const std::vector<CookieFinding> &findings, const CookieSiteScope &scope, CookieText::Lang lang)
{
    return findingsText(findings, scope, lang);
}

void Cli::addCookieCommands(QList<Command> &list)
{
    list.append({ u"cookies"_s, [] { return Tr::tr("Cookie inventory: declared versus observed, declaration export"); },
        runCookies });
    list.append({ u"policy-check"_s,
        [] { return Tr::tr("Check a cookie-policy text for invalid consent wording and missing cookies"); },
        runPolicyCheck });
}
