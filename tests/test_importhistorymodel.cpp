// SPDX-License-Identifier: GPL-3.0-or-later
// The import history as a table: what an import recorded comes back in the model, in the user's locale.
#include "core/language.h"
#include "testsupport.h"
#include "workspace/importhistorymodel.h"
#include "workspace/importservice.h"
#include "workspace/workspace.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QTimeZone>

using namespace Qt::StringLiterals;

class TestImportHistoryModel : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { Language::apply(u"en"_s); }

    void showsWhatWasImported()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"h.kapsel"_s);
        // 1,500 rows with 2 unusable ones: counts large enough to need group separators.
        QByteArray csv = "visitor_id,session_id,started_at,duration_s,visit_number\n";
        for (int i = 0; i < 1500; ++i)
            csv += "v" + QByteArray::number(i) + ",s" + QByteArray::number(i) + ",2024-05-0"
                + QByteArray::number(1 + i % 9) + " 10:00:00," + QByteArray::number(i % 300) + ",1\n";
        csv += "vx,sx,not a time,10,1\nvy,sy,also not,10,1\n";
        QFile f(dir.filePath(u"visits.csv"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(csv);
        f.close();
        auto report = ImportService::importFile(db, f.fileName());
        QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));

        auto ws = Workspace::open(db);
        QVERIFY(ws);
        ImportHistoryModel model(nullptr);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setReports((*ws)->history());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.columnCount(), int(ImportHistoryModel::ColumnCount));
        QCOMPARE(model.index(0, ImportHistoryModel::File).data().toString(), u"visits.csv"_s);
        QCOMPARE(model.index(0, ImportHistoryModel::Read).data().toString(), u"1,502"_s);
        QCOMPARE(model.index(0, ImportHistoryModel::Stored).data().toString(), u"1,500"_s);
        QCOMPARE(model.index(0, ImportHistoryModel::Skipped).data().toString(), u"2"_s);
        QVERIFY(model.index(0, ImportHistoryModel::Details).data().toString().contains(u"2 × "_s));
        QVERIFY(model.index(0, ImportHistoryModel::Details).data(Qt::ToolTipRole).toString().contains(report->sha256));

        // The time in the workspace's zone, named in the header (issue #14, item 18): the same instant as the
        // audit log shows, whatever the computer's own zone.
        const QDateTime started = (*ws)->history().first().startedAt;
        for (const char *zone : { "Europe/Oslo", "Pacific/Kiritimati", "America/St_Johns" }) {
            model.setTimeZone(QTimeZone(zone));
            QCOMPARE(model.headerData(ImportHistoryModel::When, Qt::Horizontal).toString(),
                u"When (%1)"_s.arg(QString::fromLatin1(zone)));
            const QDateTime there = started.toUTC().addSecs(QTimeZone(zone).offsetFromUtc(started));
            QCOMPARE(model.index(0, ImportHistoryModel::When).data().toString(),
                QLocale().toString(QDateTime(there.date(), there.time()), QLocale::ShortFormat));
        }

        Language::apply(u"nb"_s);
        model.setReports((*ws)->history());
        QCOMPARE(model.headerData(ImportHistoryModel::Stored, Qt::Horizontal).toString(), u"Lagret"_s);
        QCOMPARE(model.index(0, ImportHistoryModel::Read).data().toString().replace(QChar(0xA0), u' '), u"1 502"_s);
        model.setReports({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestImportHistoryModel)
#include "test_importhistorymodel.moc"
