// SPDX-License-Identifier: GPL-3.0-or-later
// One whole task per area with the keyboard only (issue #15): keys go to the focused widget, as a user types them;
// dialogs (file dialogs included) are answered with keys too. No mouse, no calls into the areas.
#include "chats/chatsarea.h"
#include "core/language.h"
#include "mainwindow.h"
#include "gui/modaldialog.h"
#include "testsupport.h"
#include "visitors/chartpanel.h"
#include "visitors/visitorsarea.h"

#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTimeZone>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

QWidget *focused()
{
    return QApplication::focusWidget();
}

void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *w = focused();
    QVERIFY2(w, "nothing has the keyboard focus");
    QTest::keyClick(w, key, modifiers);
}

// Tab until `target` has the focus, as a user does; fails after as many steps as the window has controls.
bool tabTo(QWidget *target)
{
    for (int i = 0; i < 80 && focused() != target; ++i)
        QTest::keyClick(focused(), Qt::Key_Tab);
    return focused() == target;
}


// A file dialog answered as a user does: the path typed into its focused file name field, then Enter.
void typePathIntoFileDialog(const QString &path)
{
    whenModalDialog(
        [path](QWidget *d) {
            QVERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
            QTest::keyClicks(QApplication::focusWidget(), path);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        },
        [](QWidget *w) { return qobject_cast<QFileDialog *>(w) != nullptr; });
}

// The text a screen reader reads for the focused cell of a table.
QString focusedCellText(QTableView *table)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(table);
    QAccessibleInterface *cell = iface ? iface->focusChild() : nullptr;
    return cell ? cell->text(QAccessible::Name) : QString();
}

} // namespace

class TestKeyboardTasks : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static void show(MainWindow &w)
    {
        w.resize(1280, 800);
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
    }

