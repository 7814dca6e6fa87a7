// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QList>

#include <sys/types.h>
#include <unistd.h>
#include <vector>

// Which processes exist, read from /proc: for the tests that check the browser of a live scan is gone, and the
// benchmark that measures its memory.
namespace ProcessGroups {

struct Process
{
    pid_t pid = 0;
    char state = '?'; // Z = a zombie: ended, not yet reaped
    pid_t parent = 0;
    pid_t group = 0;
    qint64 rssPages = 0;
};

inline std::vector<Process> all()
{
    std::vector<Process> out;
    QDirIterator it(QStringLiteral("/proc"), QDir::Dirs | QDir::NoDotAndDotDot);
    while (it.hasNext()) {
        const QString dir = it.next();
        QFile stat(dir + QStringLiteral("/stat"));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = stat.readAll();
        // pid (comm) state ppid pgrp ...: comm may hold spaces, so split after the last ')'.
        const QList<QByteArray> f = text.mid(text.lastIndexOf(')') + 2).split(' ');
        if (f.size() < 22)
            continue;
        out.push_back(Process { QFileInfo(dir).fileName().toInt(), f[0].isEmpty() ? '?' : f[0][0], f[1].toInt(),
            f[2].toInt(), f[21].toLongLong() });
    }
    return out;
}

// A process's proportional set size in KiB (shared pages divided among the processes that share them), so that
// a group's sum does not count the browser's shared memory once per process; 0 when unreadable.
inline qint64 pssKb(pid_t pid)
{
    QFile rollup(QStringLiteral("/proc/%1/smaps_rollup").arg(pid));
    if (!rollup.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : rollup.readAll().split('\n')) {
        if (line.startsWith("Pss:"))
            return line.mid(4).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

// Whether a live process has `text` in its command line (a profile folder in --user-data-dir or --database).
inline bool anyProcessMentions(const QString &text)
{
    const QByteArray needle = text.toLocal8Bit();
    for (const Process &p : all()) {
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(p.pid));
        if (p.state != 'Z' && cmdline.open(QIODevice::ReadOnly) && cmdline.readAll().contains(needle))
            return true;
    }
    return false;
}

// Live processes (not zombies) in a process group.
inline int liveMembers(pid_t group)
{
    int n = 0;
    for (const Process &p : all())
        n += p.state != 'Z' && p.group == group;
    return n;
}

// This process's live children (a scan's browser).
inline QList<pid_t> childProcesses()
{
    QList<pid_t> out;
    for (const Process &p : all()) {
        if (p.state != 'Z' && p.parent == ::getpid())
            out << p.pid;
    }
    return out;
}

} // namespace ProcessGroups
