// SPDX-License-Identifier: GPL-3.0-or-later
// Accessibility (issue #15): every window walked with QAccessible fails on a focusable control without a name;
// Tab reaches every control in the visual order; the underlined letters (mnemonics) are unique wherever they work
// at the same time; Help ▸ Keyboard shortcuts lists the actions' real shortcuts; the charts state their figures in
// words. In English and Bokmål.
#include "chats/chatsarea.h"
#include "chats/chattranscriptview.h"
#include "common/columnmappingdialog.h"
#include "common/keyboardshortcutsdialog.h"
#include "cookies/scanwebsitedialog.h"
#include "core/language.h"
#include "importers/sessionscsvimporter.h"
#include "mainwindow.h"
#include "gui/modaldialog.h"
#include "testsupport.h"
#include "visitors/chartpanel.h"
#include "visitors/visitorsarea.h"
#include "workspace/teamworkspacedialog.h"
#include "workspace/workspace.h"

#include <QAbstractAxis>
#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDockWidget>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTextBlock>
#include <QTextEdit>
#include <QTimer>
#include <QTreeWidget>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

QString describe(const QWidget *w)
{
    QStringList path;
    for (const QWidget *p = w; p && path.size() < 3; p = p->parentWidget())
        path << u"%1 '%2'"_s.arg(QString::fromLatin1(p->metaObject()->className()), p->objectName());
    return path.join(u" in "_s);
}

// A control's own part (a spin box's or combo box's edit, a tab widget handing the focus to its tab bar) is
// walked as the control itself.
bool isPartOfAnother(const QWidget *w)
{
    if (w->focusProxy())
        return true;
    const QWidget *p = w->parentWidget();
    return p && (qobject_cast<const QAbstractSpinBox *>(p) || qobject_cast<const QComboBox *>(p));
}

QList<QWidget *> focusableIn(QWidget *root)
{
    QList<QWidget *> out;
    QList<QWidget *> all = root->findChildren<QWidget *>();
    all.prepend(root);
    for (QWidget *w : std::as_const(all))
        if (w->focusPolicy() != Qt::NoFocus && w->isVisible() && !isPartOfAnother(w))
            out << w;
    return out;
}

bool hasBuddyLabel(const QWidget *w)
{
    for (const QLabel *l : w->window()->findChildren<QLabel *>())
        if (l->buddy() == w && !l->text().isEmpty())
            return true;
    return false;
}

// Why a screen reader could not name the control, or empty. Buttons, labels and tab bars are named by their text;
// anything else (a combo box, an edit, a table, a chart) by its accessible name or its label: Qt on Linux would
// otherwise name a combo box by its current value, and nothing else at all.
QString namingProblem(QWidget *w)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
    if (!iface)
        return u"no accessible interface"_s;
    if (iface->text(QAccessible::Name).trimmed().isEmpty())
        return u"no accessible name"_s;
    const bool namedByText = qobject_cast<QAbstractButton *>(w) || qobject_cast<QLabel *>(w)
        || qobject_cast<QTabBar *>(w) || qobject_cast<QGroupBox *>(w);
    if (!namedByText && w->accessibleName().isEmpty() && !hasBuddyLabel(w))
        return u"named only by its value (\"%1\"), no accessible name or label"_s.arg(iface->text(QAccessible::Name));
    return {};
}

QStringList namelessIn(QWidget *root, const QString &where)
{
    QStringList out;
    for (QWidget *w : focusableIn(root))
        if (const QString problem = namingProblem(w); !problem.isEmpty())
            out << u"%1: %2: %3"_s.arg(where, describe(w), problem);
    return out;
}

// Every state of a window worth walking: each page of each tab widget in turn (a page's controls are visible only
// while it is shown).
void forEachTabPage(QWidget *root, const std::function<void(const QString &)> &visit)
{
    visit(QString());
    for (QTabWidget *tabs : root->findChildren<QTabWidget *>()) {
        if (!tabs->isVisible())
            continue;
        const int was = tabs->currentIndex();
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QCoreApplication::processEvents();
            visit(u"tab '%1'"_s.arg(tabs->tabText(i)));
        }
        tabs->setCurrentIndex(was);
    }
}