private slots:
    void initTestCase()
    {
        qputenv("HOME", QFile::encodeName(m_dir.path()));
        QStandardPaths::setTestModeEnabled(true);
        QAccessible::setActive(true);
    }
    void cleanup() { Language::apply(u"en"_s); }

    // Visitors: the area by its shortcut, last year's figures per month, the table a key away, March's visits.
    void visitorsFigureFromTheTable()
    {
        MainWindow w;
        w.setInteractive(false);
        QVERIFY(w.openWorkspace(m_dir.filePath(u"visitors.kapsel"_s)));
        auto *area = w.findChild<VisitorsArea *>();
        area->setClock([] { return QDateTime(QDate(2025, 6, 1), QTime(12, 0), QTimeZone::utc()); });
        QSignalSpy done(&w, &MainWindow::importsFinished);
        // 30.03 to 02.04.2024 in Oslo time: March has a, a again and b (3 visits), April c twice.
        QVERIFY(w.importFiles({ TestSupport::testData(u"visitors/generic-sessions.csv"_s) }));
        QVERIFY(done.wait(20000));
        QTRY_VERIFY(!area->isLoading());
        w.showArea(2);
        show(w);

        press(Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(w.currentArea(), 0);
        auto *preset = w.findChild<QComboBox *>(u"rangePreset"_s);
        QCOMPARE(focused(), preset);
        for (int i = 0; i < 5; ++i) // All data → Last year
            press(Qt::Key_Down);
        QCOMPARE(preset->currentIndex(), int(VisitorsArea::LastYear));
        press(Qt::Key_B, Qt::AltModifier); // By:
        QCOMPARE(focused(), w.findChild<QComboBox *>(u"granularity"_s));
        press(Qt::Key_End); // Month
        QTRY_VERIFY(!area->isLoading());
        QCOMPARE(area->view().filter.from, QDate(2024, 1, 1));

        press(Qt::Key_T, Qt::ControlModifier);
        QTableView *table = area->visitsPanel()->table();
        QTRY_COMPARE(focused(), table);
        QTest::keyClicks(table, u"Mar"_s); // the table's type-ahead finds the period
        QVERIFY2(table->currentIndex().data().toString().startsWith(u"March 2024"_s),
            qPrintable(table->currentIndex().data().toString()));
        QCOMPARE(focusedCellText(table), table->currentIndex().data().toString());
        press(Qt::Key_Right);
        QCOMPARE(table->model()->headerData(table->currentIndex().column(), Qt::Horizontal).toString(), u"Visits"_s);
        QCOMPARE(focusedCellText(table), u"3"_s);
        // And back to the charts, whose description says the same.
        press(Qt::Key_T, Qt::ControlModifier);
        QTRY_VERIFY(!area->visitsPanel()->showsTable());
        QVERIFY2(area->visitsPanel()->description().contains(u"March 2024: 3 visits"_s),
            qPrintable(area->visitsPanel()->description()));
    }

    // Cookies: find an undeclared cookie, declare it with its suggested texts, export the declaration as CSV
    // (a warning about drafts and the file dialog answered with keys).
    void cookiesDeclareAndExport()
    {
        MainWindow w;
        w.setInteractive(false);
        QVERIFY(w.openDemo());
        show(w);
        press(Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(w.currentArea(), 1);
        press(Qt::Key_F, Qt::ControlModifier);
        auto *search = w.findChild<QLineEdit *>(u"cookieSearch"_s);
        QCOMPARE(focused(), search);
        QTest::keyClicks(search, u"_gid"_s);
        auto *table = w.findChild<QTableView *>(u"cookieTable"_s);
        QTRY_COMPARE(table->model()->rowCount(), 1);
        QVERIFY(tabTo(table));
        press(Qt::Key_Down);
        QVERIFY(table->currentIndex().isValid());
        QVERIFY2(focusedCellText(table).startsWith(u"_gid"_s), qPrintable(focusedCellText(table)));
        press(Qt::Key_Return, Qt::ControlModifier); // declare with the suggested texts
        const QString status = table->model()->index(0, 1).data().toString();

        const QString path = m_dir.filePath(u"declaration.csv"_s);
        bool warned = false;
        whenModalDialog([&](QWidget *d) {
            if (qobject_cast<QMessageBox *>(d)) {
                warned = true;
                typePathIntoFileDialog(path);
                QTest::keyClick(d, Qt::Key_E, Qt::AltModifier); // Export anyway
            } else {
                QVERIFY(qobject_cast<QFileDialog *>(d));
                QTest::keyClicks(QApplication::focusWidget(), path);
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
            }
        });
        press(Qt::Key_O, Qt::AltModifier); // Export CSV
        QTRY_VERIFY(QFileInfo::exists(path));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString csv = QString::fromUtf8(f.readAll());
        QVERIFY2(csv.contains(u"_gid"_s), qPrintable(csv + u" status " + status + (warned ? u" warned"_s : u""_s)));
    }

    // Chats: open an export through the file dialog, step through what the redaction removes, import it.
    void chatsPreviewAndImport()
    {
        MainWindow w;
        w.setInteractive(false);
        QVERIFY(w.openWorkspace(m_dir.filePath(u"chats.kapsel"_s)));
        show(w);
        press(Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(w.currentArea(), 2);
        auto *open = w.findChild<QPushButton *>(u"openExportButton"_s);
        QCOMPARE(focused(), open);
        typePathIntoFileDialog(TestSupport::testData(u"chats/transcript.txt"_s));
        press(Qt::Key_Space);
        auto *chats = w.findChild<ChatsArea *>();
        QTRY_VERIFY(chats->hasPreview());
        // A desktop's window manager gives the window back the focus when the dialog closes; offscreen, the test
        // does.
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QTRY_VERIFY(focused());
        auto *hits = w.findChild<QLabel *>(u"hitLabel"_s);
        const QString before = hits->text();
        press(Qt::Key_N, Qt::AltModifier); // Next hit (a mnemonic clicks after a moment, as the button shows it)
        QTRY_VERIFY2(hits->text() != before, qPrintable(before));
        press(Qt::Key_I, Qt::AltModifier); // Import redacted
        auto *tabs = w.findChild<QTabWidget *>(u"chatTabs"_s);
        QTRY_COMPARE_WITH_TIMEOUT(tabs->currentIndex(), 1, 20000);
        auto *stored = w.findChild<QTableView *>(u"storedTable"_s);
        QTRY_VERIFY(stored->model()->rowCount() > 0);
        QVERIFY(!chats->hasPreview());
    }
};

QTEST_MAIN(TestKeyboardTasks)
#include "test_keyboardtasks.moc"
