// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/postgres/pgworkspacewatcher.h"

#include "storage/postgres/pgconnection.h"
#include "workspace/importledger.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>

using namespace Qt::StringLiterals;

PgWorkspaceWatcher *PgWorkspaceWatcher::create(const QString &uri, QObject *parent)
{
    auto conn = PgConnection::open(uri);
    if (!conn || (*conn)->listen(kChannel))
        return nullptr;
    return new PgWorkspaceWatcher(std::move(*conn), parent);
}

PgWorkspaceWatcher::PgWorkspaceWatcher(std::unique_ptr<PgConnection> conn, QObject *parent)
    : WorkspaceWatcher(parent)
    , m_conn(std::move(conn))
{
    m_notifier = new QSocketNotifier(m_conn->socket(), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &PgWorkspaceWatcher::readNotifications);
}

PgWorkspaceWatcher::~PgWorkspaceWatcher()
{
    m_notifier->setEnabled(false);
}

QByteArray PgWorkspaceWatcher::payloadOf(const ImportReport &report)
{
    const QJsonObject o { { u"pid"_s, QCoreApplication::applicationPid() }, { u"user"_s, report.osUser },
        { u"kind"_s, report.kind }, { u"file"_s, report.fileName }, { u"rows"_s, report.rowsStored } };
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray PgWorkspaceWatcher::payloadOf(const ImportReport &report, const QString &byUser)
{
    QJsonObject o = QJsonDocument::fromJson(payloadOf(report)).object();
    o.insert(u"user"_s, byUser);
    o.insert(u"removed"_s, true);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

void PgWorkspaceWatcher::readNotifications()
{
    const qint64 self = QCoreApplication::applicationPid();
    for (const PgNotification &n : m_conn->notifications()) {
        const QJsonObject o = QJsonDocument::fromJson(n.payload).object();
        if (o.value(u"pid"_s).toInteger() == self)
            continue;
        WorkspaceChange change;
        change.user = o.value(u"user"_s).toString();
        change.kind = o.value(u"kind"_s).toString();
        change.fileName = o.value(u"file"_s).toString();
        change.rows = o.value(u"rows"_s).toInteger();
        change.removed = o.value(u"removed"_s).toBool();
        emit changed(change);
    }
}
