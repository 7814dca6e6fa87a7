// SPDX-License-Identifier: GPL-3.0-or-later
#include "compliance/pdfreportwriter.h"

#include "compliance/reportlayout.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPageSize>
#include <QPainter>
#include <QPalette>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextObjectInterface>
#include <QTextTable>

#include <cmath>
#include <memory>
#include <numeric>
#include <optional>

using namespace Qt::StringLiterals;
using ReportDocument::Block;
using ReportDocument::Document;
using ReportDocument::Section;

namespace {

// QPdfWriter's own resolution: device units are 1/1200 inch. The text documents are laid out with the PDF as
// their paint device, so their font metrics are the PDF's and the layout is the same on any screen.
constexpr int kResolution = 1200;
constexpr int kChartObject = QTextFormat::UserObject + 1;
constexpr int kChartIndex = QTextFormat::UserProperty + 1;
constexpr int kKeepWithNext = QTextFormat::UserProperty + 2;
constexpr int kSectionIndex = QTextFormat::UserProperty + 3;
constexpr QSizeF kChartSize { 640, 360 }; // VisitorChart's drawing size, scaled to the text's width

const QColor kMuted { 0x40, 0x40, 0x40 };
const QColor kRule { 0x76, 0x76, 0x76 };
const QColor kHeaderFill { 0xe8, 0xed, 0xf2 };
const QColor kQuoteFill { 0xf3, 0xf3, 0xf3 };

double mm(double v)
{
    return v * kResolution / 25.4;
}

QFont font(double points, bool bold = false, bool italic = false)
{
    QFont f(u"DejaVu Sans"_s);
    f.setStyleHint(QFont::SansSerif);
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setItalic(italic);
    // No ligatures: "ﬁndings" would be one glyph, and pdftotext or a reader's search would not find "findings".
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

QTextCharFormat charFormat(double points, bool bold = false, const QColor &colour = Qt::black, bool italic = false)
{
    QTextCharFormat f;
    f.setFont(font(points, bold, italic));
    f.setForeground(colour);
    return f;
}

// Charts inside the text: an object character whose format names the chart, drawn as vectors by
// VisitorChart::paint onto whatever painter draws the page (the PDF's).
class ChartObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    ChartObject(QList<const VisitorChart *> charts, double width, QObject *parent)
        : QObject(parent)
        , m_charts(std::move(charts))
        , m_width(width)
    { }

    QSizeF intrinsicSize(QTextDocument *, int, const QTextFormat &) override
    {
        return QSizeF(m_width, m_width * kChartSize.height() / kChartSize.width());
    }

    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int, const QTextFormat &format) override
    {
        const VisitorChart *chart = m_charts.value(format.property(kChartIndex).toInt());
        if (!chart)
            return;
        painter->save();
        painter->translate(rect.topLeft());
        const double scale = rect.width() / kChartSize.width();
        painter->scale(scale, scale);
        painter->setPen(QPen(kRule, 1));
        painter->drawRect(QRectF(QPointF(0, 0), kChartSize));
        chart->paint(*painter, QRectF(QPointF(0, 0), kChartSize).adjusted(1, 1, -1, -1));
        painter->restore();
    }

private:
    QList<const VisitorChart *> m_charts;
    double m_width;
};

// The page: A4 with room for a header and a footer.
struct PageGeometry
{
    QRectF paper;
    QRectF body;
};

class Writer
{
public:
    Writer(const Document &document, QPdfWriter &pdf)
        : m_document(document)
        , m_layout(document)
        , m_pdf(pdf)
    {
        m_geometry.paper = QRectF(0, 0, pdf.width(), pdf.height());
        m_geometry.body = m_geometry.paper.adjusted(mm(20), mm(24), -mm(20), -mm(22));
    }

    void write()
    {
        // A document without sections is its title page alone.
        std::unique_ptr<QTextDocument> body;
        std::unique_ptr<QTextDocument> toc;
        if (!m_document.sections.isEmpty()) {
            body = bodyDocument();
            keepHeadingsWithText(*body);
            toc = contents(sectionPages(*body));
        }
        const int total = 1 + (toc ? toc->pageCount() + body->pageCount() : 0);

        QPainter p(&m_pdf);
        titlePage(p);
        frame(p, 1, total);
        int page = 1;
        for (QTextDocument *doc : { toc.get(), body.get() }) {
            for (int i = 0; doc && i < doc->pageCount(); ++i) {
                m_pdf.newPage();
                drawPage(p, *doc, i);
                frame(p, ++page, total);
            }
        }
        p.end();
    }

private:
    const Document &m_document;
    ReportLayout m_layout;
    QPdfWriter &m_pdf;
    PageGeometry m_geometry;

