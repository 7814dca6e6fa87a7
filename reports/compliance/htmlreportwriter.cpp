// SPDX-License-Identifier: GPL-3.0-or-later
#include "compliance/htmlreportwriter.h"

#include "compliance/reportlayout.h"

#include <QBuffer>
#include <QPainter>
#include <QRegularExpression>
#include <QSvgGenerator>

using namespace Qt::StringLiterals;
using ReportDocument::Block;
using ReportDocument::Document;
using ReportDocument::Section;

namespace {

// The chart's drawing size in SVG user units; the page scales it to its width.
constexpr QSize kChartSize { 640, 360 };

// Light and dark colours: text and muted text keep at least 7:1 against the background, links and borders at
// least 4.5:1 and 3:1 (WCAG AA). No font is fetched: the families are the reader's own.
constexpr auto kStyle = R"(
:root { color-scheme: light dark; --fg: #1a1a1a; --bg: #ffffff; --muted: #474747; --rule: #767676;
  --head: #e8edf2; --accent: #0a4a82; --quote: #f3f3f3; --blank: #fffbe6; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #ececec; --bg: #161616; --muted: #c8c8c8; --rule: #8f8f8f; --head: #252b32; --accent: #9ccbff;
    --quote: #242424; --blank: #2a2718; }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg); line-height: 1.5;
  font-family: "DejaVu Sans", "Segoe UI", "Helvetica Neue", Arial, sans-serif; font-size: 1rem; }
main, .doc-header, .doc-footer { max-width: 60rem; margin: 0 auto; padding: 0 1rem; }
.doc-header, .doc-footer { color: var(--muted); font-size: 0.875rem; display: flex; flex-wrap: wrap;
  gap: 0.25rem 1.5rem; padding-top: 0.75rem; padding-bottom: 0.75rem; }
.doc-header { border-bottom: 1px solid var(--rule); }
.doc-footer { border-top: 1px solid var(--rule); margin-top: 3rem; }
h1 { font-size: 2rem; line-height: 1.2; margin: 1.5rem 0 1rem; }
h2 { font-size: 1.5rem; margin: 2.5rem 0 0.5rem; border-bottom: 2px solid var(--rule); padding-bottom: 0.2rem; }
h3 { font-size: 1.2rem; margin: 2rem 0 0.5rem; }
a { color: var(--accent); }
a:focus-visible, .table-wrap:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.evidence { color: var(--muted); font-size: 0.875rem; margin: 0 0 0.75rem; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1.5rem; margin: 1rem 0; }
dl.facts dt { font-weight: bold; }
dl.facts dd { margin: 0; }
nav.toc ol { list-style: none; padding-left: 0; }
nav.toc ol ol { padding-left: 2rem; }
nav.toc li { margin: 0.2rem 0; }
.table-wrap { overflow-x: auto; margin: 1rem 0; }
table { border-collapse: collapse; width: 100%; font-size: 0.9375rem; }
caption { text-align: left; font-weight: bold; padding: 0 0 0.4rem; caption-side: top; }
th, td { border: 1px solid var(--rule); padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
thead th { background: var(--head); }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
figure { margin: 1rem 0; }
figure.quote blockquote { margin: 0; padding: 0.6rem 1rem; border-left: 4px solid var(--rule);
  background: var(--quote); }
figure.quote blockquote p { margin: 0.3rem 0; }
figure.quote figcaption { color: var(--muted); font-size: 0.875rem; margin-top: 0.3rem; }
figure.chart svg { display: block; width: 100%; max-width: 48rem; height: auto; border: 1px solid var(--rule); }
figure.chart figcaption { color: var(--muted); font-size: 0.875rem; }
details.chart-figures summary { cursor: pointer; color: var(--accent); }
.blank { margin: 1rem 0; }
.blank .label { font-weight: bold; display: block; margin-bottom: 0.25rem; }
.blank .box { border: 2px dashed var(--rule); background: var(--blank); min-height: 3.5rem; padding: 0.5rem; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0);
  white-space: nowrap; }
@media print {
  @page { size: A4; margin: 18mm 16mm; }
  :root { --fg: #000000; --bg: #ffffff; --muted: #333333; --rule: #555555; --head: #e6e6e6; --accent: #000000;
    --quote: #f3f3f3; --blank: #ffffff; }
  body { font-size: 10pt; }
  main, .doc-header, .doc-footer { max-width: none; padding: 0; }
  .table-wrap { overflow: visible; }
  thead { display: table-header-group; }
  tr, figure, .blank, dl.facts { break-inside: avoid; }
  h1, h2, h3, caption { break-after: avoid; }
  section.chapter { break-before: page; }
}
)";

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// Line breaks in a report's text: an empty line starts a new paragraph, a single one breaks the line.
QString paragraphs(const QString &text, const QString &cssClass = {})
{
    QString out;
    const QString open = cssClass.isEmpty() ? u"<p>"_s : u"<p class=\"%1\">"_s.arg(cssClass);
    for (const QString &para : text.split(u"\n\n"_s, Qt::SkipEmptyParts))
        out += open + esc(para.trimmed()).replace(u'\n', u"<br/>"_s) + u"</p>\n"_s;
    return out;
}

// The chart as inline SVG: QSvgGenerator's drawing with its XML prolog and namespace declarations dropped (an
// <svg> inside HTML is in the SVG namespace without them, and they are the only URLs the generator writes).
QString chartSvg(const VisitorChart &chart, const QString &titleId)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(kChartSize);
    svg.setViewBox(QRect(QPoint(0, 0), kChartSize));
    QPainter p(&svg);
    chart.paint(p, QRectF(QPointF(0, 0), QSizeF(kChartSize)));
    p.end();
    QString body = QString::fromUtf8(buffer.data());
    const qsizetype open = body.indexOf(u"<svg"_s);
    const qsizetype openEnd = open < 0 ? -1 : body.indexOf(u'>', open);
    if (openEnd < 0)
        return {};
    body = body.mid(openEnd + 1);
    // The generator's own <title> and <desc> ("Qt SVG Document") give way to the chart's.
    static const QRegularExpression generated(u"<title>[^<]*</title>\\s*|<desc>[^<]*</desc>\\s*"_s);
    body.remove(generated);
    return u"<svg viewBox=\"0 0 %1 %2\" role=\"img\" aria-labelledby=\"%3\">\n<title id=\"%3\">%4</title>\n"_s
               .arg(kChartSize.width())
               .arg(kChartSize.height())
               .arg(titleId, esc(chart.title() + u", "_s + chart.period()))
        + body;
}

