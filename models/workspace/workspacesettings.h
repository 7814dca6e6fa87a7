// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QString>
#include <QTimeZone>

#include <optional>

// The workspace's own settings (kept in the workspace, shared by everyone who opens it; never passwords):
// its time zone, remembered column maps, the chat retention, ... A backend stores key-value text; what the
// values mean is decided here, the same on every backend.
class WorkspaceSettings
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceSettings)

public:
    virtual ~WorkspaceSettings() = default;

    // The stored value; nothing when the key is not set.
    virtual Expected<std::optional<QString>> value(const QString &key) = 0;
    virtual Status setValue(const QString &key, const QString &value) = 0;
    // Every stored setting, by key (what a copy of the workspace carries over).
    virtual Expected<QMap<QString, QString>> all() = 0;

    QString valueOr(const QString &key, const QString &fallback);

    // The zone for times written without an offset, and for days: Europe/Oslo when unset or unknown.
    QTimeZone timeZone();
    Status setTimeZone(const QByteArray &ianaId);

    // The text that replaces a removed span in chats (may be empty: the span goes without a trace). Until it is
    // set, the marker of the language Kapsel runs in, "[fjernet]" in Bokmål and "[removed]" in English
    // (RuleSet::defaultMarker). The first time the workspace stores chat text (markerForStoring, inside that
    // write), that default is kept in the workspace, so that every later import and rewrite, by anyone in
    // either language, uses the same marker until someone sets another.
    QString redactionMarker();
    // Refuses line breaks and other control characters, digits (a marker next to a number could read as part of
    // it) and more than kMaxMarkerLength characters.
    Status setRedactionMarker(const QString &marker);
    Expected<QString> markerForStoring();
    static constexpr int kMaxMarkerLength = 40;

    // Column maps the user chose (--map, the GUI's mapping dialog), remembered per header set
    // (Importer::columnSetKey) so that the next file with the same headers imports without asking again.
    QHash<QString, QString> columnMap(const QString &headerSetKey);
    Status rememberColumnMap(const QString &headerSetKey, const QHash<QString, QString> &map);
};