    std::unique_ptr<QTextDocument> newDocument()
    {
        auto doc = std::make_unique<QTextDocument>();
        doc->documentLayout()->setPaintDevice(&m_pdf);
        doc->setDefaultFont(font(10));
        doc->setDocumentMargin(0);
        return doc;
    }

    // Pages are given once the text is in: a paginated document lays itself out again after every edit.
    void paginate(QTextDocument &doc) const { doc.setPageSize(m_geometry.body.size()); }

    // Spacing in points, for the formats.
    // QTextDocumentLayout scales every length of a format (margins, padding, borders) from CSS pixels (1/96 inch)
    // to its paint device; only objects' sizes are in device units.
    static double pt(double v) { return v * 96.0 / 72.0; }

    void paragraph(
        QTextCursor &c, const QString &text, const QTextCharFormat &format, double after = 6, bool keepWithNext = false)
    {
        QTextBlockFormat bf;
        bf.setBottomMargin(pt(after));
        if (keepWithNext)
            bf.setProperty(kKeepWithNext, true);
        c.insertBlock(bf, format);
        c.insertText(text, format);
    }

    std::unique_ptr<QTextDocument> bodyDocument()
    {
        auto doc = newDocument();
        QList<const VisitorChart *> charts;
        for (const Section &s : m_document.sections)
            for (const Block &b : s.blocks)
                if (b.kind == Block::Kind::Chart && b.chart)
                    charts << &*b.chart;
        doc->documentLayout()->registerHandler(
            kChartObject, new ChartObject(charts, m_geometry.body.width() * 0.97, doc.get()));
        QTextCursor c(doc.get());
        c.beginEditBlock();
        int chart = 0;
        for (int i = 0; i < m_document.sections.size(); ++i)
            section(c, i, chart);
        c.endEditBlock();
        paginate(*doc);
        return doc;
    }

    void section(QTextCursor &c, int i, int &chart)
    {
        const Section &s = m_document.sections[i];
        const bool chapter = s.level <= 1;
        QTextBlockFormat hf;
        hf.setTopMargin(pt(chapter ? 0 : 14));
        hf.setBottomMargin(pt(6));
        hf.setProperty(kSectionIndex, i);
        hf.setProperty(kKeepWithNext, true);
        hf.setHeadingLevel(chapter ? 1 : 2);
        // Each chapter starts a page.
        if (chapter && i > 0)
            hf.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        const QTextCharFormat hc = charFormat(chapter ? 17 : 13, true);
        if (i == 0 && c.block().text().isEmpty() && c.block().blockNumber() == 0) {
            c.setBlockFormat(hf);
            c.setBlockCharFormat(hc);
        } else {
            c.insertBlock(hf, hc);
        }
        c.insertText(m_layout.heading(i), hc);
        for (const ReportDocument::Evidence &e : s.evidence)
            paragraph(c, m_layout.evidence(e), charFormat(8.5, false, kMuted), 3, true);
        for (const Block &b : s.blocks)
            block(c, b, chart);
    }

    void block(QTextCursor &c, const Block &b, int &chart)
    {
        switch (b.kind) {
        case Block::Kind::Paragraph:
            for (const QString &para : b.text.split(u"\n\n"_s, Qt::SkipEmptyParts))
                paragraph(c, para.trimmed(), charFormat(10));
            break;
        case Block::Kind::Facts:
            facts(c, b.facts);
            break;
        case Block::Kind::Table:
            table(c, b.table);
            break;
        case Block::Kind::Quote:
            quote(c, b);
            break;
        case Block::Kind::Chart:
            if (b.chart) {
                QTextBlockFormat bf;
                bf.setTopMargin(pt(4));
                bf.setBottomMargin(pt(4));
                c.insertBlock(bf);
                QTextCharFormat object;
                object.setObjectType(kChartObject);
                object.setProperty(kChartIndex, chart++);
                c.insertText(QString(QChar::ObjectReplacementCharacter), object);
            }
            if (!b.text.isEmpty())
                paragraph(c, b.text, charFormat(8.5, false, kMuted, true));
            break;
        case Block::Kind::Blank:
            blank(c, b);
            break;
        }
    }

