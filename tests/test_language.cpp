// SPDX-License-Identifier: GPL-3.0-or-later
// The compiled translations (an installed program finds them beside itself, see test_install), Qt's own buttons
// in Bokmål, and locale-formatted numbers and dates.
#include "core/language.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QDate>

using namespace Qt::StringLiterals;

class TestLanguage : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { Language::apply(u"en"_s); }

    void resolve_data()
    {
        QTest::addColumn<QString>("requested");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nb") << u"nb"_s << u"nb"_s;
        QTest::newRow("no") << u"no"_s << u"nb"_s;
        QTest::newRow("nb_NO") << u"nb_NO"_s << u"nb"_s;
        QTest::newRow("en") << u"en"_s << u"en"_s;
        QTest::newRow("en_US") << u"en_US"_s << u"en"_s;
    }
    void resolve()
    {
        QFETCH(QString, requested);
        QFETCH(QString, expected);
        QCOMPARE(Language::resolve(requested), expected);
    }

    void unknownFollowsTheSystem()
    {
        QCOMPARE(Language::resolve(u"xx"_s), Language::systemDefault());
        QCOMPARE(Language::resolve(QString()), Language::systemDefault());
    }

    void switchesOwnStrings()
    {
        Language::apply(u"nb"_s);
        QCOMPARE(QCoreApplication::translate("MainWindow", "Visitors"), u"Besøk"_s);
        Language::apply(u"en"_s);
        QCOMPARE(QCoreApplication::translate("MainWindow", "Visitors"), u"Visitors"_s);
    }

    void qtButtonsAndDialogsInBokmal_data()
    {
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("expected");
        QTest::newRow("Cancel") << u"QPlatformTheme"_s << u"Cancel"_s << u"Avbryt"_s;
        QTest::newRow("Open") << u"QPlatformTheme"_s << u"Open"_s << u"Åpne"_s;
        QTest::newRow("Save") << u"QPlatformTheme"_s << u"Save"_s << u"Lagre"_s;
        QTest::newRow("Yes") << u"QPlatformTheme"_s << u"&Yes"_s << u"&Ja"_s;
        QTest::newRow("file dialog open") << u"QFileDialog"_s << u"&Open"_s << u"&Åpne"_s;
        QTest::newRow("file name") << u"QFileDialog"_s << u"File &name:"_s << u"Fil&navn:"_s;
        QTest::newRow("progress cancel") << u"QProgressDialog"_s << u"Cancel"_s << u"Avbryt"_s;
        QTest::newRow("details") << u"QMessageBox"_s << u"Show Details..."_s << u"Vis detaljer …"_s;
        QTest::newRow("undo") << u"QUndoStack"_s << u"Undo %1"_s << u"Angre %1"_s;
    }
    void qtButtonsAndDialogsInBokmal()
    {
        QFETCH(QString, context);
        QFETCH(QString, source);
        QFETCH(QString, expected);
        Language::apply(u"nb"_s);
        QCOMPARE(QCoreApplication::translate(context.toLatin1().constData(), source.toUtf8().constData()), expected);
    }

    void numbersAndDatesFollowTheLanguage()
    {
        Language::apply(u"nb"_s);
        QString n = QLocale().toString(1234567.8, 'f', 1);
        // Bokmål groups with a (no-break) space and uses a decimal comma.
        n.replace(QChar(0x00A0), u' ');
        QCOMPARE(n, u"1 234 567,8"_s);
        QCOMPARE(QLocale().toString(QDate(2024, 1, 15), QLocale::ShortFormat), u"15.01.2024"_s);
        Language::apply(u"en"_s);
        QCOMPARE(QLocale().toString(1234567.8, 'f', 1), u"1,234,567.8"_s);
    }
};

QTEST_GUILESS_MAIN(TestLanguage)
#include "test_language.moc"
