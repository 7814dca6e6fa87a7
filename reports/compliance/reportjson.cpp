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
        QJsonArray rows, numeric;
        for (const QStringList &row : b.table.rows)
            rows << strings(row);
        for (int column : b.table.numericColumns)
            numeric << column;
        return { { u"kind"_s, u"table"_s }, { u"caption"_s, b.table.caption }, { u"header"_s, strings(b.table.header) },
            { u"rows"_s, rows }, { u"numericColumns"_s, numeric } };
    }
    case Block::Kind::Quote:
        return { { u"kind"_s, u"quote"_s }, { u"text"_s, b.text }, { u"note"_s, b.note } };
    case Block::Kind::Chart:
        if (b.chart)
            return { { u"kind"_s, u"chart"_s }, { u"title"_s, b.chart->title() }, { u"period"_s, b.chart->period() },
                { u"legend"_s, strings(b.chart->legend()) }, { u"csv"_s, b.chart->csv() } };
        return { { u"kind"_s, u"chart"_s } };
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
