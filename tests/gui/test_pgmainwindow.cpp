// SPDX-License-Identifier: GPL-3.0-or-later
// The main window on a team workspace (a real, throwaway PostgreSQL server): it opens by address, imports with
// its progress dialog, refreshes by itself when another program imports, and shows an area the user's role may
// not read as "no access" (the role logs in as itself: a superuser would see everything).
#include "pgtestsupport.h"
#include "testsupport.h"

#include "core/language.h"
#include "mainwindow.h"
#include "workspace/importservice.h"
#include "workspace/workspace.h"

#include <QLabel>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

int historyRows(MainWindow &w)
{
    return w.findChild<QTableView *>(u"historyView"_s)->model()->rowCount();
}

} // namespace

class TestPgMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Language::apply(u"en"_s);
    }

    void init()
    {
        if (!havePostgresServer())
            QSKIP(noPostgresServer());
    }

    void importsAndRefreshesOnATeamWorkspace()
    {
        PgTestDatabase fresh;
        MainWindow w;
        w.setInteractive(false);
        QVERIFY(w.openWorkspace(u"postgresql://"_s));
        QVERIFY(w.windowTitle().contains(u"postgresql://"_s));
        QSignalSpy done(&w, &MainWindow::importsFinished);
        QVERIFY(w.importFiles({ TestSupport::testData(u"visitors/generic-sessions.csv"_s) }));
        QVERIFY(done.wait(60000));
        QCOMPARE(historyRows(w), 1);

        // Another program imports: the open window hears of it, reloads its history and says who and what.
        const auto run = TestSupport::runCli(
            { u"--db"_s, u"postgresql://"_s, u"import"_s, TestSupport::testData(u"chats/transcript.csv"_s) },
            m_dir.path());
        QVERIFY2(run.code == 0, qPrintable(run.errText()));
        QTRY_COMPARE_WITH_TIMEOUT(historyRows(w), 2, 10000);
        QVERIFY2(
            w.statusBar()->currentMessage().contains(u"transcript.csv"_s), qPrintable(w.statusBar()->currentMessage()));

        // Another program removes an import (issue #14): the window drops it and names who removed what.
        const auto removal = TestSupport::runCli({ u"--db"_s, u"postgresql://"_s, u"history"_s, u"remove"_s,
                                                     QString::number(w.workspace()->history().first().importId) },
            m_dir.path());
        QVERIFY2(removal.code == 0, qPrintable(removal.errText()));
        QTRY_COMPARE_WITH_TIMEOUT(historyRows(w), 1, 10000);
        const QString said = w.statusBar()->currentMessage();
        QVERIFY2(said == u"%1 removed the import of transcript.csv from Chats."_s.arg(ImportService::osUser()),
            qPrintable(said));
    }

    void anAreaTheRoleMayNotReadSaysSo()
    {
        PgTestDatabase fresh;
        QVERIFY(!fresh.connection().run("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'viewer') "
                                        "THEN CREATE ROLE viewer LOGIN PASSWORD 'viewer-Pa55'; END IF; END $$"));
        auto owner = Workspace::open(u"postgresql://"_s);
        QVERIFY(owner);
        QVERIFY(!(*owner)->access()->grant(u"viewer"_s, ImportKind::Visitors, false));

        MainWindow w;
        w.setInteractive(false);
        QVERIFY(w.openWorkspace(postgresUriFor(u"viewer"_s, u"viewer-Pa55"_s)));
        // The address shown has no password.
        QVERIFY(!w.windowTitle().contains(u"Pa55"_s));
        const auto pages = w.findChildren<QStackedWidget *>();
        int noAccess = 0, shown = 0;
        for (QStackedWidget *page : pages) {
            auto *label = page->findChild<QLabel *>(u"noAccess"_s, Qt::FindDirectChildrenOnly);
            if (!label)
                continue;
            if (page->currentWidget() == label) {
                ++noAccess;
                QVERIFY(label->text().contains(u"no access"_s));
            } else {
                ++shown;
            }
        }
        QCOMPARE(shown, 1); // visitors
        QCOMPARE(noAccess, 2); // cookies and chats
    }
};

QTEST_MAIN(TestPgMainWindow)
#include "test_pgmainwindow.moc"
