// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QObject>
#include <QString>

// What another program changed in a shared workspace: an import it finished, or one it removed.
struct WorkspaceChange
{
    QString user; // who, as the importing program knew them (login name), and the server role
    QString kind; // visitors | cookies | chats
    QString fileName;
    qint64 rows = 0; // rows stored
    bool removed = false; // `user` removed the import of fileName (History ▸ Remove import)
};

Q_DECLARE_METATYPE(WorkspaceChange)

// Tells an open window when someone else changes the workspace, so that it can refresh. On a team workspace
// the server announces each finished or removed import to everyone watching (LISTEN/NOTIFY), within a second; a file
// has no such announcements (watch() returns nullptr).
class WorkspaceWatcher : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // A watcher of the workspace at `location` on a connection of its own, or nullptr where the backend has
    // no announcements. Changes made by this program are not reported.
    static WorkspaceWatcher *watch(const QString &location, QObject *parent);

signals:
    void changed(const WorkspaceChange &change);
};