    static QTextTableFormat tableFormat(int headerRows, bool borders)
    {
        QTextTableFormat tf;
        tf.setHeaderRowCount(headerRows);
        tf.setCellPadding(3);
        // Each cell's border drawn around it with no spacing: a grid of thin lines (Qt 6.4's collapsed borders
        // draw only the table's outline unless every cell is given borders of its own).
        tf.setCellSpacing(0);
        tf.setBorder(borders ? 0.5 : 0);
        tf.setBorderBrush(kRule);
        tf.setBorderStyle(borders ? QTextFrameFormat::BorderStyle_Solid : QTextFrameFormat::BorderStyle_None);
        tf.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        tf.setTopMargin(pt(4));
        tf.setBottomMargin(pt(8));
        return tf;
    }

    static void cellText(QTextTable *t, int row, int column, const QString &text, const QTextCharFormat &format,
        Qt::Alignment alignment = Qt::AlignLeft)
    {
        QTextCursor cc = t->cellAt(row, column).firstCursorPosition();
        QTextBlockFormat bf;
        bf.setAlignment(alignment);
        cc.setBlockFormat(bf);
        // A line may break after each '•' of a checksum shown in groups ("3f5a•1234•…"); a word with a digit has
        // room to stay whole (columnWidths).
        cc.insertText(QString(text).replace(u"•"_s, u"•\u200b"_s), format);
    }

    void facts(QTextCursor &c, const QList<QPair<QString, QString>> &pairs)
    {
        if (pairs.isEmpty())
            return;
        QTextTableFormat tf = tableFormat(0, false);
        tf.setColumnWidthConstraints(
            { QTextLength(QTextLength::PercentageLength, 32), QTextLength(QTextLength::PercentageLength, 68) });
        QTextTable *t = c.insertTable(int(pairs.size()), 2, tf);
        for (int r = 0; r < pairs.size(); ++r) {
            cellText(t, r, 0, pairs[r].first, charFormat(10, true));
            cellText(t, r, 1, pairs[r].second, charFormat(10));
        }
        c.movePosition(QTextCursor::End);
    }

    // The caption is a header row of its own (one cell across the table), so it repeats with the column titles
    // on every page the table reaches: a reader of page 7 knows which table it is.
    void table(QTextCursor &c, const ReportDocument::Table &table)
    {
        const int columns = int(table.header.size());
        if (columns == 0)
            return;
        const int captionRows = table.caption.isEmpty() ? 0 : 1;
        const int rows = captionRows + 1 + int(table.rows.size());
        QTextTableFormat format = tableFormat(captionRows + 1, true);
        format.setColumnWidthConstraints(columnWidths(table));
        QTextTable *t = c.insertTable(rows, columns, format);
        if (captionRows) {
            t->mergeCells(0, 0, 1, columns);
            cellText(t, 0, 0, table.caption, charFormat(10, true));
        }
        QTextTableCellFormat headerCell;
        headerCell.setBackground(kHeaderFill);
        for (int col = 0; col < columns; ++col) {
            t->cellAt(captionRows, col).setFormat(headerCell);
            cellText(t, captionRows, col, table.header[col], charFormat(9, true), alignment(table, col));
        }
        for (int r = 0; r < table.rows.size(); ++r)
            for (int col = 0; col < columns; ++col)
                cellText(t, captionRows + 1 + r, col, table.rows[r].value(col), charFormat(9), alignment(table, col));
        c.movePosition(QTextCursor::End);
    }

