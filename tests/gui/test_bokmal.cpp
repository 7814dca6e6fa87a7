// SPDX-License-Identifier: GPL-3.0-or-later
// Bokmål everywhere: the program's --help, every window and dialog a menu opens (Qt's own file and message dialogs
// and About Qt included), the import history and the status bar show no English word in Bokmål.
#include "core/language.h"
#include "englishwords.h"
#include "mainwindow.h"
#include "testsupport.h"
#include "workspace/workspace.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTextDocumentFragment>
#include <QTimer>

using namespace Qt::StringLiterals;

class TestBokmal : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static QString plain(const QString &text)
    {
        return Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
    }

    // The words a user reads in a window: titles, labels, buttons, tooltips, placeholders, choices, headers.
    // The cells of item views are data (file names, cookie purposes as imported) and are left out, except where
    // `cellsToo` names a view whose cells are Kapsel's own words.
    static QStringList texts(QWidget *top, const QList<QAbstractItemView *> &cellsToo = {})
    {
        QStringList out { top->windowTitle() };
        QList<QWidget *> widgets = top->findChildren<QWidget *>();
        widgets.prepend(top);
        for (QWidget *w : std::as_const(widgets)) {
            out << w->toolTip() << w->statusTip() << w->whatsThis() << w->accessibleName()
                << w->accessibleDescription();
            if (auto *l = qobject_cast<QLabel *>(w))
                out << plain(l->text());
            if (auto *b = qobject_cast<QAbstractButton *>(w))
                out << b->text();
            if (auto *g = qobject_cast<QGroupBox *>(w))
                out << g->title();
            if (auto *e = qobject_cast<QLineEdit *>(w))
                out << e->placeholderText();
            if (auto *c = qobject_cast<QComboBox *>(w); c && !c->isEditable())
                for (int i = 0; i < c->count(); ++i)
                    out << c->itemText(i);
            if (auto *t = qobject_cast<QTabWidget *>(w))
                for (int i = 0; i < t->count(); ++i)
                    out << t->tabText(i) << t->tabToolTip(i);
            if (auto *m = qobject_cast<QMenu *>(w))
                for (QAction *a : m->actions())
                    out << a->text() << a->toolTip();
            if (auto *v = qobject_cast<QAbstractItemView *>(w); v && v->model()) {
                const QAbstractItemModel *model = v->model();
                for (int c = 0; c < model->columnCount(); ++c)
                    out << model->headerData(c, Qt::Horizontal).toString()
                        << model->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString();
                if (cellsToo.contains(v))
                    for (int r = 0; r < model->rowCount(); ++r)
                        for (int c = 0; c < model->columnCount(); ++c)
                            out << model->index(r, c).data().toString()
                                << model->index(r, c).data(Qt::ToolTipRole).toString();
            }
        }
        out.removeAll(QString());
        return out;
    }

    static QString english(const QStringList &texts)
    {
        QStringList hits;
        for (const QString &t : texts) {
            const QStringList found = EnglishWords::found(t);
            if (!found.isEmpty())
                hits << u"%1  ←  \"%2\""_s.arg(found.join(u", "_s), t.left(160));
        }
        return hits.join(u'\n');
    }

    static QList<QPointer<QAction>> menuActions(QMenuBar *bar)
    {
        QList<QPointer<QAction>> out;
        QList<QMenu *> menus;
        for (QAction *a : bar->actions())
            if (a->menu())
                menus << a->menu();
        while (!menus.isEmpty()) {
            QMenu *m = menus.takeFirst();
            for (QAction *a : m->actions()) {
                if (a->menu())
                    menus << a->menu();
                else if (!a->isSeparator())
                    out << a;
            }
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        qputenv("HOME", QFile::encodeName(m_dir.path())); // its own demo workspace and settings
        QStandardPaths::setTestModeEnabled(true);
        Language::apply(u"nb"_s);
    }
    void cleanupTestCase() { Language::apply(u"en"_s); }

    void programHelp()
    {
        QProcess p;
        p.start(QStringLiteral(KAPSEL_GUI_PATH), { u"--lang"_s, u"nb"_s, u"--help"_s });
        QVERIFY(p.waitForFinished(30000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        QCOMPARE(p.exitCode(), 0);
        QVERIFY2(out.startsWith(u"Bruk: "_s), qPrintable(out));
        QVERIFY2(english({ out }).isEmpty(), qPrintable(english({ out })));
    }

    // Every menu entry that opens a dialog, on the demo workspace: the dialog's words are Bokmål.
    void everyDialogFromTheMenus()
    {
        MainWindow w;
        w.setInteractive(true);
        QVERIFY(w.openDemo());
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));

        QStringList report;
        int dialogs = 0;
        // Menus may be rebuilt on the way (Open recent): an entry that went is passed over.
        for (const QPointer<QAction> &action : menuActions(w.menuBar())) {
            if (action == nullptr || !action->isEnabled() || action->actionGroup() != nullptr
                || action->text() == u"&Avslutt"_s)
                continue;
            QStringList seen;
            QTimer poll;
            poll.setInterval(20);
            connect(&poll, &QTimer::timeout, this, [&] {
                QWidget *modal = QApplication::activeModalWidget();
                if (!modal)
                    return;
                ++dialogs;
                seen = texts(modal);
                if (auto *d = qobject_cast<QDialog *>(modal))
                    d->done(0);
                else
                    modal->close();
            });
            poll.start();
            action->trigger();
            QTest::qWait(50);
            poll.stop();
            const QString hits = english(seen);
            if (!hits.isEmpty())
                report << u"%1:\n%2"_s.arg(action->text(), hits);
        }
        QVERIFY2(dialogs >= 6, qPrintable(QString::number(dialogs)));
        QVERIFY2(report.isEmpty(), qPrintable(report.join(u"\n\n"_s)));
    }

    // The main window itself with each area shown, the import history (its cells are Kapsel's words: formats,
    // notes, skip reasons) and the status bar after an import. The files are imported while Kapsel speaks English
    // and the history is read in Bokmål: what the history keeps is translated when it is shown.
    void theWindowAndTheImportHistory()
    {
        MainWindow w;
        w.setInteractive(false);
        QVERIFY(w.openDemo());
        QSignalSpy done(&w, &MainWindow::importsFinished);
        Language::apply(u"en"_s);
        QVERIFY(w.importFiles({ TestSupport::testData(u"visitors/generic-sessions.csv"_s),
            TestSupport::testData(u"cookies/page.har"_s), TestSupport::testData(u"chats/transcript.csv"_s),
            TestSupport::testData(u"visitors/matomo_live.tsv"_s) }));
        QVERIFY(done.wait(60000));
        auto *history = w.findChild<QAbstractItemView *>(u"historyView"_s);
        QVERIFY(history);
        QVERIFY(history->model()->rowCount() >= 4);
        QVERIFY2(!english(texts(&w, { history })).isEmpty(), "the check finds the English history in English");

        Language::apply(u"nb"_s);
        QVERIFY(w.importFiles({ TestSupport::testData(u"cookies/declaration.csv"_s) }));
        QVERIFY(done.wait(60000));
        QStringList seen { w.statusBar()->currentMessage() };
        QVERIFY(!seen.first().isEmpty());
        for (int area = 0; area < 3; ++area) {
            w.showArea(area);
            seen << texts(&w, { history });
        }
        QVERIFY2(english(seen).isEmpty(), qPrintable(english(seen)));
    }
};

QTEST_MAIN(TestBokmal)
#include "test_bokmal.moc"
