// SPDX-License-Identifier: GPL-3.0-or-later
// Every text format Kapsel reads is still recognised and read the same when its file starts with a UTF-8 byte
// order mark, as Fiddler, Excel and Notepad write it: one sample per format in the registry.
#include "testsupport.h"

#include "core/language.h"
#include "importers/importerregistry.h"
#include "workspace/importservice.h"
#include "workspace/workspace.h"

#include <QFile>
#include <QHash>

using namespace Qt::StringLiterals;

namespace {

const QByteArray kBom("\xEF\xBB\xBF");

// A file each format already accepts (tests/data). Firefox's cookie store is SQLite: binary, never with a BOM.
const QHash<QString, QString> &samples()
{
    static const QHash<QString, QString> s {
        { u"ga4-ndjson"_s, u"visitors/ga4_events_20240320.ndjson"_s },
        { u"ga4-csv"_s, u"visitors/ga4_events_flattened.csv"_s },
        { u"ua-bigquery"_s, u"visitors/ga_sessions_20170801.json"_s },
        { u"ua-report"_s, u"visitors/ua_report_user_type_en.csv"_s },
        { u"matomo"_s, u"visitors/matomo_live_visits.json"_s },
        { u"plausible"_s, u"visitors/visitors.csv"_s },
        { u"sessions-csv"_s, u"visitors/generic-sessions.csv"_s },
        { u"har"_s, u"cookies/page.har"_s },
        { u"wec-inspection"_s, u"cookies/inspection.json"_s },
        { u"cookie-csv"_s, u"cookies/observed.csv"_s },
        { u"open-cookie-database"_s, u"cookies/ocd-sample.csv"_s },
        { u"chat-json"_s, u"chats/boostai.json"_s },
        { u"chat-csv"_s, u"chats/transcript.csv"_s },
        { u"chat-text"_s, u"chats/transcript.txt"_s },
    };
    return s;
}

const QStringList kBinaryFormats { u"firefox-cookies"_s };

} // namespace

class TestImporterBom : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;

    // Writes `bytes` under `name` in a folder of its own, so both copies keep the sample's file name.
    QString write(const QString &name, const QByteArray &bytes)
    {
        QDir dir(m_dir.path());
        const QString sub = u"f%1"_s.arg(++m_n);
        dir.mkdir(sub);
        const QString path = dir.filePath(sub + u'/' + name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    Expected<ImportReport> import(const QString &file)
    {
        const QString ws = m_dir.filePath(u"ws%1.kapsel"_s.arg(++m_n));
        if (!Workspace::open(ws))
            qFatal("cannot open workspace");
        return ImportService::importFile(ws, file, {});
    }

private slots:
    void initTestCase()
    {
        Language::apply(u"en"_s);
        QVERIFY(m_dir.isValid());
    }

    void everyFormatHasASample()
    {
        for (const auto &i : ImporterRegistry::all())
            QVERIFY2(samples().contains(i->name()) || kBinaryFormats.contains(i->name()), qPrintable(i->name()));
    }

    void withBom_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("sample");
        for (const auto &i : ImporterRegistry::all())
            if (samples().contains(i->name()))
                QTest::newRow(qPrintable(i->name())) << i->name() << samples().value(i->name());
    }

    void withBom()
    {
        QFETCH(QString, format);
        QFETCH(QString, sample);
        QFile f(TestSupport::testData(sample));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray plain = f.readAll();
        QVERIFY(!plain.startsWith(kBom));
        const QByteArray withBom = kBom + plain;
        const QString name = QFileInfo(sample).fileName();
        const QString plainFile = write(name, plain);
        const QString bomFile = write(name, withBom);

        const Importer *plainFormat = ImporterRegistry::detect(plain.left(64 * 1024), name);
        QVERIFY(plainFormat);
        QCOMPARE(plainFormat->name(), format);
        const Importer *bomFormat = ImporterRegistry::detect(withBom.left(64 * 1024), name);
        QVERIFY2(bomFormat, "not recognised with a BOM");
        QCOMPARE(bomFormat->name(), format);

        auto a = import(plainFile);
        QVERIFY2(a.ok(), qPrintable(a.ok() ? QString() : a.error().toString()));
        auto b = import(bomFile);
        QVERIFY2(b.ok(), qPrintable(b.ok() ? QString() : b.error().toString()));
        QCOMPARE(b->format, format);
        QVERIFY(a->rowsStored > 0);
        QCOMPARE(b->rowsRead, a->rowsRead);
        QCOMPARE(b->rowsStored, a->rowsStored);
        QCOMPARE(b->rowsSkipped, a->rowsSkipped);
        QCOMPARE(b->notes, a->notes);
    }
};

QTEST_GUILESS_MAIN(TestImporterBom)
#include "test_importerbom.moc"
