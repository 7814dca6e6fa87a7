// SPDX-License-Identifier: GPL-3.0-or-later
// The live scan's browser process: found or named, started in a process group of its own with a throwaway
// profile, and always ended with its whole group: on stop, on destruction, and when Kapsel itself dies.
#include "processgroups.h"
#include "testsupport.h"

#include "cookiescan/browserprocess.h"
#include "cookiescan/cdpclient.h"

#include <QScopeGuard>

#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace ProcessGroups;

class TestBrowserProcess : public QObject
{
    Q_OBJECT

private slots:
    void missingChromiumNamesThePackage()
    {
        const QByteArray saved = qgetenv("KAPSEL_CHROMIUM");
        qputenv("KAPSEL_CHROMIUM", "/nonexistent/chromium");
        BrowserProcess browser;
        const Status started = browser.start();
        if (saved.isEmpty())
            qunsetenv("KAPSEL_CHROMIUM");
        else
            qputenv("KAPSEL_CHROMIUM", saved);
        QVERIFY(started);
        QVERIFY(!browser.running());
        QCOMPARE(started->reason,
            BrowserProcess::tr("The browser for the live scan was not found at %1. Install Debian's package chromium "
                               "(apt-get install chromium) and try again.")
                .arg(u"/nonexistent/chromium"_s));
    }

    void stopEndsTheGroup()
    {
        if (!BrowserProcess::findChromium())
            QSKIP("chromium is not installed (Debian package chromium; ./build.sh installs it)");
        BrowserProcess browser;
        QVERIFY(!browser.start());
        const pid_t pid = browser.pid();
        const QString profile = browser.profileDir();
        QCOMPARE(::getpgid(pid), pid); // a group of its own
        QVERIFY(QFileInfo::exists(profile + u"/Default/Preferences"_s));
        CdpClient cdp(browser.readFd(), browser.writeFd());
        auto version = cdp.call(u"Browser.getVersion"_s);
        QVERIFY2(version, version ? "" : qPrintable(version.error().reason));
        QVERIFY(version->value(u"product"_s).toString().startsWith(u"Chrome/"_s));
        QVERIFY(liveMembers(pid) >= 2); // the browser's helpers (zygote, utility processes) are in its group
        browser.stop();
        QVERIFY(!browser.running());
        QCOMPARE(liveMembers(pid), 0);
        QVERIFY(!QFileInfo::exists(profile));
    }

    void destructorEndsTheGroup()
    {
        if (!BrowserProcess::findChromium())
            QSKIP("chromium is not installed (Debian package chromium; ./build.sh installs it)");
        pid_t pid = 0;
        QString profile;
        {
            BrowserProcess browser;
            QVERIFY(!browser.start());
            pid = browser.pid();
            profile = browser.profileDir();
        }
        QCOMPARE(liveMembers(pid), 0);
        QVERIFY(!QFileInfo::exists(profile));
    }

    // A profile a crashed Kapsel left behind is removed by the next start; one whose Kapsel still runs is not.
    void abandonedProfilesRemoved()
    {
        if (!BrowserProcess::findChromium())
            QSKIP("chromium is not installed (Debian package chromium; ./build.sh installs it)");
        const pid_t gone = ::fork();
        if (gone == 0)
            ::_exit(0);
        QCOMPARE(::waitpid(gone, nullptr, 0), gone); // now a pid that no process has
        const auto makeProfile = [](pid_t owner) {
            QTemporaryDir dir(
                QDir::tempPath() + u'/' + QString::fromLatin1(BrowserProcess::kProfilePrefix) + u"XXXXXX"_s);
            dir.setAutoRemove(false);
            QDir(dir.path()).mkpath(u"Default"_s);
            TestSupport::writeFile(dir.filePath(u"Default/Cookies"_s), "a jar");
            TestSupport::writeFile(dir.filePath(u"kapsel.pid"_s), QByteArray::number(owner));
            return dir.path();
        };
        const QString abandoned = makeProfile(gone);
        const QString inUse = makeProfile(::getpid());
        const auto cleanup = qScopeGuard([&] {
            QDir(abandoned).removeRecursively();
            QDir(inUse).removeRecursively();
        });
        BrowserProcess browser;
        QVERIFY(!browser.start());
        QVERIFY(!QFileInfo::exists(abandoned));
        QVERIFY(QFileInfo::exists(inUse + u"/Default/Cookies"_s));
        QVERIFY(QFileInfo::exists(browser.profileDir() + u"/kapsel.pid"_s));
    }

