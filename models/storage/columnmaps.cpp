// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/columnmaps.h"

#include "storage/sql.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {
QString metaKey(const QString &headerSetKey)
{
    return u"column_map/"_s + headerSetKey;
}
} // namespace

QHash<QString, QString> ColumnMaps::recall(QSqlDatabase &db, const QString &headerSetKey)
{
    QHash<QString, QString> map;
    if (headerSetKey.isEmpty())
        return map;
    const auto stored = Sql::meta(db, metaKey(headerSetKey));
    if (!stored)
        return map;
    const QJsonObject o = QJsonDocument::fromJson(stored->toUtf8()).object();
    for (auto it = o.begin(); it != o.end(); ++it)
        map.insert(it.key(), it.value().toString());
    return map;
}

bool ColumnMaps::remember(QSqlDatabase &db, const QString &headerSetKey, const QHash<QString, QString> &map)
{
    if (headerSetKey.isEmpty() || map.isEmpty())
        return true;
    QJsonObject o;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        o.insert(it.key(), it.value());
    return !Sql::setMeta(db, metaKey(headerSetKey), QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
}
