// SPDX-License-Identifier: GPL-3.0-or-later
// `cmake --install` of this build into a staging folder (DESTDIR, prefix /usr, as the Debian package does), then
// the INSTALLED programs run from there: versions, Bokmål from the installed translations, a demo workspace, the
// desktop entry, the AppStream metainfo, the MIME type, the icons, the man pages and the bash completion.
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace {
struct Run
{
    int exitCode = -1;
    QString out, err;
};
} // namespace

class TestInstall : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_stage; // outside the build tree: the installed programs must not lean on it
    QString m_prefix; // <stage>/usr
    QString m_home;

    QString installed(const QString &relative) const { return m_prefix + u'/' + relative; }

    Run run(const QString &program, const QStringList &args, const QStringList &extraEnv = {}) const
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *v : { "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "LANGUAGE", "LANG" })
            env.remove(QString::fromLatin1(v));
        env.insert(u"HOME"_s, m_home);
        env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        for (const QString &kv : extraEnv)
            env.insert(kv.section(u'=', 0, 0), kv.section(u'=', 1));
        p.setProcessEnvironment(env);
        p.start(program, args);
        if (!p.waitForFinished(60000))
            return {};
        return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError()) };
    }
    Run cli(const QStringList &args) const { return run(installed(u"bin/kapsel-cli"_s), args); }

    // The command names `kapsel-cli --help` lists under "Commands:".
    QStringList commands() const
    {
        const QString help = cli({ u"--lang"_s, u"en"_s, u"--help"_s }).out;
        const qsizetype at = help.indexOf(u"\nCommands:\n"_s);
        QStringList names;
        if (at < 0)
            return names;
        static const QRegularExpression entry(u"^  (\\S+)\\s"_s);
        for (const QString &line : help.mid(at + 11).split(u'\n')) {
            const QRegularExpressionMatch m = entry.match(line);
            if (!m.hasMatch())
                break;
            names << m.captured(1);
        }
        return names;
    }

    static QString readText(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

    // An installed man page's roff text (they are gzipped, as Debian keeps them).
    QString manPage(const QString &relative) const { return run(u"gzip"_s, { u"-dc"_s, installed(relative) }).out; }

    // COMPREPLY after sourcing the installed completion and completing `words` (the last one is being typed).
    QStringList complete(const QString &script, const QString &function, const QStringList &words) const
    {
        QString array;
        for (const QString &w : words)
            array += u" '"_s + w + u'\'';
        const QString code = u"source '%1'; COMP_WORDS=(%2); COMP_CWORD=%3; %4; printf '%s\\n' \"${COMPREPLY[@]}\""_s
                                 .arg(installed(u"share/bash-completion/completions/"_s + script), array)
                                 .arg(words.size() - 1)
                                 .arg(function);
        const Run r = run(u"bash"_s, { u"-c"_s, code });
        return r.out.split(u'\n', Qt::SkipEmptyParts);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_stage.isValid());
        QVERIFY(!m_stage.path().startsWith(QStringLiteral(KAPSEL_BUILD_DIR)));
        m_prefix = m_stage.filePath(u"usr"_s);
        m_home = m_stage.filePath(u"home"_s);
        QVERIFY(QDir().mkpath(m_home));
        const Run r = run(QStringLiteral(KAPSEL_CMAKE),
            { u"--install"_s, QStringLiteral(KAPSEL_BUILD_DIR), u"--prefix"_s, u"/usr"_s },
            { u"DESTDIR="_s + m_stage.path() });
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    }

    void installsEveryPart_data()
    {
        QTest::addColumn<QString>("path");
        for (const char *p : { "bin/kapsel", "bin/kapsel-cli", "share/kapsel/translations/kapsel_nb.qm",
                 "share/kapsel/translations/kapsel_en.qm", "share/kapsel/translations/qtbase_nb.qm",
                 "share/applications/no.kapsel.Kapsel.desktop", "share/metainfo/no.kapsel.Kapsel.metainfo.xml",
                 "share/mime/packages/no.kapsel.Kapsel.xml", "share/icons/hicolor/scalable/apps/no.kapsel.Kapsel.svg",
                 "share/icons/hicolor/48x48/apps/no.kapsel.Kapsel.png",
                 "share/icons/hicolor/256x256/apps/no.kapsel.Kapsel.png", "share/doc/kapsel/copyright" })
            QTest::newRow(p) << QString::fromLatin1(p);
#ifndef KAPSEL_NO_GENERATED_DOCS
        for (const char *p : { "share/man/man1/kapsel.1.gz", "share/man/man1/kapsel-cli.1.gz",
                 "share/man/nb/man1/kapsel.1.gz", "share/man/nb/man1/kapsel-cli.1.gz",
                 "share/bash-completion/completions/kapsel-cli", "share/bash-completion/completions/kapsel" })
            QTest::newRow(p) << QString::fromLatin1(p);
#endif
    }
    void installsEveryPart()
    {
        QFETCH(QString, path);
        QVERIFY2(QFileInfo(installed(path)).isFile(), qPrintable(installed(path)));
        QVERIFY(QFileInfo(installed(path)).size() > 0);
    }

    void iconsHaveTheirSizes()
    {
        for (int size : { 48, 256 }) {
            const QImage icon(installed(u"share/icons/hicolor/%1x%1/apps/no.kapsel.Kapsel.png"_s.arg(size)));
            QCOMPARE(icon.size(), QSize(size, size));
            QVERIFY(icon.hasAlphaChannel());
            QCOMPARE(icon.pixelColor(0, 0).alpha(), 0); // a transparent corner, the tile drawn within
            QVERIFY(icon.pixelColor(size / 2, size / 2).alpha() == 255);
        }
    }

    void versionsComeFromTheProject()
    {
        const QString version = QStringLiteral(KAPSEL_PROJECT_VERSION);
        QCOMPARE(cli({ u"--version"_s }).out.trimmed(), u"kapsel-cli "_s + version);
        const Run gui = run(installed(u"bin/kapsel"_s), { u"--version"_s }, { u"QT_QPA_PLATFORM=offscreen"_s });
        QCOMPARE(gui.exitCode, 0);
        QCOMPARE(gui.out.trimmed(), u"kapsel "_s + version);
        // The metainfo's newest release is this version (a new version needs its release notes).
        const QString metainfo = readText(installed(u"share/metainfo/no.kapsel.Kapsel.metainfo.xml"_s));
        const QRegularExpressionMatch release = QRegularExpression(u"<release version=\"([^\"]+)\""_s).match(metainfo);
        QVERIFY(release.hasMatch());
        QCOMPARE(release.captured(1), version);
    }

    void findsTheInstalledTranslations()
    {
        const Run nb = cli({ u"--lang"_s, u"nb"_s, u"--help"_s });
        QCOMPARE(nb.exitCode, 0);
        QVERIFY2(nb.out.startsWith(u"Bruk: kapsel-cli"_s), qPrintable(nb.out.left(200)));
        QVERIFY(nb.out.contains(u"besøksstatistikk"_s));
        // Without the installed files it is English: the Bokmål above came from them, not from the build tree.
        const QString folder = installed(u"share/kapsel/translations"_s);
        QVERIFY(QDir().rename(folder, folder + u".away"_s));
        const Run without = cli({ u"--lang"_s, u"nb"_s, u"--help"_s });
        QVERIFY(QDir().rename(folder + u".away"_s, folder));
        QVERIFY2(without.out.startsWith(u"Usage: kapsel-cli"_s), qPrintable(without.out.left(200)));
    }

    void runsTheDemoWorkspace()
    {
        const QString db = m_stage.filePath(u"x.kapsel"_s);
        const Run demo = cli({ u"--db"_s, db, u"demo"_s });
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        const Run visitors = cli({ u"--db"_s, db, u"--lang"_s, u"en"_s, u"visitors"_s, u"--format"_s, u"csv"_s });
        QVERIFY2(visitors.exitCode == 0, qPrintable(visitors.err));
        // The same answer as the program in the build tree gives on the same workspace.
        QProcess built;
        built.start(QStringLiteral(KAPSEL_CLI_PATH),
            { u"--db"_s, db, u"--lang"_s, u"en"_s, u"visitors"_s, u"--format"_s, u"csv"_s });
        QVERIFY(built.waitForFinished(60000));
        QCOMPARE(visitors.out, QString::fromUtf8(built.readAllStandardOutput()));
        QVERIFY(visitors.out.count(u'\n') > 6); // a header and the demo's months
    }

    void desktopEntryIsValidAndOpensAWorkspace()
    {
        const QString desktop = installed(u"share/applications/no.kapsel.Kapsel.desktop"_s);
        const QString text = readText(desktop);
        auto key = [&](const QString &name) {
            return QRegularExpression(
                u"^"_s + QRegularExpression::escape(name) + u"=(.*)$"_s, QRegularExpression::MultilineOption)
                .match(text)
                .captured(1);
        };
        const QString exec = key(u"Exec"_s);
        QCOMPARE(exec, u"kapsel %F"_s);
        QVERIFY(key(u"MimeType"_s).split(u';').contains(u"application/x-kapsel-workspace"_s));
        QCOMPARE(key(u"Icon"_s), u"no.kapsel.Kapsel"_s);
        QVERIFY(!key(u"Comment[nb]"_s).isEmpty());
        QVERIFY(!key(u"GenericName[nb]"_s).isEmpty());

        // The entry's command line with a workspace for %F opens that workspace: offscreen, for a screenshot (a
        // quiet run, which creates a missing workspace instead of asking), the file appears; the default
        // workspace, which the program opens without a file, does not.
        const QString db = m_stage.filePath(u"opened.kapsel"_s);
        const QString shot = m_stage.filePath(u"shot.png"_s);
        const QStringList words = exec.split(u' ');
        const Run gui = run(installed(u"bin/"_s + words[0]),
            { db, u"--lang"_s, u"en"_s, u"--size"_s, u"1024x640"_s, u"--screenshot"_s, shot },
            { u"QT_QPA_PLATFORM=offscreen"_s });
        QVERIFY2(gui.exitCode == 0, qPrintable(gui.err));
        QVERIFY(QFileInfo::exists(db));
        QVERIFY(!QFileInfo::exists(m_home + u"/.local/share/kapsel/workspace.kapsel"_s));
        QCOMPARE(QImage(shot).size(), QSize(1024, 640));

        const QString validator = QStandardPaths::findExecutable(u"desktop-file-validate"_s);
        if (validator.isEmpty())
            QSKIP("desktop-file-validate is missing (Debian package desktop-file-utils): the entry is not validated");
        const Run v = run(validator, { desktop });
        QVERIFY2(v.exitCode == 0 && v.out.isEmpty(), qPrintable(v.out + v.err));
    }

    void mimeTypeIsKnownOnceInstalled()
    {
        const QString update = QStandardPaths::findExecutable(u"update-mime-database"_s);
        if (update.isEmpty())
            QSKIP("update-mime-database is missing (Debian package shared-mime-info): the MIME type is not checked");
        QTemporaryDir data;
        const QString mime = data.filePath(u"mime"_s);
        QVERIFY(QDir().mkpath(mime + u"/packages"_s));
        QVERIFY(QFile::copy(
            installed(u"share/mime/packages/no.kapsel.Kapsel.xml"_s), mime + u"/packages/no.kapsel.Kapsel.xml"_s));
        const Run r = run(update, { mime }, { u"XDG_DATA_DIRS="_s + data.path() });
        QVERIFY2(r.exitCode == 0 && r.err.isEmpty(), qPrintable(r.err));
        QVERIFY(readText(mime + u"/globs2"_s).contains(u"application/x-kapsel-workspace:*.kapsel"_s));
        QVERIFY(
            readText(mime + u"/subclasses"_s).contains(u"application/x-kapsel-workspace application/vnd.sqlite3"_s));
    }

    void metainfoIsValid()
    {
        const QString metainfo = installed(u"share/metainfo/no.kapsel.Kapsel.metainfo.xml"_s);
        const QString text = readText(metainfo);
        QVERIFY(text.contains(u"<id>no.kapsel.Kapsel</id>"_s));
        QVERIFY(text.contains(u"<launchable type=\"desktop-id\">no.kapsel.Kapsel.desktop</launchable>"_s));
        QVERIFY(text.contains(u"<summary xml:lang=\"nb\">"_s));
        const QString validator = QStandardPaths::findExecutable(u"appstreamcli"_s);
        if (validator.isEmpty())
            QSKIP("appstreamcli is missing (Debian package appstream): the metainfo is not validated");
        const Run v = run(validator, { u"validate"_s, u"--no-net"_s, metainfo });
        QVERIFY2(v.exitCode == 0, qPrintable(v.out + v.err));
    }

    void manPagesNameEveryCommand()
    {
#ifdef KAPSEL_NO_GENERATED_DOCS
        QSKIP("this build (the sanitizer build) makes no man pages");
#endif
        const QStringList names = commands();
        QVERIFY(names.size() >= 10);
        for (const QString &page : { u"share/man/man1/kapsel-cli.1.gz"_s, u"share/man/nb/man1/kapsel-cli.1.gz"_s }) {
            const QString text = manPage(page);
            QVERIFY(text.startsWith(u".\\\" Generated by kapsel-helpdoc"_s));
            for (const QString &c : names) {
                const QString heading = u".SS \"kapsel\\-cli %1\""_s.arg(QString(c).replace(u'-', u"\\-"_s));
                QVERIFY2(text.contains(heading), qPrintable(page + u": no section for "_s + c));
            }
        }
        QVERIFY(manPage(u"share/man/nb/man1/kapsel-cli.1.gz"_s).contains(u".SH \"BESKRIVELSE\""_s));
        QVERIFY(manPage(u"share/man/man1/kapsel.1.gz"_s).contains(u"\\-\\-screenshot"_s));
        // groff reads them without a warning.
        if (QStandardPaths::findExecutable(u"groff"_s).isEmpty())
            QSKIP("groff is missing: the man pages are not typeset");
        for (const QString &page : { u"man1/kapsel.1.gz"_s, u"man1/kapsel-cli.1.gz"_s, u"nb/man1/kapsel-cli.1.gz"_s }) {
            const Run typeset = run(u"bash"_s,
                { u"-o"_s, u"pipefail"_s, u"-c"_s, u"gzip -dc \"$1\" | groff -k -man -Tutf8 -ww -z"_s, u"-"_s,
                    installed(u"share/man/"_s + page) });
            QVERIFY2(typeset.exitCode == 0 && typeset.err.isEmpty(), qPrintable(page + u": "_s + typeset.err));
        }
    }

    void bashCompletesCommandsAndOptions()
    {
#ifdef KAPSEL_NO_GENERATED_DOCS
        QSKIP("this build (the sanitizer build) makes no bash completion");
#endif
        QCOMPARE(complete(u"kapsel-cli"_s, u"_kapsel_cli"_s, { u"kapsel-cli"_s, u""_s }), commands());
        QCOMPARE(
            complete(u"kapsel-cli"_s, u"_kapsel_cli"_s, { u"kapsel-cli"_s, u"vis"_s }), QStringList { u"visitors"_s });
        QCOMPARE(complete(u"kapsel-cli"_s, u"_kapsel_cli"_s, { u"kapsel-cli"_s, u"--db"_s, u"x.kapsel"_s, u"coo"_s }),
            QStringList { u"cookies"_s });
        QCOMPARE(complete(u"kapsel-cli"_s, u"_kapsel_cli"_s, { u"kapsel-cli"_s, u"visitors"_s, u"--fo"_s }),
            QStringList { u"--format"_s });
        QCOMPARE(complete(u"kapsel-cli"_s, u"_kapsel_cli"_s, { u"kapsel-cli"_s, u"visitors"_s, u"--by"_s, u""_s }),
            (QStringList { u"day"_s, u"week"_s, u"month"_s }));
        QCOMPARE(complete(u"kapsel-cli"_s, u"_kapsel_cli"_s, { u"kapsel-cli"_s, u"--lang"_s, u""_s }),
            (QStringList { u"nb"_s, u"en"_s }));
        QCOMPARE(complete(u"kapsel"_s, u"_kapsel"_s, { u"kapsel"_s, u"--scr"_s }), QStringList { u"--screenshot"_s });
    }
};

QTEST_GUILESS_MAIN(TestInstall)
#include "test_install.moc"
