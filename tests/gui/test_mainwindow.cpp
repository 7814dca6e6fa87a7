// SPDX-License-Identifier: GPL-3.0-or-later
// The main window offscreen: areas, menus, runtime language switching, Qt's own buttons in Bokmål, a refused
// import that leaves the history empty, and a screenshot.
#include "chats/chatarchive.h"
#include "core/language.h"
#include "gui/modaldialog.h"
#include "mainwindow.h"
#include "testsupport.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QInputDialog>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    static QStringList sidebarTexts(MainWindow &w)
    {
        auto *sidebar = w.findChild<QListWidget *>(u"sidebar"_s);
        QStringList out;
        for (int i = 0; i < sidebar->count(); ++i)
            out << sidebar->item(i)->text();
        return out;
    }
    static QStringList menuTitles(MainWindow &w)
    {
        QStringList out;
        for (QAction *a : w.menuBar()->actions())
            out << a->text();
        return out;
    }
    static QAction *languageAction(MainWindow &w, const QString &text)
    {
        for (QAction *a : w.findChildren<QAction *>())
            if (QString(a->text()).remove(u'&') == text)
                return a;
        return nullptr;
    }

    QTemporaryDir m_dir;

    // Answers the next removal question (the message box, not the busy indicator before it): keeps its text in
    // `asked`, then confirms or cancels. `seen` runs as soon as it is up.
    static void answerRemoval(QString &asked, bool confirm, std::function<void()> seen = {})
    {
        whenModalDialog(
            [&asked, confirm](QWidget *dialog) {
                auto *box = qobject_cast<QMessageBox *>(dialog);
                if (!box)
                    return;
                asked = box->text();
                if (confirm)
                    box->findChild<QPushButton *>(u"confirmRemoveImport"_s)->click();
                else
                    box->button(QMessageBox::Cancel)->click();
            },
            [seen](QWidget *dialog) {
                const bool isQuestion = dialog->objectName() == u"removeImportConfirmation"_s;
                if (isQuestion && seen)
                    seen();
                return isQuestion;
            },
            30000);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Language::apply(u"en"_s);
    }
    void cleanup() { Language::apply(u"en"_s); }

    void switchesLanguageAtRuntime()
    {
        MainWindow w;
        w.setInteractive(false);
        QVERIFY(w.openWorkspace(m_dir.filePath(u"lang.kapsel"_s)));
        w.show();
        QCOMPARE(sidebarTexts(w), (QStringList { u"Visitors"_s, u"Cookies"_s, u"Chats"_s }));
        QCOMPARE(menuTitles(w), (QStringList { u"&File"_s, u"&Cookies"_s, u"&View"_s, u"&Language"_s, u"&Help"_s }));
        QVERIFY(w.windowTitle().contains(u"lang.kapsel"_s));

        QAction *nb = languageAction(w, u"Norsk bokmål"_s);
        QVERIFY(nb);
        nb->trigger();
        QTRY_COMPARE(sidebarTexts(w), (QStringList { u"Besøk"_s, u"Informasjonskapsler"_s, u"Chatter"_s }));
        QCOMPARE(menuTitles(w), (QStringList { u"&Fil"_s, u"&Informasjonskapsler"_s, u"&Vis"_s, u"&Språk"_s, u"&Hjelp"_s }));
        QCOMPARE(Language::current(), u"nb"_s);

        // Qt's own standard buttons read in Bokmål too.
        QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Open);
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), u"Avbryt"_s);
        QCOMPARE(box.button(QDialogButtonBox::Open)->text(), u"Åpne"_s);

        w.grab().save(m_dir.filePath(u"mainwindow-nb.png"_s)); // to look at, beside the test's workspace
        languageAction(w, u"English"_s)->trigger();
        QTRY_COMPARE(sidebarTexts(w).first(), u"Visitors"_s);
        w.grab().save(m_dir.filePath(u"mainwindow-en.png"_s));
    }

    void areasFromViewMenu()
    {
        MainWindow w;
        w.setInteractive(false);
        QVERIFY(w.openWorkspace(m_dir.filePath(u"areas.kapsel"_s)));
        for (int i : { 2, 0, 1 }) {
            w.showArea(i);
            QCOMPARE(w.currentArea(), i);
        }
    }

    // A path where there is no workspace (a typo in --db, a moved file in Open recent) is not silently made into a
    // new, empty workspace: the window asks, naming the path, and creates it only on Yes.
    void asksBeforeCreatingAMissingWorkspace()
    {
        const QString path = m_dir.filePath(u"typo.kapsel"_s);
        MainWindow w;
        w.setInteractive(true);
        QString asked;
        auto answer = [&](QMessageBox::StandardButton button) {
            QTimer::singleShot(0, &w, [&asked, button] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                if (!box)
                    return;
                asked = box->text();
                box->button(button)->click();
            });
        };
        answer(QMessageBox::No);
        QVERIFY(!w.openWorkspace(path));
        QVERIFY2(asked.contains(QDir::toNativeSeparators(path)), qPrintable(asked));
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(!w.workspace());
        QVERIFY(w.statusBar()->currentMessage().contains(QDir::toNativeSeparators(path)));

        asked.clear();
        answer(QMessageBox::Yes);
        QVERIFY(w.openWorkspace(path));
        QVERIFY(!asked.isEmpty());
        QVERIFY(QFileInfo::exists(path));
        QVERIFY(w.workspace());

        // An existing workspace opens without a question.
        asked.clear();
        MainWindow again;
        again.setInteractive(true);
        answer(QMessageBox::No);
        QVERIFY(again.openWorkspace(path));
        QCoreApplication::processEvents(); // the answer's timer finds no question
        QVERIFY(asked.isEmpty());
    }

    void refusedImportLeavesHistoryEmpty()
    {
        const QString path = m_dir.filePath(u"refuse.kapsel"_s);
        const QString garbage = m_dir.filePath(u"garbage.bin"_s);
        QFile f(garbage);
        QVERIFY(f.open(QIODevice::WriteOnly));
        for (int i = 0; i < 4096; ++i)
            f.putChar(char((i * 7919) % 251));
        f.close();

        MainWindow w;
        w.setInteractive(false);
        QVERIFY(w.openWorkspace(path));
        QSignalSpy done(&w, &MainWindow::importsFinished);
        QVERIFY(w.importFiles({ garbage, m_dir.filePath(u"does-not-exist.csv"_s) }));
        QVERIFY(w.isImporting());
        QVERIFY(done.wait(20000));
        QVERIFY(!w.isImporting());
        QVERIFY(w.statusBar()->currentMessage().contains(u"2 files refused"_s));
        QVERIFY(w.workspace()->history().isEmpty());
    }

    // History ▸ Remove import (issue #14, item 12): chosen in the import history, asked with what goes (file,
    // counts per area), reachable by the Delete key there (here cancelled) and by the button under it (here
    // confirmed); every area shows the workspace without it afterwards.
    void removeImportFromHistory()
    {
        MainWindow w;
        w.setInteractive(false);
        QVERIFY(w.openWorkspace(m_dir.filePath(u"remove.kapsel"_s)));
        w.show();
        QSignalSpy done(&w, &MainWindow::importsFinished);
        QVERIFY(w.importFiles({ TestSupport::testData(u"chats/generic.json"_s),
            TestSupport::testData(u"visitors/generic-sessions.csv"_s) }));
        QVERIFY(done.wait(20000));
        QCOMPARE(w.workspace()->history().size(), 2);
        const qint64 messages = w.workspace()->chats().counts().messages;
        QVERIFY(messages > 0);
        w.showArea(2);
        auto *stored = w.findChild<QTableView *>(u"storedTable"_s);
        QVERIFY(stored && stored->model()->rowCount() > 0);

        auto *history = w.findChild<QTableView *>(u"historyView"_s);
        auto *button = w.findChild<QToolButton *>(u"removeImportButton"_s);
        QVERIFY(history && button);
        QVERIFY(!button->isEnabled()); // nothing chosen yet
        const int row = w.workspace()->history().at(0).fileName == u"generic.json"_s ? 0 : 1;
        w.findChild<QDockWidget *>(u"historyDock"_s)->show();
        history->selectRow(row);
        QVERIFY(button->isEnabled());

        QString asked;
        auto answer = [&](bool confirm) { answerRemoval(asked, confirm); };
        answer(false);
        history->setFocus();
        QTest::keyClick(history, Qt::Key_Delete);
        QTRY_VERIFY_WITH_TIMEOUT(!asked.isEmpty(), 10000);
        QTRY_VERIFY(button->isEnabled()); // the count's thread has ended
        QVERIFY2(asked.contains(u"Remove the import of generic.json"_s), qPrintable(asked));
        QVERIFY2(asked.contains(u"%1 messages"_s.arg(messages)), qPrintable(asked));
        QVERIFY2(asked.contains(u"audit log"_s), qPrintable(asked));
        QCOMPARE(w.workspace()->history().size(), 2);

        asked.clear();
        answer(true);
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!asked.isEmpty(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(w.workspace()->history().size(), 1, 10000);
        QTRY_COMPARE(history->model()->rowCount(), 1);
        QCOMPARE(stored->model()->rowCount(), 0);
        QCOMPARE(w.workspace()->chats().counts().messages, 0);
        QVERIFY2(w.statusBar()->currentMessage().contains(u"Removed the import of generic.json"_s),
            qPrintable(w.statusBar()->currentMessage()));
        QVERIFY(!button->isEnabled());
    }

    // The confirmation's counts are computed off the GUI thread (issue #14): a million sessions take seconds to
    // count, and the window must not freeze meanwhile. A timer of the window's event loop keeps firing between the
    // click and the question, a busy indicator with Cancel is there, and the count equals the file's sessions,
    // counted here from the file as written. The removal itself runs off the GUI thread too. Cancel during the
    // count asks nothing and removes nothing.
    void removalCountsWithoutFreezingTheWindow()
    {
        constexpr int kSessions = 150000;
        QByteArrayList lines { "visitor_id,session_id,started_at,duration_s,visit_number" };
        for (int k = 0; k < kSessions; ++k)
            lines << "v" + QByteArray::number(k) + ",s" + QByteArray::number(k) + ",2024-0"
                    + QByteArray::number(1 + k % 9) + "-1" + QByteArray::number(k % 10) + " 10:00:00,"
                    + QByteArray::number(k % 900) + ",1";
        const QString csv = TestSupport::writeFile(m_dir.filePath(u"big-sessions.csv"_s), lines.join('\n') + '\n');
        QCOMPARE(lines.size() - 1, kSessions);

        MainWindow w;
        w.setInteractive(false);
        QVERIFY(w.openWorkspace(m_dir.filePath(u"remove-big.kapsel"_s)));
        w.show();
        QSignalSpy done(&w, &MainWindow::importsFinished);
        QVERIFY(w.importFiles({ csv }));
        QVERIFY(done.wait(120000));
        QCOMPARE(w.workspace()->history().size(), 1);
        auto *history = w.findChild<QTableView *>(u"historyView"_s);
        auto *button = w.findChild<QToolButton *>(u"removeImportButton"_s);
        w.findChild<QDockWidget *>(u"historyDock"_s)->show();
        history->selectRow(0);

        // Ticks of the window's event loop while no question is up, from the click on.
        int ticks = 0;
        bool asking = false;
        QTimer ticker;
        ticker.setInterval(1);
        connect(&ticker, &QTimer::timeout, &w, [&] {
            if (!w.findChild<QMessageBox *>(u"removeImportConfirmation"_s) && !asking)
                ++ticks;
        });

        // Cancelled while counting: no question, nothing removed.
        QTest::mouseClick(button, Qt::LeftButton);
        auto *busy = w.findChild<QProgressDialog *>(u"removalProgress"_s);
        QVERIFY(busy);
        QCOMPARE(busy->maximum(), 0); // a busy indicator
        auto *cancel = busy->findChild<QPushButton *>();
        QVERIFY(cancel);
        cancel->click(); // shown only after a moment: clicked as soon as it exists
        QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), 20000);
        QTest::qWait(100);
        QVERIFY(!w.findChild<QMessageBox *>(u"removeImportConfirmation"_s));
        QCOMPARE(w.workspace()->history().size(), 1);
        QVERIFY2(w.statusBar()->currentMessage().contains(u"nothing was removed"_s),
            qPrintable(w.statusBar()->currentMessage()));

        QString asked;
        answerRemoval(asked, true, [&] { asking = true; });
        ticker.start();
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(w.findChild<QProgressDialog *>(u"removalProgress"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!asked.isEmpty(), 60000);
        const int whileCounting = ticks;
        qInfo("the window's timer fired %d times while the count ran", whileCounting);
        QVERIFY2(whileCounting >= 3, qPrintable(QString::number(whileCounting)));
        QVERIFY2(asked.contains(QLocale().toString(kSessions) + u" sessions"_s), qPrintable(asked));
        QTRY_COMPARE_WITH_TIMEOUT(w.workspace()->history().size(), 0, 60000);
        QTRY_VERIFY(!w.findChild<QProgressDialog *>(u"removalProgress"_s));
        QVERIFY2(w.statusBar()->currentMessage().contains(u"Removed the import of big-sessions.csv"_s),
            qPrintable(w.statusBar()->currentMessage()));
    }

    // File > Workspace time zone: the dialog offers the IANA zones with the current one chosen, in Bokmål
    // when the language is Bokmål, and the choice is stored in the workspace.
    void timeZoneFromFileMenu()
    {
        MainWindow w;
        w.setInteractive(false);
        QVERIFY(w.openWorkspace(m_dir.filePath(u"tz.kapsel"_s)));
        Language::apply(u"nb"_s);
        auto *action = w.findChild<QAction *>(u"timeZoneAction"_s);
        QVERIFY(action);
        QTRY_COMPARE(action->text(), u"Tids&sone for arbeidsområdet…"_s);
        QString offered, title;
        QTimer::singleShot(0, &w, [&] {
            auto *d = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            if (!d)
                return;
            title = d->windowTitle();
            offered = d->textValue();
            d->grab().save(m_dir.filePath(u"timezone-dialog-nb.png"_s));
            d->setTextValue(u"America/New_York"_s);
            d->accept();
        });
        action->trigger();
        QCOMPARE(title, u"Tidssone for arbeidsområdet"_s);
        QCOMPARE(offered, u"Europe/Oslo"_s);
        QCOMPARE(w.workspace()->timeZone().id(), QByteArray("America/New_York"));
        QVERIFY(w.statusBar()->currentMessage().contains(u"America/New_York"_s));
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
