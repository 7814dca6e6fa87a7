// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/appsettings.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {
constexpr int kMaxRecent = 8;
QSettings settings()
{
    return QSettings(u"Kapsel"_s, u"Kapsel"_s);
}
} // namespace

QString AppSettings::dataFolder()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + u"/.local/share"_s;
    return dir + u"/kapsel"_s;
}

QString AppSettings::defaultWorkspacePath()
{
    return dataFolder() + u"/workspace.kapsel"_s;
}

QString AppSettings::demoWorkspacePath()
{
    return dataFolder() + u"/demo.kapsel"_s;
}

QString AppSettings::currentWorkspacePath()
{
    const QString p = settings().value(u"workspace/current"_s).toString();
    return p.isEmpty() ? defaultWorkspacePath() : p;
}

void AppSettings::setCurrentWorkspacePath(const QString &path)
{
    settings().setValue(u"workspace/current"_s, path.contains(u"://"_s) ? path : QFileInfo(path).absoluteFilePath());
}

QStringList AppSettings::recentWorkspaces()
{
    return settings().value(u"workspace/recent"_s).toStringList();
}

void AppSettings::addRecentWorkspace(const QString &path)
{
    QStringList recent = recentWorkspaces();
    // A file by its absolute path; a server's address (scheme://...) as it is.
    const QString abs = path.contains(u"://"_s) ? path : QFileInfo(path).absoluteFilePath();
    recent.removeAll(abs);
    recent.prepend(abs);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    settings().setValue(u"workspace/recent"_s, recent);
}

QString AppSettings::lastFolder(const QString &purpose)
{
    const QString dir = settings().value(u"folders/"_s + purpose).toString();
    return !dir.isEmpty() && QFileInfo(dir).isDir() ? dir : QString();
}

void AppSettings::setLastFolder(const QString &purpose, const QString &folder)
{
    settings().setValue(u"folders/"_s + purpose, QFileInfo(folder).absoluteFilePath());
}

QString AppSettings::language()
{
    return settings().value(u"ui/language"_s).toString();
}

void AppSettings::setLanguage(const QString &code)
{
    settings().setValue(u"ui/language"_s, code);
}
