// SPDX-License-Identifier: GPL-3.0-or-later
#include "compliance/reportjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using ReportDocument::Block;

namespace {

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QJsonObject table(const ReportDocument::Table &t)
{
    QJsonArray rows, numeric;
    for (const QStringList &row : t.rows)
        rows << strings(row);
    for (int column : t.numericColumns)
        numeric << column;
    return { { u"caption"_s, t.caption }, { u"header"_s, strings(t.header) }, { u"rows"_s, rows },
        { u"numericColumns"_s, numeric } };
}

// A chart as the texts a reader sees in it (its figures as CSV would be digit runs the redaction rules remove), with
// its caption and its figures as a table.
QJsonObject chart(const Block &b)
{
    QJsonObject o { { u"kind"_s, u"chart"_s }, { u"text"_s, b.text } };
    if (b.chart) {
        o.insert(u"title"_s, b.chart->title());
        o.insert(u"period"_s, b.chart->period());
        o.insert(u"sources"_s, strings(b.chart->sources));
        o.insert(u"legend"_s, strings(b.chart->legend()));
        o.insert(u"categories"_s, strings(b.chart->categoryLabels()));
        o.insert(u"values"_s, strings(b.chart->valueLabels()));
        if (!b.chart->note.isEmpty())
            o.insert(u"note"_s, b.chart->note);
    }
    if (!b.table.rows.isEmpty())
        o.insert(u"table"_s, table(b.table));
    return o;
}

QJsonObject block(const Block &b)
{
    switch (b.kind) {
    case Block::Kind::Paragraph:
        return { { u"kind"_s, u"paragraph"_s }, { u"text"_s, b.text } };
    case Block::Kind::Facts: {
        QJsonArray facts;
        for (const auto &[label, value] : b.facts)
            facts << QJsonObject { { u"label"_s, label }, { u"value"_s, value } };
        return { { u"kind"_s, u"facts"_s }, { u"facts"_s, facts } };
    }
    case Block::Kind::Table: {
        QJsonObject o = table(b.table);
        o.insert(u"kind"_s, u"table"_s);
        return o;
    }
    case Block::Kind::Quote:
        return { { u"kind"_s, u"quote"_s }, { u"text"_s, b.text }, { u"note"_s, b.note } };
    case Block::Kind::Chart:
        return chart(b);
    case Block::Kind::Blank:
        return { { u"kind"_s, u"blank"_s }, { u"label"_s, b.text }, { u"value"_s, b.note }, { u"key"_s, b.key } };
    }
    return {};
}

} // namespace

QByteArray ReportJson::write(const ReportDocument::Document &d)
{
    QJsonArray sections;
    for (const ReportDocument::Section &s : d.sections) {
        QJsonArray evidence, blocks;
        for (const ReportDocument::Evidence &e : s.evidence)
            evidence << QJsonObject { { u"source"_s, e.source },
                { u"at"_s, e.at.isValid() ? QJsonValue(e.at.toUTC().toString(Qt::ISODate)) : QJsonValue() } };
        for (const Block &b : s.blocks)
            blocks << block(b);
        sections << QJsonObject { { u"id"_s, s.id }, { u"level"_s, s.level }, { u"title"_s, s.title },
            { u"evidence"_s, evidence }, { u"blocks"_s, blocks } };
    }
    const QJsonObject root {
        { u"schema"_s, QString::fromLatin1(kSchema) },
        { u"documentId"_s, d.documentId },
        { u"language"_s, d.language },
        { u"title"_s, d.title },
        { u"workspace"_s, d.workspaceName },
        { u"madeAt"_s, d.madeAt.toUTC().toString(Qt::ISODate) },
        { u"period"_s,
            QJsonObject { { u"from"_s, d.from.toString(Qt::ISODate) }, { u"to"_s, d.to.toString(Qt::ISODate) } } },
        { u"sites"_s, strings(d.sites) },
        { u"sections"_s, sections },
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}
