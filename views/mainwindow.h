// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

#include <memory>

class Area;
class QListWidget;
class QStackedWidget;
class Workspace;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    bool openWorkspace(const QString &path, bool isDemo = false);
    std::shared_ptr<Workspace> workspace() const { return m_ws; }
    // Shows the area by index: 0 visitors, 1 cookies, 2 chats.
    void showArea(int index);

private:
    void retranslate();

    std::shared_ptr<Workspace> m_ws;
    QListWidget *m_sidebar = nullptr;
    QStackedWidget *m_stack = nullptr;
    QList<Area *> m_areas;
};
