// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QWidget;

// File dialogs that start in a real folder: the one last chosen for the same purpose, else the user's
// Documents folder (exports) or home (imports), never the process's working directory. The folder chosen is
// remembered for next time.
namespace FileChooser {

enum class Purpose { Export, Import };

// The folder a dialog for this purpose starts in.
QString startFolder(Purpose purpose);
// Asks where to save; suggestedName is a bare file name placed in the start folder. "" when cancelled.
QString saveFile(QWidget *parent, const QString &caption, const QString &suggestedName, const QString &filter);
// Asks for one or several files to read. "" / empty when cancelled.
QString openFile(QWidget *parent, const QString &caption, const QString &filter);
QStringList openFiles(QWidget *parent, const QString &caption, const QString &filter);

} // namespace FileChooser