class Writer
{
public:
    explicit Writer(const Document &document)
        : m_document(document)
        , m_layout(document)
    { }

    QString html()
    {
        m_out += u"<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\"/>\n"_s.arg(m_layout.language());
        m_out += u"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"_s;
        m_out += u"<meta name=\"color-scheme\" content=\"light dark\"/>\n"_s;
        m_out += u"<meta name=\"generator\" content=\"Kapsel\"/>\n"_s;
        m_out += u"<title>%1 – %2</title>\n"_s.arg(esc(m_document.title), esc(m_document.workspaceName));
        m_out += u"<style>"_s + QString::fromUtf8(kStyle) + u"</style>\n</head>\n<body>\n"_s;
        m_out += u"<header class=\"doc-header\">"_s + pageLine() + u"</header>\n<main>\n"_s;
        m_out += u"<h1>%1</h1>\n"_s.arg(esc(m_document.title));
        titleFacts();
        contents();
        for (int i = 0; i < m_document.sections.size(); ++i)
            section(i);
        m_out += u"</main>\n<footer class=\"doc-footer\">"_s + pageLine() + u"</footer>\n</body>\n</html>\n"_s;
        return m_out;
    }

private:
    const Document &m_document;
    ReportLayout m_layout;
    QString m_out;
    int m_charts = 0;
    int m_blanks = 0;

    QString pageLine() const
    {
        return u"<span>%1</span><span>%2</span><span>%3: %4</span>"_s.arg(esc(m_document.workspaceName),
            esc(m_layout.madeAt()), esc(m_layout.text(QT_TRANSLATE_NOOP("ReportLayout", "Document id"))),
            esc(m_document.documentId));
    }

    void facts(const QList<QPair<QString, QString>> &pairs)
    {
        m_out += u"<dl class=\"facts\">\n"_s;
        for (const auto &[label, value] : pairs)
            m_out += u"<dt>%1</dt><dd>%2</dd>\n"_s.arg(esc(label), esc(value));
        m_out += u"</dl>\n"_s;
    }

    void titleFacts() { facts(m_layout.titleFacts()); }

    void contents()
    {
        m_out += u"<nav class=\"toc\" aria-labelledby=\"toc-title\">\n<h2 id=\"toc-title\">%1</h2>\n<ol>\n"_s.arg(
            esc(m_layout.text(QT_TRANSLATE_NOOP("ReportLayout", "Contents"))));
        bool inSub = false;
        for (int i = 0; i < m_document.sections.size(); ++i) {
            const bool sub = m_document.sections[i].level > 1;
            if (sub && !inSub)
                m_out += u"<ol>\n"_s;
            else if (!sub && inSub)
                m_out += u"</li>\n</ol></li>\n"_s;
            else if (i > 0)
                m_out += u"</li>\n"_s;
            inSub = sub;
            m_out += u"<li><a href=\"#%1\">%2</a>"_s.arg(m_layout.anchor(i), esc(m_layout.heading(i)));
        }
        if (inSub)
            m_out += u"</li>\n</ol>"_s;
        if (!m_document.sections.isEmpty())
            m_out += u"</li>\n"_s;
        m_out += u"</ol>\n</nav>\n"_s;
    }

