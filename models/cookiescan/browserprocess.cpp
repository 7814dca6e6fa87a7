// SPDX-License-Identifier: GPL-3.0-or-later
#include "cookiescan/browserprocess.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

const char *const kChromium = "/usr/lib/chromium/chromium";
const char *const kOwnerFile = "kapsel.pid"; // in each profile: the pid of the Kapsel that made it

// Profiles of earlier scans whose Kapsel died before it could remove them (a crash, SIGKILL: PR_SET_PDEATHSIG
// ended their browsers): this user's folders whose owner no longer runs.
void removeAbandonedProfiles()
{
    const QFileInfoList profiles = QDir(QDir::tempPath())
                                       .entryInfoList({ QString::fromLatin1(BrowserProcess::kProfilePrefix) + u'*' },
                                           QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks | QDir::Hidden);
    for (const QFileInfo &profile : profiles) {
        if (profile.ownerId() != ::geteuid())
            continue;
        QFile owner(profile.filePath() + u'/' + QString::fromLatin1(kOwnerFile));
        if (!owner.open(QIODevice::ReadOnly))
            continue; // not one of ours, or still being made
        bool ok = false;
        const pid_t pid = owner.read(32).trimmed().toInt(&ok);
        owner.close();
        if (!ok || pid <= 0 || ::kill(pid, 0) == 0 || errno != ESRCH)
            continue;
        QDir(profile.filePath()).removeRecursively();
    }
}

void closeFd(int &fd)
{
    if (fd >= 0)
        ::close(fd);
    fd = -1;
}

} // namespace

BrowserProcess::~BrowserProcess()
{
    stop(1000);
}

Expected<QString> BrowserProcess::findChromium()
{
    const QString override = qEnvironmentVariable("KAPSEL_CHROMIUM");
    const QString path = override.isEmpty() ? QString::fromLatin1(kChromium) : override;
    const QFileInfo info(path);
    if (!info.isFile() || !info.isExecutable())
        return Error { {}, 0,
            tr("The browser for the live scan was not found at %1. Install Debian's package chromium "
               "(apt-get install chromium) and try again.")
                .arg(path) };
    return info.absoluteFilePath();
}

Status BrowserProcess::writePreferences()
{
    // Third-party cookies allowed, as in a visitor's browser with default settings (headless chromium blocks
    // them by default: the jar would miss exactly the cookies the scan is for). cookie_controls_mode 0 = allow.
    QDir(m_profile->path()).mkpath(u"Default"_s);
    QFile prefs(m_profile->filePath(u"Default/Preferences"_s));
    const QByteArray json = R"({"profile":{"cookie_controls_mode":0,"block_third_party_cookies":false},)"
                            R"("browser":{"has_seen_welcome_page":true}})";
    if (!prefs.open(QIODevice::WriteOnly) || prefs.write(json) != json.size())
        return Error { {}, 0, tr("Cannot prepare the browser's temporary profile: %1").arg(prefs.errorString()) };
    QFile owner(m_profile->filePath(QString::fromLatin1(kOwnerFile)));
    const QByteArray pid = QByteArray::number(::getpid());
    if (!owner.open(QIODevice::WriteOnly) || owner.write(pid) != pid.size())
        return Error { {}, 0, tr("Cannot prepare the browser's temporary profile: %1").arg(owner.errorString()) };
    return {};
}

