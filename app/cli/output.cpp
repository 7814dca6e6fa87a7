// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/output.h"

#include "core/csvwriter.h"
#include "core/filequote.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QStringList formatNames(const QStringList &extra)
{
    return QStringList { u"table"_s, u"csv"_s, u"json"_s } + extra;
}

bool isNumber(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Double:
        return true;
    default:
        return false;
    }
}

QString tableCell(const QVariant &v, const QTimeZone &zone)
{
    const QLocale loc;
    if (v.isNull())
        return {};
    if (v.metaType() == QMetaType::fromType<Cli::Labelled>())
        return FileQuote::cleanLine(v.value<Cli::Labelled>().label);
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return loc.toString(v.toLongLong());
    case QMetaType::Double:
        return loc.toString(v.toDouble(), 'f', 1);
    case QMetaType::Bool:
        return v.toBool() ? Tr::tr("yes") : Tr::tr("no");
    case QMetaType::QDate:
        return loc.toString(v.toDate(), QLocale::ShortFormat);
    case QMetaType::QDateTime:
        return loc.toString(v.toDateTime().toTimeZone(zone), QLocale::ShortFormat);
    default:
        // Names and texts come from files: not one of them may steer the terminal.
        return FileQuote::cleanLine(v.toString());
    }
}

QString csvCell(const QVariant &v)
{
    if (v.isNull())
        return {};
    if (v.metaType() == QMetaType::fromType<Cli::Labelled>())
        return v.value<Cli::Labelled>().id;
    switch (v.typeId()) {
    case QMetaType::Bool:
        return v.toBool() ? u"true"_s : u"false"_s;
    case QMetaType::Double:
        return QString::number(v.toDouble(), 'g', 15);
    case QMetaType::QDate:
        return v.toDate().toString(Qt::ISODate);
    case QMetaType::QDateTime:
        return v.toDateTime().toUTC().toString(Qt::ISODate);
    case QMetaType::QVariantMap: {
        QStringList pairs;
        const QVariantMap map = v.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            pairs << it.key() + u'=' + it.value().toString();
        return pairs.join(u';');
    }
    default:
        return v.toString();
    }
}

QJsonValue jsonValue(const QVariant &v)
{
    if (v.isNull())
        return QJsonValue(QJsonValue::Null);
    if (v.metaType() == QMetaType::fromType<Cli::Labelled>())
        return v.value<Cli::Labelled>().id;
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return QJsonValue(v.toLongLong());
    case QMetaType::Double:
        return QJsonValue(v.toDouble());
    case QMetaType::Bool:
        return QJsonValue(v.toBool());
    case QMetaType::QDate:
        return v.toDate().toString(Qt::ISODate);
    case QMetaType::QDateTime:
        return v.toDateTime().toUTC().toString(Qt::ISODate);
    case QMetaType::QVariantMap:
        return QJsonObject::fromVariantMap(v.toMap());
    default:
        return v.toString();
    }
}
} // namespace

Cli::ListingOptions::ListingOptions(const QString &fallback, const QStringList &extra)
    : format(u"format"_s,
          Tr::tr("Output format: %1 (default %2); the JSON schema is described in docs/cli-json.md.")
              .arg(formatNames(extra).join(u", "_s), fallback),
          formatNames(extra).join(u'|'), fallback)
    , output(u"output"_s,
          Tr::tr("Write to FILE instead of standard output, whole or not at all."),
          Tr::tr("FILE", "placeholder on the command line"))
{ }

std::optional<Cli::Format> Cli::chosenFormat(
    Context &ctx, const QCommandLineParser &p, const ListingOptions &o, int *rc)
{
    const QString name = p.value(o.format).toLower();
    if (name == u"table")
        return Format::Table;
    if (name == u"csv")
        return Format::Csv;
    if (name == u"json")
        return Format::Json;
    *rc = ctx.usage(Tr::tr("--format takes table, csv or json, not \"%1\"").arg(p.value(o.format)));
    return std::nullopt;
}

std::shared_ptr<Workspace> Cli::openListing(
    Context &ctx, const QCommandLineParser &p, const ListingOptions &o, Format *format, int *rc)
{
    const auto chosen = chosenFormat(ctx, p, o, rc);
    if (!chosen)
        return nullptr;
    *format = *chosen;
    auto ws = ctx.openWorkspace();
    if (!ws)
        *rc = DataError;
    return ws;
}

QString Cli::schemaId(const QString &command)
{
    return u"kapsel/%1/1"_s.arg(QString(command).replace(u' ', u'-'));
}