QChar mnemonicOf(const QString &text)
{
    const QKeySequence k = QKeySequence::mnemonic(text);
    if (k.isEmpty())
        return {};
    return QKeySequence(k[0].key()).toString().toLower().at(0);
}

// The underlined letters that work at once in a window: its menu bar's titles and its visible buttons, labels
// (with a buddy), group boxes and tabs. Two of the same letter make Alt+letter ambiguous.
QStringList mnemonicClashes(QWidget *window, const QString &where)
{
    QMultiHash<QChar, QString> users;
    auto add = [&users](const QString &text, const QString &who) {
        if (const QChar c = mnemonicOf(text); !c.isNull())
            users.insert(c, u"\"%1\" (%2)"_s.arg(text, who));
    };
    if (auto *main = qobject_cast<QMainWindow *>(window))
        for (QAction *m : main->menuBar()->actions())
            add(m->text(), u"menu bar"_s);
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!w->isVisible())
            continue;
        if (auto *b = qobject_cast<QAbstractButton *>(w))
            add(b->text(), describe(w));
        else if (auto *l = qobject_cast<QLabel *>(w); l && l->buddy())
            add(l->text(), describe(w));
        else if (auto *g = qobject_cast<QGroupBox *>(w))
            add(g->title(), describe(w));
        else if (auto *t = qobject_cast<QTabBar *>(w))
            for (int i = 0; i < t->count(); ++i)
                add(t->tabText(i), describe(w));
    }
    QStringList out;
    for (const QChar c : users.uniqueKeys())
        if (users.count(c) > 1)
            out << u"%1: Alt+%2 is %3"_s.arg(where, c.toUpper(), QStringList(users.values(c)).join(u" and "_s));
    return out;
}

QStringList menuProblems(QMenu *menu, const QString &where)
{
    QStringList out;
    QHash<QChar, QString> seen;
    const QString title = QString(menu->title()).remove(u'&');
    for (QAction *a : menu->actions()) {
        if (a->isSeparator() || !a->isVisible())
            continue;
        const QChar c = mnemonicOf(a->text());
        if (c.isNull())
            out << u"%1: menu %2: \"%3\" has no underlined letter"_s.arg(where, title, a->text());
        else if (seen.contains(c))
            out << u"%1: menu %2: \"%3\" and \"%4\" share Alt+%5"_s.arg(where, title, seen[c], a->text(), c.toUpper());
        else
            seen.insert(c, a->text());
        if (a->menu())
            out << menuProblems(a->menu(), where);
    }
    return out;
}

// The controls Tab stops at, in the order Tab visits them from `root`'s first.
QList<QWidget *> tabChain(QWidget *root)
{
    QList<QWidget *> chain;
    QWidget *w = root;
    for (int guard = 0; guard < 5000; ++guard) {
        w = w->nextInFocusChain();
        if (w == root)
            break;
        if (root->isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus) && w->isVisible() && w->isEnabled()
            && !isPartOfAnother(w) && !chain.contains(w))
            chain << w;
    }
    return chain;
}

// Visual order, as far as it is defined: of two controls on one row (each one's middle within the other's height)
// the left comes first; of two in one column (overlapping horizontally) the upper. Controls placed diagonally may
// come in either order (a column of charts is read down before the next column).
QString orderProblem(QWidget *a, QWidget *b, QWidget *window)
{
    const QRect ra(a->mapTo(window, QPoint(0, 0)), a->size());
    const QRect rb(b->mapTo(window, QPoint(0, 0)), b->size());
    const bool sameRow = (ra.center().y() >= rb.top() && ra.center().y() <= rb.bottom())
        || (rb.center().y() >= ra.top() && rb.center().y() <= ra.bottom());
    const bool sameColumn = ra.left() < rb.right() && rb.left() < ra.right();
    if (sameRow && rb.right() <= ra.left())
        return u"%1 is left of %2 on the same row"_s.arg(describe(b), describe(a));
    if (!sameRow && sameColumn && rb.bottom() <= ra.top())
        return u"%1 is above %2"_s.arg(describe(b), describe(a));
    return {};
}

