// SPDX-License-Identifier: GPL-3.0-or-later
// kapsel-cli scan end to end (issue #13): the real chromium scans the test site (scansite.h) served on 127.0.0.1 and
// 127.0.0.2; the scan is kept as one import of the cookie area, its items carry the consent-phase columns, its
// findings are printed and decide the exit code, and a missing browser is named by its package.
#include "charttestsupport.h"
#include "scansite.h"
#include "testsupport.h"

#include "cookies/cookieregister.h"
#include "importers/csvreader.h"
#include "workspace/workspace.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTest>

using namespace ScanSite;

class TestScanCli : public QObject
{
    Q_OBJECT

    Served m_served;
    QTemporaryDir m_dir;

    TestSupport::CliRun cli(const QStringList &args) { return TestSupport::runCli(args, m_dir.path()); }

private slots:
    void initTestCase()
    {
        if (const QString skip = m_served.start(); !skip.isEmpty())
            QSKIP(qPrintable(skip));
    }

    void scanIsKeptAsAnImportWithItsFindings()
    {
        const QString db = m_dir.filePath(u"scan.kapsel"_s);
        const auto r
            = cli({ u"--db"_s, db, u"scan"_s, m_served.url("/"), u"--pages"_s, u"3"_s, u"--page-timeout"_s, u"4"_s });
        // The site sets an analytics cookie before consent: findings, so the exit code says so.
        QCOMPARE(r.code, 3);
        const QString out = r.outText();
        QVERIFY2(out.contains(u"Scan of 127.0.0.1 kept as import #1."_s), qPrintable(out));
        QVERIFY2(r.errText().contains(u"/page2"_s), qPrintable(r.errText())); // progress per page on stderr

        // What the scanner saw is what the workspace keeps: the same items per phase.
        auto ws = Workspace::open(db);
        QVERIFY(ws);
        const QList<ImportReport> history = (*ws)->history();
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().fileName, m_served.url("/"));
        QCOMPARE(history.first().format, u"live-scan"_s);
        auto scans = (*ws)->cookies().scans();
        QVERIFY(scans && scans->size() == 1);
        QCOMPARE(scans->front().site, u"127.0.0.1"_s);
        auto observed = (*ws)->cookies().observations();
        QVERIFY(observed);
        QSet<QString> before, accept, reject;
        for (const ScanObservation &o : *observed)
            (o.cookie.phase == ConsentPhase::Before          ? before
                    : o.cookie.phase == ConsentPhase::Accept ? accept
                                                             : reject)
                .insert(o.cookie.name);
        QVERIFY2(before.contains(u"_pk_id"_s) && before.contains(u"session"_s),
            qPrintable(QStringList(before.values()).join(u',')));
        QVERIFY(accept.contains(u"page_pref"_s)); // the second page, reached by its link
        QVERIFY(
            accept.contains(u"tp_uid"_s) && !reject.contains(u"tp_uid"_s)); // the third party's frame only after accept
        QVERIFY(reject.contains(u"tracker_id"_s)); // the tracker that ignores a refusal
        auto events = (*ws)->cookies().scanEvents(scans->front().id);
        QVERIFY(events);
        bool clicked = false;
        for (const ScanEvent &e : *events)
            clicked |= e.kind == u"consent-click" && e.phase == ConsentPhase::Accept;
        QVERIFY(clicked);
        for (const ObservedCookie &c : [&] {
                 std::vector<ObservedCookie> all;
                 for (const ScanObservation &o : *observed)
                     all.push_back(o.cookie);
                 return all;
             }())
            QVERIFY(c.valueLength.has_value()); // a length, never the value

        // The inventory's columns: _pk_id set before consent.
        const auto csv = cli({ u"--db"_s, db, u"cookies"_s, u"--format"_s, u"csv"_s });
        QCOMPARE(csv.code, 0);
        QByteArray bytes = csv.out;
        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        CsvReader reader(buffer, ',');
        QVERIFY(reader.next());
        const QStringList header = reader.texts();
        const qsizetype name = header.indexOf(u"name"_s), beforeColumn = header.indexOf(u"before_consent"_s);
        QVERIFY2(beforeColumn >= 0, qPrintable(header.join(u',')));
        bool pkBefore = false;
        while (reader.next())
            if (reader.text(name) == u"_pk_id")
                pkBefore = reader.text(beforeColumn) == u"true";
        QVERIFY2(pkBefore, qPrintable(csv.outText()));

        // The scan printed the same findings as `cookies findings` gives afterwards.
        const auto findings = cli({ u"--db"_s, db, u"cookies"_s, u"findings"_s });
        QCOMPARE(findings.code, 3);
        const QString last = findings.outText().trimmed().split(u'\n').last();
        QVERIFY2(out.trimmed().endsWith(last), qPrintable(out + u"\n---\n"_s + last));
        QVERIFY(out.contains(u"_pk_id"_s));

        // The README's screenshots of a live scan (./build.sh docs sets KAPSEL_SCREENSHOTS to docs/screenshots): the
        // Cookies area on this workspace, taken by the app itself as the other README screenshots are.
        if (const QString folder = qEnvironmentVariable("KAPSEL_SCREENSHOTS"); !folder.isEmpty())
            for (const QString &lang : { u"en"_s, u"nb"_s }) {
                const QString png = QDir(folder).filePath(u"scan-cookies-%1.png"_s.arg(lang));
                QProcess gui;
                QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
                env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
                env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
                gui.setProcessEnvironment(env);
                gui.start(QFileInfo(QStringLiteral(KAPSEL_CLI_PATH)).dir().filePath(u"kapsel"_s),
                    { u"--db"_s, db, u"--lang"_s, lang, u"--area"_s, u"cookies"_s, u"--size"_s, u"1024x640"_s,
                        u"--screenshot"_s, png });
                QVERIFY2(gui.waitForFinished(60000) && gui.exitCode() == 0, gui.readAllStandardError().constData());
                QCOMPARE(ChartTestSupport::pngSize(png), QSize(1024, 640));
                qInfo("screenshot: %s", qPrintable(png));
            }
    }

    void aMissingBrowserIsNamedAndNothingIsKept()
    {
        const QString db = m_dir.filePath(u"nobrowser.kapsel"_s);
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"KAPSEL_CHROMIUM"_s, u"/nonexistent/chromium"_s);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(KAPSEL_CLI_PATH), { u"--db"_s, db, u"scan"_s, m_served.url("/") });
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 1);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains(u"Install Debian's package chromium"_s), qPrintable(err));
        auto ws = Workspace::open(db);
        QVERIFY(ws);
        QCOMPARE((*ws)->history().size(), 0);
    }

    void usageErrors()
    {
        const QString db = m_dir.filePath(u"usage.kapsel"_s);
        for (const QStringList &args : { QStringList { u"scan"_s }, QStringList { u"scan"_s, u"not a url"_s },
                 QStringList { u"scan"_s, u"https://example.no/"_s, u"--consent"_s, u"maybe"_s },
                 QStringList { u"scan"_s, u"https://example.no/"_s, u"--pages"_s, u"0"_s } }) {
            const auto r = cli(QStringList { u"--db"_s, db } + args);
            QCOMPARE(r.code, 2);
        }
    }
};

QTEST_GUILESS_MAIN(TestScanCli)
#include "test_scancli.moc"
