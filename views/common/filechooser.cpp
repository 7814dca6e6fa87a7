// SPDX-License-Identifier: GPL-3.0-or-later
#include "filechooser.h"

#include "core/appsettings.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {

QString key(FileChooser::Purpose purpose)
{
    return purpose == FileChooser::Purpose::Export ? u"export"_s : u"import"_s;
}

void remember(FileChooser::Purpose purpose, const QString &file)
{
    if (!file.isEmpty())
        AppSettings::setLastFolder(key(purpose), QFileInfo(file).absolutePath());
}

} // namespace

QString FileChooser::startFolder(Purpose purpose)
{
    const QString last = AppSettings::lastFolder(key(purpose));
    if (!last.isEmpty())
        return last;
    if (purpose == Purpose::Export) {
        const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        if (!documents.isEmpty() && QFileInfo(documents).isDir())
            return documents;
    }
    return QDir::homePath();
}

QString FileChooser::saveFile(
    QWidget *parent, const QString &caption, const QString &suggestedName, const QString &filter)
{
    const QString start = QDir(startFolder(Purpose::Export)).filePath(suggestedName);
    const QString path = QFileDialog::getSaveFileName(parent, caption, start, filter);
    remember(Purpose::Export, path);
    return path;
}

QString FileChooser::openFile(QWidget *parent, const QString &caption, const QString &filter)
{
    const QString path = QFileDialog::getOpenFileName(parent, caption, startFolder(Purpose::Import), filter);
    remember(Purpose::Import, path);
    return path;
}

QStringList FileChooser::openFiles(QWidget *parent, const QString &caption, const QString &filter)
{
    const QStringList paths = QFileDialog::getOpenFileNames(parent, caption, startFolder(Purpose::Import), filter);
    if (!paths.isEmpty())
        remember(Purpose::Import, paths.first());
    return paths;
}
