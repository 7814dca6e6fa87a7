// SPDX-License-Identifier: GPL-3.0-or-later
#include "compliance/reportdocument.h"

using namespace Qt::StringLiterals;

QList<RedactionSpan> ReportDocument::leaks(QStringView text)
{
    static const RuleSet rules = RuleSet::standard();
    QList<RedactionSpan> spans = Redactor::findSpans(text, rules);
    spans.removeIf([](const RedactionSpan &s) { return s.action != RedactionSpan::Action::Remove; });
    return spans;
}

namespace {

QString cells(const QStringList &row)
{
    return u"| "_s + row.join(u" | "_s) + u" |"_s;
}

} // namespace

QString ReportDocument::allText(const Document &document)
{
    QStringList out { document.documentId, document.title, document.workspaceName, document.sites.join(u'\n') };
    for (const Section &section : document.sections) {
        out << section.title;
        for (const Evidence &e : section.evidence)
            out << e.source;
        for (const Block &b : section.blocks) {
            out << b.text << b.note;
            for (const auto &[label, value] : b.facts)
                out << label << value;
            // Cells apart as a table shows them ('|' ends a run of digits): joined by a space or a tab, two figures
            // side by side would read as one long number to the redaction rules, which no layout shows.
            out << b.table.caption << cells(b.table.header);
            for (const QStringList &row : b.table.rows)
                out << cells(row);
            // A chart: the texts a reader sees in it, not the figures behind it (its CSV: a line of comma-separated
            // counts reads as one long number). Its axis labels apart, as the drawing sets them apart.
            if (b.chart)
                out << b.chart->title() << b.chart->period() << b.chart->sourcesLine() << b.chart->workspaceLine()
                    << cells(b.chart->legend()) << cells(b.chart->categoryLabels()) << cells(b.chart->valueLabels())
                    << b.chart->note;
        }
    }
    return out.join(u'\n');
}
