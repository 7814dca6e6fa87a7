// SPDX-License-Identifier: GPL-3.0-or-later
#include "cookies/cookiedeclaration.h"

#include "cookies/textpdfwriter.h"
#include "core/csvwriter.h"
#include "core/filequote.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;
using CookieText::Lang;
using CookieText::localized;

namespace {

struct Group
{
    QString category;
    std::vector<const CookieRow *> rows;
};

// Declared cookies by category, in the fixed category order, names sorted within a category. Drafts are left
// out: what visitors read has every field in its own language, never a blank or the other language's text.
std::vector<Group> groups(const std::vector<CookieRow> &rows)
{
    std::vector<Group> out;
    for (const QString &cat : CookieText::categoryIds()) {
        Group g { cat, {} };
        for (const CookieRow &r : rows)
            if (r.isDeclared() && !r.isDraft()
                && (r.declared.category == cat
                    || (cat == u"unclassified" && !CookieText::categoryIds().contains(r.declared.category))))
                g.rows.push_back(&r);
        std::sort(g.rows.begin(), g.rows.end(), [](const CookieRow *a, const CookieRow *b) {
            return a->declared.name.compare(b->declared.name, Qt::CaseInsensitive) < 0;
        });
        if (!g.rows.empty())
            out.push_back(std::move(g));
    }
    return out;
}

// What the declaration says when it lists no cookie: that none is declared, or that the declared ones are all
// drafts, how many, and that they are to be completed before the declaration is published. Empty when it lists
// some.
QString emptyNotice(const std::vector<CookieRow> &rows, const std::vector<Group> &listed, Lang lang)
{
    if (!listed.empty())
        return {};
    const int drafts = int(
        std::count_if(rows.begin(), rows.end(), [](const CookieRow &r) { return r.isDeclared() && r.isDraft(); }));
    if (drafts == 0)
        return localized(QT_TRANSLATE_NOOP("CookieText", "No cookies are declared."), lang);
    // Without a plural form: the declaration's language is looked up apart from the program's (CookieText).
    return localized(QT_TRANSLATE_NOOP("CookieText",
                         "No cookie is listed: every declared cookie is still a draft (drafts: %1). Each needs a "
                         "purpose in English and Bokmål, a supplier, a retention period and a category; complete "
                         "the drafts before you publish the declaration."),
        lang)
        .arg(QLocale(lang == Lang::Nb ? QLocale::NorwegianBokmal : QLocale::English).toString(drafts));
}

// The purpose in the declaration's language only: an English text (the Open Cookie Database's) never stands in
// for a missing Bokmål one.
QString purposeOf(const CookieRow &r, Lang lang)
{
    return r.declared.purpose(lang == Lang::Nb);
}

QString supplierOf(const CookieRow &r)
{
    const QString &s = r.declared.supplier, &t = r.declared.tool;
    if (t.isEmpty() || t == s)
        return s;
    if (s.isEmpty())
        return t;
    return u"%1 (%2)"_s.arg(s, t);
}

QString retentionOf(const CookieRow &r, Lang lang)
{
    const auto secs = CookieText::parseRetention(r.declared.retention);
    return secs ? CookieText::formatRetention(secs, false, lang) : r.declared.retention;
}

// Per the site's latest scan: observed | no-longer-observed | never-observed, and since when (ISO 8601).
QString latestScanId(const CookieRow &r)
{
    return r.inLatestScan ? u"observed"_s : r.observed ? u"no-longer-observed"_s : u"never-observed"_s;
}

QString missedSince(const CookieRow &r)
{
    return r.observed && !r.inLatestScan && r.missedBy.scannedAt.isValid()
        ? r.missedBy.scannedAt.toUTC().toString(Qt::ISODate)
        : QString();
}

QString title(Lang lang)
{
    return localized(QT_TRANSLATE_NOOP("CookieText", "Cookie declaration"), lang);
}

QString intro(Lang lang)
{
    return localized(QT_TRANSLATE_NOOP("CookieText",
                         "This website uses the cookies listed below. For each cookie you can see what it "
                         "is used for, who processes the data, how long it is kept and whether it is set by "
                         "this website (first party) or by someone else (third party)."),
        lang);
}

QStringList headers(Lang lang)
{
    return { localized(QT_TRANSLATE_NOOP("CookieText", "Name"), lang),
        localized(QT_TRANSLATE_NOOP("CookieText", "Purpose"), lang),
        localized(QT_TRANSLATE_NOOP("CookieText", "Supplier"), lang),
        localized(QT_TRANSLATE_NOOP("CookieText", "Retention"), lang),
        localized(QT_TRANSLATE_NOOP("CookieText", "Party"), lang) };
}

QString caption(const QString &category, Lang lang)
{
    return localized(QT_TRANSLATE_NOOP("CookieText", "Cookies in the category %1"), lang)
        .arg(CookieText::categoryLabel(category, lang).toLower());
}

QString updated(const QDate &date, Lang lang)
{
    const QLocale loc = lang == Lang::Nb ? QLocale(QLocale::NorwegianBokmal, QLocale::Norway)
                                         : QLocale(QLocale::English, QLocale::UnitedKingdom);
    return localized(QT_TRANSLATE_NOOP("CookieText", "Last updated %1."), lang)
        .arg(loc.toString(date, QLocale::LongFormat));
}

QString esc(const QString &s)
{
    return FileQuote::clean(s).toHtmlEscaped();
}

// One Markdown table cell, whatever it holds: a `|` or a line break would end the cell or the row, and `<`,
// `&`, backticks, brackets and emphasis marks would become live HTML, a link or formatting. Every one of them
// is escaped with a backslash (CommonMark's escapes; GFM reads `\|` as a literal bar inside a table).
QString mdEsc(const QString &text)
{
    QString s = text;
    s.replace(u"\r\n"_s, u" "_s).replace(u'\n', u' ').replace(u'\r', u' ').replace(u'\t', u' ');
    s = FileQuote::clean(s);
    QString out;
    out.reserve(s.size() + 8);
    for (const QChar c : std::as_const(s)) {
        if (u"\\|`*_[]<>&~"_s.contains(c))
            out += u'\\';
        out += c;
    }
    return out;
}

} // namespace