QByteArray Cli::jsonDocument(const QString &command, QJsonObject data)
{
    // The schema id first, where a reader looks (QJsonDocument would sort it among the other members).
    data.remove(u"schema"_s);
    const QByteArray schema = QJsonDocument(QJsonObject { { u"schema"_s, schemaId(command) } }).toJson();
    if (data.isEmpty())
        return schema;
    QByteArray rest = QJsonDocument(data).toJson(QJsonDocument::Indented);
    return schema.left(schema.lastIndexOf('\n', schema.size() - 2)) + ",\n" + rest.mid(2);
}

int Cli::writeOutput(Context &ctx, const QString &path, const QByteArray &bytes, int exitCode)
{
    if (path.isEmpty()) {
        ctx.out << QString::fromUtf8(bytes);
        ctx.out.flush();
        return exitCode;
    }
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        return ctx.fail(Error { path, 0, Tr::tr("cannot write the file: %1").arg(f.errorString()) });
    ctx.err << Tr::tr("wrote %1").arg(path) << Qt::endl;
    return exitCode;
}

int Cli::captured(Context &ctx, const QString &path, const std::function<int(Context &)> &print)
{
    if (path.isEmpty())
        return print(ctx);
    QString text;
    QTextStream stream(&text);
    Context into { ctx.dbPath, ctx.language, stream, ctx.err };
    const int rc = print(into);
    stream.flush();
    if (rc != Ok && rc != Findings)
        return rc;
    return writeOutput(ctx, path, text.toUtf8(), rc);
}

QString Cli::alignedTable(
    const QStringList &header, const QList<QStringList> &rows, const QList<bool> &rightAligned, int cap, bool capLast)
{
    QList<qsizetype> w;
    for (const QString &h : header)
        w << h.size();
    for (const QStringList &r : rows)
        for (int i = 0; i < r.size() && i < w.size(); ++i)
            w[i] = !capLast && i + 1 == w.size() ? qMax(w[i], r[i].size()) : qMin<qsizetype>(qMax(w[i], r[i].size()), cap);
    auto line = [&](const QStringList &cells) -> QString {
        QString out;
        for (int i = 0; i < cells.size() && i < w.size(); ++i) {
            QString c = cells[i];
            if (c.size() > w[i])
                c = QString(c.left(w[i] - 1)) + QChar(u'…');
            const bool last = i + 1 == cells.size();
            if (rightAligned.value(i))
                out += c.rightJustified(w[i]) + (last ? QString() : u"  "_s);
            else
                out += last ? c : c.leftJustified(w[i] + 2);
        }
        return out.trimmed() + u'\n';
    };
    QString out = line(header);
    QStringList rule;
    for (qsizetype x : w)
        rule << QString(x, u'-');
    out += line(rule);
    for (const QStringList &r : rows)
        out += line(r);
    return out;
}

QByteArray Cli::Listing::render(Format format) const
{
    if (format == Format::Json) {
        QJsonArray array;
        for (const QVariantList &row : rows) {
            QJsonObject o;
            for (int i = 0; i < columns.size(); ++i)
                o.insert(columns[i].id, jsonValue(row.value(i)));
            array.append(o);
        }
        QJsonObject data = extra;
        data.insert(rowsKey, array);
        return jsonDocument(command, data);
    }
    if (format == Format::Csv) {
        QStringList ids;
        for (const Column &c : columns)
            ids << c.id;
        QString out = CsvWriter::line(ids);
        for (const QVariantList &row : rows) {
            QStringList cells;
            for (int i = 0; i < columns.size(); ++i)
                cells << csvCell(row.value(i));
            out += CsvWriter::line(cells);
        }
        return out.toUtf8();
    }
    QString out;
    if (!tableHeader.isEmpty())
        out += tableHeader + u'\n';
    if (rows.isEmpty() && !tableEmpty.isEmpty())
        return (out + tableEmpty + u'\n').toUtf8();
    QStringList header;
    QList<int> shown;
    for (int i = 0; i < columns.size(); ++i)
        if (columns[i].inTable) {
            header << columns[i].header;
            shown << i;
        }
    QList<bool> right(shown.size(), false);
    QList<QStringList> cells;
    for (const QVariantList &row : rows) {
        QStringList line;
        for (int j = 0; j < shown.size(); ++j) {
            line << tableCell(row.value(shown[j]), zone);
            if (isNumber(row.value(shown[j])))
                right[j] = true;
        }
        cells << line;
    }
    return (out + alignedTable(header, cells, right, 60, false)).toUtf8();
}
