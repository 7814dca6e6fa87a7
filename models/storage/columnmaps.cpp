// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/columnmaps.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

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
    QSqlQuery q(db);
    q.prepare(u"SELECT value FROM meta WHERE key = ?"_s);
    q.addBindValue(metaKey(headerSetKey));
    if (!q.exec() || !q.next())
        return map;
    const QJsonObject o = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
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
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO meta(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s);
    q.addBindValue(metaKey(headerSetKey));
    q.addBindValue(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
    return q.exec();
}