std::optional<CookieDeclaration::Format> CookieDeclaration::formatFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == u"html" || n == u"htm")
        return Format::Html;
    if (n == u"md" || n == u"markdown")
        return Format::Markdown;
    if (n == u"csv")
        return Format::Csv;
    if (n == u"json")
        return Format::Json;
    if (n == u"pdf")
        return Format::Pdf;
    return std::nullopt;
}

QByteArray CookieDeclaration::write(Format format, const std::vector<CookieRow> &rows, Lang lang, const QDate &date)
{
    switch (format) {
    case Format::Html:
        return html(rows, lang, date).toUtf8();
    case Format::Markdown:
        return markdown(rows, lang, date).toUtf8();
    case Format::Csv:
        return csv(rows, lang).toUtf8();
    case Format::Json:
        return json(rows, lang);
    case Format::Pdf:
        return pdf(rows, lang, date);
    }
    return {};
}

QString CookieDeclaration::html(const std::vector<CookieRow> &rows, Lang lang, const QDate &date)
{
    const QStringList h = headers(lang);
    QString out;
    out += u"<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>%2</title>\n"_s.arg(
               lang == Lang::Nb ? u"nb"_s : u"en"_s, esc(title(lang)));
    // Self-contained: the style is inline, nothing is fetched. Contrast meets WCAG AA.
    out += u"<style>\nbody{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;max-width:60rem;"
           "margin:2rem auto;padding:0 1rem;color:#1a1a1a;background:#fff;line-height:1.5}\n"
           "table{border-collapse:collapse;width:100%;margin:0 0 2rem}\ncaption{text-align:left;font-weight:600;"
           "padding:.5rem 0}\nth,td{border:1px solid #767676;padding:.4rem .6rem;text-align:left;vertical-align:top}\n"
           "thead th{background:#e8eef4}\ntbody th{font-family:ui-monospace,monospace;font-weight:600}\n"
           "</style>\n</head>\n<body>\n<main>\n"_s;
    out += u"<h1>%1</h1>\n<p>%2</p>\n"_s.arg(esc(title(lang)), esc(intro(lang)));
    const auto gs = groups(rows);
    if (const QString notice = emptyNotice(rows, gs, lang); !notice.isEmpty())
        out += u"<p>%1</p>\n"_s.arg(esc(notice));
    for (const Group &g : gs) {
        out += u"<section>\n<h2>%1</h2>\n<table>\n<caption>%2</caption>\n<thead><tr>"_s.arg(
            esc(CookieText::categoryLabel(g.category, lang)), esc(caption(g.category, lang)));
        for (const QString &c : h)
            out += u"<th scope=\"col\">%1</th>"_s.arg(esc(c));
        out += u"</tr></thead>\n<tbody>\n"_s;
        for (const CookieRow *r : g.rows)
            out += u"<tr><th scope=\"row\">%1</th><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>\n"_s.arg(
                esc(r->declared.name), esc(purposeOf(*r, lang)), esc(supplierOf(*r)), esc(retentionOf(*r, lang)),
                esc(CookieText::partyLabel(r->declared.party, lang)));
        out += u"</tbody>\n</table>\n</section>\n"_s;
    }
    out += u"<p>%1</p>\n</main>\n</body>\n</html>\n"_s.arg(esc(updated(date, lang)));
    return out;
}

