// SPDX-License-Identifier: GPL-3.0-or-later
// The Cookies area on the demo workspace: texts in both languages, filters, keyboard editing with validation
// and undo, declaring a suggestion, export, policy check; screenshots for a human look.
#include "cookiescantestsupport.h"
#include "gui/dialoganswers.h"
#include "testsupport.h"

#include "cookies/cookieinventorymodel.h"
#include "cookies/cookiesarea.h"
#include "core/language.h"
#include "demo/demodata.h"
#include "importers/importcontext.h"
#include "workspace/importservice.h"
#include "workspace/workspace.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QFileDialog>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace {

} // namespace

class TestCookiesArea : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QTemporaryDir m_home;
    std::shared_ptr<Workspace> m_ws;
    std::unique_ptr<CookiesArea> m_area;

    QTableView *table() { return m_area->findChild<QTableView *>(u"cookieTable"_s); }
    QAbstractItemModel *view() { return table()->model(); }

    int viewRowOf(const QString &name)
    {
        for (int r = 0; r < view()->rowCount(); ++r)
            if (view()->index(r, CookieInventoryModel::Name).data().toString() == name)
                return r;
        return -1;
    }

    void grab(const QString &name)
    {
        // Let the layouts catch up with new texts (language switch) before taking the picture.
        QCoreApplication::processEvents();
        m_area->layout()->activate();
        QCoreApplication::processEvents();
        const QString path = QDir(QCoreApplication::applicationDirPath()).filePath(name);
        QVERIFY(m_area->grab().save(path));
        qInfo("screenshot: %s", qPrintable(path));
    }

