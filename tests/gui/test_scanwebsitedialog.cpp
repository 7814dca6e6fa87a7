// SPDX-License-Identifier: GPL-3.0-or-later
// Cookies ▸ Scan website…: what the dialog accepts and what scan it asks for, in both languages.
#include "cookies/scanwebsitedialog.h"
#include "core/language.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using namespace Qt::StringLiterals;

class TestScanWebsiteDialog : public QObject
{
    Q_OBJECT

    template <typename T> static T *child(QWidget &w, const char *name)
    {
        T *c = w.findChild<T *>(QString::fromLatin1(name));
        if (!c)
            qFatal("missing child %s", name);
        return c;
    }
    static QPushButton *scanButton(QWidget &w)
    {
        return w.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    }

private slots:
    void cleanup() { Language::apply(u"en"_s); }

    void asksForAWebAddressAndAtLeastOneChoice()
    {
        Language::apply(u"en"_s);
        ScanWebsiteDialog d(nullptr);
        d.show();
        auto *url = child<QLineEdit>(d, "scanUrl");
        auto *problem = child<QLabel>(d, "scanProblem");
        QVERIFY(!scanButton(d)->isEnabled()); // nothing to scan yet
        QVERIFY(problem->isHidden());

        QTest::keyClicks(url, u"ftp://files.example.no"_s);
        QVERIFY(!scanButton(d)->isEnabled());
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(u"not a web address"_s), qPrintable(problem->text()));

        url->clear();
        QTest::keyClicks(url, u"www.example.no/om-oss"_s); // typed as in a browser's address bar
        QVERIFY(scanButton(d)->isEnabled());
        QVERIFY(problem->isHidden());
        CookieScanOptions o = d.options();
        QCOMPARE(o.startUrl, QUrl(u"https://www.example.no/om-oss"_s));
        QCOMPARE(o.pages, 10);
        QCOMPARE(o.phases, QStringList({ ConsentPhase::Before, ConsentPhase::Accept, ConsentPhase::Reject }));
        QVERIFY(!o.sameSiteOnly);

        for (const char *name : { "scanBefore", "scanAccept", "scanReject" })
            child<QCheckBox>(d, name)->setChecked(false);
        QVERIFY(!scanButton(d)->isEnabled());
        QVERIFY2(problem->text().contains(u"at least one"_s), qPrintable(problem->text()));
        child<QCheckBox>(d, "scanReject")->setChecked(true);
        QVERIFY(scanButton(d)->isEnabled());
        child<QSpinBox>(d, "scanPages")->setValue(3);
        QTest::keyClicks(child<QLineEdit>(d, "scanRejectSelector"), u"  #nei-takk "_s);
        child<QCheckBox>(d, "scanSameHost")->setChecked(true);
        o = d.options();
        QCOMPARE(o.phases, QStringList { ConsentPhase::Reject });
        QCOMPARE(o.pages, 3);
        QCOMPARE(o.rejectSelector, u"#nei-takk"_s);
        QVERIFY(o.acceptSelector.isEmpty());
        QVERIFY(o.sameSiteOnly);
    }

    void bokmal()
    {
        Language::apply(u"nb"_s);
        ScanWebsiteDialog d(nullptr);
        d.setUrl(u"https://www.example.no/"_s);
        d.show();
        QCOMPARE(d.windowTitle(), u"Skann nettsted"_s);
        QCOMPARE(scanButton(d)->text().remove(u'&'), u"Skann"_s);
        QCOMPARE(d.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->text().remove(u'&'), u"Avbryt"_s);
        QCOMPARE(child<QCheckBox>(d, "scanAccept")->text().remove(u'&'), u"Etter godta alle"_s);
        QApplication::processEvents();
        QVERIFY(d.grab().save(QDir(QStringLiteral(QT_TESTCASE_BUILDDIR)).filePath(u"scanwebsitedialog-nb.png"_s)));
    }
};

QTEST_MAIN(TestScanWebsiteDialog)
#include "test_scanwebsitedialog.moc"