    // Columns as wide as their longest word at least, so that no word is broken across lines where that can be
    // helped ("Informasjonskap/sel" reads badly), and never a word with a digit in it: a file name broken after
    // "scan-2025-" reads, to a machine reading the page's text, as a run of digits with the next line's. The width
    // left over goes to the columns whose texts are longer than that. In characters of the table's 9 pt text, of
    // which about kLineChars fit the page's width. A checksum in groups breaks after each '•' (cellText).
    static QList<QTextLength> columnWidths(const ReportDocument::Table &table)
    {
        constexpr double kLineChars = 92;
        constexpr double kLongestNatural = 60;
        constexpr double kBoldWidth = 1.15; // a header's bold letters are wider
        constexpr double kPadding = 3; // the cell's padding on both sides
        constexpr double kShortWords = 16;
        static const QRegularExpression breaks(u"[ \\t\\n]+|(?<=•)"_s); // not U+00A0, which holds "129 700" together
        static const QRegularExpression digit(u"\\d"_s);
        const int columns = int(table.header.size());
        QList<double> least(columns, 3), hard(columns, 3), natural(columns, 3);
        auto measure = [&](int column, const QString &text) {
            for (const QString &word : text.split(breaks, Qt::SkipEmptyParts)) {
                const double w = double(word.size()) * kBoldWidth + kPadding;
                least[column] = std::max(least[column], w);
                if (word.contains(digit))
                    hard[column] = std::max(hard[column], w);
            }
            natural[column]
                = std::max(natural[column], std::min(double(text.size()) * kBoldWidth + kPadding, kLongestNatural));
        };
        for (int col = 0; col < columns; ++col) {
            measure(col, table.header[col]);
            for (const QStringList &row : table.rows)
                measure(col, row.value(col));
        }
        double sumLeast = 0, sumWant = 0;
        for (int col = 0; col < columns; ++col) {
            natural[col] = std::max(natural[col], least[col]);
            sumLeast += least[col];
            sumWant += natural[col] - least[col];
        }
        QList<double> widths = least;
        const double left = kLineChars - sumLeast;
        if (left < 0) {
            // Too many columns for their longest words: the columns of short words (numbers, dates, names) keep
            // their width; those of long ones give way down to their longest word with a digit.
            double kept = 0, yielding = 0;
            for (double w : std::as_const(least))
                (w <= kShortWords ? kept : yielding) += w;
            if (yielding > 0 && kLineChars - kept > 0)
                for (int col = 0; col < columns; ++col)
                    if (least[col] > kShortWords)
                        widths[col] = std::max(hard[col], least[col] * (kLineChars - kept) / yielding);
        } else {
            for (int col = 0; col < columns; ++col)
                widths[col]
                    += sumWant <= left ? natural[col] - least[col] : left * (natural[col] - least[col]) / sumWant;
        }
        const double sum = std::accumulate(widths.cbegin(), widths.cend(), 0.0);
        QList<QTextLength> out;
        for (double w : std::as_const(widths))
            out << QTextLength(QTextLength::PercentageLength, 100.0 * w / sum);
        return out;
    }

    static Qt::Alignment alignment(const ReportDocument::Table &t, int column)
    {
        return t.numericColumns.contains(column) ? Qt::AlignRight : Qt::AlignLeft;
    }

    void quote(QTextCursor &c, const Block &b)
    {
        QTextFrameFormat ff;
        ff.setLeftMargin(pt(12));
        ff.setRightMargin(pt(12));
        ff.setTopMargin(pt(4));
        ff.setBottomMargin(pt(8));
        ff.setPadding(6);
        ff.setBackground(kQuoteFill);
        ff.setBorder(0);
        c.insertFrame(ff);
        bool first = true;
        for (const QString &para : b.text.split(u"\n\n"_s, Qt::SkipEmptyParts)) {
            QTextBlockFormat bf;
            bf.setBottomMargin(pt(4));
            if (first)
                c.setBlockFormat(bf);
            else
                c.insertBlock(bf);
            first = false;
            c.insertText(para.trimmed(), charFormat(10, false, Qt::black, true));
        }
        if (!b.note.isEmpty()) {
            QTextBlockFormat bf;
            c.insertBlock(bf);
            c.insertText(u"— "_s + b.note, charFormat(8.5, false, kMuted));
        }
        c.movePosition(QTextCursor::End);
    }

    // A field for the officer: the label, then a dashed box, empty (room to write by hand) or with the value
    // kept in the workspace.
    void blank(QTextCursor &c, const Block &b)
    {
        QTextBlockFormat label;
        label.setTopMargin(pt(6));
        label.setBottomMargin(pt(2));
        label.setProperty(kKeepWithNext, true);
        c.insertBlock(label, charFormat(10, true));
        c.insertText(b.text, charFormat(10, true));
        QTextFrameFormat ff;
        ff.setBorder(1);
        ff.setBorderBrush(kRule);
        ff.setBorderStyle(QTextFrameFormat::BorderStyle_Dashed);
        ff.setPadding(6);
        ff.setBottomMargin(pt(8));
        c.insertFrame(ff);
        if (!b.note.isEmpty()) {
            c.insertText(b.note, charFormat(10));
        } else {
            // Three empty lines of room to write in (a frame of fixed height is not drawn when it is empty).
            c.setBlockCharFormat(charFormat(10));
            c.insertBlock();
            c.insertBlock();
        }
        c.movePosition(QTextCursor::End);
    }

