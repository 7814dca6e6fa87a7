// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>
#include <sys/types.h>

// Debian's chromium, headless, driven over --remote-debugging-pipe (no network port): the browser reads DevTools
// commands from its fd 3 and writes responses to its fd 4. Each instance has a fresh, throwaway profile that
// allows third-party cookies (as a visitor's default browser does), removed when the process ends.
//
// The browser runs in a process group of its own (setsid in the child) and is always ended with its whole
// group: by stop(), kill(), and the destructor; PR_SET_PDEATHSIG ends it when the thread that started it (and so
// Kapsel) dies. Start and stop from the same thread: the scan runs one browser per phase in its worker thread.
class BrowserProcess
{
    Q_DECLARE_TR_FUNCTIONS(BrowserProcess)

public:
    BrowserProcess() = default;
    ~BrowserProcess();
    BrowserProcess(const BrowserProcess &) = delete;
    BrowserProcess &operator=(const BrowserProcess &) = delete;

    // The chromium binary: $KAPSEL_CHROMIUM when set, else /usr/lib/chromium/chromium (the /usr/bin/chromium
    // wrapper is a shell script that would put a shell between us and the browser's process). An Error naming
    // the Debian package when it is not there.
    static Expected<QString> findChromium();

    Status start(const QStringList &extraArguments = {});
    // Closes the pipe (the browser then exits by itself), and after `graceMs` ends the group with SIGKILL.
    void stop(int graceMs = 3000);
    void kill(); // the whole group, at once (Cancel)

    bool running() const { return m_pid > 0; }
    pid_t pid() const { return m_pid; } // also the process group's id
    int readFd() const { return m_fromBrowser; } // the browser's responses and events
    int writeFd() const { return m_toBrowser; } // commands to the browser (a socket: writes never raise SIGPIPE)
    QString profileDir() const { return m_profile ? m_profile->path() : QString(); }

    // Profiles are folders named so in the temporary folder. Those a crashed Kapsel left behind (their owner's pid,
    // kept in the folder, no longer runs) are removed when the next browser starts.
    static constexpr const char *kProfilePrefix = "kapsel-browser-";

private:
    Status writePreferences();
    void reap(int graceMs);
    void closePipes();

    pid_t m_pid = 0;
    int m_toBrowser = -1;
    int m_fromBrowser = -1;
    std::unique_ptr<QTemporaryDir> m_profile;
};
