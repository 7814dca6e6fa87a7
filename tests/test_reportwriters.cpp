// SPDX-License-Identifier: GPL-3.0-or-later
// The compliance report's HTML and PDF writers on a hand-built document (reportdocumentsample.h), in Bokmål and
// English. The PDF is read back with poppler (pdftotext, pdffonts, pdfimages): headings, the contents' page
// numbers against the pages the headings are really on, "Page N of M", the table's header on every page it
// spans, the chart as text and vectors, no leak. The HTML is read as XML: nothing it refers to lies outside it.
// The files and two pages of each PDF as PNG are kept in the build folder (tests/reportwriters/) to look at.
#include "testsupport.h"

#include "compliance/compliancereport.h"
#include "compliance/htmlreportwriter.h"
#include "compliance/pdfreportwriter.h"
#include "core/language.h"
#include "reportdocumentsample.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

QString outputFolder()
{
    const QString dir = QCoreApplication::applicationDirPath() + u"/reportwriters"_s;
    QDir().mkpath(dir);
    return dir;
}

bool hasPoppler()
{
    return !QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty();
}

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return u"%1 failed: %2"_s.arg(program, QString::fromUtf8(p.readAllStandardError()));
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The text of each page, as pdftotext reads it (pages end with a form feed).
QStringList pdfPages(const QString &path, bool layout)
{
    QStringList args;
    if (layout)
        args << u"-layout"_s;
    const QString text = run(u"pdftotext"_s, args << path << u"-"_s);
    QStringList pages = text.split(u'\f');
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

// The first page (1-based) at or after `from` with a line that is exactly `text` (spaces aside); 0 if none.
int pageWithLine(const QStringList &pages, const QString &text, int from = 1)
{
    const QRegularExpression line(
        u"^\\s*"_s + QRegularExpression::escape(text) + u"\\s*$"_s, QRegularExpression::MultilineOption);
    for (int i = from - 1; i < pages.size(); ++i)
        if (line.match(pages[i]).hasMatch())
            return i + 1;
    return 0;
}

QString spansOf(const QString &text)
{
    QStringList out;
    for (const RedactionSpan &s : ReportDocument::leaks(text))
        out << text.mid(s.start, s.end - s.start) + u" ("_s + s.rule + u")"_s;
    return out.join(u" | "_s);
}

// The text an HTML file shows, read as XML: its elements set apart as "|", as a page sets the cells of a table and
// the labels of a chart apart (the report's own check, ReportDocument::allText, reads a table row so).
QString htmlText(const QByteArray &html)
{
    QXmlStreamReader xml(html);
    QString text;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::Characters)
            text += xml.text();
        else if (token == QXmlStreamReader::StartElement || token == QXmlStreamReader::EndElement)
            text += u" | "_s;
    }
    return xml.hasError() ? u"not well-formed: "_s + xml.errorString() : text;
}

QList<const VisitorChart *> chartsOf(const ReportDocument::Document &d, const QString &sectionId)
{
    QList<const VisitorChart *> out;
    for (const ReportDocument::Section &s : d.sections)
        if (s.id == sectionId)
            for (const ReportDocument::Block &b : s.blocks)
                if (b.kind == ReportDocument::Block::Kind::Chart && b.chart)
                    out << &*b.chart;
    return out;
}

} // namespace

