// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QEvent>
#include <QWidget>

#include <memory>

class Workspace;

// One of the main window's areas (Visitors, Cookies, Chats). The main window hands it the open workspace
// and tells it to reload after imports; the area retranslates itself when the language changes at runtime.
class Area : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    // nullptr when no workspace is open. Reads happen on the GUI thread's connection (the workspace's ports); work on a worker thread opens its own (Workspace::connect).
    virtual void setWorkspace(std::shared_ptr<Workspace> ws) = 0;
    // Data changed (an import finished); re-read what is shown.
    virtual void reload() = 0;

signals:
    // The area asks the main window to import files (worker thread, progress dialog, history).
    void importRequested(const QStringList &paths);
    void statusMessage(const QString &text);
    // The area changed the workspace itself (e.g. an import it ran with its own options): the main window
    // refreshes the import history and the other areas.
    void workspaceChanged();

protected:
    virtual void retranslate() = 0;
    void changeEvent(QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            retranslate();
        QWidget::changeEvent(event);
    }
};