QString CookieDeclaration::markdown(const std::vector<CookieRow> &rows, Lang lang, const QDate &date)
{
    const QStringList h = headers(lang);
    QString out = u"# %1\n\n%2\n"_s.arg(mdEsc(title(lang)), mdEsc(intro(lang)));
    const auto gs = groups(rows);
    if (const QString notice = emptyNotice(rows, gs, lang); !notice.isEmpty())
        out += u"\n%1\n"_s.arg(mdEsc(notice));
    for (const Group &g : gs) {
        QStringList cols;
        for (const QString &c : h)
            cols << mdEsc(c);
        out += u"\n## %1\n\n| %2 |\n|%3\n"_s.arg(
            mdEsc(CookieText::categoryLabel(g.category, lang)), cols.join(u" | "_s), u"---|"_s.repeated(h.size()));
        for (const CookieRow *r : g.rows)
            out += u"| %1 | %2 | %3 | %4 | %5 |\n"_s.arg(mdEsc(r->declared.name), mdEsc(purposeOf(*r, lang)),
                mdEsc(supplierOf(*r)), mdEsc(retentionOf(*r, lang)),
                mdEsc(CookieText::partyLabel(r->declared.party, lang)));
    }
    out += u"\n%1\n"_s.arg(mdEsc(updated(date, lang)));
    return out;
}

const QStringList &CookieDeclaration::csvColumns()
{
    static const QStringList c { u"name"_s, u"domain"_s, u"category"_s, u"purpose"_s, u"supplier"_s, u"retention"_s,
        u"party"_s, u"status"_s, u"tool"_s, u"path"_s, u"observed_retention"_s, u"http_only"_s, u"secure"_s,
        u"same_site"_s, u"first_seen"_s, u"last_seen"_s, u"sources"_s, u"suggested"_s, u"purpose_nb"_s, u"purpose_en"_s,
        u"kind"_s, u"before_consent"_s, u"after_reject"_s, u"after_accept"_s, u"first_phase"_s, u"first_page"_s,
        u"draft"_s, u"missing"_s, u"latest_scan"_s, u"missed_since"_s };
    return c;
}

QString CookieDeclaration::csv(const std::vector<CookieRow> &rows, Lang lang)
{
    auto b = [](const std::optional<bool> &v) { return v ? (*v ? u"true"_s : u"false"_s) : QString(); };
    auto t = [](const QDateTime &d) { return d.isValid() ? d.toUTC().toString(Qt::ISODate) : QString(); };
    QString out = CsvWriter::line(csvColumns(), CsvWriter::LineEnd::CrLf);
    for (const CookieRow &r : rows) {
        const DeclaredCookie &d = r.declared;
        out += CsvWriter::line(
            { d.name, d.domain, d.category, purposeOf(r, lang), d.supplier, d.retention, d.party,
                CookieText::statusId(r.status), d.tool, d.path,
                r.observed ? CookieText::formatRetention(r.observedRetention, r.observedSession, Lang::En) : QString(),
                b(r.httpOnly), b(r.secure), r.sameSite, t(r.firstSeen), t(r.lastSeen), r.sources.join(u"; "_s),
                r.suggested ? u"true"_s : u"false"_s, d.purposeNb, d.purposeEn, r.kinds.join(u"; "_s),
                b(r.beforeConsent), b(r.afterReject), b(r.afterAccept), r.firstPhase, r.firstPage,
                r.isDraft() ? u"true"_s : u"false"_s, r.missing.join(u"; "_s), latestScanId(r), missedSince(r) },
            CsvWriter::LineEnd::CrLf);
    }
    return out;
}

