// SPDX-License-Identifier: GPL-3.0-or-later
#include "collectingsessionsink.h"
#include "shownimport.h"
#include "core/language.h"
#include "importers/ga4ndjsonimporter.h"
#include "importers/ga4sessionbuilder.h"
#include "importers/importerregistry.h"
#include "testsupport.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

// No visitor importer crashes or stores anything when forced onto input it cannot read, and the long ones
// report progress and stop on Cancel. (Detection of every sample: test_importerregistry.)
class TestVisitorFormatDetection : public QObject
{
    Q_OBJECT
private slots:
    void forcedOntoHostileInput_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QRandomGenerator rng(7);
        QByteArray noise(256 * 1024, Qt::Uninitialized);
        for (char &c : noise)
            c = char(rng.bounded(256));
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("noise") << noise;
        QTest::newRow("nul bytes") << QByteArray(4096, '\0');
        QTest::newRow("one huge line") << QByteArray(3 * 1024 * 1024, 'a');
        QTest::newRow("utf16 bom only") << QByteArray("\xff\xfe");
        QTest::newRow("lone quote") << QByteArray("\"");
        QTest::newRow("lone brace") << QByteArray("{");
        QTest::newRow("latin1 text") << QByteArray("bes\xf8k;tid\n\xe6\xf8\xe5;x\n");
        QTest::newRow("utf16 odd length") << QByteArray("\xff\xfe"
                                                        "a\0b\0c",
            7);
        QTest::newRow("utf8 cut in a character") << QByteArray("started_at,duration_s\n\xc3");
    }
    void forcedOntoHostileInput()
    {
        QFETCH(QByteArray, bytes);
        static const QStringList names = { u"ga4-ndjson"_s, u"ga4-csv"_s, u"ua-bigquery"_s, u"ua-report"_s, u"matomo"_s,
            u"plausible"_s, u"sessions-csv"_s };
        for (const QString &name : names) {
            const Importer *importer = ImporterRegistry::byName(name);
            QVERIFY2(importer, qPrintable(name));
            ImportRun run(*importer, bytes, u"bad.txt"_s);
            QVERIFY2(!run.ok(), qPrintable(name));
            QVERIFY2(run.errorText().startsWith(u"bad.txt:"_s), qPrintable(name + u": "_s + run.errorText()));
        }
    }

    // Progress is reported while reading and a cancel request stops the importer early.
    void progressAndCancel_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QByteArray>("bytes");
        QByteArray csv = "started_at,duration_s\n";
        QByteArray nd;
        for (int i = 0; i < 120000; ++i) {
            csv += "2024-03-20 10:00:" + QByteArray::number(10 + i % 50) + "," + QByteArray::number(i % 900) + "\n";
            nd += "{\"event_date\":\"20240320\",\"event_timestamp\":\"" + QByteArray::number(1710925200000000LL + i)
                + "\",\"event_params\":[{\"key\":\"ga_session_id\",\"value\":{\"int_value\":\""
                + QByteArray::number(i % 500) + "\"}}],\"user_pseudo_id\":\"u" + QByteArray::number(i % 7) + "\"}\n";
        }
        QTest::newRow("sessions-csv") << u"sessions-csv"_s << csv;
        QTest::newRow("ga4-ndjson") << u"ga4-ndjson"_s << nd;
    }
    void progressAndCancel()
    {
        QFETCH(QString, format);
        QFETCH(QByteArray, bytes);
        QVERIFY(bytes.size() > 2 * 1024 * 1024);
        const Importer *importer = ImporterRegistry::byName(format);
        ImportProgress progress;
        QList<qint64> seen;
        progress.onProgress = [&seen](qint64 done, qint64) { seen << done; };
        {
            CollectingSessionSink sink;
            ImportContext ctx;
            ctx.fileName = u"p"_s;
            ctx.sessions = &sink;
            ctx.progressState = &progress;
            QByteArray copy = bytes;
            QBuffer b(&copy);
            b.open(QIODevice::ReadOnly);
            QVERIFY(!importer->read(b, ctx));
            QVERIFY(seen.size() >= 2);
            QVERIFY(std::is_sorted(seen.begin(), seen.end()));
            QCOMPARE(seen.last(), qint64(bytes.size()));
        }
        progress.cancelRequested = true;
        CollectingSessionSink sink;
        ImportContext ctx;
        ctx.fileName = u"p"_s;
        ctx.sessions = &sink;
        ctx.progressState = &progress;
        QByteArray copy = bytes;
        QBuffer b(&copy);
        b.open(QIODevice::ReadOnly);
        QVERIFY(!importer->read(b, ctx));
        QVERIFY2(ctx.rowsRead < 100000, "the importer stops at the first progress tick after the cancel");
    }

    // The reasons a user reads are translated (Bokmål), with their plural forms.
    void bokmaal()
    {
        Language::apply(u"nb"_s);
        QVERIFY(DeferredText::show(Ga4SessionBuilder::unattributedReason()).contains(u"samtykkemodus"_s));
        QCOMPARE(Ga4NdjsonImporter().displayName(), u"Google Analytics 4 BigQuery-eksport (NDJSON)"_s);
        ImportRun run(*ImporterRegistry::byName(u"sessions-csv"_s),
            QByteArray("started_at,duration_s\n2024-03-20 10:00,5\n2024-03-21 10:00,6\n"), u"s.csv"_s);
        QVERIFY(run.ok());
        QVERIFY2(
            shownNotes(run.ctx.notes).first().startsWith(u"Filen inneholder 2 besøk fra"_s),
            qPrintable(shownNotes(run.ctx.notes).first()));
        ImportRun bad(*ImporterRegistry::byName(u"sessions-csv"_s), QByteArray("a,b\n1,2\n"), u"s.csv"_s);
        QVERIFY2(bad.errorText().contains(u"fant ingen kolonne for started_at"_s), qPrintable(bad.errorText()));
        Language::apply(u"en"_s);
        QVERIFY(Ga4SessionBuilder::unattributedReason().contains(u"consent mode"_s));
    }
};

QTEST_GUILESS_MAIN(TestVisitorFormatDetection)
#include "test_visitorformatdetection.moc"
