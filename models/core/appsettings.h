// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

// Settings shared by the GUI and the CLI (QSettings, organisation "Kapsel"). Never holds chat text.
namespace AppSettings {

QString dataFolder(); // the user's data folder for Kapsel
QString defaultWorkspacePath(); // <data>/workspace.kapsel
QString demoWorkspacePath(); // <data>/demo.kapsel
QString currentWorkspacePath(); // the GUI's current workspace, else the default
void setCurrentWorkspacePath(const QString &path);
QStringList recentWorkspaces();
void addRecentWorkspace(const QString &path);
// The folder a file dialog last chose for a purpose ("export", "import"), if it still exists; else "".
QString lastFolder(const QString &purpose);
void setLastFolder(const QString &purpose, const QString &folder);
QString language(); // "" = follow the system
void setLanguage(const QString &code);

} // namespace AppSettings