QStringList tabOrderProblems(QWidget *root, const QString &where)
{
    QStringList out;
    const QList<QWidget *> chain = tabChain(root);
    for (QWidget *w : focusableIn(root))
        if ((w->focusPolicy() & Qt::TabFocus) && w->isEnabled() && !chain.contains(w))
            out << u"%1: Tab never reaches %2"_s.arg(where, describe(w));
    for (qsizetype i = 0; i < chain.size(); ++i)
        for (qsizetype j = i + 1; j < chain.size(); ++j)
            if (const QString p = orderProblem(chain[i], chain[j], root->window()); !p.isEmpty())
                out << u"%1: Tab visits %2 before %3, but %4"_s.arg(where, describe(chain[i]), describe(chain[j]), p);
    return out;
}


// WCAG 2's relative luminance and contrast ratio, written out here from the definition.
double luminance(const QColor &c)
{
    auto channel = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}
double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}
// A colour with alpha as it shows on `under`.
QColor over(const QColor &c, const QColor &under)
{
    const double a = c.alphaF();
    return QColor::fromRgbF(float(c.redF() * a + under.redF() * (1 - a)),
        float(c.greenF() * a + under.greenF() * (1 - a)), float(c.blueF() * a + under.blueF() * (1 - a)));
}

// A dark theme as a desktop hands it to Qt.
QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x2b), base(0x1e, 0x1e, 0x1e), text(0xe8, 0xe8, 0xe8);
    for (auto [role, colour] : { std::pair { QPalette::Window, window }, { QPalette::WindowText, text },
             { QPalette::Base, base }, { QPalette::AlternateBase, QColor(0x28, 0x28, 0x28) }, { QPalette::Text, text },
             { QPalette::Button, QColor(0x35, 0x35, 0x35) }, { QPalette::ButtonText, text },
             { QPalette::Highlight, QColor(0x2f, 0x65, 0xca) }, { QPalette::HighlightedText, Qt::white },
             { QPalette::ToolTipBase, window }, { QPalette::ToolTipText, text },
             { QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0) }, { QPalette::Link, QColor(0x8a, 0xb4, 0xf8) },
             { QPalette::BrightText, Qt::white }, { QPalette::Light, QColor(0x50, 0x50, 0x50) },
             { QPalette::Midlight, QColor(0x40, 0x40, 0x40) }, { QPalette::Mid, QColor(0x30, 0x30, 0x30) },
             { QPalette::Dark, QColor(0x18, 0x18, 0x18) }, { QPalette::Shadow, Qt::black } })
        p.setColor(role, colour);
    return p;
}

// Every cell of a view's model whose colours, given or the palette's, read below 4.5:1.
QStringList unreadableCells(const QAbstractItemView *view, const QString &where)
{
    QStringList out;
    const QPalette pal = view->palette();
    const QAbstractItemModel *m = view->model();
    for (int r = 0; r < m->rowCount(); ++r)
        for (int c = 0; c < m->columnCount(); ++c) {
            const QModelIndex i = m->index(r, c);
            const QVariant fg = i.data(Qt::ForegroundRole), bg = i.data(Qt::BackgroundRole);
            const QColor text = fg.isValid() ? fg.value<QBrush>().color() : pal.color(QPalette::Text);
            for (const QColor &under : bg.isValid()
                    ? QList<QColor> { bg.value<QBrush>().color() }
                    : QList<QColor> { pal.color(QPalette::Base), pal.color(QPalette::AlternateBase) }) {
                const double ratio = contrast(over(text, under), under);
                if (ratio < 4.5)
                    out << u"%1 row %2 column %3 \"%4\": %5 on %6 is %7:1"_s.arg(where)
                               .arg(r)
                               .arg(c)
                               .arg(i.data().toString(), text.name(), under.name())
                               .arg(ratio, 0, 'f', 2);
            }
        }
    return out;
}

