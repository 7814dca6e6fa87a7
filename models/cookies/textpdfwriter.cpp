// SPDX-License-Identifier: GPL-3.0-or-later
#include "cookies/textpdfwriter.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace {
constexpr double kPageW = 595.28, kPageH = 841.89, kMargin = 56.0;

QByteArray pdfString(const QByteArray &bytes)
{
    QByteArray out = "(";
    for (char c : bytes) {
        if (c == '(' || c == ')' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + ')';
}

QByteArray num(double v)
{
    return QByteArray::number(v, 'f', 2);
}
} // namespace

TextPdfWriter::TextPdfWriter(QString title, QString language)
    : m_title(std::move(title))
    , m_language(std::move(language))
{
    m_pages.emplace_back();
    m_y = kPageH - kMargin;
}

QByteArray TextPdfWriter::winAnsi(const QString &text)
{
    static const QHash<char16_t, char> extra {
        { 0x20AC, '\x80' },
        { 0x201A, '\x82' },
        { 0x201E, '\x84' },
        { 0x2026, '\x85' },
        { 0x2020, '\x86' },
        { 0x2021, '\x87' },
        { 0x2030, '\x89' },
        { 0x0160, '\x8A' },
        { 0x2039, '\x8B' },
        { 0x0152, '\x8C' },
        { 0x017D, '\x8E' },
        { 0x2018, '\x91' },
        { 0x2019, '\x92' },
        { 0x201C, '\x93' },
        { 0x201D, '\x94' },
        { 0x2022, '\x95' },
        { 0x2013, '\x96' },
        { 0x2014, '\x97' },
        { 0x2122, '\x99' },
        { 0x0161, '\x9A' },
        { 0x203A, '\x9B' },
        { 0x0153, '\x9C' },
        { 0x017E, '\x9E' },
        { 0x0178, '\x9F' },
    };
    QByteArray out;
    out.reserve(text.size());
    for (QChar ch : text) {
        const char16_t u = ch.unicode();
        if (u == u'\t' || u == u'\n' || u == u'\r')
            out += ' ';
        else if ((u >= 0x20 && u < 0x7F) || (u >= 0xA0 && u <= 0xFF))
            out += char(u);
        else if (auto it = extra.constFind(u); it != extra.cend())
            out += *it;
        else if (u == 0x2192)
            out += "->";
        else
            out += '?';
    }
    return out;
}

double TextPdfWriter::width(const QByteArray &text, double size, bool bold)
{
    // Rough Helvetica advance widths in 1/1000 em; enough to wrap lines without running off the page.
    double w = 0;
    for (char c : text) {
        const unsigned char u = static_cast<unsigned char>(c);
        int adv = 556;
        if (QByteArrayView("iljI.,:;'|!").contains(c) || c == ' ')
            adv = 278;
        else if (QByteArrayView("ftr()[]-\"*").contains(c))
            adv = 333;
        else if (QByteArrayView("mwMW@").contains(c))
            adv = 889;
        else if ((u >= 'A' && u <= 'Z') || u == 0xC6 || u == 0xD8 || u == 0xC5)
            adv = 700;
        w += adv * (bold ? 1.06 : 1.0);
    }
    return w * size / 1000.0;
}

void TextPdfWriter::newPageIfNeeded(double height)
{
    if (m_y - height < kMargin) {
        m_pages.emplace_back();
        m_y = kPageH - kMargin;
    }
}

void TextPdfWriter::addLine(const QByteArray &text, bool bold, double size, double x)
{
    const double lineH = size * 1.35;
    newPageIfNeeded(lineH);
    m_y -= lineH;
    m_pages.back().push_back({ text, bold, size, x, m_y });
}

void TextPdfWriter::heading(const QString &text, int level)
{
    const double size = level <= 1 ? 18 : 13;
    space(level <= 1 ? 0 : 10);
    newPageIfNeeded(size * 4); // keep a heading with what follows
    paragraph(text, true, 0, size);
    space(4);
}

void TextPdfWriter::paragraph(const QString &text, bool bold, int indent, double size)
{
    const double x = kMargin + indent;
    const double maxW = kPageW - kMargin - x;
    const QList<QByteArray> words = winAnsi(text).split(' ');
    QByteArray line;
    for (const QByteArray &w : words) {
        if (w.isEmpty())
            continue;
        const QByteArray candidate = line.isEmpty() ? w : line + ' ' + w;
        if (!line.isEmpty() && width(candidate, size, bold) > maxW) {
            addLine(line, bold, size, x);
            line = w;
        } else {
            line = candidate;
        }
    }
    addLine(line, bold, size, x);
}

void TextPdfWriter::space(double points)
{
    m_y -= points;
}

QByteArray TextPdfWriter::finish()
{
    QByteArray pdf = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
    std::vector<qsizetype> offsets;
    auto object = [&](const QByteArray &body) {
        offsets.push_back(pdf.size());
        pdf += QByteArray::number(qsizetype(offsets.size())) + " 0 obj\n" + body + "\nendobj\n";
    };
    const int pageCount = int(m_pages.size());
    // 1 catalog, 2 pages, 3 regular font, 4 bold font, 5 info, then page + content per page.
    QByteArray kids;
    for (int i = 0; i < pageCount; ++i)
        kids += QByteArray::number(6 + 2 * i) + " 0 R ";
    object("<< /Type /Catalog /Pages 2 0 R /Lang " + pdfString(winAnsi(m_language)) + " >>");
    object("<< /Type /Pages /Kids [" + kids + "] /Count " + QByteArray::number(pageCount) + " >>");
    object("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
    object("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>");
    object("<< /Title " + pdfString(winAnsi(m_title)) + " /Producer (Kapsel) >>");
    for (int i = 0; i < pageCount; ++i) {
        QByteArray content;
        for (const Line &l : m_pages[size_t(i)])
            content += "BT /" + QByteArray(l.bold ? "F2 " : "F1 ") + num(l.size) + " Tf " + num(l.x) + ' ' + num(l.y)
                + " Td " + pdfString(l.text) + " Tj ET\n";
        object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + num(kPageW) + ' ' + num(kPageH)
            + "] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents " + QByteArray::number(7 + 2 * i)
            + " 0 R >>");
        object("<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "endstream");
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(qsizetype(offsets.size()) + 1) + "\n0000000000 65535 f \n";
    for (qsizetype off : offsets)
        pdf += QByteArray::number(off).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(qsizetype(offsets.size()) + 1)
        + " /Root 1 0 R /Info 5 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}
