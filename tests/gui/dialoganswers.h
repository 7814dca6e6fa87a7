// SPDX-License-Identifier: GPL-3.0-or-later
// Answering modal dialogs in GUI tests: a dialog runs its own event loop, so the answer is given from a timer
// once the dialog is the active modal widget.
#pragma once

#include "gui/modaldialog.h"

#include <QFileDialog>
#include <QLineEdit>

#include <functional>

// Calls `answer` with the next modal dialog once it is shown and has the focus, or gives up after `timeoutMs`
// without calling it when none is shown (whenModalDialog, the one polling mechanism of the GUI tests).
inline void answerNextDialog(std::function<void(QWidget *)> answer, int timeoutMs = 5000)
{
    whenModalDialog(std::move(answer), {}, timeoutMs);
}

// Chooses `path` in a (Qt, non-native) file dialog as a user does: types it into the file name field and
// accepts. QFileDialog::selectFile is not used: it leaves the field alone while the field has the focus.
inline bool chooseFile(QFileDialog *dialog, const QString &path)
{
    auto *name = dialog ? dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit")) : nullptr;
    if (!name)
        return false;
    name->setText(path);
    QMetaObject::invokeMethod(dialog, "accept"); // QFileDialog::accept is protected
    return true;
}
