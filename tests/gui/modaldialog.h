// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QApplication>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

// Answers the next modal dialog in a GUI test: a nested event loop runs it, so the test polls for it. `answer` is
// called once the dialog has the keyboard focus (as a user's keys would reach it) and `accept`, if given, takes
// it; after `timeoutMs` without one it is called with whatever modal widget there is, or not at all.
inline void whenModalDialog(std::function<void(QWidget *)> answer, std::function<bool(QWidget *)> accept = {},
    int timeoutMs = 10000)
{
    auto *timer = new QTimer(qApp);
    auto waited = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, timer, [=] {
        *waited += 20;
        QWidget *w = QApplication::activeModalWidget();
        const bool ready
            = w && w->isVisible() && w->isAncestorOf(QApplication::focusWidget()) && (!accept || accept(w));
        if (!ready && *waited < timeoutMs)
            return;
        timer->stop();
        timer->deleteLater();
        if (w)
            answer(w);
    });
    timer->start(20);
}
