// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QtGlobal>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

// Shared by every fuzz target (tests/fuzz/fuzz_*.cpp). Each target defines LLVMFuzzerTestOneInput; it is linked
// either with libFuzzer (./build.sh fuzz) or with replaymain.cpp, which runs it on files (./build.sh sanitize).
namespace FuzzSupport {

// Once per process: a core application (some Qt classes look for one) and silence from qWarning, which
// hostile input provokes by the thousand and which would slow the fuzzer to a crawl.
inline void init()
{
    static const bool done = [] {
        static int argc = 1;
        static char name[] = "kapsel-fuzz";
        static char *argv[] = { name, nullptr };
        static QCoreApplication app(argc, argv);
        qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
            if (type == QtFatalMsg) { // a Q_ASSERT or qFatal: a finding, shown and fatal as it would be
                std::fprintf(stderr, "%s\n", qPrintable(message));
                std::abort();
            }
        });
        return true;
    }();
    Q_UNUSED(done);
}

// The input as bytes, without a copy (valid during the call).
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}

// A broken promise of the code under test that no sanitizer sees (a differential check): a finding.
[[noreturn]] inline void fail(const char *what)
{
    std::fprintf(stderr, "kapsel-fuzz: %s\n", what);
    std::abort();
}

} // namespace FuzzSupport
