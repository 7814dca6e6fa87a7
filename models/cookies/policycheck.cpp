// SPDX-License-Identifier: GPL-3.0-or-later
#include "cookies/policycheck.h"

#include "cookies/cookiereconciler.h"
#include "cookies/cookieregister.h"
#include "core/csvwriter.h"
#include "core/filequote.h"

#include <QStringDecoder>

using namespace Qt::StringLiterals;
using CookieText::localized;

Expected<PolicyCheck::Outcome> PolicyCheck::run(
    const CookieRegister &cookies, const QString &text, CookieText::Lang lang, const QString &site)
{
    // The inventory the Cookies area shows for the site: its declared cookies and what its scans observed.
    auto rows = CookieReconciler::load(cookies, lang, site);
    if (!rows)
        return rows.error();
    auto known = CookieReconciler::knowledge(cookies);
    if (!known)
        return known.error();
    Outcome out;
    for (const CookieRow &r : *rows) {
        QStringList &names = r.isDeclared() ? out.declaredNames : out.observedNames;
        if (!names.contains(r.declared.name))
            names << r.declared.name;
    }
    out.result = PolicyChecker::check(text, out.declaredNames, *known, lang, out.observedNames);
    return out;
}

PolicyCheck::Outcome PolicyCheck::run(const QString &text, CookieText::Lang lang)
{
    return { PolicyChecker::check(text, {}, CookieKnowledge(), lang), {}, {} };
}

std::optional<PolicyCheck::Format> PolicyCheck::formatFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == u"csv")
        return Format::Csv;
    if (n == u"html" || n == u"htm")
        return Format::Html;
    return std::nullopt;
}

namespace {

QByteArray csv(const PolicyChecker::Result &result, CookieText::Lang lang)
{
    QString out = CsvWriter::line(
        { u"kind"_s, u"kind_label"_s, u"line"_s, u"excerpt"_s, u"message"_s }, CsvWriter::LineEnd::CrLf);
    for (const PolicyFinding &f : result.findings)
        out += CsvWriter::line(
            { PolicyChecker::kindId(f.kind), PolicyChecker::kindLabel(f.kind, lang),
                f.line > 0 ? QString::number(f.line) : QString(), f.excerpt.simplified(), f.message },
            CsvWriter::LineEnd::CrLf);
    return out.toUtf8();
}

QString esc(const QString &s)
{
    return FileQuote::clean(s).toHtmlEscaped();
}

QByteArray html(const PolicyCheck::Outcome &outcome, const QString &source, CookieText::Lang lang)
{
    const PolicyChecker::Result &result = outcome.result;
    const QString title = localized(QT_TRANSLATE_NOOP("CookieText", "Findings of the cookie-policy check"), lang);
    QString out = u"<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n<title>%2</title>\n"_s.arg(
        lang == CookieText::Lang::Nb ? u"nb"_s : u"en"_s, esc(title));
    out += u"<style>\nbody{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;"
           "color:#1a1a1a;background:#fff;line-height:1.5}\ntable{border-collapse:collapse;width:100%}\n"
           "th,td{border:1px solid #767676;padding:.4rem .6rem;text-align:left;vertical-align:top}\n"
           "thead th{background:#e8eef4}\n</style>\n</head>\n<body>\n<main>\n"_s;
    out += u"<h1>%1</h1>\n<p>%2</p>\n"_s.arg(esc(title),
        esc(localized(
            QT_TRANSLATE_NOOP("CookieText", "Text checked: %1. %2 of %3 declared cookies are named in it."), lang)
                .arg(source)
                .arg(result.namedInventoryCookies.size())
                .arg(outcome.declaredNames.size())));
    out += u"<table>\n<thead><tr><th scope=\"col\">%1</th><th scope=\"col\">%2</th><th scope=\"col\">%3</th>"
           "<th scope=\"col\">%4</th></tr></thead>\n<tbody>\n"_s.arg(
               esc(localized(QT_TRANSLATE_NOOP("CookieText", "Finding"), lang)),
               esc(localized(QT_TRANSLATE_NOOP("CookieText", "Line"), lang)),
               esc(localized(QT_TRANSLATE_NOOP("CookieText", "Text"), lang)),
               esc(localized(QT_TRANSLATE_NOOP("CookieText", "Explanation"), lang)));
    for (const PolicyFinding &f : result.findings)
        out += u"<tr><th scope=\"row\">%1</th><td>%2</td><td>%3</td><td>%4</td></tr>\n"_s.arg(
            esc(PolicyChecker::kindLabel(f.kind, lang)), f.line > 0 ? QString::number(f.line) : QString(),
            esc(f.excerpt.simplified()), esc(f.message));
    out += u"</tbody>\n</table>\n<p>%1</p>\n</main>\n</body>\n</html>\n"_s.arg(
        esc(localized(QT_TRANSLATE_NOOP("CookieText", "Findings: %1"), lang).arg(result.findings.size())));
    return out.toUtf8();
}

} // namespace

QByteArray PolicyCheck::write(Format format, const Outcome &outcome, const QString &source, CookieText::Lang lang)
{
    return format == Format::Csv ? csv(outcome.result, lang) : html(outcome, source, lang);
}

QString PolicyCheck::decode(const QByteArray &bytes)
{
    QStringDecoder dec(QStringDecoder::Utf8);
    QString text = dec.decode(bytes);
    if (dec.hasError())
        text = QString::fromLatin1(bytes);
    return text;
}
