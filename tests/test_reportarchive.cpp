// SPDX-License-Identifier: GPL-3.0-or-later
// The compliance reports' records (issue #16) on both backends (one data row each; ctest runs this test under
// pg_virtualenv): every field as written, newest first, found by checksum, nothing kept from a
// rolled-back write; and the demo workspace's report read from each backend, with the same figures.
#include "pgtestsupport.h"
#include "workspacetestsupport.h"

#include "compliance/compliancereport.h"
#include "core/language.h"
#include "demo/demodata.h"
#include "workspace/reportarchive.h"

using namespace Qt::StringLiterals;

class TestReportArchive : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestBackend> backend()
    {
        QFETCH_GLOBAL(QString, backend);
        return std::make_unique<TestBackend>(backend);
    }

    // Every table's cells of the demo workspace's report, in order: what must not depend on the backend.
    static QStringList demoFigures(Workspace &ws)
    {
        if (Status s = DemoData::write(ws))
            qFatal("%s", qPrintable(s->toString()));
        ComplianceReport::Options o;
        o.from = QDate(2025, 1, 1);
        o.to = QDate(2025, 12, 31);
        o.language = u"en"_s;
        auto doc = ComplianceReport::build(ws, o);
        if (!doc)
            qFatal("%s", qPrintable(doc.error().toString()));
        QStringList out;
        for (const ReportDocument::Section &s : doc->sections) {
            if (s.id == u"annex")
                continue; // the demo's import times are when it ran
            for (const ReportDocument::Block &b : s.blocks)
                for (const QStringList &row : b.table.rows)
                    out << row.join(u" | "_s);
        }
        return out;
    }

private slots:
    void initTestCase() { Language::apply(u"en"_s); }

    void initTestCase_data() { addBackendRows(); }

    // The compliance reports' records (issue #16): every field as written, newest first, found by checksum.
    void reportArchiveKeepsEveryReport()
    {
        auto b = backend();
        Workspace &ws = b->ws();
        QList<StoredReport> written;
        for (int i = 1; i <= 3; ++i) {
            StoredReport r;
            r.documentId = u"KAPSEL-2026-12-0%1-ABCDEF"_s.arg(i);
            r.madeAt = QDateTime(QDate(2026, 12, i), QTime(14, 2, 5, 250), Qt::UTC);
            r.madeBy = u"marit"_s;
            r.from = QDate(2025, 1, i);
            r.to = QDate(2025, 12, 31);
            r.site = i == 2 ? QString() : u"kredinor.no"_s;
            r.language = i % 2 ? u"nb"_s : u"en"_s;
            r.format = i == 3 ? u"json"_s : u"md"_s;
            r.fileName = u"/home/marit/rapport æøå %1.md"_s.arg(i);
            r.sha256 = QString(u"%1f"_s.arg(i)).repeated(32);
            r.summary = u"{\"figures\":{\"visits\":%1}}"_s.arg(1000 * i);
            QVERIFY(!ws.beginWrite());
            QVERIFY(!ws.reports().add(r));
            QVERIFY(r.id > 0);
            QVERIFY(!ws.commit());
            written.prepend(r);
        }
        StoredReport lost = written.first();
        lost.documentId = u"KAPSEL-ROLLED-BACK"_s;
        QVERIFY(!ws.beginWrite());
        QVERIFY(!ws.reports().add(lost));
        ws.rollback();
        auto listed = ws.reports().list();
        QVERIFY(listed);
        QCOMPARE(listed->size(), 3);
        for (int i = 0; i < 3; ++i) {
            const StoredReport &got = listed->at(i), &want = written.at(i);
            QCOMPARE(got.id, want.id);
            QCOMPARE(got.documentId, want.documentId);
            QCOMPARE(got.madeAt.toUTC(), want.madeAt);
            QCOMPARE(got.madeBy, want.madeBy);
            QCOMPARE(got.from, want.from);
            QCOMPARE(got.to, want.to);
            QCOMPARE(got.site, want.site.isNull() ? u""_s : want.site);
            QCOMPARE(got.language, want.language);
            QCOMPARE(got.format, want.format);
            QCOMPARE(got.fileName, want.fileName);
            QCOMPARE(got.sha256, want.sha256);
            QCOMPARE(got.summary, want.summary);
        }
        auto found = ws.reports().withChecksum(written.at(1).sha256.toUpper());
        QVERIFY(found);
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->first().documentId, written.at(1).documentId);
        auto none = ws.reports().withChecksum(u"0"_s.repeated(64));
        QVERIFY(none);
        QVERIFY(none->isEmpty());
    }

    void demoReportIsTheSameOnEveryBackend()
    {
        QTemporaryDir dir;
        auto file = Workspace::open(dir.filePath(u"reference.kapsel"_s));
        QVERIFY(file);
        const QStringList reference = demoFigures(**file);
        QVERIFY(reference.size() > 50);
        auto b = backend();
        QCOMPARE(demoFigures(b->ws()), reference);
    }
};

QTEST_GUILESS_MAIN(TestReportArchive)
#include "test_reportarchive.moc"
