// SPDX-License-Identifier: GPL-3.0-or-later
// Answering modal dialogs in GUI tests: a dialog runs its own event loop, so the answer is given from a timer
// once the dialog is the active modal widget.
#pragma once

#include <QApplication>
#include <QFileDialog>
#include <QLineEdit>
#include <QTimer>

#include <functional>
#include <memory>

// Calls `answer` with the next modal dialog once it is shown (polling, as a nested event loop runs it), or gives up
// after `timeoutMs` without calling it.
inline void answerNextDialog(std::function<void(QWidget *)> answer, int timeoutMs = 5000)
{
    auto *timer = new QTimer(qApp);
    auto waited = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, waited, answer = std::move(answer), timeoutMs] {
        *waited += 20;
        QWidget *w = QApplication::activeModalWidget();
        if (!w && *waited < timeoutMs)
            return;
        timer->stop();
        timer->deleteLater();
        if (w)
            answer(w);
    });
    timer->start(20);
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