// Every run of a text view's text whose colours read below 4.5:1, and the highlighted passages without a mark
// other than their colour.
QStringList unreadableText(const QTextEdit *view, const QString &where)
{
    QStringList out;
    const QPalette pal = view->palette();
    auto check = [&](const QTextCharFormat &f, const QString &text) {
        const QColor under = f.background().style() != Qt::NoBrush ? f.background().color() : pal.color(QPalette::Base);
        const QColor fg = f.foreground().style() != Qt::NoBrush ? f.foreground().color() : pal.color(QPalette::Text);
        const double ratio = contrast(over(fg, under), under);
        if (ratio < 4.5)
            out << u"%1 \"%2\": %3 on %4 is %5:1"_s.arg(where, text.left(30), fg.name(), under.name())
                       .arg(ratio, 0, 'f', 2);
        if (f.background().style() != Qt::NoBrush && !f.fontStrikeOut() && !f.fontUnderline())
            out << u"%1 \"%2\": highlighted by colour only"_s.arg(where, text.left(30));
    };
    for (QTextBlock b = view->document()->begin(); b.isValid(); b = b.next())
        for (auto it = b.begin(); !it.atEnd(); ++it)
            check(it.fragment().charFormat(), it.fragment().text());
    for (const QTextEdit::ExtraSelection &s : view->extraSelections())
        check(s.format, s.cursor.selectedText());
    return out;
}
} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static VisitorsArea *visitors(MainWindow &w) { return w.findChild<VisitorsArea *>(); }

    // The demo workspace, written once (each window opens it; none changes it).
    static QString &demoPath()
    {
        static QString path;
        return path;
    }

    static void openWindow(MainWindow &w)
    {
        w.setInteractive(false);
        if (demoPath().isEmpty())
            QVERIFY(w.openDemo());
        else
            QVERIFY(w.openWorkspace(demoPath()));
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTRY_VERIFY(!visitors(w)->isLoading());
    }

