// SPDX-License-Identifier: GPL-3.0-or-later
// The README's monthly job (docs/monthly-job.sh) run as a user runs it: sh, the script, a folder of exports made
// from the project's fixtures, a policy text. The visitor summary it prints is compared with figures counted here
// from the fixture itself; a policy text with implied consent makes the job fail with exit code 3. The README
// holds the script word for word.
#include "testsupport.h"
#include "workspace/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {
QString sourceRoot()
{
    return QStringLiteral(KAPSEL_TEST_DATA "/../..");
}

struct JobRun
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

JobRun runJob(const QStringList &args, const QString &home)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"KAPSEL_CLI"_s, QStringLiteral(KAPSEL_CLI_PATH));
    env.insert(u"XDG_DATA_HOME"_s, home + u"/data"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, home + u"/config"_s);
    p.setProcessEnvironment(env);
    p.start(u"sh"_s, QStringList { sourceRoot() + u"/docs/monthly-job.sh"_s } + args);
    if (!p.waitForFinished(120000))
        return {};
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, p.readAllStandardOutput(),
        p.readAllStandardError() };
}

// Sessions of generic-sessions.csv per month, counted from the file: each visitor+session once, its start read in
// Europe/Oslo (the workspace's default zone) unless it carries an offset; visit_number 1 is a first-time visit.
struct MonthTruth
{
    qint64 visits = 0;
    qint64 firstTime = 0;
};

MonthTruth countSessions(const QString &csv, const QString &month)
{
    QFile f(csv);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(csv));
    const QTimeZone oslo("Europe/Oslo");
    QSet<QString> seen;
    MonthTruth t;
    const QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines.mid(1)) {
        const QStringList cells = line.split(u',');
        if (seen.contains(cells[0] + u'/' + cells[1]))
            continue;
        seen.insert(cells[0] + u'/' + cells[1]);
        QDateTime start = QDateTime::fromString(cells[2], Qt::ISODate);
        if (start.timeSpec() == Qt::LocalTime)
            start = QDateTime(start.date(), start.time(), oslo);
        if (start.toTimeZone(oslo).toString(u"yyyy-MM"_s) != month)
            continue;
        ++t.visits;
        t.firstTime += cells[4] == u"1"_s ? 1 : 0;
    }
    return t;
}
} // namespace

class TestMonthlyJob : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString exportsFolder()
    {
        const QString folder = m_dir.filePath(u"exports"_s);
        QDir().mkpath(folder);
        for (const char *file : { "visitors/generic-sessions.csv", "chats/generic.json" }) {
            const QString from = TestSupport::testData(QString::fromLatin1(file));
            QFile::copy(from, folder + u'/' + QFileInfo(from).fileName());
        }
        return folder;
    }

private slots:
    void cleanMonthPrintsTheSummaryAndSucceeds()
    {
        const QString db = m_dir.filePath(u"clean.kapsel"_s);
        const QString policy = TestSupport::writeFile(m_dir.filePath(u"clean-policy.txt"_s),
            "Vi setter bare informasjonskapsler du har samtykket til, og du kan trekke samtykket tilbake.\n");
        const JobRun r = runJob({ db, exportsFolder(), policy, u"2024-03"_s }, m_dir.path());
        QVERIFY2(r.code == 0, r.err.constData());

        QJsonParseError error;
        const QJsonObject summary = QJsonDocument::fromJson(r.out, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, r.out.constData());
        QCOMPARE(summary.value(u"schema"_s).toString(), u"kapsel/visitors/1"_s);
        QCOMPARE(summary.value(u"from"_s).toString(), u"2024-03-01"_s);
        QCOMPARE(summary.value(u"to"_s).toString(), u"2024-03-31"_s);
        const QJsonArray periods = summary.value(u"periods"_s).toArray();
        QCOMPARE(periods.size(), 1);
        const MonthTruth truth
            = countSessions(TestSupport::testData(u"visitors/generic-sessions.csv"_s), u"2024-03"_s);
        QVERIFY(truth.visits > 0);
        QCOMPARE(periods[0].toObject()[u"period"_s].toString(), u"2024-03"_s);
        QCOMPARE(periods[0].toObject()[u"visits"_s].toInteger(), truth.visits);
        QCOMPARE(periods[0].toObject()[u"first_time"_s].toInteger(), truth.firstTime);
        QCOMPARE(periods[0].toObject()[u"returning"_s].toInteger(), truth.visits - truth.firstTime);

        // Both exports are in the workspace, each once.
        auto ws = Workspace::open(db);
        QVERIFY(ws);
        QStringList imported;
        for (const ImportReport &i : (*ws)->history())
            imported << i.fileName;
        imported.sort();
        QCOMPARE(imported, (QStringList { u"generic-sessions.csv"_s, u"generic.json"_s }));
    }

    void policyFindingsFailTheJob()
    {
        const QString db = m_dir.filePath(u"findings.kapsel"_s);
        const QString policy = TestSupport::writeFile(m_dir.filePath(u"implied-policy.txt"_s),
            "Ved videre bruk av nettstedet godtar du at vi bruker informasjonskapsler.\n");
        const JobRun r = runJob({ db, exportsFolder(), policy, u"2024-04"_s }, m_dir.path());
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains("implied-policy.txt:1:"), r.err.constData());
        // The summary is printed all the same, before the check.
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(u"schema"_s).toString(), u"kapsel/visitors/1"_s);
    }

    void aFailedImportStopsTheJob()
    {
        const QString folder = m_dir.filePath(u"broken"_s);
        QDir().mkpath(folder);
        TestSupport::writeFile(folder + u"/empty.csv"_s, QByteArray());
        const QString policy = TestSupport::writeFile(m_dir.filePath(u"p.txt"_s), "Samtykke.\n");
        const JobRun r = runJob({ m_dir.filePath(u"broken.kapsel"_s), folder, policy, u"2024-03"_s }, m_dir.path());
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.isEmpty());
    }

    // The README shows the script as it is.
    void readmeHoldsTheScript()
    {
        QFile script(sourceRoot() + u"/docs/monthly-job.sh"_s);
        QFile readme(sourceRoot() + u"/README.md"_s);
        QVERIFY(script.open(QIODevice::ReadOnly) && readme.open(QIODevice::ReadOnly));
        const QByteArray text = script.readAll();
        QVERIFY(text.contains("visitors --by month"));
        QVERIFY2(readme.readAll().contains(QByteArray("```sh\n" + text + "```")), "README.md: the monthly job differs from "
                                                                       "docs/monthly-job.sh");
    }
};

QTEST_GUILESS_MAIN(TestMonthlyJob)
#include "test_monthlyjob.moc"
