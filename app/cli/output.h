// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/cli.h"

#include <QCommandLineOption>
#include <QJsonObject>
#include <QList>
#include <QTimeZone>
#include <QVariant>

#include <optional>

// What every listing command shares: --format table|csv|json and --output FILE, the versioned JSON envelope
// (docs/cli-json.md) and one way to lay out a table, a CSV and a JSON array of the same rows.
namespace Cli {

enum class Format { Table, Csv, Json };

// --format and --output as a listing command offers them; `extra` names formats the command has besides
// table, csv and json (the declaration's html, md and pdf), `fallback` is its default.
struct ListingOptions
{
    QCommandLineOption format;
    QCommandLineOption output;
    explicit ListingOptions(const QString &fallback = QStringLiteral("table"), const QStringList &extra = {});
    QList<QCommandLineOption> both() const { return { format, output }; }
};

// The format chosen (lower case), else the usage error's exit code in `rc`.
std::optional<Format> chosenFormat(Context &ctx, const QCommandLineParser &p, const ListingOptions &o, int *rc);

// The --format chosen (into `format`) and the workspace opened, for a listing that reads one; nullptr, with the
// exit code in `rc`, on an unknown format (a usage error) or a workspace that cannot be opened.
std::shared_ptr<Workspace> openListing(
    Context &ctx, const QCommandLineParser &p, const ListingOptions &o, Format *format, int *rc);

// "kapsel/<command>/1": the id of a command's JSON schema, e.g. "chats audit" -> "kapsel/chats-audit/1".
QString schemaId(const QString &command);
// `data` with "schema" (schemaId(command)) as a JSON document, indented, ending in a line break.
QByteArray jsonDocument(const QString &command, QJsonObject data);

// --output: the file is written whole or not at all (QSaveFile) and named on stderr; `exitCode` when it is
// written, DataError when it cannot be. Without a path: the bytes on standard output.
int writeOutput(Context &ctx, const QString &path, const QByteArray &bytes, int exitCode);

// Runs `print` with what it prints to standard output captured, then writes that through writeOutput when it
// succeeded (exit code Ok or Findings); without a path `print` prints to standard output as usual.
int captured(Context &ctx, const QString &path, const std::function<int(Context &)> &print);

// One column of a listing: its id (the CSV header and the JSON key) and its header in a table.
struct Column
{
    QString id;
    QString header; // translated
    bool inTable = true; // false: in CSV and JSON only (a checksum, counts per rule)
};

// A cell that a table shows in words and CSV and JSON give as an id ("purge" / "Deleted by retention").
struct Labelled
{
    QString id;
    QString label;
};

// Rows of typed cells: QString, qint64/int, double, bool, QDate, QDateTime (UTC), Labelled, QVariantMap (counts by key: a JSON object, "a=1;b=2" in CSV) or a null QVariant (no value).
// A table shows numbers and dates in the --lang locale (times in `zone`), right-aligned numbers; a CSV has ISO
// dates and plain numbers; JSON has numbers, booleans, null and ISO dates.
struct Listing
{
    QString command; // the schema's name: "history", "chats audit" ...
    QList<Column> columns;
    QList<QVariantList> rows;
    QString rowsKey = QStringLiteral("rows"); // the JSON array's key
    QJsonObject extra; // more top-level JSON members (time_zone, site ...)
    QTimeZone zone = QTimeZone::utc();
    QString tableHeader; // a line above the table (not in CSV or JSON)
    QString tableEmpty; // what the table says when there are no rows

    QByteArray render(Format format) const;
};

// A plain-text table whose columns fit their widest cell (capped at `cap` characters, the last column too unless
// `capLast` is false), numbers right-aligned: the layout of every table the CLI prints.
QString alignedTable(const QStringList &header, const QList<QStringList> &rows, const QList<bool> &rightAligned = {},
    int cap = 60, bool capLast = true);

} // namespace Cli

Q_DECLARE_METATYPE(Cli::Labelled)