class TestReportWriters : public QObject
{
    Q_OBJECT

private slots:
    void languages_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("nb") << u"nb"_s;
        QTest::newRow("en") << u"en"_s;
    }

    // The sample itself must not leak, or the writers' checks below would prove nothing.
    void sampleTextsPassLeaks_data() { languages_data(); }
    void sampleTextsPassLeaks()
    {
        QFETCH(QString, lang);
        const auto s = ReportDocumentSample::sample(lang);
        QCOMPARE(spansOf(s.shownText()), QString());
    }

    void pdf_data() { languages_data(); }
    void pdf()
    {
        QFETCH(QString, lang);
        if (!hasPoppler())
            QSKIP("pdftotext (poppler-utils) is not installed: the PDF cannot be read back");
        Language::apply(lang); // the chart draws its own words in the program's language
        const auto s = ReportDocumentSample::sample(lang);
        const QByteArray bytes = PdfReportWriter::write(s.document);
        QVERIFY(bytes.startsWith("%PDF-"));
        const QString path = outputFolder() + u"/report-%1.pdf"_s.arg(lang);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();

        const QStringList pages = pdfPages(path, true);
        const int total = int(pages.size());
        QVERIFY2(total >= 6, qPrintable(u"%1 pages"_s.arg(total)));
        const bool nb = lang == u"nb";

        // Title page.
        QVERIFY(pages[0].contains(s.document.title));
        QVERIFY(pages[0].contains(u"example.no, shop.example.no"_s));
        QVERIFY(pages[0].contains(
            nb ? u"1. januar 2025 til 31. desember 2025"_s : u"1 January 2025 to 31 December 2025"_s));

        // Every page: workspace, document id, date made, "Page N of M".
        const QString made = nb ? u"3. desember 2026 kl. 14.02 UTC"_s : u"3 December 2026 at 14:02 UTC"_s;
        for (int i = 0; i < total; ++i) {
            const QString page = pages[i];
            const QString number = (nb ? u"Side %1 av %2"_s : u"Page %1 of %2"_s).arg(i + 1).arg(total);
            QVERIFY2(page.contains(number), qPrintable(u"page %1 lacks %2"_s.arg(i + 1).arg(number)));
            QVERIFY2(page.contains(s.document.documentId), qPrintable(u"page %1"_s.arg(i + 1)));
            QVERIFY2(page.contains(s.document.workspaceName), qPrintable(u"page %1"_s.arg(i + 1)));
            QVERIFY2(page.contains(made), qPrintable(u"page %1"_s.arg(i + 1)));
        }

        // The contents (page 2 on): each heading with a page number that is the page the heading is on.
        const QString contents = nb ? u"Innhold"_s : u"Contents"_s;
        QCOMPARE(pageWithLine(pages, contents), 2);
        int lastContentsPage = 2;
        for (const QString &heading : s.headings) {
            const QRegularExpression entry(u"^\\s*"_s + QRegularExpression::escape(heading) + u"\\s+(\\d+)\\s*$"_s,
                QRegularExpression::MultilineOption);
            int listed = 0;
            for (int i = 1; i < total && !listed; ++i) {
                const auto m = entry.match(pages[i]);
                if (m.hasMatch()) {
                    listed = m.captured(1).toInt();
                    lastContentsPage = std::max(lastContentsPage, i + 1);
                }
            }
            QVERIFY2(listed > 0, qPrintable(u"the contents do not list %1"_s.arg(heading)));
            const int real = pageWithLine(pages, heading, lastContentsPage + 1);
            QVERIFY2(real > 0, qPrintable(u"no page has the heading %1"_s.arg(heading)));
            QVERIFY2(listed == real,
                qPrintable(u"%1: listed on page %2, is on page %3"_s.arg(heading).arg(listed).arg(real)));
        }

        // The long table spans pages; each of them repeats the column titles (one line, in order) and the caption.
        QStringList headerParts;
        for (const QString &h : s.tableHeader)
            headerParts << QRegularExpression::escape(h);
        const QRegularExpression headerLine(
            u"^\\s*"_s + headerParts.join(u"\\s+"_s) + u"\\s*$"_s, QRegularExpression::MultilineOption);
        const QRegularExpression row(u"\\bck\\d{3}\\b"_s);
        QList<int> tablePages;
        for (int i = 0; i < total; ++i)
            if (row.match(pages[i]).hasMatch())
                tablePages << i + 1;
        QVERIFY2(tablePages.size() >= 2, qPrintable(u"the table is on %1 page(s)"_s.arg(tablePages.size())));
        for (int p : tablePages) {
            QVERIFY2(
                headerLine.match(pages[p - 1]).hasMatch(), qPrintable(u"page %1 lacks the table's header"_s.arg(p)));
            QVERIFY2(pages[p - 1].contains(nb ? u"Erklærte informasjonskapsler"_s : u"Declared cookies"_s),
                qPrintable(u"page %1 lacks the table's caption"_s.arg(p)));
        }
        // Every row is there, once.
        const QString all = pages.join(u'\n');
        for (int i = 1; i <= 120; ++i)
            QCOMPARE(all.count(u"ck%1"_s.arg(i, 3, 10, QChar(u'0'))), 1);

        // The long paragraph wraps and breaks across pages, every sentence kept (read without -layout, where a
        // paragraph's lines follow each other).
        const QStringList plain = pdfPages(path, false);
        QString flowing = plain.join(u' ');
        flowing.replace(QRegularExpression(u"\\s+"_s), u" "_s);
        for (const QString &sentence : s.longParagraph)
            QVERIFY2(flowing.contains(sentence), qPrintable(sentence));
        const int firstSentence = pageWithText(plain, s.longParagraph.first());
        const int lastSentence = pageWithText(plain, s.longParagraph.last());
        QVERIFY2(lastSentence > firstSentence, qPrintable(u"%1 %2"_s.arg(firstSentence).arg(lastSentence)));

        // The chart: its title, legend and month labels are text on the page (drawn as vectors, not a picture),
        // and the file holds no image at all.
        const VisitorChart chart = ReportDocumentSample::sampleChart();
        const int chartPage = pageWithText(pages, chart.title());
        QVERIFY2(chartPage > 0, qPrintable(chart.title()));
        for (const QString &entry : chart.legend())
            QVERIFY2(pages[chartPage - 1].contains(entry), qPrintable(entry));
        // The month labels: the chart leaves out every other one where they do not fit side by side.
        const QStringList months = VisitorChart::categories(chart.series, Granularity::Month);
        QVERIFY(pages[chartPage - 1].contains(months.first()));
        const auto shown = std::count_if(
            months.begin(), months.end(), [&](const QString &m) { return pages[chartPage - 1].contains(m); });
        QVERIFY2(shown >= months.size() / 2, qPrintable(QString::number(shown)));
        const QStringList images = run(u"pdfimages"_s, { u"-list"_s, path }).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(images.size(), 2); // the list's two header lines and no image

        // The quote with its source, and the blank fields with their labels (and the kept value).
        QVERIFY(flowing.contains(s.quote));
        QVERIFY(flowing.contains(s.quoteNote));
        QVERIFY(flowing.contains(s.blankLabel));
        QVERIFY(flowing.contains(s.keptLabel));
        QVERIFY(flowing.contains(s.keptValue));

        // No leak in the text a reader (or a machine) gets out of the PDF, either way it is read.
        QCOMPARE(spansOf(pages.join(u'\n')), QString());
        QCOMPARE(spansOf(plain.join(u'\n')), QString());

        // PDF/A-1b (Qt 6.4's only PDF/A level): every font embedded, the XMP claim present.
        const QStringList fonts = run(u"pdffonts"_s, { path }).split(u'\n', Qt::SkipEmptyParts).mid(2);
        QVERIFY(!fonts.isEmpty());
        for (const QString &line : fonts) {
            // name type encoding emb sub uni object ID: "emb" is the 4th field from the right end of the flags.
            const QStringList fields = line.split(u' ', Qt::SkipEmptyParts);
            QVERIFY2(fields.size() >= 7 && fields[fields.size() - 5] == u"yes", qPrintable(line));
        }
        QVERIFY(bytes.contains("pdfaid:part"));

        // Pages as pictures to look at: the title page, the contents, the table's second page, the chart.
        if (!QStandardPaths::findExecutable(u"pdftoppm"_s).isEmpty()) {
            for (int p : { 1, 2, tablePages.value(1), chartPage })
                run(u"pdftoppm"_s,
                    { u"-png"_s, u"-r"_s, u"70"_s, u"-f"_s, QString::number(p), u"-l"_s, QString::number(p),
                        u"-singlefile"_s, path, outputFolder() + u"/report-%1-page%2"_s.arg(lang).arg(p) });
        }
    }

    // The demo workspace's report, made while the program speaks the other language: the charts of section 4 speak
    // the report's language (words from its catalogue, dates in words), are vectors in the PDF and inline SVG in
    // the HTML, and neither file leaks a digit run, whichever way its text is read. The chart's page is kept as a
    // PNG (tests/reportwriters/demo-LANG-charts.png) to look at.
    void demoReportCharts_data() { languages_data(); }
    void demoReportCharts()
    {
        QFETCH(QString, lang);
        const bool nb = lang == u"nb";
        Language::apply(nb ? u"en"_s : u"nb"_s);
        QTemporaryDir dir;
        const QString db = dir.filePath(u"demo.kapsel"_s);
        const TestSupport::CliRun demo = TestSupport::runCli({ u"--db"_s, db, u"demo"_s });
        QVERIFY2(demo.code == 0, demo.err.constData());
        auto ws = Workspace::open(db);
        QVERIFY(ws.ok());
        ComplianceReport::Options o;
        o.from = QDate(2025, 1, 1);
        o.to = QDate(2025, 12, 31);
        o.language = lang;
        o.now = QDateTime(QDate(2026, 12, 3), QTime(14, 2), Qt::UTC);
        auto doc = ComplianceReport::build(**ws, o);
        QVERIFY2(doc.ok(), qPrintable(doc.ok() ? QString() : doc.error().toString()));
        const QList<const VisitorChart *> charts = chartsOf(*doc, u"visitors"_s);
        QCOMPARE(charts.size(), 2);
        const VisitorChart &visits = *charts[0], &durations = *charts[1];
        QCOMPARE(visits.kind, VisitorChart::Kind::Visits);
        QCOMPARE(durations.kind, VisitorChart::Kind::Durations);

        // The report's language, not the program's (the translations as kapsel_nb.ts has them).
        QCOMPARE(visits.title(), nb ? u"Førstegangs- og gjentakende besøk"_s : u"First-time and returning visits"_s);
        QCOMPARE(visits.period(),
            nb ? u"1. januar 2025 til 31. desember 2025, per måned"_s
               : u"1 January 2025 to 31 December 2025, by month"_s);
        QCOMPARE(visits.legend().mid(0, 2),
            (nb ? QStringList { u"Førstegangs"_s, u"Gjentakende"_s }
                : QStringList { u"First-time"_s, u"Returning"_s }));
        QCOMPARE(visits.sourcesLine(), (nb ? u"Kilder: %1"_s : u"Sources: %1"_s).arg(visits.sources.join(u", "_s)));
        QCOMPARE(visits.workspaceLine(), (nb ? u"Arbeidsområde: %1"_s : u"Workspace: %1"_s).arg(u"demo.kapsel"_s));
        QCOMPARE(visits.categoryLabels().mid(0, 3),
            (nb ? QStringList { u"jan 25"_s, u"feb 25"_s, u"mar 25"_s }
                : QStringList { u"Jan 25"_s, u"Feb 25"_s, u"Mar 25"_s }));
        QCOMPARE(visits.valueLabels(),
            (nb ? QStringList { u"0"_s, u"5\u00a0000"_s, u"10\u00a0000"_s, u"15\u00a0000"_s }
                : QStringList { u"0"_s, u"5,000"_s, u"10,000"_s, u"15,000"_s })); // busiest month 12 683
        QCOMPARE(durations.title(), nb ? u"Besøk etter varighet"_s : u"Visits by duration"_s);
        QCOMPARE(durations.period(),
            nb ? u"1. januar 2025 til 31. desember 2025"_s : u"1 January 2025 to 31 December 2025"_s);
        QCOMPARE(durations.categoryLabels().first(), nb ? u"0–10 s"_s : u"0-10 s"_s);

        // PDF: the charts' words are text on their page, drawn as vectors (no image in the file), and no digit run.
        const QString path = outputFolder() + u"/demo-%1.pdf"_s.arg(lang);
        const QByteArray pdf = PdfReportWriter::write(*doc);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(pdf);
        f.close();
        if (hasPoppler()) {
            const QStringList pages = pdfPages(path, true), plain = pdfPages(path, false);
            const int page = pageWithText(pages, visits.title());
            QVERIFY2(page > 0, qPrintable(visits.title()));
            for (const QString &word : visits.legend() + QStringList { visits.period(), visits.sourcesLine() })
                QVERIFY2(pages[page - 1].contains(word), qPrintable(word));
            const int durationsPage = pageWithText(pages, durations.title());
            QVERIFY2(durationsPage >= page, qPrintable(durations.title()));
            QVERIFY2(pages[durationsPage - 1].contains(durations.categoryLabels().last()),
                qPrintable(durations.categoryLabels().last()));
            const QStringList images = run(u"pdfimages"_s, { u"-list"_s, path }).split(u'\n', Qt::SkipEmptyParts);
            QCOMPARE(images.size(), 2); // the list's two header lines and no image
            // Every page, either way pdftotext reads them: no word is broken across lines in a table's cell (a
            // file name broken after "scan-2025-03-1" would read as a digit run), and the charts' labels stay
            // apart.
            for (const QStringList &read : { pages, plain })
                QCOMPARE(spansOf(read.join(u'\n')), QString());
            if (!QStandardPaths::findExecutable(u"pdftoppm"_s).isEmpty())
                run(u"pdftoppm"_s,
                    { u"-png"_s, u"-r"_s, u"60"_s, u"-f"_s, QString::number(page), u"-l"_s, QString::number(page),
                        u"-singlefile"_s, path, outputFolder() + u"/demo-%1-charts"_s.arg(lang) });
        }

        // HTML: each chart an inline <svg> (no image, nothing fetched), its words in the text, no digit run.
        const QByteArray html = HtmlReportWriter::write(*doc);
        QFile h(outputFolder() + u"/demo-%1.html"_s.arg(lang));
        QVERIFY(h.open(QIODevice::WriteOnly));
        h.write(html);
        h.close();
        QCOMPARE(html.count("<svg "), 2);
        QVERIFY(!html.contains("<img"));
        const QString text = htmlText(html);
        for (const QString &word :
            visits.legend() + durations.legend() + QStringList { visits.title(), durations.title() })
            QVERIFY2(text.contains(word), qPrintable(word));
        QCOMPARE(spansOf(text), QString());
    }

    // A chart with millions on its axis (the sample's figures times a thousand): in the report's language its axis
    // says "4,0 millioner" (6.6 million at most), and neither the PDF's text (read both ways) nor the HTML's holds a
    // digit run. Drawn in the program's way instead, the same chart's axis labels would be such runs (so the check can
    // fail).
    void millionsOnAChartAxis_data() { languages_data(); }
    void millionsOnAChartAxis()
    {
        QFETCH(QString, lang);
        auto s = ReportDocumentSample::sample(lang);
        VisitorChart *chart = nullptr;
        for (ReportDocument::Section &section : s.document.sections)
            for (ReportDocument::Block &b : section.blocks)
                if (b.chart)
                    chart = &*b.chart;
        QVERIFY(chart);
        for (SeriesRow &r : chart->series) {
            r.firstTime = *r.firstTime * 1000;
            r.returning = *r.returning * 1000;
            r.visits = *r.firstTime + *r.returning;
        }
        chart->language = lang;
        const QStringList values = chart->valueLabels();
        QVERIFY2(
            values.contains(lang == u"nb" ? u"4,0 millioner"_s : u"4.0 million"_s), qPrintable(values.join(u" | "_s)));
        VisitorChart programs = *chart;
        programs.language.clear();
        QVERIFY(!ReportDocument::leaks(programs.valueLabels().join(u'\n')).isEmpty());

        const QString html = htmlText(HtmlReportWriter::write(s.document));
        QVERIFY(html.contains(values.last()));
        QCOMPARE(spansOf(html), QString());
        if (!hasPoppler())
            QSKIP("pdftotext (poppler-utils) is not installed: the PDF cannot be read back");
        const QString path = outputFolder() + u"/millions-%1.pdf"_s.arg(lang);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(PdfReportWriter::write(s.document));
        f.close();
        const QStringList pages = pdfPages(path, true);
        const int page = pageWithText(pages, chart->title());
        QVERIFY(page > 0);
        QVERIFY2(pages[page - 1].contains(values.last()), qPrintable(pages[page - 1]));
        QCOMPARE(spansOf(pages.join(u'\n')), QString());
        QCOMPARE(spansOf(pdfPages(path, false).join(u'\n')), QString());
    }

    // No sections: the title page alone, with its header and footer, and an HTML page with empty contents.
    void documentWithoutSections()
    {
        if (!hasPoppler())
            QSKIP("pdftotext (poppler-utils) is not installed: the PDF cannot be read back");
        ReportDocument::Document d = ReportDocumentSample::sample(u"en"_s).document;
        d.sections.clear();
        const QString path = outputFolder() + u"/empty-en.pdf"_s;
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(PdfReportWriter::write(d));
        f.close();
        const QStringList pages = pdfPages(path, true);
        QCOMPARE(pages.size(), 1);
        QVERIFY(pages[0].contains(d.title));
        QVERIFY(pages[0].contains(u"Page 1 of 1"_s));
        QXmlStreamReader xml(HtmlReportWriter::write(d));
        while (!xml.atEnd())
            xml.readNext();
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    }

    void html_data() { languages_data(); }
    void html()
    {
        QFETCH(QString, lang);
        Language::apply(lang);
        const auto s = ReportDocumentSample::sample(lang);
        const QByteArray bytes = HtmlReportWriter::write(s.document);
        QFile f(outputFolder() + u"/report-%1.html"_s.arg(lang));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();

        // Nothing that a browser would fetch: no scheme anywhere, no url() or @import in the style.
        QVERIFY(!bytes.contains("http://"));
        QVERIFY(!bytes.contains("https://"));
        QVERIFY(!bytes.contains("url("));
        QVERIFY(!bytes.contains("@import"));
        QVERIFY(!bytes.contains("//"));

        // Well-formed as XML, with only elements that fetch nothing and links only to its own ids.
        static const QSet<QString> fetching { u"link"_s, u"script"_s, u"img"_s, u"image"_s, u"iframe"_s, u"object"_s,
            u"embed"_s, u"source"_s, u"audio"_s, u"video"_s, u"use"_s, u"foreignObject"_s, u"base"_s, u"form"_s };
        QXmlStreamReader xml(bytes);
        QSet<QString> ids;
        QStringList links;
        QString text;
        QString htmlLang;
        QStringList headings;
        QString currentHeading;
        int headingDepth = 0;
        int scopedHeaders = 0, captions = 0, blockquotes = 0, blanks = 0, svgs = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                const QString name = xml.name().toString();
                QVERIFY2(!fetching.contains(name), qPrintable(name));
                const auto attrs = xml.attributes();
                for (const QXmlStreamAttribute &a : attrs) {
                    const QString an = a.qualifiedName().toString();
                    QVERIFY2(an != u"src" && an != u"srcset" && an != u"xlink:href" && an != u"action", qPrintable(an));
                    if (an == u"href")
                        links << a.value().toString();
                    if (an == u"id")
                        ids << a.value().toString();
                }
                if (name == u"html")
                    htmlLang = attrs.value(u"lang"_s).toString();
                if (name == u"th" && attrs.value(u"scope"_s) == u"col")
                    ++scopedHeaders;
                captions += name == u"caption";
                blockquotes += name == u"blockquote";
                blanks += attrs.value(u"class"_s) == u"blank";
                svgs += name == u"svg";
                if ((name == u"h2" || name == u"h3") && !headingDepth) {
                    headingDepth = 1;
                    currentHeading.clear();
                }
            } else if (xml.isEndElement()) {
                const QString name = xml.name().toString();
                if ((name == u"h2" || name == u"h3") && headingDepth) {
                    headingDepth = 0;
                    headings << currentHeading;
                }
            } else if (xml.isCharacters()) {
                if (headingDepth)
                    currentHeading += xml.text();
                text += xml.text() + u'\n';
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString() + u" at line "_s + QString::number(xml.lineNumber())));
        QCOMPARE(htmlLang, lang);
        QVERIFY(!links.isEmpty());
        for (const QString &link : links) {
            QVERIFY2(link.startsWith(u'#'), qPrintable(link));
            QVERIFY2(ids.contains(link.mid(1)), qPrintable(link));
        }
        // The contents link to every section.
        QCOMPARE(links.size(), s.headings.size());

        // The headings, in order, after the contents' own.
        QCOMPARE(headings.value(0), lang == u"nb" ? u"Innhold"_s : u"Contents"_s);
        QCOMPARE(headings.mid(1), s.headings);
        QVERIFY(text.contains(s.document.title));
        QCOMPARE(scopedHeaders, s.tableHeader.size() + 3);
        QCOMPARE(captions, 2);
        QCOMPARE(blockquotes, 1);
        QCOMPARE(blanks, 2);
        QCOMPARE(svgs, 1);
        QVERIFY(text.contains(s.quoteNote));
        QVERIFY(text.contains(s.keptValue));
        const VisitorChart chart = ReportDocumentSample::sampleChart();
        for (const QString &entry : chart.legend())
            QVERIFY2(text.contains(entry), qPrintable(entry));
        // The document id, workspace and date in the header and again in the footer.
        QCOMPARE(text.count(s.document.documentId), 3); // header, the title's facts, footer

        // No leak in the text it shows.
        QCOMPARE(spansOf(text), QString());
    }

private:
    static int pageWithText(const QStringList &pages, const QString &text)
    {
        for (int i = 0; i < pages.size(); ++i) {
            QString page = pages[i];
            page.replace(QRegularExpression(u"\\s+"_s), u" "_s);
            if (page.contains(text))
                return i + 1;
        }
        return 0;
    }
};

QTEST_MAIN(TestReportWriters)
#include "test_reportwriters.moc"
