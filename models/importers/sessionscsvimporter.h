// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importers/importer.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

// Where each field of the generic sessions CSV was found, or why it was not.
struct SessionsCsvColumns
{
    QStringList headers; // as found in the file
    QHash<QString, int> columnOfField; // field ("started_at", ...) -> column index
    QStringList missingRequired; // fields that must be mapped before the file can be read
    QStringList unmappedOptional; // fields the file does not have; their figures stay empty
    QStringList badMappings; // "field=Header" entries of the column map naming no header
    bool ok() const { return missingRequired.isEmpty() && badMappings.isEmpty(); }
};

// The generic sessions CSV (Siteimprove and everything else): one row per visit with a header row;
// columns found by name or alias, case-insensitive, or by the caller's column map (--map field=Header,
// the GUI's mapping dialog).
class SessionsCsvImporter : public Importer
{
    Q_DECLARE_TR_FUNCTIONS(SessionsCsvImporter)
public:
    QString name() const override;
    QString displayName() const override;
    ImportKind kind() const override { return ImportKind::Visitors; }
    int sniff(const QByteArray &head, const QString &fileName) const override;
    Status read(QIODevice &in, ImportContext &ctx) const override;
    QString columnSetKey(const QByteArray &head) const override;

    // The fields, in order: visitor_id, session_id, started_at, duration_s, visit_number, is_new,
    // pageviews, source.
    static QStringList fields();
    // For a mapping dialog: the header row of `in` (any encoding and delimiter) and the columns found.
    static Expected<SessionsCsvColumns> inspect(QIODevice &in, const QHash<QString, QString> &columnMap);
    static SessionsCsvColumns mapColumns(const QStringList &headers, const QHash<QString, QString> &columnMap);
    // A stable key for a header row (order, case and surrounding blanks ignored), under which a column map
    // the user chose can be remembered and offered again for the next file with the same headers.
    static QString headerSetKey(const QStringList &headers);
};
