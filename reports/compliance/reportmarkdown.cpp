// SPDX-License-Identifier: GPL-3.0-or-later
#include "compliance/reportmarkdown.h"

#include "compliance/reporttext.h"

using namespace Qt::StringLiterals;
using ReportDocument::Block;

namespace {

// Inline text: Markdown's special characters escaped, line breaks kept.
QString inlineText(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (QChar ch : s) {
        if (QStringView(u"\\`*_[]<>|#").contains(ch))
            out += u'\\';
        out += ch;
    }
    return out.replace(u"\n"_s, u"<br>"_s);
}

QString table(const ReportDocument::Table &t)
{
    QString out;
    if (!t.caption.isEmpty())
        out += u"**%1**\n\n"_s.arg(inlineText(t.caption));
    QStringList header, rule;
    for (int i = 0; i < t.header.size(); ++i) {
        header << inlineText(t.header[i]);
        rule << (t.numericColumns.contains(i) ? u"---:"_s : u"---"_s);
    }
    out += u"| "_s + header.join(u" | "_s) + u" |\n| "_s + rule.join(u" | "_s) + u" |\n"_s;
    for (const QStringList &row : t.rows) {
        QStringList cells;
        for (const QString &cell : row)
            cells << inlineText(cell);
        out += u"| "_s + cells.join(u" | "_s) + u" |\n"_s;
    }
    return out + u"\n"_s;
}

QString block(const Block &b, const ReportText &tx)
{
    switch (b.kind) {
    case Block::Kind::Paragraph:
        return inlineText(b.text) + u"\n\n"_s;
    case Block::Kind::Facts: {
        QString out;
        for (const auto &[label, value] : b.facts)
            out += u"- **%1:** %2\n"_s.arg(inlineText(label), inlineText(value));
        return out + u"\n"_s;
    }
    case Block::Kind::Table:
        return table(b.table);
    case Block::Kind::Quote: {
        QString out;
        for (const QString &line : b.text.split(u'\n'))
            out += u"> "_s + inlineText(line) + u"\n"_s;
        return out + u">\n> — "_s + inlineText(b.note) + u"\n\n"_s;
    }
    case Block::Kind::Chart: {
        // The chart's title and period, its caption and its figures as a table: what the drawing shows, in text
        // (not its CSV, whose comma-separated counts read as digit runs to the redaction rules).
        QString out;
        if (b.chart)
            out += u"*%1 (%2)*\n\n"_s.arg(inlineText(b.chart->title()), inlineText(b.chart->period()));
        if (!b.text.isEmpty())
            out += inlineText(b.text) + u"\n\n"_s;
        if (!b.table.rows.isEmpty())
            out += table(b.table);
        return out;
    }
    case Block::Kind::Blank:
        if (!b.note.isEmpty())
            return u"- **%1:** %2\n\n"_s.arg(inlineText(b.text), inlineText(b.note));
        return u"- **%1:** \\_\\_\\_\\_\\_\\_\\_\\_\\_\\_ *(%2)*\n\n"_s.arg(inlineText(b.text),
            tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "to fill in: kapsel-cli report --set-field %1=…")).arg(b.key));
    }
    return {};
}

} // namespace

QByteArray ReportMarkdown::write(const ReportDocument::Document &d)
{
    const ReportText tx(d.language, QTimeZone(d.timeZone));
    QString out = u"# %1\n\n"_s.arg(inlineText(d.title));
    out += u"- **%1:** %2\n- **%3:** %4\n- **%5:** %6\n\n"_s.arg(
        inlineText(tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Workspace"))), inlineText(d.workspaceName),
        inlineText(tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Period"))), inlineText(tx.period(d.from, d.to)),
        inlineText(tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Document id"))), inlineText(d.documentId));
    int chapter = 0, sub = 0;
    for (const ReportDocument::Section &s : d.sections) {
        if (s.level <= 1) {
            ++chapter;
            sub = 0;
            out += u"## %1. %2\n\n"_s.arg(chapter).arg(inlineText(s.title));
        } else {
            out += u"### %1.%2 %3\n\n"_s.arg(chapter).arg(++sub).arg(inlineText(s.title));
        }
        for (const ReportDocument::Evidence &e : s.evidence)
            out += u"*%1: %2%3*\n\n"_s.arg(inlineText(tx.t(QT_TRANSLATE_NOOP("ComplianceReport", "Evidence"))),
                inlineText(e.source), e.at.isValid() ? u", "_s + inlineText(tx.dateTime(e.at)) : QString());
        for (const Block &b : s.blocks)
            out += block(b, tx);
    }
    return out.toUtf8();
}