QByteArray CookieDeclaration::json(const std::vector<CookieRow> &rows, Lang lang)
{
    QJsonArray arr;
    for (const CookieRow &r : rows) {
        const DeclaredCookie &d = r.declared;
        QJsonObject o { { u"name"_s, d.name }, { u"domain"_s, d.domain }, { u"path"_s, d.path },
            { u"category"_s, d.category }, { u"purpose"_s, purposeOf(r, lang) }, { u"purpose_nb"_s, d.purposeNb },
            { u"purpose_en"_s, d.purposeEn }, { u"supplier"_s, d.supplier }, { u"tool"_s, d.tool },
            { u"retention"_s, d.retention }, { u"party"_s, d.party }, { u"status"_s, CookieText::statusId(r.status) },
            { u"declared"_s, r.isDeclared() }, { u"suggested"_s, r.suggested }, { u"observed"_s, r.observed },
            { u"sources"_s, QJsonArray::fromStringList(r.sources) },
            { u"differences"_s, QJsonArray::fromStringList(r.differences) } };
        if (r.observedRetention)
            o.insert(u"observed_retention_s"_s, double(*r.observedRetention));
        if (r.observed)
            o.insert(u"observed_session"_s, r.observedSession);
        if (r.httpOnly)
            o.insert(u"http_only"_s, *r.httpOnly);
        if (r.secure)
            o.insert(u"secure"_s, *r.secure);
        if (!r.sameSite.isEmpty())
            o.insert(u"same_site"_s, r.sameSite);
        if (r.firstSeen.isValid())
            o.insert(u"first_seen"_s, r.firstSeen.toUTC().toString(Qt::ISODate));
        if (r.lastSeen.isValid())
            o.insert(u"last_seen"_s, r.lastSeen.toUTC().toString(Qt::ISODate));
        if (!r.kinds.isEmpty())
            o.insert(u"kind"_s, QJsonArray::fromStringList(r.kinds));
        // From the site's latest live scan; null when the site has none.
        const std::pair<QString, std::optional<bool>> phases[] = { { u"before_consent"_s, r.beforeConsent },
            { u"after_reject"_s, r.afterReject }, { u"after_accept"_s, r.afterAccept } };
        for (const auto &[key, value] : phases)
            o.insert(key, value ? QJsonValue(*value) : QJsonValue());
        o.insert(u"latest_scan"_s, latestScanId(r));
        if (!missedSince(r).isEmpty())
            o.insert(u"missed_since"_s, missedSince(r));
        if (r.isDeclared()) {
            o.insert(u"draft"_s, r.isDraft());
            o.insert(u"missing"_s, QJsonArray::fromStringList(r.missing));
        }
        o.insert(u"first_phase"_s, r.firstPhase);
        o.insert(u"first_page"_s, r.firstPage);
        arr.append(o);
    }
    return QJsonDocument(arr).toJson(QJsonDocument::Indented);
}

QByteArray CookieDeclaration::pdf(const std::vector<CookieRow> &rows, Lang lang, const QDate &date)
{
    TextPdfWriter w(title(lang), lang == Lang::Nb ? u"nb-NO"_s : u"en-GB"_s);
    const QStringList h = headers(lang);
    w.heading(title(lang), 1);
    w.paragraph(intro(lang));
    const auto gs = groups(rows);
    if (const QString notice = emptyNotice(rows, gs, lang); !notice.isEmpty())
        w.paragraph(notice);
    for (const Group &g : gs) {
        w.heading(CookieText::categoryLabel(g.category, lang), 2);
        for (const CookieRow *r : g.rows) {
            w.space(4);
            w.paragraph(FileQuote::cleanLine(r->declared.name), true, 0, 11);
            const QStringList values = FileQuote::clean(QStringList { purposeOf(*r, lang), supplierOf(*r),
                retentionOf(*r, lang), CookieText::partyLabel(r->declared.party, lang) });
            for (int i = 0; i < values.size(); ++i)
                if (!values[i].isEmpty())
                    w.paragraph(u"%1: %2"_s.arg(h[i + 1], values[i]), false, 12);
        }
    }
    w.space(12);
    w.paragraph(updated(date, lang), false, 0, 9);
    return w.finish();
}
