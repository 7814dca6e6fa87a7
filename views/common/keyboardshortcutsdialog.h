// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QAction;
class QTreeWidget;

// Help ▸ Keyboard shortcuts: every shortcut of a window's actions (its menus' and its areas'), read from the
// QActions themselves when the dialog opens, so that the list never drifts from the keys that work, in the
// language the window is in.
class KeyboardShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit KeyboardShortcutsDialog(QWidget *window);

    struct Entry
    {
        QString keys; // as the user types them (native text), alternatives joined by ", "
        QString command; // the action's text without its mnemonic and ellipsis
        QString where; // the menu or area the action belongs to
    };
    // The window's actions that have a shortcut, in the order of the menus, then of the areas.
    static QList<Entry> entries(const QWidget *window);
    // An action's text as the list shows it: "&Import…" → "Import".
    static QString plainText(const QAction *action);

private:
    QTreeWidget *m_list = nullptr;
};
