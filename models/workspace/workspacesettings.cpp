// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace/workspacesettings.h"

#include "redaction/ruleset.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {
const QString kMarkerKey = u"redaction_marker"_s;

QString columnMapKey(const QString &headerSetKey)
{
    return u"column_map/"_s + headerSetKey;
}
} // namespace

QString WorkspaceSettings::valueOr(const QString &key, const QString &fallback)
{
    auto stored = value(key);
    return stored && *stored ? **stored : fallback;
}

QTimeZone WorkspaceSettings::timeZone()
{
    const QTimeZone zone(valueOr(u"time_zone"_s, u"Europe/Oslo"_s).toUtf8());
    return zone.isValid() ? zone : QTimeZone("Europe/Oslo");
}

Status WorkspaceSettings::setTimeZone(const QByteArray &ianaId)
{
    if (!QTimeZone(ianaId).isValid())
        return Error { {}, 0, tr("unknown time zone %1").arg(QString::fromUtf8(ianaId)) };
    return setValue(u"time_zone"_s, QString::fromUtf8(ianaId));
}

QString WorkspaceSettings::redactionMarker()
{
    auto stored = value(kMarkerKey);
    return stored && *stored ? **stored : RuleSet::defaultMarker();
}

Status WorkspaceSettings::setRedactionMarker(const QString &marker)
{
    if (marker.size() > kMaxMarkerLength)
        return Error { {}, 0, tr("the marker is longer than %1 characters").arg(kMaxMarkerLength) };
    for (const QChar c : marker) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            return Error { {}, 0, tr("the marker cannot hold a line break or another control character") };
        if (c.isDigit())
            return Error { {}, 0, tr("the marker cannot hold digits: next to a number they would read as part of it") };
    }
    return setValue(kMarkerKey, marker.isNull() ? u""_s : marker); // a null string would be SQL NULL
}

Expected<QString> WorkspaceSettings::markerForStoring()
{
    auto stored = value(kMarkerKey);
    if (!stored)
        return stored.error();
    if (*stored)
        return **stored;
    const QString marker = RuleSet::defaultMarker();
    if (Status s = setValue(kMarkerKey, marker))
        return *s;
    return marker;
}

QHash<QString, QString> WorkspaceSettings::columnMap(const QString &headerSetKey)
{
    QHash<QString, QString> map;
    if (headerSetKey.isEmpty())
        return map;
    const QJsonObject o = QJsonDocument::fromJson(valueOr(columnMapKey(headerSetKey), {}).toUtf8()).object();
    for (auto it = o.begin(); it != o.end(); ++it)
        map.insert(it.key(), it.value().toString());
    return map;
}

Status WorkspaceSettings::rememberColumnMap(const QString &headerSetKey, const QHash<QString, QString> &map)
{
    if (headerSetKey.isEmpty() || map.isEmpty())
        return {};
    QJsonObject o;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        o.insert(it.key(), it.value());
    return setValue(columnMapKey(headerSetKey), QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
}