    // Kapsel killed (SIGKILL: no destructor runs): PR_SET_PDEATHSIG ends the browser, and its helpers follow. A
    // second process keeps copies of the DevTools pipe open, so that the browser cannot simply notice the pipe
    // closing: only the death signal ends it.
    void diesWithItsParent()
    {
        if (!BrowserProcess::findChromium())
            QSKIP("chromium is not installed (Debian package chromium; ./build.sh installs it)");
        int channel[2];
        QCOMPARE(::pipe(channel), 0);
        const pid_t kapsel = ::fork();
        if (kapsel == 0) { // stands in for Kapsel: starts a browser and crashes
            ::close(channel[0]);
            BrowserProcess browser;
            pid_t pids[2] = { browser.start() ? 0 : browser.pid(), 0 };
            pids[1] = ::fork();
            if (pids[1] == 0) { // holds the pipe's descriptors
                for (;;)
                    ::pause();
            }
            [[maybe_unused]] auto n = ::write(channel[1], pids, sizeof pids);
            ::kill(::getpid(), SIGKILL);
        }
        ::close(channel[1]);
        pid_t pids[2] = { 0, 0 };
        QCOMPARE(::read(channel[0], pids, sizeof pids), ssize_t(sizeof pids));
        ::close(channel[0]);
        const pid_t browser = pids[0];
        const pid_t holder = pids[1];
        QVERIFY(browser > 0 && holder > 0);
        const auto cleanup = qScopeGuard([&] {
            ::kill(holder, SIGKILL);
            ::kill(-browser, SIGKILL); // only when the test failed: the browser outlived its parent
        });
        int status = 0;
        QCOMPARE(::waitpid(kapsel, &status, 0), kapsel);
        QVERIFY(WIFSIGNALED(status));
        QTRY_COMPARE_WITH_TIMEOUT(liveMembers(browser), 0, 10000);

        // Its profile stayed behind (no destructor ran); the next start removes it.
        QString left;
        for (const QFileInfo &dir : QDir(QDir::tempPath())
                                        .entryInfoList({ QString::fromLatin1(BrowserProcess::kProfilePrefix) + u'*' },
                                            QDir::Dirs | QDir::NoDotAndDotDot)) {
            QFile owner(dir.filePath() + u"/kapsel.pid"_s);
            if (owner.open(QIODevice::ReadOnly) && owner.readAll().toInt() == kapsel)
                left = dir.filePath();
        }
        QVERIFY(QFileInfo(left + u"/Default/Preferences"_s).isFile());
        // chromium's crash handler runs outside the browser's group and leaves by itself once the browser is gone;
        // until then it may still write into the profile.
        QTRY_VERIFY_WITH_TIMEOUT(!anyProcessMentions(left), 10000);
        BrowserProcess next;
        QVERIFY(!next.start());
        // Gone with what was in it. (The same name may come back at once as `next`'s own profile: the forked
        // stand-in drew its temporary name from a copy of this process's random generator.)
        QFile owner(left + u"/kapsel.pid"_s);
        QVERIFY(!owner.open(QIODevice::ReadOnly) || owner.readAll().toInt() == ::getpid());
        QVERIFY(!QFileInfo::exists(left + u"/Default/Preferences"_s) || next.profileDir() == left);
    }
};

QTEST_GUILESS_MAIN(TestBrowserProcess)
#include "test_browserprocess.moc"
