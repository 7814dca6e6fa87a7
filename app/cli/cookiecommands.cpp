// SPDX-License-Identifier: GPL-3.0-or-later
// cookies, policy-check: the cookie inventory on the command line.
#include "cli/cli.h"

#include "cookies/cookiedeclaration.h"
#include "cookies/cookiereconciler.h"
#include "cookies/cookiescandiff.h"
#include "cookies/policycheck.h"
#include "core/filequote.h"
#include "core/language.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// A plain-text table whose columns fit their widest cell, capped so a long purpose cannot push the rest off
// the screen.
QString table(const QStringList &header, const QList<QStringList> &rows, int cap = 44)
{
    QList<qsizetype> w;
    for (const QString &h : header)
        w << h.size();
    for (const QStringList &r : rows)
        for (int i = 0; i < r.size() && i < w.size(); ++i)
            w[i] = qMin<qsizetype>(qMax(w[i], r[i].size()), cap);
    auto line = [&](const QStringList &cells) -> QString {
        QString out;
        for (int i = 0; i < cells.size(); ++i) {
            QString c = cells[i];
            if (c.size() > w[i])
                c = QString(c.left(w[i] - 1)) + QChar(u'…');
            out += i + 1 < cells.size() ? c.leftJustified(w[i] + 2) : c;
        }
        return out.trimmed() + u'\n';
    };
    QString out = line(header);
    QStringList rule;
    for (qsizetype x : w)
        rule << QString(x, u'-');
    out += line(rule);
    for (const QStringList &r : rows)
        out += line(r);
    return out;
}

QString observedText(const CookieRow &r, CookieText::Lang lang)
{
    if (!r.observed)
        return u"–"_s;
    return CookieText::formatRetention(r.observedRetention, r.observedSession, lang);
}

QString readableTable(const std::vector<CookieRow> &rows, CookieText::Lang lang, const CookieRegister &cookies)
{
    const QLocale loc;
    QList<QStringList> cells;
    int counts[4] = { 0, 0, 0, 0 };
    for (const CookieRow &r : rows) {
        ++counts[int(r.status)];
        QString name = r.declared.name;
        if (r.suggested)
            name += u" *"_s;
        cells << QStringList { name, r.declared.domain, CookieText::categoryLabel(r.declared.category, lang),
            r.declared.supplier,
            CookieText::parseRetention(r.declared.retention)
                ? CookieText::formatRetention(CookieText::parseRetention(r.declared.retention), false, lang)
                : r.declared.retention,
            observedText(r, lang),
            CookieText::partyLabel(r.observedParty.isEmpty() ? r.declared.party : r.observedParty, lang),
            CookieText::statusLabel(r.status, lang) };
    }
    QString out = table({ Tr::tr("Name"), Tr::tr("Domain"), Tr::tr("Category"), Tr::tr("Supplier"), Tr::tr("Declared"),
                            Tr::tr("Observed"), Tr::tr("Party"), Tr::tr("Status") },
        cells, 28);
    out += u'\n';
    out += Tr::tr("%1 cookies: %2 declared and observed, %3 declared but not observed, %4 observed but undeclared, %5 "
                  "with differences.")
               .arg(loc.toString(qsizetype(rows.size())), loc.toString(counts[0]), loc.toString(counts[1]),
                   loc.toString(counts[2]), loc.toString(counts[3]))
        + u'\n';
    bool anySuggested = false;
    for (const CookieRow &r : rows) {
        anySuggested = anySuggested || r.suggested;
        for (const QString &d : r.differences)
            out += u"  "_s + Tr::tr("%1 differs: %2").arg(r.declared.name, d) + u'\n';
    }
    if (anySuggested)
        out += Tr::tr("* category, supplier and retention suggested by the knowledge base, not yet accepted") + u'\n';

    CookieScan previous, current;
    auto diff = CookieScanDiff::latest(cookies, lang, &previous, &current);
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
            if (!c.details.isEmpty())
                line += u": "_s + c.details.join(u"; "_s);
            out += line + u'\n';
        }
    }
    return out;
}

int runCookies(Cli::Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption format(
        u"format"_s, Tr::tr("Output format: table (default), csv, json, html, md or pdf."), u"FORMAT"_s);
    const QCommandLineOption lang(u"lang"_s, Tr::tr("Language of the declaration: nb or en."), u"LANG"_s);
    const QCommandLineOption status(
        u"status"_s, Tr::tr("Only cookies with this status: ok, not-observed, undeclared or differs."), u"STATUS"_s);
    const QCommandLineOption output(u"output"_s, Tr::tr("Write to FILE instead of standard output."), u"FILE"_s);
    p.addOptions({ format, lang, status, output });
    if (int rc = Cli::parse(p, ctx, args,
            Tr::tr("Show the cookie inventory: declared versus observed cookies, or export the declaration."));
        rc >= 0)
        return rc;
    if (p.isSet(lang)) {
        const QString l = p.value(lang).toLower();
        if (l != u"nb" && l != u"en")
            return ctx.usage(Tr::tr("--lang takes nb or en"));
        Language::apply(l);
    }
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
                Tr::tr("unknown status \"%1\"; use ok, not-observed, undeclared or differs").arg(p.value(status)));
    }
    auto ws = ctx.openWorkspace();
    if (!ws)
        return Cli::DataError;
    auto rows = CookieReconciler::load(ws->cookies(), language);
    if (!rows)
        return ctx.fail(rows.error());
    if (only)
        std::erase_if(*rows, [&](const CookieRow &r) { return r.status != *only; });

    QByteArray bytes = fmt ? CookieDeclaration::write(*fmt, *rows, language)
                           // Names, domains and suppliers come from files: not one of them may steer the terminal.
                           : FileQuote::clean(readableTable(*rows, language, ws->cookies())).toUtf8();
    if (p.isSet(output)) {
        QSaveFile f(p.value(output));
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
            return ctx.fail(Error { p.value(output), 0, Tr::tr("cannot write the file: %1").arg(f.errorString()) });
        ctx.err << Tr::tr("wrote %1").arg(p.value(output)) << Qt::endl;
        return Cli::Ok;
    }
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

int runPolicyCheck(Cli::Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(u"FILE"_s, Tr::tr("The cookie-policy text (plain text, UTF-8)."), u"FILE"_s);
    if (int rc
        = Cli::parse(p, ctx, args, Tr::tr("Check a cookie-policy text against the law in force and the inventory."));
        rc >= 0)
        return rc;
    const QStringList files = p.positionalArguments();
    if (files.size() != 1)
        return ctx.usage(Tr::tr("policy-check needs exactly one FILE"));
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
    const CookieText::Lang lang = CookieText::currentLang();
    auto outcome = PolicyCheck::run(ws->cookies(), text, lang);
    if (!outcome)
        return ctx.fail(outcome.error());
    const PolicyChecker::Result &result = outcome->result;
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
    return Cli::Ok;
}

} // namespace

void Cli::addCookieCommands(QList<Command> &list)
{
    list.append({ u"cookies"_s, [] { return Tr::tr("Cookie inventory: declared versus observed, declaration export"); },
        runCookies });
    list.append({ u"policy-check"_s,
        [] { return Tr::tr("Check a cookie-policy text for invalid consent wording and missing cookies"); },
        runPolicyCheck });
}