    // Two passes: the contents' length first (its page numbers are short and right-aligned, so they do not change
    // it), then the contents with the pages the sections were laid out on (0-based in the body). Checked, not
    // assumed.
    std::unique_ptr<QTextDocument> contents(const QList<int> &bodyPages)
    {
        int tocPages = contentsDocument({})->pageCount();
        std::unique_ptr<QTextDocument> toc;
        for (int attempt = 0; attempt < 3; ++attempt) {
            QList<int> pages;
            for (int p : bodyPages)
                pages << 1 + tocPages + p + 1; // after the title page and the contents, 1-based
            toc = contentsDocument(pages);
            if (toc->pageCount() == tocPages)
                break;
            tocPages = toc->pageCount();
        }
        return toc;
    }

    std::unique_ptr<QTextDocument> contentsDocument(const QList<int> &pages)
    {
        auto doc = newDocument();
        QTextCursor c(doc.get());
        c.beginEditBlock();
        const QTextCharFormat title = charFormat(17, true);
        QTextBlockFormat tf;
        tf.setBottomMargin(pt(10));
        c.setBlockFormat(tf);
        c.insertText(m_layout.text(QT_TRANSLATE_NOOP("ReportLayout", "Contents")), title);
        QTextTableFormat format = tableFormat(0, false);
        format.setColumnWidthConstraints(
            { QTextLength(QTextLength::PercentageLength, 88), QTextLength(QTextLength::PercentageLength, 12) });
        QTextTable *t = c.insertTable(int(m_document.sections.size()), 2, format);
        for (int i = 0; i < m_document.sections.size(); ++i) {
            const bool chapter = m_document.sections[i].level <= 1;
            QTextCursor cc = t->cellAt(i, 0).firstCursorPosition();
            QTextBlockFormat bf;
            bf.setLeftMargin(chapter ? 0 : pt(18));
            cc.setBlockFormat(bf);
            cc.insertText(m_layout.heading(i), charFormat(chapter ? 11 : 10, chapter));
            const QString page = i < pages.size() ? m_layout.locale().toString(pages[i]) : QString();
            cellText(t, i, 1, page, charFormat(chapter ? 11 : 10, chapter), Qt::AlignRight);
        }
        c.endEditBlock();
        paginate(*doc);
        return doc;
    }

    // Where a block's first line is, in the document (absolute, across pages).
    static double top(const QTextDocument &doc, const QTextBlock &block)
    {
        return doc.documentLayout()->blockBoundingRect(block).top();
    }

    static int pageAt(const QTextDocument &doc, double y) { return int(std::floor((y + 1) / doc.pageSize().height())); }

    // The top of what follows a root-level block: the next block, or the table or frame after it.
    static std::optional<double> nextTop(const QTextDocument &doc, const QTextBlock &block)
    {
        QTextFrame *root = doc.rootFrame();
        for (auto it = root->begin(); !it.atEnd(); ++it) {
            if (it.currentBlock() != block)
                continue;
            ++it;
            if (it.atEnd())
                return std::nullopt;
            if (QTextFrame *f = it.currentFrame())
                return doc.documentLayout()->frameBoundingRect(f).top();
            return top(doc, it.currentBlock());
        }
        return std::nullopt;
    }

    // QTextDocument has no "keep with next": a heading, evidence line or field label left alone at the foot of
    // a page is moved to the next one (the first of a run of such blocks takes the page break), until none is.
    static void keepHeadingsWithText(QTextDocument &doc)
    {
        for (int pass = 0; pass < 20; ++pass) {
            bool moved = false;
            for (QTextBlock b = doc.begin(); b.isValid() && !moved; b = b.next()) {
                if (!b.blockFormat().property(kKeepWithNext).toBool() || b.textList() || inTable(b))
                    continue;
                const auto next = nextTop(doc, b);
                if (!next || pageAt(doc, *next) <= pageAt(doc, top(doc, b)))
                    continue;
                QTextBlock first = b;
                while (first.previous().isValid() && first.previous().blockFormat().property(kKeepWithNext).toBool()
                    && !inTable(first.previous()))
                    first = first.previous();
                if (first.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
                    continue; // already at a page's top: it does not fit any better on the next
                QTextCursor c(first);
                QTextBlockFormat f = first.blockFormat();
                f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                c.setBlockFormat(f);
                moved = true;
            }
            if (!moved)
                return;
        }
    }

    static bool inTable(const QTextBlock &b)
    {
        QTextCursor c(b);
        return c.currentTable() != nullptr;
    }

    // The page (0-based, within the document) each section's heading is on.
    QList<int> sectionPages(const QTextDocument &doc) const
    {
        QList<int> pages(m_document.sections.size(), 0);
        for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
            const QVariant index = b.blockFormat().property(kSectionIndex);
            if (index.isValid())
                pages[index.toInt()] = pageAt(doc, top(doc, b));
        }
        return pages;
    }

