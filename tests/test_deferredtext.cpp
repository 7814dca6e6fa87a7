// SPDX-License-Identifier: GPL-3.0-or-later
// Notes and skip reasons kept untranslated: stored once, read in the language and locale of whoever reads them.
#include "core/deferredtext.h"
#include "core/language.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestDeferredText : public QObject
{
    Q_OBJECT

    static DeferredText figures()
    {
        return DeferredText::marked("MatomoImporter", QT_TRANSLATE_NOOP("MatomoImporter", "Figures from %1 to %2."))
            .arg(QDate(2010, 1, 3))
            .arg(QDate(2010, 1, 5));
    }

private slots:
    void cleanup() { Language::apply(u"en"_s); }

    // Written while Kapsel speaks English, read in Bokmål: the words and the dates follow the reader.
    void storedInOneLanguageReadInTheOther()
    {
        Language::apply(u"en"_s);
        const QString stored = figures().toStored();
        QVERIFY(!stored.contains(u'\n'));
        const QLocale en = Language::locale();
        QCOMPARE(DeferredText::show(stored),
            u"Figures from %1 to %2."_s.arg(en.toString(QDate(2010, 1, 3), QLocale::ShortFormat),
                en.toString(QDate(2010, 1, 5), QLocale::ShortFormat)));
        Language::apply(u"nb"_s);
        QCOMPARE(DeferredText::show(stored), u"Tall fra 03.01.2010 til 05.01.2010."_s);
        QCOMPARE(figures().toString(), u"Tall fra 03.01.2010 til 05.01.2010."_s);
    }

    // Plurals by the count given when the text was made; numbers in the reader's locale.
    void pluralsAndNumbers()
    {
        const QString one
            = DeferredText::marked("HarImporter", QT_TRANSLATE_N_NOOP("HarImporter", "%n cookie(s) observed on %1"), 1)
                  .arg(u"www.example.no"_s)
                  .toStored();
        const QString many = DeferredText::marked("OpenCookieDbImporter",
            QT_TRANSLATE_N_NOOP("OpenCookieDbImporter", "%n knowledge-base entr(y/ies), of which %1 name prefixes"), 2)
                                 .arg(qint64(12345))
                                 .toStored();
        Language::apply(u"nb"_s);
        QCOMPARE(DeferredText::show(one), u"1 informasjonskapsel observert på www.example.no"_s);
        QVERIFY2(DeferredText::show(many).contains(u"12\u00a0345"_s), qPrintable(DeferredText::show(many)));
        Language::apply(u"en"_s);
        QCOMPARE(DeferredText::show(one), u"1 cookie observed on www.example.no"_s);
        QVERIFY2(DeferredText::show(many).startsWith(u"2 knowledge-base entries, of which 12,345"_s),
            qPrintable(DeferredText::show(many)));
    }

    // A value is put in once: a header from a file that reads "%2" stays "%2".
    void valuesAreNotReplacedAgain()
    {
        const QString stored = DeferredText::marked("UaReportImporter",
            QT_TRANSLATE_NOOP(
                "UaReportImporter", "The day section \"%1\" holds %2, not sessions; it was not imported."))
                                   .arg(u"%2 weird"_s)
                                   .arg(u"Users"_s)
                                   .toStored();
        QCOMPARE(DeferredText::show(stored),
            u"The day section \"%2 weird\" holds Users, not sessions; it was not imported."_s);
    }

    // A part translated with the whole.
    void nestedParts()
    {
        const DeferredText inner = DeferredText::marked(
            "CookieCsvImporter", QT_TRANSLATE_NOOP("CookieCsvImporter", "read as a cookie declaration"));
        const QString stored = DeferredText::marked(
            "ImportService", QT_TRANSLATE_NOOP("ImportService", "The retention period could not be applied: %1"))
                                   .arg(inner)
                                   .toStored();
        Language::apply(u"nb"_s);
        const QString shown = DeferredText::show(stored);
        QCOMPARE(shown,
            QCoreApplication::translate("ImportService", "The retention period could not be applied: %1")
                .arg(QCoreApplication::translate("CookieCsvImporter", "read as a cookie declaration")));
        QVERIFY(!shown.contains(u"could not"_s));
    }

    // Notes of imports made before notes were kept this way are shown as they are, still scrubbed: an identity
    // number in an old note is not shown.
    void olderNotesAsTheyAre()
    {
        QCOMPARE(
            DeferredText::show(u"Tall fra 03.01.2010 til 03.01.2010."_s), u"Tall fra 03.01.2010 til 03.01.2010."_s);
        QVERIFY(!DeferredText::show(u"kunde 02044228567 ringte"_s).contains(u"02044228567"_s));
        QCOMPARE(DeferredText::show(u"tr:{not json"_s), u"tr:{not json"_s);
    }
};

QTEST_MAIN(TestDeferredText)
#include "test_deferredtext.moc"