    void section(int i)
    {
        const Section &s = m_document.sections[i];
        const bool chapter = s.level <= 1;
        const QString tag = chapter ? u"h2"_s : u"h3"_s;
        m_out += u"<section id=\"%1\" class=\"%2\" aria-labelledby=\"%1-h\">\n<%3 id=\"%1-h\">%4</%3>\n"_s.arg(
            m_layout.anchor(i), chapter ? u"chapter"_s : u"subsection"_s, tag, esc(m_layout.heading(i)));
        for (const ReportDocument::Evidence &e : s.evidence)
            m_out += paragraphs(m_layout.evidence(e), u"evidence"_s);
        for (const Block &b : s.blocks)
            block(b);
        m_out += u"</section>\n"_s;
    }

    void block(const Block &b)
    {
        switch (b.kind) {
        case Block::Kind::Paragraph:
            m_out += paragraphs(b.text);
            break;
        case Block::Kind::Facts:
            facts(b.facts);
            break;
        case Block::Kind::Table:
            table(b.table);
            break;
        case Block::Kind::Quote:
            m_out += u"<figure class=\"quote\">\n<blockquote>\n"_s + paragraphs(b.text) + u"</blockquote>\n"_s;
            if (!b.note.isEmpty())
                m_out += u"<figcaption>— %1</figcaption>\n"_s.arg(esc(b.note));
            m_out += u"</figure>\n"_s;
            break;
        case Block::Kind::Chart:
            chart(b);
            break;
        case Block::Kind::Blank:
            blank(b);
            break;
        }
    }

    void table(const ReportDocument::Table &t)
    {
        const QString label = t.caption.isEmpty() ? QString() : u" aria-label=\"%1\""_s.arg(esc(t.caption));
        // Focusable, so that a keyboard can scroll a wide table on a narrow screen.
        m_out += u"<div class=\"table-wrap\" role=\"region\" tabindex=\"0\"%1>\n<table>\n"_s.arg(label);
        if (!t.caption.isEmpty())
            m_out += u"<caption>%1</caption>\n"_s.arg(esc(t.caption));
        m_out += u"<thead><tr>"_s;
        for (int c = 0; c < t.header.size(); ++c)
            m_out += u"<th scope=\"col\"%1>%2</th>"_s.arg(numeric(t, c), esc(t.header[c]));
        m_out += u"</tr></thead>\n<tbody>\n"_s;
        for (const QStringList &row : t.rows) {
            m_out += u"<tr>"_s;
            for (int c = 0; c < row.size(); ++c)
                m_out += u"<td%1>%2</td>"_s.arg(numeric(t, c), esc(row[c]));
            m_out += u"</tr>\n"_s;
        }
        m_out += u"</tbody>\n</table>\n</div>\n"_s;
    }

    static QString numeric(const ReportDocument::Table &t, int column)
    {
        return t.numericColumns.contains(column) ? u" class=\"num\""_s : QString();
    }

    // The chart's words (title, period, sources, legend, axis labels) are SVG text, read by screen readers and
    // search. Its figures as CSV (VisitorChart::csv) are not added: comma-separated counts form digit runs that
    // the redaction rules remove, which a report must not contain.
    void chart(const Block &b)
    {
        m_out += u"<figure class=\"chart\">\n"_s;
        if (b.chart) {
            const QString id = u"chart-%1"_s.arg(++m_charts);
            m_out += chartSvg(*b.chart, id);
            m_out += u"<figcaption>%1</figcaption>\n"_s.arg(esc(b.text.isEmpty() ? b.chart->title() : b.text));
        } else if (!b.text.isEmpty()) {
            m_out += u"<figcaption>%1</figcaption>\n"_s.arg(esc(b.text));
        }
        m_out += u"</figure>\n"_s;
        // The chart's figures as a table, folded away: for a screen reader and for anyone who wants the numbers.
        if (!b.table.rows.isEmpty()) {
            m_out += u"<details class=\"chart-figures\">\n<summary>%1</summary>\n"_s.arg(
                esc(m_layout.text(QT_TRANSLATE_NOOP("ReportLayout", "The chart's figures as a table"))));
            table(b.table);
            m_out += u"</details>\n"_s;
        }
    }

    // A field the officer fills in: the label and a dashed box, empty or holding the value kept in the workspace.
    // A screen reader hears "not filled in" where the eye sees an empty box.
    void blank(const Block &b)
    {
        const QString id = u"blank-%1"_s.arg(++m_blanks);
        m_out
            += u"<div class=\"blank\" role=\"group\" aria-labelledby=\"%1\">\n<span class=\"label\" id=\"%1\">%2</span>\n"_s
                   .arg(id, esc(b.text));
        if (b.note.isEmpty())
            m_out += u"<div class=\"box\"><span class=\"visually-hidden\">%1</span></div>\n"_s.arg(
                esc(m_layout.text(QT_TRANSLATE_NOOP("ReportLayout", "Not filled in"))));
        else
            m_out += u"<div class=\"box\">"_s + paragraphs(b.note) + u"</div>\n"_s;
        m_out += u"</div>\n"_s;
    }
};

} // namespace

QByteArray HtmlReportWriter::write(const Document &document)
{
    return Writer(document).html().toUtf8();
}