    void drawPage(QPainter &p, QTextDocument &doc, int page)
    {
        const double h = doc.pageSize().height();
        p.save();
        p.translate(m_geometry.body.left(), m_geometry.body.top() - page * h);
        QAbstractTextDocumentLayout::PaintContext context;
        const QRectF pageRect(0, page * h, m_geometry.body.width(), h);
        p.setClipRect(pageRect);
        // The m_layout draws every line that touches its clip; a line at the top of the next page starts a hair
        // above it (fixed-point rounding). Clipped, it would not be seen, but its text would still be in the file
        // for pdftotext and search: the layout's clip stays clear of the page's edges.
        context.clip = pageRect.adjusted(0, 4, 0, -4);
        context.palette.setColor(QPalette::Text, Qt::black);
        doc.documentLayout()->draw(&p, context);
        p.restore();
    }

    // The header and footer every page has, the title page included.
    void frame(QPainter &p, int page, int total)
    {
        const QRectF paper = m_geometry.paper;
        const double left = m_geometry.body.left();
        const double right = m_geometry.body.right();
        p.save();
        p.setPen(QPen(kRule, mm(0.2)));
        p.drawLine(QPointF(left, mm(16)), QPointF(right, mm(16)));
        p.drawLine(QPointF(left, paper.bottom() - mm(16)), QPointF(right, paper.bottom() - mm(16)));
        p.setFont(font(8));
        p.setPen(kMuted);
        const QRectF head(left, mm(10), right - left, mm(5));
        p.drawText(head, Qt::AlignLeft | Qt::AlignBottom, m_document.title);
        p.drawText(head, Qt::AlignRight | Qt::AlignBottom, m_document.workspaceName);
        const QRectF foot(left, paper.bottom() - mm(15), right - left, mm(5));
        // One line on the left (the id and the date side by side would run into each other in a long language).
        p.drawText(foot, Qt::AlignLeft | Qt::AlignTop,
            m_layout.text(QT_TRANSLATE_NOOP("ReportLayout", "Document id")) + u": "_s + m_document.documentId
                + u"  ·  "_s + m_layout.madeAt());
        p.drawText(foot, Qt::AlignRight | Qt::AlignTop, m_layout.pageOf(page, total));
        p.restore();
    }

    void titlePage(QPainter &p)
    {
        const QRectF body = m_geometry.body;
        double y = body.top() + mm(45);
        p.save();
        p.setPen(Qt::black);
        auto text = [&](const QString &s, const QFont &f, double after, const QColor &colour = Qt::black) {
            p.setFont(f);
            p.setPen(colour);
            QRectF r(body.left(), y, body.width(), body.bottom() - y);
            QRectF used;
            p.drawText(r, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, s, &used);
            y += used.height() + after;
        };
        text(m_document.title, font(28, true), mm(4));
        text(m_document.workspaceName, font(16), mm(10), kMuted);
        p.setPen(QPen(kRule, mm(0.5)));
        p.drawLine(QPointF(body.left(), y), QPointF(body.left() + mm(40), y));
        y += mm(8);
        const QList<QPair<QString, QString>> facts = m_layout.titleFacts();
        const double labelWidth = mm(40);
        for (const auto &[label, value] : facts) {
            p.setPen(Qt::black);
            p.setFont(font(11, true));
            p.drawText(QRectF(body.left(), y, labelWidth, mm(20)), Qt::AlignLeft | Qt::AlignTop, label);
            p.setFont(font(11));
            QRectF used;
            p.drawText(QRectF(body.left() + labelWidth, y, body.width() - labelWidth, body.bottom() - y),
                Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, value, &used);
            y += std::max(used.height(), mm(5)) + mm(3);
        }
        p.restore();
    }
};

} // namespace

QByteArray PdfReportWriter::write(const Document &document)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&buffer);
        pdf.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        pdf.setResolution(kResolution);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setTitle(document.title + u" – "_s + document.workspaceName);
        pdf.setCreator(u"Kapsel"_s);
        Writer(document, pdf).write();
    }
    return buffer.data();
}

#include "pdfreportwriter.moc"
