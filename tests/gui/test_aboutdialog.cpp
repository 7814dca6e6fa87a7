// SPDX-License-Identifier: GPL-3.0-or-later
// Help ▸ About Kapsel: the version from the CMake project and the licence of everything linked, in both languages.
#include "core/language.h"
#include "mainwindow.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTimer>

using namespace Qt::StringLiterals;

class TestAboutDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // Opens the About box from the Help menu's action and returns its text (and a picture of it, to look at).
    QString aboutText(const QString &actionText, const QString &shot)
    {
        MainWindow w;
        w.setInteractive(false);
        if (!w.openWorkspace(m_dir.filePath(u"about.kapsel"_s)))
            return {};
        w.show();
        QAction *about = nullptr;
        for (QAction *a : w.findChildren<QAction *>())
            if (a->text() == actionText)
                about = a;
        if (!about)
            return {};
        QString text;
        QTimer::singleShot(0, this, [&] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                text = box->text();
                box->grab().save(m_dir.filePath(shot));
                box->accept();
            }
        });
        about->trigger();
        return text;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { Language::apply(u"en"_s); }

    void aboutShowsVersionAndLicences_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("action");
        QTest::addColumn<QStringList>("phrases");
        QTest::newRow("en") << u"en"_s << u"&About Kapsel"_s
                            << QStringList { u"Licence: GPL-3.0-or-later"_s, u"LGPL-3.0"_s, u"SQLite: public domain"_s,
                                   u"libpq: PostgreSQL Licence"_s, u"(MIT; the list: MPL-2.0)"_s, u"Apache-2.0"_s };
        QTest::newRow("nb") << u"nb"_s << u"&Om Kapsel"_s
                            << QStringList { u"Lisens: GPL-3.0-or-later"_s, u"LGPL-3.0"_s, u"«public domain»"_s,
                                   u"libpq: PostgreSQL-lisensen"_s, u"(MIT; listen: MPL-2.0)"_s, u"Apache-2.0"_s };
    }
    void aboutShowsVersionAndLicences()
    {
        QFETCH(QString, lang);
        QFETCH(QString, action);
        QFETCH(QStringList, phrases);
        Language::apply(lang);
        const QString text = aboutText(action, u"about-%1.png"_s.arg(lang));
        QVERIFY2(!text.isEmpty(), "no About box");
        QVERIFY(text.contains(u"<h3>Kapsel %1</h3>"_s.arg(QStringLiteral(KAPSEL_PROJECT_VERSION))));
        QVERIFY(text.contains(u"Qt "_s + QString::fromLatin1(qVersion())));
        QVERIFY(text.contains(QRegularExpression(u"libpsl \\d+\\.\\d+"_s)));
        for (const QString &p : phrases)
            QVERIFY2(text.contains(p), qPrintable(p));
        if (qEnvironmentVariableIsSet("KAPSEL_KEEP_SHOTS"))
            m_dir.setAutoRemove(false), qInfo("pictures in %s", qPrintable(m_dir.path()));
    }
};

QTEST_MAIN(TestAboutDialog)
#include "test_aboutdialog.moc"