Status BrowserProcess::start(const QStringList &extraArguments)
{
    if (running())
        return {};
    auto exe = findChromium();
    if (!exe)
        return exe.error();
    removeAbandonedProfiles();
    m_profile
        = std::make_unique<QTemporaryDir>(QDir::tempPath() + u'/' + QString::fromLatin1(kProfilePrefix) + u"XXXXXX"_s);
    if (!m_profile->isValid())
        return Error { {}, 0, tr("Cannot create the browser's temporary profile: %1").arg(m_profile->errorString()) };
    if (Status s = writePreferences())
        return s;

    QStringList arguments { u"--headless=new"_s, u"--remote-debugging-pipe"_s,
        u"--user-data-dir="_s + m_profile->path(), u"--no-first-run"_s, u"--no-default-browser-check"_s,
        // No traffic of the browser's own (updates, sync, safe browsing lists): only the site's requests.
        u"--disable-background-networking"_s, u"--disable-component-update"_s, u"--disable-sync"_s,
        u"--disable-default-apps"_s, u"--disable-extensions"_s, u"--mute-audio"_s, u"--password-store=basic"_s,
        u"--use-mock-keychain"_s, u"--disable-dev-shm-usage"_s };
    // Chromium refuses to start its sandbox as root (containers and CI run as root); as an ordinary user the
    // sandbox stays on.
    if (::geteuid() == 0)
        arguments << u"--no-sandbox"_s;
    arguments << extraArguments << u"about:blank"_s;

    // Everything the child needs is prepared before fork: after it only async-signal-safe calls are allowed.
    std::vector<QByteArray> bytes;
    bytes.push_back(QFile::encodeName(*exe));
    for (const QString &a : arguments)
        bytes.push_back(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &b : bytes)
        argv.push_back(b.data());
    argv.push_back(nullptr);
    // Whatever chromium writes outside --user-data-dir (its crash reporter's database under
    // $XDG_CONFIG_HOME/chromium, caches) goes into the throwaway profile as well.
    std::vector<QByteArray> environment;
    for (char **e = environ; *e; ++e) {
        if (!qstrncmp(*e, "XDG_CONFIG_HOME=", 16) || !qstrncmp(*e, "XDG_CACHE_HOME=", 15))
            continue;
        environment.emplace_back(*e);
    }
    environment.push_back("XDG_CONFIG_HOME=" + QFile::encodeName(m_profile->filePath(u"config"_s)));
    environment.push_back("XDG_CACHE_HOME=" + QFile::encodeName(m_profile->filePath(u"cache"_s)));
    std::vector<char *> envp;
    for (QByteArray &e : environment)
        envp.push_back(e.data());
    envp.push_back(nullptr);

    // Commands go over a socket so that a write to a dead browser fails with EPIPE instead of a SIGPIPE.
    int commands[2];
    int responses[2];
    int execStatus[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, commands) != 0)
        return Error { {}, 0, tr("Cannot start the browser: %1").arg(QString::fromLocal8Bit(strerror(errno))) };
    if (::pipe2(responses, O_CLOEXEC) != 0 || ::pipe2(execStatus, O_CLOEXEC) != 0) {
        ::close(commands[0]);
        ::close(commands[1]);
        return Error { {}, 0, tr("Cannot start the browser: %1").arg(QString::fromLocal8Bit(strerror(errno))) };
    }
    // The child's ends above 4, so that moving them to 3 and 4 cannot overwrite one with the other.
    const int childRead = ::fcntl(commands[1], F_DUPFD_CLOEXEC, 10);
    const int childWrite = ::fcntl(responses[1], F_DUPFD_CLOEXEC, 10);
    ::close(commands[1]);
    ::close(responses[1]);

    const pid_t parent = ::getpid();
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::setsid(); // a process group of its own: stop() and kill() end the renderers and helpers with it
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (::getppid() != parent)
            ::_exit(127); // the parent died before prctl
        const int devNull = ::open("/dev/null", O_RDWR);
        ::dup2(devNull, 0);
        ::dup2(devNull, 1);
        ::dup2(devNull, 2);
        ::dup2(childRead, 3); // dup2 clears close-on-exec on the new descriptors
        ::dup2(childWrite, 4);
        ::close_range(5, ~0U, 0); // nothing else of Kapsel's (a workspace's database file) reaches the browser
        sigset_t none;
        sigemptyset(&none);
        ::sigprocmask(SIG_SETMASK, &none, nullptr);
        ::signal(SIGPIPE, SIG_DFL);
        ::execve(argv[0], argv.data(), envp.data());
        const int e = errno;
        [[maybe_unused]] auto n = ::write(execStatus[1], &e, sizeof e);
        ::_exit(127);
    }
    ::close(childRead);
    ::close(childWrite);
    ::close(execStatus[1]);
    if (pid < 0) {
        const int e = errno;
        ::close(execStatus[0]);
        ::close(commands[0]);
        ::close(responses[0]);
        m_profile.reset();
        return Error { {}, 0, tr("Cannot start the browser: %1").arg(QString::fromLocal8Bit(strerror(e))) };
    }
    int execErrno = 0;
    ssize_t got;
    do
        got = ::read(execStatus[0], &execErrno, sizeof execErrno);
    while (got < 0 && errno == EINTR);
    ::close(execStatus[0]);
    m_pid = pid;
    m_toBrowser = commands[0];
    m_fromBrowser = responses[0];
    if (got > 0) { // exec failed; an empty read means the exec closed the pipe
        stop(0);
        return Error { {}, 0,
            tr("Cannot start the browser %1: %2").arg(*exe, QString::fromLocal8Bit(strerror(execErrno))) };
    }
    return {};
}

void BrowserProcess::closePipes()
{
    closeFd(m_toBrowser);
    closeFd(m_fromBrowser);
}

void BrowserProcess::reap(int graceMs)
{
    QElapsedTimer timer;
    timer.start();
    int status = 0;
    while (::waitpid(m_pid, &status, WNOHANG) == 0) {
        if (timer.elapsed() >= graceMs) {
            ::kill(-m_pid, SIGKILL);
            while (::waitpid(m_pid, &status, 0) < 0 && errno == EINTR) { }
            break;
        }
        QThread::msleep(20);
    }
    // Helpers that outlived the browser (renderers are its children, now re-parented) go with the group.
    ::kill(-m_pid, SIGKILL);
    m_pid = 0;
    m_profile.reset(); // removes the profile folder with every cookie the scan collected
}

void BrowserProcess::stop(int graceMs)
{
    if (!running())
        return;
    closePipes(); // the browser exits when its DevTools pipe closes
    if (graceMs > 0)
        ::kill(-m_pid, SIGTERM);
    reap(graceMs);
}

void BrowserProcess::kill()
{
    if (!running())
        return;
    ::kill(-m_pid, SIGKILL);
    closePipes();
    reap(0);
}
