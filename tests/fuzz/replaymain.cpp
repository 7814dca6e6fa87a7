// SPDX-License-Identifier: GPL-3.0-or-later
// main() for a fuzz target built without libFuzzer (./build.sh sanitize): runs LLVMFuzzerTestOneInput once on
// every file named on the command line, folders searched recursively, so CI replays the corpus and every
// reproducer under the sanitizers. A finding aborts as it would under libFuzzer.
#include <QByteArray>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
// Optional, as with libFuzzer: called once with the command line before any input.
extern "C" __attribute__((weak)) int LLVMFuzzerInitialize(int *argc, char ***argv);

int main(int argc, char **argv)
{
    if (LLVMFuzzerInitialize)
        LLVMFuzzerInitialize(&argc, &argv);
    QStringList files;
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (!QFileInfo(arg).isDir()) {
            files << arg;
            continue;
        }
        QDirIterator it(arg, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
    }
    std::sort(files.begin(), files.end()); // the same order every run
    for (const QString &path : files) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
            return 1;
        }
        const QByteArray bytes = f.readAll();
        // An allocation of exactly the input's size, as libFuzzer gives, so that AddressSanitizer sees a read
        // one past the end (a QByteArray has a terminating NUL and often spare capacity there).
        const std::vector<uint8_t> exact(bytes.cbegin(), bytes.cend());
        std::fprintf(stderr, "%s\n", qPrintable(path)); // the last name printed is the file that failed
        LLVMFuzzerTestOneInput(exact.data(), exact.size());
    }
    std::fprintf(stderr, "replayed %lld files\n", static_cast<long long>(files.size()));
    return 0;
}