private slots:
    void initTestCase()
    {
        qputenv("HOME", QFile::encodeName(m_dir.path()));
        QStandardPaths::setTestModeEnabled(true);
        QAccessible::setActive(true);
        MainWindow w;
        w.setInteractive(false);
        QVERIFY(w.openDemo());
        demoPath() = w.workspace()->location();
    }
    void cleanup() { Language::apply(u"en"_s); }

    void everyControlHasAName_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << u"en"_s;
        QTest::newRow("nb") << u"nb"_s;
    }
    void everyControlHasAName()
    {
        QFETCH(QString, language);
        Language::apply(language);
        QStringList offenders;
        {
            MainWindow w;
            openWindow(w);
            w.findChild<QDockWidget *>(u"historyDock"_s)->show();
            for (int area = 0; area < 3; ++area) {
                w.showArea(area);
                QCoreApplication::processEvents();
                for (bool tables : { false, true }) {
                    for (ChartPanel *p : w.findChildren<ChartPanel *>())
                        p->showTable(tables);
                    forEachTabPage(&w, [&](const QString &tab) {
                        offenders << namelessIn(&w, u"%1 area %2 %3"_s.arg(language).arg(area).arg(tab));
                    });
                }
            }
            // The dialogs the menus open.
            for (const char *action : { "shortcutsAction", "timeZoneAction" }) {
                QStringList found;
                whenModalDialog([&found, action](QWidget *d) {
                    found = namelessIn(d, QString::fromLatin1(action));
                    d->close();
                });
                w.findChild<QAction *>(QString::fromLatin1(action))->trigger();
                offenders << found;
            }
        }
        TeamWorkspaceDialog team(nullptr);
        ScanWebsiteDialog scan(nullptr);
        SessionsCsvColumns columns;
        columns.headers = { u"when"_s, u"how long"_s, u"who"_s };
        ColumnMappingDialog mapping(u"sessions.csv"_s, columns, nullptr);
        for (QDialog *d : std::initializer_list<QDialog *> { &team, &scan, &mapping }) {
            d->show();
            QVERIFY(QTest::qWaitForWindowExposed(d));
            offenders << namelessIn(d, language + u' ' + QString::fromLatin1(d->metaObject()->className()));
            d->close();
        }
        offenders.removeDuplicates();
        QVERIFY2(offenders.isEmpty(), qPrintable(u"\n"_s + offenders.join(u'\n')));
    }

    void tabFollowsTheLayout_data() { everyControlHasAName_data(); }
    void tabFollowsTheLayout()
    {
        QFETCH(QString, language);
        Language::apply(language);
        MainWindow w;
        openWindow(w);
        QStringList problems;
        for (int area = 0; area < 3; ++area) {
            w.showArea(area);
            QCoreApplication::processEvents();
            QWidget *page = w.findChildren<QStackedWidget *>().first()->currentWidget();
            forEachTabPage(page, [&](const QString &tab) {
                problems << tabOrderProblems(page, u"%1 area %2 %3"_s.arg(language).arg(area).arg(tab));
            });
        }
        QVERIFY2(problems.isEmpty(), qPrintable(u"\n"_s + problems.join(u'\n')));
    }

    void mnemonicsAreUnique_data() { everyControlHasAName_data(); }
    void mnemonicsAreUnique()
    {
        QFETCH(QString, language);
        Language::apply(language);
        MainWindow w;
        openWindow(w);
        QStringList problems;
        for (QAction *m : w.menuBar()->actions())
            problems << menuProblems(m->menu(), language);
        for (int area = 0; area < 3; ++area) {
            w.showArea(area);
            QCoreApplication::processEvents();
            forEachTabPage(&w, [&](const QString &tab) {
                problems << mnemonicClashes(&w, u"%1 area %2 %3"_s.arg(language).arg(area).arg(tab));
            });
        }
        problems.removeDuplicates();
        QVERIFY2(problems.isEmpty(), qPrintable(u"\n"_s + problems.join(u'\n')));
    }

    // Help ▸ Keyboard shortcuts, opened with its own key, lists every action that has a shortcut, with that
    // shortcut and the action's text in the window's language; no two actions that work at once share a key.
    void shortcutsAreListed_data() { everyControlHasAName_data(); }
    void shortcutsAreListed()
    {
        QFETCH(QString, language);
        Language::apply(language);
        MainWindow w;
        openWindow(w);
        QList<QStringList> rows;
        whenModalDialog([&rows, language](QWidget *d) {
            d->grab().save(QDir(QStringLiteral(QT_TESTCASE_BUILDDIR)).filePath(u"a11y-shortcuts-%1.png"_s.arg(language)));
            if (auto *list = d->findChild<QTreeWidget *>(u"shortcutList"_s))
                for (int i = 0; i < list->topLevelItemCount(); ++i)
                    rows << QStringList { list->topLevelItem(i)->text(0), list->topLevelItem(i)->text(1),
                        list->topLevelItem(i)->text(2) };
            d->close();
        });
        QTest::keyClick(&w, Qt::Key_F1);
        QVERIFY2(rows.size() >= 12, qPrintable(QString::number(rows.size())));

        QHash<QString, QStringList> windowWide; // keys → actions working anywhere in the window
        for (QAction *a : w.findChildren<QAction *>()) {
            if (a->shortcut().isEmpty() || a->associatedObjects().isEmpty())
                continue;
            const QString keys = a->shortcut().toString(QKeySequence::NativeText);
            const QString text = KeyboardShortcutsDialog::plainText(a);
            QVERIFY2(!text.isEmpty(), qPrintable(keys + u" has an action without a text"_s));
            QVERIFY2(std::any_of(rows.cbegin(), rows.cend(),
                         [&](const QStringList &r) { return r[0] == keys && r[1] == text && !r[2].isEmpty(); }),
                qPrintable(u"%1 (%2) is not listed"_s.arg(text, keys)));
            if (a->shortcutContext() == Qt::WindowShortcut)
                windowWide[keys] << text;
        }
        for (auto it = windowWide.cbegin(); it != windowWide.cend(); ++it)
            QVERIFY2(it->size() == 1, qPrintable(u"%1 is %2"_s.arg(it.key(), it->join(u" and "_s))));
        // The common commands have their keys.
        for (const QString &keys : { u"Ctrl+I"_s, u"Ctrl+O"_s, u"Ctrl+1"_s, u"Ctrl+2"_s, u"Ctrl+3"_s, u"Ctrl+F"_s,
                 u"Ctrl+Z"_s, u"F5"_s, u"Ctrl+T"_s })
            QVERIFY2(std::any_of(rows.cbegin(), rows.cend(), [&](const QStringList &r) { return r[0] == keys; }),
                qPrintable(keys + u" is missing"_s));
        const auto import
            = std::find_if(rows.cbegin(), rows.cend(), [](const QStringList &r) { return r[0] == u"Ctrl+I"; });
        QCOMPARE((*import)[1], language == u"nb" ? u"Importer"_s : u"Import"_s);
        QCOMPARE((*import)[2], language == u"nb" ? u"Fil"_s : u"File"_s);
    }

    // The charts' text alternative states the figures of the table behind each chart, in the locale, and follows
    // the data when the range changes.
    void chartsDescribeTheirFigures_data() { everyControlHasAName_data(); }
    void chartsDescribeTheirFigures()
    {
        QFETCH(QString, language);
        Language::apply(language);
        MainWindow w;
        openWindow(w);
        VisitorsArea *area = visitors(w);
        for (int preset : { int(VisitorsArea::AllData), int(VisitorsArea::LastYear) }) {
            area->setPreset(VisitorsArea::Preset(preset));
            QTRY_VERIFY(!area->isLoading());
            for (ChartPanel *panel : { area->visitsPanel(), area->durationsPanel() }) {
                const QString text = panel->chartView()->accessibleDescription();
                QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(panel->chartView());
                QCOMPARE(iface->text(QAccessible::Description), text);
                QVERIFY(!iface->text(QAccessible::Name).isEmpty());
                const QAbstractItemModel *m = panel->table()->model();
                QVERIFY(m->rowCount() > 0);
                int visitsColumn = -1;
                for (int c = 0; c < m->columnCount(); ++c)
                    if (m->headerData(c, Qt::Horizontal).toString() == (language == u"nb" ? u"Besøk"_s : u"Visits"_s))
                        visitsColumn = c;
                QVERIFY(visitsColumn >= 0);
                for (int r = 0; r < std::min(m->rowCount(), 36); ++r) {
                    // The table marks periods from aggregate reports, "(aggregate)"; a figure not available at
                    // this granularity is said in words.
                    const QString period = m->index(r, 0).data().toString().section(u" ("_s, 0, 0);
                    const QString visits = m->index(r, visitsColumn).data().toString();
                    if (visits.contains(QRegularExpression(u"[a-z]"_s)))
                        continue;
                    QVERIFY2(text.contains(period + u": "_s + visits + u' '),
                        qPrintable(u"%1: %2 not in %3"_s.arg(period, visits, text.left(400))));
                }
            }
        }
    }

    // In a dark theme every colour the views hand out (status tints, suggestions, redaction highlights, search
    // hits, the charts' labels) still reads at 4.5:1 or more, and highlights carry a mark besides their colour.
    void coloursReadInADarkTheme()
    {
        const QPalette light = QApplication::palette();
        QApplication::setPalette(darkPalette());
        QStringList problems;
        {
            MainWindow w;
            openWindow(w);
            w.showArea(1);
            auto *cookies = w.findChild<QTableView *>(u"cookieTable"_s);
            QVERIFY(cookies->model()->rowCount() > 5);
            problems << unreadableCells(cookies, u"cookie inventory"_s);
            // Each tinted status also says its status in words.
            for (int r = 0; r < cookies->model()->rowCount(); ++r)
                for (int c = 0; c < cookies->model()->columnCount(); ++c) {
                    const QModelIndex i = cookies->model()->index(r, c);
                    if (i.data(Qt::BackgroundRole).isValid() && i.data().toString().trimmed().isEmpty())
                        problems << u"cookie row %1 column %2: a colour without text"_s.arg(r).arg(c);
                }
            for (const char *tree : { "cookieFindings", "cookieDiff" })
                problems << unreadableCells(
                    w.findChild<QTreeWidget *>(QString::fromLatin1(tree)), QString::fromLatin1(tree));

            w.showArea(0);
            for (ChartPanel *p : w.findChildren<ChartPanel *>()) {
                const QColor under = p->chart()->backgroundBrush().color();
                for (QAbstractAxis *axis : p->chart()->axes()) {
                    const double ratio = contrast(axis->labelsBrush().color(), under);
                    if (ratio < 4.5)
                        problems << u"%1 axis labels %2 on %3: %4:1"_s
                                        .arg(p->objectName(), axis->labelsBrush().color().name(), under.name())
                                        .arg(ratio);
                }
            }

            w.showArea(2);
            auto *chats = w.findChild<ChatsArea *>();
            chats->openExport(TestSupport::testData(u"chats/transcript.txt"_s));
            QTRY_VERIFY(chats->hasPreview());
            auto *preview = w.findChild<ChatTranscriptView *>(u"previewText"_s);
            QTRY_VERIFY(preview->hitCount() > 0);
            problems << unreadableText(preview, u"preview"_s);
            QTest::qWait(50); // the summary above the preview is laid out anew for its text
            QVERIFY(w.grab().save(QDir(QStringLiteral(QT_TESTCASE_BUILDDIR)).filePath(u"a11y-dark-en-preview.png"_s)));
            preview->highlightWords({ preview->toPlainText().left(4) });
            QVERIFY(!preview->extraSelections().isEmpty());
            problems << unreadableText(preview, u"search hits"_s);
            chats->closePreview();
        }
        QApplication::setPalette(light);
        QVERIFY2(problems.isEmpty(), qPrintable(u"\n"_s + problems.join(u'\n')));
    }

    // Text scales with the system font: at half as large again every label, button and field has the larger font
    // and is not cut (no narrower or lower than its text needs).
    void textFollowsTheSystemFont()
    {
        const QFont normal = QApplication::font();
        QFont large = normal;
        large.setPointSizeF(normal.pointSizeF() * 1.5);
        QApplication::setFont(large);
        QStringList problems;
        {
            MainWindow w;
            openWindow(w);
            w.resize(1600, 1000);
            for (int area = 0; area < 3; ++area) {
                w.showArea(area);
                QCoreApplication::processEvents();
                QWidget *page = w.findChildren<QStackedWidget *>().first()->currentWidget();
                forEachTabPage(page, [&](const QString &tab) {
                    for (QWidget *c : page->findChildren<QWidget *>()) {
                        if (!c->isVisible() || isPartOfAnother(c)
                            || !(qobject_cast<QLabel *>(c) || qobject_cast<QAbstractButton *>(c)
                                || qobject_cast<QComboBox *>(c) || qobject_cast<QLineEdit *>(c)))
                            continue;
                        const QString where = u"area %1 %2 %3"_s.arg(area).arg(tab, describe(c));
                        if (c->font().pointSizeF() < large.pointSizeF() - 0.01)
                            problems << u"%1: %2 pt"_s.arg(where).arg(c->font().pointSizeF());
                        auto *label = qobject_cast<QLabel *>(c);
                        if (label && (label->wordWrap() || label->text().isEmpty()))
                            continue;
                        const QSize need = c->minimumSizeHint().isValid() ? c->minimumSizeHint() : c->sizeHint();
                        if (c->width() < need.width() || c->height() < need.height())
                            problems << u"%1: %2×%3, needs %4×%5"_s.arg(where)
                                            .arg(c->width())
                                            .arg(c->height())
                                            .arg(need.width())
                                            .arg(need.height());
                    }
                });
            }
        }
        QApplication::setFont(normal);
        QVERIFY2(problems.isEmpty(), qPrintable(u"\n"_s + problems.join(u'\n')));
    }

    // Screenshots in a dark theme, in both languages, with the focus on a table cell and on a button (for a look:
    // build/tests/a11y-*.png).
    void darkScreenshots()
    {
        const QPalette light = QApplication::palette();
        QApplication::setPalette(darkPalette());
        for (const QString &language : { u"en"_s, u"nb"_s }) {
            Language::apply(language);
            MainWindow w;
            openWindow(w);
            w.resize(1024, 640);
            w.activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(&w));
            for (int area = 0; area < 3; ++area) {
                QTest::keyClick(&w, Qt::Key(Qt::Key_1 + area), Qt::ControlModifier);
                QTRY_VERIFY(!visitors(w)->isLoading());
                if (area == 1) {
                    auto *table = w.findChild<QTableView *>(u"cookieTable"_s);
                    table->setFocus(Qt::TabFocusReason);
                    QTest::keyClick(table, Qt::Key_Down);
                }
                QCoreApplication::processEvents();
                QVERIFY(w.grab().save(
                    QDir(QStringLiteral(QT_TESTCASE_BUILDDIR)).filePath(u"a11y-dark-%1-%2.png"_s.arg(language).arg(area))));
            }
            QTest::keyClick(&w, Qt::Key_1, Qt::ControlModifier);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_T, Qt::ControlModifier);
            QCoreApplication::processEvents();
            QVERIFY(w.grab().save(
                QDir(QStringLiteral(QT_TESTCASE_BUILDDIR)).filePath(u"a11y-dark-%1-tables.png"_s.arg(language))));
        }
        QApplication::setPalette(light);
    }
};

QTEST_MAIN(TestAccessibility)
#include "test_accessibility.moc"