private slots:
    void initTestCase()
    {
        qputenv("HOME", QFile::encodeName(m_home.path())); // settings of its own: the folders export dialogs remember
        QStandardPaths::setTestModeEnabled(true);
        Language::apply(u"en"_s);
        auto ws = Workspace::open(m_dir.filePath(u"demo.kapsel"_s));
        QVERIFY(ws.ok());
        m_ws = *ws;
        QVERIFY(!DemoData::writeCookies(*m_ws));
        m_area = std::make_unique<CookiesArea>(nullptr);
        m_area->resize(1500, 900);
        connect(m_area.get(), &Area::statusMessage, this, [](const QString &m) { qInfo("status: %s", qPrintable(m)); });
        m_area->setWorkspace(m_ws);
        m_area->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_area.get()));
    }

    void modelTester()
    {
        QAbstractItemModelTester t1(m_area->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(view(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_area->reload();
    }

    void englishTexts()
    {
        QCOMPARE(view()->rowCount(), 14); // 8 declared + 6 observed but undeclared (demo)
        QCOMPARE(view()->headerData(CookieInventoryModel::StatusColumn, Qt::Horizontal).toString(), u"Status"_s);
        QCOMPARE(view()->headerData(CookieInventoryModel::PurposeNb, Qt::Horizontal).toString(), u"Purpose (Bokmål)"_s);
        const QString summary = m_area->findChild<QLabel *>(u"cookieSummary"_s)->text();
        QVERIFY2(summary.startsWith(u"4 declared and observed · 1 declared, no longer observed · 2 declared, never "
                                    "observed"_s),
            qPrintable(summary));
        // __utmb was in the first scan only: not "Declared and observed" any more, and since when it is gone.
        const int utmb = viewRowOf(u"__utmb"_s);
        QCOMPARE(view()->index(utmb, CookieInventoryModel::StatusColumn).data().toString(),
            u"Declared, no longer observed"_s);
        QCOMPARE(view()->index(utmb, CookieInventoryModel::LatestScan).data().toString(),
            u"no longer observed since 10/03/2025 (demo-scan-2025-03-10.har)"_s);
        QCOMPARE(view()->index(viewRowOf(u"__utma"_s), CookieInventoryModel::LatestScan).data().toString(),
            u"observed in the latest scan"_s);
        QVERIFY(m_area->findChild<QLabel *>(u"cookieDiffTitle"_s)->text().startsWith(u"Changes from the scan of"_s));
        QCOMPARE(m_area->findChild<QTreeWidget *>(u"cookieDiff"_s)->topLevelItemCount(), 5);
        const int nm = viewRowOf(u"nmstat"_s);
        QCOMPARE(view()->index(nm, CookieInventoryModel::StatusColumn).data().toString(), u"Differs"_s);
        QVERIFY(view()->index(nm, CookieInventoryModel::StatusColumn).data(Qt::BackgroundRole).isValid());
        // Suggestions are marked (italic) until accepted.
        const int gid = viewRowOf(u"_gid"_s);
        QVERIFY(view()->index(gid, CookieInventoryModel::Supplier).data(CookieInventoryModel::SuggestedRole).toBool());
        QVERIFY(view()->index(gid, CookieInventoryModel::Supplier).data(Qt::FontRole).value<QFont>().italic());
        grab(u"cookiesarea-en.png"_s);
    }

    void filters()
    {
        auto *status = m_area->findChild<QComboBox *>(u"cookieStatusFilter"_s);
        status->setCurrentIndex(3); // Observed, undeclared
        QCOMPARE(view()->rowCount(), 6);
        status->setCurrentIndex(0);
        auto *category = m_area->findChild<QComboBox *>(u"cookieCategoryFilter"_s);
        category->setCurrentIndex(category->findData(u"necessary"_s));
        QCOMPARE(view()->rowCount(), 2); // szcookiechoice, PHPSESSID
        category->setCurrentIndex(0);
        auto *search = m_area->findChild<QLineEdit *>(u"cookieSearch"_s);
        search->setText(u"__utm"_s);
        QCOMPARE(view()->rowCount(), 4);
        search->clear();
        QCOMPARE(view()->rowCount(), 14);
    }

    void keyboardEditUndoRedo()
    {
        QTableView *t = table();
        const int row = viewRowOf(u"__utma"_s);
        t->setFocus();
        t->setCurrentIndex(view()->index(row, CookieInventoryModel::Supplier));
        QTest::keyClick(t, Qt::Key_F2);
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, u"Google Ireland"_s);
        QTest::keyClick(editor, Qt::Key_Return);
        // The delegate commits from a queued call once the editor closes.
        QTRY_COMPARE(view()->index(viewRowOf(u"__utma"_s), CookieInventoryModel::Supplier).data().toString(),
            u"Google Ireland"_s);
        QCOMPARE(m_area->undoStack()->count(), 1);

        // A partly edited entry is kept as a draft, never refused: the edit is stored, undoable, and the row
        // says in words what it lacks.
        t->setCurrentIndex(view()->index(viewRowOf(u"__utma"_s), CookieInventoryModel::Supplier));
        QTest::keyClick(t, Qt::Key_F2);
        editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(editor);
        editor->clear();
        QSignalSpy status(m_area.get(), &Area::statusMessage);
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(status.count(), 1);
        QCOMPARE(status.first().first().toString(), u"__utma is saved as a draft: it still needs supplier."_s);
        QTRY_COMPARE(view()->index(viewRowOf(u"__utma"_s), CookieInventoryModel::Supplier).data().toString(), u""_s);
        QCOMPARE(view()->index(viewRowOf(u"__utma"_s), CookieInventoryModel::Entry).data().toString(),
            u"Draft: missing supplier"_s);
        QCOMPARE(m_area->undoStack()->count(), 2);
        m_area->undoStack()->undo();
        QCOMPARE(view()->index(viewRowOf(u"__utma"_s), CookieInventoryModel::Entry).data().toString(), u"Complete"_s);

        QTest::keySequence(m_area.get(), QKeySequence::Undo);
        QCOMPARE(view()->index(viewRowOf(u"__utma"_s), CookieInventoryModel::Supplier).data().toString(),
            u"Google Analytics"_s);
        QTest::keySequence(m_area.get(), QKeySequence::Redo);
        QCOMPARE(view()->index(viewRowOf(u"__utma"_s), CookieInventoryModel::Supplier).data().toString(),
            u"Google Ireland"_s);
        m_area->undoStack()->undo();
    }

    // Declaring a cookie that has no suggestion makes a draft, marked in words and listed by the status filter;
    // the export warns and names it before any file is chosen, and the declaration written leaves it out.
    void exportWarnsAboutDrafts()
    {
        QTableView *t = table();
        t->setCurrentIndex(view()->index(viewRowOf(u"MUID"_s), CookieInventoryModel::Name));
        m_area->findChild<QPushButton *>(u"cookieDeclare"_s)->click();
        QCOMPARE(view()->index(viewRowOf(u"MUID"_s), CookieInventoryModel::Entry).data().toString(),
            u"Draft: missing purpose in Bokmål, purpose in English, supplier, retention, category"_s);
        QVERIFY2(m_area->findChild<QLabel *>(u"cookieSummary"_s)->text().contains(u"1 draft, left out"_s),
            qPrintable(m_area->findChild<QLabel *>(u"cookieSummary"_s)->text()));
        auto *status = m_area->findChild<QComboBox *>(u"cookieStatusFilter"_s);
        status->setCurrentIndex(status->findData(-2));
        QCOMPARE(view()->rowCount(), 1);
        status->setCurrentIndex(0);

        // Cancel at the warning: no file dialog follows.
        QString warning;
        bool fileDialog = false;
        answerNextDialog([&](QWidget *w) {
            auto *box = qobject_cast<QMessageBox *>(w);
            QVERIFY(box);
            QCOMPARE(box->objectName(), u"cookieExportWarning"_s);
            warning = box->text();
            answerNextDialog([&](QWidget *) { fileDialog = true; }, 300);
            box->button(QMessageBox::Cancel)->click();
        });
        m_area->findChild<QPushButton *>(u"cookieExport_html"_s)->click();
        QVERIFY2(warning.startsWith(u"1 entry is a draft and is left out of the published declaration:"_s),
            qPrintable(warning));
        QVERIFY2(
            warning.contains(u"MUID (missing purpose in Bokmål, purpose in English, supplier"_s), qPrintable(warning));
        QTest::qWait(400);
        QVERIFY(!fileDialog);

        // Export anyway: the file dialog, then a declaration without the draft.
        const QString path = m_dir.filePath(u"with-draft.html"_s);
        QString startedIn;
        answerNextDialog([&](QWidget *w) {
            auto *box = qobject_cast<QMessageBox *>(w);
            QVERIFY(box);
            answerNextDialog([&](QWidget *d) {
                auto *dialog = qobject_cast<QFileDialog *>(d);
                // The dialog suggests a name in a real folder, not in the working directory.
                startedIn = dialog ? dialog->directory().absolutePath() : QString();
                QVERIFY(chooseFile(dialog, path));
            });
            box->buttons().first()->click(); // "Export anyway"
        });
        m_area->findChild<QPushButton *>(u"cookieExport_html"_s)->click();
        QCOMPARE(startedIn, QDir::homePath()); // no Documents folder in this home, so the home itself
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(f.readAll());
        QVERIFY(html.contains(u">__utma<"_s));
        QVERIFY(!html.contains(u"MUID"_s));
        m_area->undoStack()->undo();
        QCOMPARE(view()->index(viewRowOf(u"MUID"_s), CookieInventoryModel::Entry).data().toString(), u""_s);
    }

    // A workspace whose declared cookies are all drafts (issue #14): the exported declaration does not say that no
    // cookie is declared, but how many drafts wait and that they are to be completed first, in the declaration's
    // language. A workspace with nothing declared still says that none is.
    void exportOfOnlyDraftsSaysSo()
    {
        QTemporaryDir dir;
        auto ws = Workspace::open(dir.filePath(u"drafts.kapsel"_s));
        QVERIFY(ws.ok());
        CookiesArea area(nullptr);
        area.setWorkspace(*ws);
        area.show();
        auto exportHtml = [&](const QString &path) {
            answerNextDialog([&](QWidget *w) {
                auto *box = qobject_cast<QMessageBox *>(w);
                QVERIFY(box);
                answerNextDialog([&](QWidget *d) { QVERIFY(chooseFile(qobject_cast<QFileDialog *>(d), path)); });
                box->buttons().first()->click(); // "Export anyway"
            });
            area.findChild<QPushButton *>(u"cookieExport_html"_s)->click();
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
        };
        auto *language = area.findChild<QComboBox *>(u"cookieExportLanguage"_s);
        language->setCurrentIndex(language->findData(u"en"_s));
        // Written where the other cases export, as the export dialog remembers the folder.
        QString html = exportHtml(m_dir.filePath(u"nothing.html"_s));
        QVERIFY2(html.contains(u"<p>No cookies are declared.</p>"_s), qPrintable(html));

        for (const QString &name : { u"_hjid"_s, u"cart"_s }) {
            DeclaredCookie c;
            c.name = name;
            c.domain = u"shop.example"_s;
            c.purposeEn = u"Something"_s; // no Bokmål purpose, supplier or retention: a draft
            QVERIFY((*ws)->cookies().addDeclared(c));
        }
        area.reload();
        html = exportHtml(m_dir.filePath(u"drafts.html"_s));
        QVERIFY2(!html.contains(u"No cookies are declared"_s), qPrintable(html));
        QVERIFY2(html.contains(u"every declared cookie is still a draft (drafts: 2)"_s), qPrintable(html));
        QVERIFY2(html.contains(u"complete the drafts before you publish the declaration"_s), qPrintable(html));
        QVERIFY(!html.contains(u"_hjid"_s));

        const QString nbPath = dir.filePath(u"utkast.md"_s);
        QVERIFY(area.exportDeclaration(u"md"_s, u"nb"_s, nbPath));
        QFile nb(nbPath);
        QVERIFY(nb.open(QIODevice::ReadOnly));
        const QString md = QString::fromUtf8(nb.readAll());
        QVERIFY2(md.contains(u"alle erklærte informasjonskapsler er fortsatt utkast (utkast: 2)"_s), qPrintable(md));
    }

    void declareSuggestion()
    {
        QTableView *t = table();
        t->setCurrentIndex(view()->index(viewRowOf(u"_gid"_s), CookieInventoryModel::Name));
        m_area->findChild<QPushButton *>(u"cookieDeclare"_s)->click();
        int row = viewRowOf(u"_gid"_s);
        QCOMPARE(view()->index(row, CookieInventoryModel::StatusColumn).data().toString(), u"Declared and observed"_s);
        QVERIFY(!view()->index(row, CookieInventoryModel::Supplier).data(CookieInventoryModel::SuggestedRole).toBool());
        m_area->undoStack()->undo();
        row = viewRowOf(u"_gid"_s);
        QCOMPARE(view()->index(row, CookieInventoryModel::StatusColumn).data().toString(), u"Observed, undeclared"_s);
        m_area->undoStack()->redo();
        QCOMPARE(view()->index(viewRowOf(u"_gid"_s), CookieInventoryModel::StatusColumn).data().toString(),
            u"Declared and observed"_s);
        m_area->undoStack()->undo();
    }

    void exportAndPolicy()
    {
        const QString html = m_dir.filePath(u"decl.html"_s);
        QVERIFY(m_area->exportDeclaration(u"html"_s, u"nb"_s, html));
        QFile f(html);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().contains("<html lang=\"nb\">"));
        const QString pdf = m_dir.filePath(u"decl.pdf"_s);
        QVERIFY(m_area->exportDeclaration(u"pdf"_s, u"en"_s, pdf));
        KAPSEL_REQUIRE_SHARED(u"company-cookie-page/cookies-and-privacy.txt"_s);
        QFile page(TestSupport::sharedData(u"company-cookie-page/cookies-and-privacy.txt"_s));
        QVERIFY(page.open(QIODevice::ReadOnly));
        m_area->findChild<QTabWidget *>(u"cookieTabs"_s)->setCurrentIndex(2);
        m_area->findChild<QPlainTextEdit *>(u"cookiePolicyText"_s)->setPlainText(QString::fromUtf8(page.readAll()));
        m_area->findChild<QPushButton *>(u"cookiePolicyCheck"_s)->click();
        // 5 consent findings + 1 repealed section (see test_cookieinventory), all 8 cookies named.
        auto *findings = m_area->findChild<QTreeWidget *>(u"cookiePolicyFindings"_s);
        QCOMPARE(findings->topLevelItemCount(), 6);

        // Clicking a finding selects its passage in the text.
        auto *text = m_area->findChild<QPlainTextEdit *>(u"cookiePolicyText"_s);
        for (int i : { 3, 0 }) {
            const QTreeWidgetItem *item = findings->topLevelItem(i);
            QTest::mouseClick(findings->viewport(), Qt::LeftButton, {}, findings->visualItemRect(item).center());
            QCOMPARE(findings->currentItem(), item);
            QCOMPARE(text->textCursor().selectedText(), item->text(2));
            QVERIFY(!item->text(2).isEmpty());
        }
        QCOMPARE(text->textCursor().selectedText(), u"By using, you consent"_s);

        // The findings export to CSV and HTML: the button asks for the file.
        auto *exportButton = m_area->findChild<QPushButton *>(u"cookiePolicyExport"_s);
        QVERIFY(exportButton->isEnabled());
        const QString csvPath = m_dir.filePath(u"findings.csv"_s);
        QString startedIn, suggested;
        answerNextDialog([&](QWidget *d) {
            auto *dialog = qobject_cast<QFileDialog *>(d);
            // It starts where the last export went, with the findings' name.
            startedIn = dialog ? dialog->directory().absolutePath() : QString();
            suggested = dialog ? dialog->findChild<QLineEdit *>(u"fileNameEdit"_s)->text() : QString();
            QVERIFY(chooseFile(dialog, csvPath));
        });
        exportButton->click();
        QCOMPARE(startedIn, QFileInfo(m_dir.path()).absoluteFilePath());
        QCOMPARE(suggested, u"policy-findings.csv"_s);
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(csv.readAll()).split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1 + 6);
        QVERIFY2(lines[1].startsWith(u"implied-consent,Implied consent,"_s), qPrintable(lines[1]));
        const QString htmlPath = m_dir.filePath(u"findings.html"_s);
        QVERIFY(m_area->exportPolicyFindings(htmlPath));
        QFile findingsHtml(htmlPath);
        QVERIFY(findingsHtml.open(QIODevice::ReadOnly));
        QCOMPARE(int(findingsHtml.readAll().count("<tr><th scope=\"row\">")), 6);
        grab(u"cookiesarea-policy-en.png"_s);
        m_area->findChild<QTabWidget *>(u"cookieTabs"_s)->setCurrentIndex(0);
    }

    void bokmaal()
    {
        Language::apply(u"nb"_s);
        QCoreApplication::processEvents();
        QCOMPARE(
            view()->index(viewRowOf(u"nmstat"_s), CookieInventoryModel::StatusColumn).data().toString(), u"Avviker"_s);
        QCOMPARE(view()->headerData(CookieInventoryModel::PurposeEn, Qt::Horizontal).toString(), u"Formål (engelsk)"_s);
        const QString summary = m_area->findChild<QLabel *>(u"cookieSummary"_s)->text();
        QVERIFY2(summary.contains(u"erklært og observert"_s), qPrintable(summary));
        QVERIFY(m_area->findChild<QLabel *>(u"cookieDiffTitle"_s)->text().startsWith(u"Endringer"_s));
        QCOMPARE(m_area->findChild<QComboBox *>(u"cookieStatusFilter"_s)->itemText(0), u"Alle statuser"_s);
        grab(u"cookiesarea-nb.png"_s);
        Language::apply(u"en"_s);
        QCoreApplication::processEvents();
        QCOMPARE(
            view()->index(viewRowOf(u"nmstat"_s), CookieInventoryModel::StatusColumn).data().toString(), u"Differs"_s);
    }

    // A live scan of another site arrives: the site selector lists both sites (the latest scanned first) and
    // keeps the one shown; choosing the new site shows its inventory only, with the consent phases as words,
    // and its findings with their evidence, in both languages.
    void siteSelectorAndFindings()
    {
        const QString demoSite = m_area->site();
        QVERIFY(!demoSite.isEmpty());
        QVERIFY(!CookieScanTest::storeExample(*m_ws, QDateTime::currentDateTimeUtc()));
        m_area->reload();
        auto *site = m_area->findChild<QComboBox *>(u"cookieSite"_s);
        QCOMPARE(site->count(), 2);
        QCOMPARE(site->itemData(0).toString(), u"example.no"_s);
        QCOMPARE(site->itemData(1).toString(), demoSite);
        QCOMPARE(m_area->site(), demoSite);
        QCOMPARE(viewRowOf(u"mystery"_s), -1);

        site->setCurrentIndex(0);
        QCOMPARE(m_area->site(), u"example.no"_s);
        QCOMPARE(view()->rowCount(), 7); // sid, _ga, consent declared; mystery, trk_uid, ls_key, cart observed
        QCOMPARE(viewRowOf(u"nmstat"_s), -1); // the demo site's cookies are not this site's
        const int ga = viewRowOf(u"_ga"_s);
        QCOMPARE(view()->index(ga, CookieInventoryModel::BeforeConsent).data().toString(), u"yes"_s);
        QCOMPARE(view()->index(ga, CookieInventoryModel::AfterReject).data().toString(), u"no"_s);
        QCOMPARE(view()->index(ga, CookieInventoryModel::AfterAccept).data().toString(), u"yes"_s);
        QCOMPARE(view()->index(ga, CookieInventoryModel::FirstPhase).data().toString(), u"before consent"_s);
        QCOMPARE(
            view()->index(viewRowOf(u"ls_key"_s), CookieInventoryModel::Kind).data().toString(), u"Local storage"_s);

        auto *findings = m_area->findChild<QTreeWidget *>(u"cookieFindings"_s);
        QCOMPARE(findings->topLevelItemCount(), 11); // as test_cookiefindings works out
        const QTreeWidgetItem *first = findings->topLevelItem(0);
        QCOMPARE(first->text(0), u"high"_s);
        QCOMPARE(first->text(1), u"Set before consent"_s);
        QCOMPARE(first->text(2), u"_ga"_s);
        QCOMPARE(first->text(3), u"before consent"_s);
        QVERIFY2(first->text(4).contains(u"page https://www.example.no/"_s), qPrintable(first->text(4)));
        QVERIFY(m_area->findChild<QLabel *>(u"cookieFindingsTitle"_s)->text().startsWith(u"11 findings"_s));
        m_area->findChild<QTabWidget *>(u"cookieTabs"_s)->setCurrentIndex(0);
        grab(u"cookiesarea-findings-en.png"_s);

        Language::apply(u"nb"_s);
        QCoreApplication::processEvents();
        QCOMPARE(m_area->site(), u"example.no"_s);
        QCOMPARE(findings->topLevelItem(0)->text(0), u"høy"_s);
        QCOMPARE(findings->headerItem()->text(0), u"Alvorlighet"_s);
        QCOMPARE(view()->index(viewRowOf(u"_ga"_s), CookieInventoryModel::BeforeConsent).data().toString(), u"ja"_s);
        QCOMPARE(
            view()->headerData(CookieInventoryModel::AfterReject, Qt::Horizontal).toString(), u"Etter avvisning"_s);
        grab(u"cookiesarea-findings-nb.png"_s);
        Language::apply(u"en"_s);
        QCoreApplication::processEvents();

        site->setCurrentIndex(1);
        QCOMPARE(m_area->site(), demoSite);
        QVERIFY(viewRowOf(u"nmstat"_s) >= 0);
    }

    // The Suggestion column says how sure each suggestion is; "More > Accept confident suggestions" declares the
    // high ones in one undoable step and leaves the low one (the Open Cookie Database's MUID of bing.com, seen on
    // c.clarity.ms) alone.
    void acceptConfidentSuggestions()
    {
        KnowledgeEntry muid;
        muid.name = u"MUID"_s;
        muid.domain = u"bing.com"_s;
        muid.platform = u"Bing / Microsoft"_s;
        muid.supplier = u"Microsoft"_s;
        muid.category = u"marketing"_s;
        muid.retention = u"1 year"_s;
        muid.purposeEn = u"Identifies unique web browsers visiting Microsoft sites."_s;
        muid.source = u"ocd"_s;
        ImportReport report;
        report.fileName = u"ocd.csv"_s;
        report.sha256 = u"ocd-muid"_s;
        report.format = u"open-cookie-database"_s;
        report.startedAt = QDateTime::currentDateTimeUtc();
        report.osUser = u"test"_s;
        QVERIFY(ImportService::recordImport(
            *m_ws, ImportKind::Cookies, report, [&](ImportContext &ctx) { return ctx.cookies->addKnowledge(muid); }));
        m_area->reload();
        const int m = viewRowOf(u"MUID"_s);
        QCOMPARE(view()->index(m, CookieInventoryModel::Suggestion).data().toString(), u"low"_s);
        QVERIFY2(view()
                     ->index(m, CookieInventoryModel::Suggestion)
                     .data(Qt::ToolTipRole)
                     .toString()
                     .contains(u"the source describes the cookie of bing.com"_s),
            qPrintable(view()->index(m, CookieInventoryModel::Suggestion).data(Qt::ToolTipRole).toString()));
        QCOMPARE(view()->index(viewRowOf(u"_gid"_s), CookieInventoryModel::Suggestion).data().toString(), u"high"_s);

        const QStringList confident { u"_ga"_s, u"_gid"_s, u"siteimproveses"_s, u"_clck"_s, u"_ga_7QK2M4X9ZP"_s };
        auto statusOf = [&](const QString &name) {
            return view()->index(viewRowOf(name), CookieInventoryModel::StatusColumn).data().toString();
        };
        const int before = m_area->undoStack()->index();
        // Click More, then the menu's item.
        QTimer::singleShot(100, this, [] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            QVERIFY(menu);
            QAction *accept = menu->findChild<QAction *>(u"cookieAcceptConfident"_s);
            QVERIFY(accept);
            QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(accept).center());
        });
        QSignalSpy status(m_area.get(), &Area::statusMessage);
        QTest::mouseClick(m_area->findChild<QToolButton *>(u"cookieMore"_s), Qt::LeftButton);
        QTRY_COMPARE(m_area->undoStack()->index(), before + 1); // one step for the batch
        for (const QString &name : confident)
            QVERIFY2(statusOf(name) != u"Observed, undeclared"_s, qPrintable(name));
        QCOMPARE(statusOf(u"MUID"_s), u"Observed, undeclared"_s);
        QCOMPARE(status.last().first().toString(),
            u"5 cookies declared with their high-confidence suggestions; 1 suggestion of medium or low confidence "
            "left for you to check"_s);
        m_area->undoStack()->undo();
        for (const QString &name : confident)
            QCOMPARE(statusOf(name), u"Observed, undeclared"_s);
    }
};

QTEST_MAIN(TestCookiesArea)
#include "test_cookiesarea.moc"
