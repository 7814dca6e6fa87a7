// SPDX-License-Identifier: GPL-3.0-or-later
// Every schema migration, from every earlier version to the latest, compared with a workspace created fresh.
#include "storage/migrations.h"
#include "storage/workspace.h"
#include "testsupport.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

class TestMigrations : public QObject
{
    Q_OBJECT

private:
    static QStringList schemaOf(QSqlDatabase db)
    {
        QStringList out;
        QSqlQuery q(db);
        q.exec(u"SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"_s);
        while (q.next())
            out << q.value(0).toString() + u' ' + q.value(1).toString() + u' ' + q.value(2).toString();
        return out;
    }
    static int userVersion(QSqlDatabase db)
    {
        QSqlQuery q(db);
        q.exec(u"PRAGMA user_version"_s);
        return q.next() ? q.value(0).toInt() : -1;
    }

private slots:
    void stepsAreContiguous()
    {
        const auto &steps = Migrations::steps();
        QVERIFY(!steps.empty());
        for (size_t i = 0; i < steps.size(); ++i)
            QCOMPARE(steps[i].version, int(i) + 1);
    }

    void fromEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("from");
        for (int v = 0; v < Migrations::latestVersion(); ++v)
            QTest::addRow("from v%d", v) << v;
    }

    void fromEveryEarlierVersion()
    {
        QFETCH(int, from);
        QTemporaryDir dir;
        const QString freshPath = dir.filePath(u"fresh.kapsel"_s);
        const QString oldPath = dir.filePath(u"old.kapsel"_s);
        QStringList freshSchema;
        {
            auto fresh = Workspace::open(freshPath);
            QVERIFY2(fresh, qPrintable(fresh ? QString() : fresh.error().toString()));
            freshSchema = schemaOf((*fresh)->db());
        }
        {
            auto old = Workspace::openAtVersion(oldPath, from);
            QVERIFY(old);
            QCOMPARE(userVersion((*old)->db()), from);
            if (from >= 1) {
                // Data written at an older version survives the migration.
                QSqlQuery q((*old)->db());
                QVERIFY(q.exec(u"INSERT INTO imports(file_name, sha256, kind, format, started_at, os_user) "
                               "VALUES('old.csv', 'abc', 'visitors', 'demo', '2024-01-01T00:00:00Z', 'tester')"_s));
            }
        }
        auto migrated = Workspace::open(oldPath);
        QVERIFY2(migrated, qPrintable(migrated ? QString() : migrated.error().toString()));
        QCOMPARE(userVersion((*migrated)->db()), Migrations::latestVersion());
        QCOMPARE(schemaOf((*migrated)->db()), freshSchema);
        if (from >= 1) {
            QSqlQuery q((*migrated)->db());
            QVERIFY(q.exec(u"SELECT file_name FROM imports"_s));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), u"old.csv"_s);
        }
    }

    void newerWorkspaceIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"future.kapsel"_s);
        {
            auto ws = Workspace::open(path);
            QVERIFY(ws);
            QSqlQuery q((*ws)->db());
            QVERIFY(q.exec(u"PRAGMA user_version = %1"_s.arg(Migrations::latestVersion() + 1)));
        }
        auto again = Workspace::open(path);
        QVERIFY(!again);
        QVERIFY(again.error().reason.contains(u"newer Kapsel"_s));
        QCOMPARE(again.error().file, path);
    }

    void notAWorkspaceIsRefusedAndUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"notes.kapsel"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QByteArray content = QByteArray("This is a text file, not a database.\n").repeated(100);
        f.write(content);
        f.close();
        auto ws = Workspace::open(path);
        QVERIFY(!ws);
        QVERIFY(!ws.error().reason.isEmpty());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), content);
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "test_migrations.moc"
