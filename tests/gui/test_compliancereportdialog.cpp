// SPDX-License-Identifier: GPL-3.0-or-later
// File ▸ Compliance report…'s dialog against a fixed clock (3 December 2026): its defaults (the last 12 months,
// all sites, Bokmål, PDF), the presets' dates worked out by hand, the chosen values coming back, the file's
// extension following the format, the browse button, accessible names, and its words in both languages.
#include "report/compliancereportdialog.h"

#include "core/language.h"
#include "dialoganswers.h"
#include "mainwindow.h"
#include "workspace/reportarchive.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QDate kToday(2026, 12, 3);
const QStringList kSites { u"example.no"_s, u"shop.example.no"_s };

template <typename T> T *child(ComplianceReportDialog &d, const char *name)
{
    return d.findChild<T *>(QString::fromLatin1(name));
}

void choose(QComboBox *box, const QVariant &data)
{
    box->setCurrentIndex(box->findData(data));
}

QPushButton *okButton(ComplianceReportDialog &d)
{
    return d.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

} // namespace

class TestComplianceReportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_home.isValid());
        qputenv("HOME", m_home.path().toUtf8());
        Language::apply(u"en"_s);
    }

    void defaults()
    {
        ComplianceReportDialog d(kSites, kToday, nullptr);
        const ComplianceReportOptions o = d.options();
        QCOMPARE(o.from, QDate(2025, 12, 4));
        QCOMPARE(o.to, QDate(2026, 12, 3));
        QCOMPARE(o.site, QString());
        QCOMPARE(o.language, u"nb"_s);
        QCOMPARE(o.format, ComplianceReportOptions::Format::Pdf);
        QVERIFY2(o.path.endsWith(u"/compliance-report-2026-12-03.pdf"_s), qPrintable(o.path));
        QVERIFY(QFileInfo(o.path).isAbsolute());
        QVERIFY(okButton(d)->isEnabled());
        // The sites given, after "the latest scan's site".
        QComboBox *site = child<QComboBox>(d, "site");
        QCOMPARE(site->count(), 3);
        QCOMPARE(site->itemText(1), kSites[0]);
        QCOMPARE(site->itemText(2), kSites[1]);
    }

    void presets_data()
    {
        QTest::addColumn<int>("preset");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        using P = ComplianceReportDialog::Preset;
        QTest::newRow("last 12 months") << int(P::Last12Months) << kToday << QDate(2025, 12, 4) << kToday;
        QTest::newRow("last calendar year")
            << int(P::LastCalendarYear) << kToday << QDate(2025, 1, 1) << QDate(2025, 12, 31);
        QTest::newRow("this year") << int(P::ThisYear) << kToday << QDate(2026, 1, 1) << kToday;
        // 29 February: a year back is 28 February, so the period starts on 1 March.
        QTest::newRow("12 months from a leap day")
            << int(P::Last12Months) << QDate(2028, 2, 29) << QDate(2027, 3, 1) << QDate(2028, 2, 29);
        QTest::newRow("1 January, last year")
            << int(P::LastCalendarYear) << QDate(2027, 1, 1) << QDate(2026, 1, 1) << QDate(2026, 12, 31);
        QTest::newRow("1 January, this year")
            << int(P::ThisYear) << QDate(2027, 1, 1) << QDate(2027, 1, 1) << QDate(2027, 1, 1);
    }

    void presets()
    {
        QFETCH(int, preset);
        QFETCH(QDate, today);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        ComplianceReportDialog d(kSites, today, nullptr);
        choose(child<QComboBox>(d, "preset"), preset);
        QCOMPARE(d.options().from, from);
        QCOMPARE(d.options().to, to);
        QCOMPARE(child<QDateEdit>(d, "from")->date(), from);
        QCOMPARE(child<QDateEdit>(d, "to")->date(), to);
    }

    void chosenValuesComeBack()
    {
        ComplianceReportDialog d(kSites, kToday, nullptr);
        auto *from = child<QDateEdit>(d, "from");
        auto *to = child<QDateEdit>(d, "to");
        from->setDate(QDate(2026, 3, 1));
        to->setDate(QDate(2026, 8, 31));
        // Dates changed by hand are no longer a preset's.
        QCOMPARE(child<QComboBox>(d, "preset")->currentData().toInt(), int(ComplianceReportDialog::Preset::Custom));
        choose(child<QComboBox>(d, "site"), kSites[1]);
        choose(child<QComboBox>(d, "language"), u"en"_s);
        choose(child<QComboBox>(d, "format"), int(ComplianceReportOptions::Format::Html));
        const QString path = m_home.filePath(u"board/report-2026.html"_s);
        child<QLineEdit>(d, "path")->setText(path);
        const ComplianceReportOptions o = d.options();
        QCOMPARE(o.from, QDate(2026, 3, 1));
        QCOMPARE(o.to, QDate(2026, 8, 31));
        QCOMPARE(o.site, kSites[1]);
        QCOMPARE(o.language, u"en"_s);
        QCOMPARE(o.format, ComplianceReportOptions::Format::Html);
        QCOMPARE(o.path, path);
    }

    void extensionFollowsFormat()
    {
        ComplianceReportDialog d(kSites, kToday, nullptr);
        auto *path = child<QLineEdit>(d, "path");
        auto *format = child<QComboBox>(d, "format");
        path->setText(u"/tmp/x/report.pdf"_s);
        choose(format, int(ComplianceReportOptions::Format::Markdown));
        QCOMPARE(path->text(), u"/tmp/x/report.md"_s);
        choose(format, int(ComplianceReportOptions::Format::Json));
        QCOMPARE(path->text(), u"/tmp/x/report.json"_s);
        path->setText(u"/tmp/x/report.v2.txt"_s); // a name of the user's own stays
        choose(format, int(ComplianceReportOptions::Format::Html));
        QCOMPARE(path->text(), u"/tmp/x/report.v2.txt"_s);
    }

    void okNeedsAPeriodAndAFile()
    {
        ComplianceReportDialog d(kSites, kToday, nullptr);
        child<QDateEdit>(d, "from")->setDate(QDate(2026, 6, 1));
        child<QDateEdit>(d, "to")->setDate(QDate(2026, 5, 31));
        QVERIFY(!okButton(d)->isEnabled());
        child<QDateEdit>(d, "to")->setDate(QDate(2026, 6, 1));
        QVERIFY(okButton(d)->isEnabled());
        child<QLineEdit>(d, "path")->clear();
        QVERIFY(!okButton(d)->isEnabled());
    }

    void browseChoosesTheFile()
    {
        ComplianceReportDialog d(kSites, kToday, nullptr);
        d.show();
        const QString chosen = m_home.filePath(u"chosen-report"_s);
        bool answered = false;
        answerNextDialog([&](QWidget *w) { answered = chooseFile(qobject_cast<QFileDialog *>(w), chosen); });
        QTest::mouseClick(child<QPushButton>(d, "browse"), Qt::LeftButton);
        QVERIFY(answered);
        QCOMPARE(d.options().path, chosen + u".pdf"_s); // the format's extension added
    }

    void accessibleAndInOrder()
    {
        ComplianceReportDialog d(kSites, kToday, nullptr);
        const QList<QWidget *> fields { child<QComboBox>(d, "preset"), child<QDateEdit>(d, "from"),
            child<QDateEdit>(d, "to"), child<QComboBox>(d, "site"), child<QComboBox>(d, "language"),
            child<QComboBox>(d, "format"), child<QLineEdit>(d, "path"), child<QPushButton>(d, "browse") };
        for (QWidget *w : fields) {
            QVERIFY(w);
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
        }
        // The tab order follows the reading order (a date edit's own sections and inner line edit aside: Tab
        // steps through day, month and year first).
        for (int i = 0; i + 1 < fields.size(); ++i) {
            QWidget *next = fields[i]->nextInFocusChain();
            while (next && next != fields[i + 1]
                && (fields[i]->isAncestorOf(next) || !(next->focusPolicy() & Qt::TabFocus)))
                next = next->nextInFocusChain();
            QVERIFY2(next == fields[i + 1] || fields[i + 1]->isAncestorOf(next),
                qPrintable(fields[i]->objectName() + u" -> "_s + (next ? next->objectName() : u"nothing"_s)));
        }
        // Fits a small screen (the laptop size the window is tested at).
        QVERIFY(d.minimumSizeHint().width() <= 1024);
        QVERIFY(d.minimumSizeHint().height() <= 640);
    }

    void bothLanguages_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("cancel");
        QTest::addColumn<QString>("preset");
        QTest::addColumn<QString>("bokmal");
        QTest::newRow("nb") << u"nb"_s << u"Personvernrapport"_s << u"Avbryt"_s << u"Siste 12 måneder"_s
                            << u"Norsk bokmål"_s;
        QTest::newRow("en") << u"en"_s << u"Compliance report"_s << u"Cancel"_s << u"Last 12 months"_s
                            << u"Norwegian Bokmål"_s;
    }

    void bothLanguages()
    {
        QFETCH(QString, lang);
        QFETCH(QString, title);
        QFETCH(QString, cancel);
        QFETCH(QString, preset);
        QFETCH(QString, bokmal);
        Language::apply(lang);
        ComplianceReportDialog d(kSites, kToday, nullptr);
        QCOMPARE(d.windowTitle(), title);
        QCOMPARE(d.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->text().remove(u'&'), cancel);
        QCOMPARE(child<QComboBox>(d, "preset")->currentText(), preset);
        QCOMPARE(child<QComboBox>(d, "language")->currentText(), bokmal);
        // The report's language stays Bokmål by default whatever the program speaks.
        QCOMPARE(d.options().language, u"nb"_s);
        // A picture to look at, beside the report writers' pages.
        d.show();
        const QString pictures = QCoreApplication::applicationDirPath() + u"/reportwriters"_s;
        QDir().mkpath(pictures);
        QVERIFY(d.grab().save(pictures + u"/dialog-%1.png"_s.arg(lang)));
        Language::apply(u"en"_s);
    }

    // File ▸ Compliance report… in the window, as the officer does it: the dialog is answered, the report is made on
    // a worker (the menu returns at once, the action waits until it is done), the status bar says where it went,
    // and the workspace keeps the file's checksum.
    void fileMenuMakesAndKeepsTheReport()
    {
        MainWindow w;
        w.setInteractive(false);
        QVERIFY(w.openDemo());
        auto *action = w.findChild<QAction *>(u"reportAction"_s);
        QVERIFY(action);
        QTemporaryDir out;
        const QString path = out.filePath(u"board.pdf"_s);
        bool answered = false;
        answerNextDialog([&](QWidget *dialog) {
            auto *d = qobject_cast<ComplianceReportDialog *>(dialog);
            if (!d)
                return;
            choose(child<QComboBox>(*d, "language"), u"en"_s);
            child<QLineEdit>(*d, "path")->setText(path);
            answered = true;
            okButton(*d)->click();
        });
        action->trigger();
        QVERIFY(answered);
        QVERIFY(!action->isEnabled()); // being made; the window goes on
        QTRY_VERIFY_WITH_TIMEOUT(action->isEnabled(), 30000);
        QVERIFY2(
            w.statusBar()->currentMessage().contains(u"written to"_s), qPrintable(w.statusBar()->currentMessage()));
        QVERIFY(!w.findChild<QProgressDialog *>(u"reportProgress"_s));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        auto kept = w.workspace()->reports().list();
        QVERIFY(kept);
        QCOMPARE(kept->size(), 1);
        QCOMPARE(kept->first().sha256,
            QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(kept->first().language, u"en"_s);
        QCOMPARE(kept->first().format, u"pdf"_s);
        QVERIFY(w.statusBar()->currentMessage().contains(kept->first().documentId));

        // A file that cannot be written: the error is shown, and no record is kept of a report that does not exist.
        const QString nowhere = out.filePath(u"missing-folder/board.pdf"_s);
        answerNextDialog([&](QWidget *dialog) {
            if (auto *d = qobject_cast<ComplianceReportDialog *>(dialog)) {
                child<QLineEdit>(*d, "path")->setText(nowhere);
                okButton(*d)->click();
            }
        });
        action->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(action->isEnabled(), 30000);
        QVERIFY2(w.statusBar()->currentMessage().contains(u"cannot write the file"_s),
            qPrintable(w.statusBar()->currentMessage()));
        QVERIFY(!QFile::exists(nowhere));
        kept = w.workspace()->reports().list();
        QVERIFY(kept);
        QCOMPARE(kept->size(), 1);

        // The dialog cancelled: nothing is made.
        answerNextDialog([&](QWidget *dialog) {
            if (auto *d = qobject_cast<ComplianceReportDialog *>(dialog))
                d->reject();
        });
        action->trigger();
        QVERIFY(action->isEnabled());
        QCOMPARE(w.workspace()->reports().list()->size(), 1);
    }

private:
    QTemporaryDir m_home;
};

QTEST_MAIN(TestComplianceReportDialog)
#include "test_compliancereportdialog.moc"
