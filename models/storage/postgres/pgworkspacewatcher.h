// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspace/workspacewatcher.h"

#include <QByteArray>

#include <memory>

class PgConnection;
class QSocketNotifier;
struct ImportReport;

// LISTENs on the workspace's channel on a connection of its own; the socket notifier wakes it when the server
// delivers a notification (after the announcing transaction commits).
class PgWorkspaceWatcher final : public WorkspaceWatcher
{
    Q_OBJECT

public:
    static constexpr const char *kChannel = "kapsel_changes";

    // nullptr when the connection or the LISTEN fails (the window then simply does not refresh by itself).
    static PgWorkspaceWatcher *create(const QString &uri, QObject *parent);
    ~PgWorkspaceWatcher() override;

    // The announcement of a finished import, sent inside its transaction (delivered when it commits).
    static QByteArray payloadOf(const ImportReport &report);
    // The announcement that `byUser` removed that import, sent inside the removal's transaction.
    static QByteArray payloadOf(const ImportReport &report, const QString &byUser);

private:
    PgWorkspaceWatcher(std::unique_ptr<PgConnection> conn, QObject *parent);
    void readNotifications();

    std::unique_ptr<PgConnection> m_conn;
    QSocketNotifier *m_notifier = nullptr;
};
