// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/keyboardshortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QString withoutMnemonic(QString text)
{
    text.replace(u"&&"_s, u"\x01"_s);
    text.remove(u'&');
    text.replace(u'\x01', u'&');
    return text;
}

QString keysOf(const QAction *a)
{
    QStringList keys;
    for (const QKeySequence &k : a->shortcuts())
        keys << k.toString(QKeySequence::NativeText);
    return keys.join(u", "_s);
}

// The name of the area or panel an action without a menu works in: the nearest widget with an accessible name.
QString placeOf(const QAction *a)
{
    for (const QObject *o = a->parent(); o; o = o->parent())
        if (const auto *w = qobject_cast<const QWidget *>(o); w && !w->accessibleName().isEmpty())
            return w->accessibleName();
    return {};
}

void addMenu(const QMenu *menu, QList<KeyboardShortcutsDialog::Entry> &out, QSet<const QAction *> &seen)
{
    for (const QAction *a : menu->actions()) {
        if (a->menu()) {
            addMenu(a->menu(), out, seen);
            continue;
        }
        if (a->shortcuts().isEmpty() || seen.contains(a))
            continue;
        seen.insert(a);
        out << KeyboardShortcutsDialog::Entry { keysOf(a), KeyboardShortcutsDialog::plainText(a),
            withoutMnemonic(menu->title()) };
    }
}

} // namespace

QString KeyboardShortcutsDialog::plainText(const QAction *action)
{
    QString text = withoutMnemonic(action->text()).trimmed();
    for (const QString &ellipsis : { u"…"_s, u"..."_s })
        if (text.endsWith(ellipsis))
            text = text.chopped(ellipsis.size()).trimmed();
    return text;
}

QList<KeyboardShortcutsDialog::Entry> KeyboardShortcutsDialog::entries(const QWidget *window)
{
    QList<Entry> out;
    QSet<const QAction *> seen;
    if (const auto *main = qobject_cast<const QMainWindow *>(window); main && main->menuWidget())
        for (const QAction *m : main->menuBar()->actions())
            if (m->menu())
                addMenu(m->menu(), out, seen);
    // The areas' own commands: they work while the area has the focus.
    for (const QAction *a : window->findChildren<QAction *>()) {
        if (a->shortcuts().isEmpty() || seen.contains(a) || a->associatedObjects().isEmpty())
            continue;
        seen.insert(a);
        out << Entry { keysOf(a), plainText(a), placeOf(a) };
    }
    return out;
}

KeyboardShortcutsDialog::KeyboardShortcutsDialog(QWidget *window)
    : QDialog(window)
{
    setObjectName(u"keyboardShortcutsDialog"_s);
    setWindowTitle(tr("Keyboard shortcuts"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Every command is also in a menu or reachable with Tab; underlined letters in the "
                                "menus and on buttons work with Alt. Commands of an area work while it has the "
                                "focus."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(u"shortcutList"_s);
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({ tr("Keys"), tr("Command"), tr("Where") });
    m_list->setAccessibleName(tr("Keyboard shortcuts"));
    for (const Entry &e : entries(window))
        new QTreeWidgetItem(m_list, { e.keys, e.command, e.where });
    for (int c = 0; c < 3; ++c)
        m_list->resizeColumnToContents(c);
    layout->addWidget(m_list, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    const QFontMetrics fm = fontMetrics();
    resize(fm.averageCharWidth() * 120, fm.height() * 30);
}
