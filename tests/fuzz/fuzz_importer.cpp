// SPDX-License-Identifier: GPL-3.0-or-later
// One importer, named by the executable: fuzz-importer-<name()>, e.g. fuzz-importer-ga4-ndjson (tests/fuzz/
// CMakeLists.txt links this one object into a target per importer), fed arbitrary bytes the way ImportService feeds a
// file: every importer sniffs the head (ImporterRegistry::detect), then this one reads the whole input into a sink of
// every kind.
#include "discardingsink.h"
#include "fuzzsupport.h"
#include "importers/importcontext.h"
#include "importers/importerregistry.h"

#include <QBuffer>
#include <QFileInfo>
#include <QTemporaryFile>

using namespace Qt::StringLiterals;

namespace {

const Importer *g_importer = nullptr;

// Importers that open the file themselves (SQLite) get its path: one temporary file, rewritten per input.
QString onDisk(const QByteArray &bytes)
{
    static QTemporaryFile file;
    if (!file.isOpen() && !file.open())
        FuzzSupport::fail("cannot create a temporary file");
    file.resize(0);
    file.seek(0);
    file.write(bytes);
    file.flush();
    return file.fileName();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Q_UNUSED(argc);
    FuzzSupport::init();
    const QString prefix = u"fuzz-importer-"_s;
    const QString exe = QFileInfo(QString::fromLocal8Bit((*argv)[0])).fileName();
    if (exe.startsWith(prefix))
        g_importer = ImporterRegistry::byName(exe.mid(prefix.size()));
    if (!g_importer)
        FuzzSupport::fail("the executable's name is not fuzz-importer-<the name of an importer>");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzSupport::init();
    const QByteArray bytes = FuzzSupport::bytes(data, size);
    const QString fileName = u"input"_s;
    ImporterRegistry::detect(bytes.left(64 * 1024), fileName);

    DiscardingSink sink;
    ImportContext ctx;
    ctx.fileName = fileName;
    ctx.totalBytes = bytes.size();
    static const QTimeZone oslo("Europe/Oslo"); // loading the zone costs more than most inputs
    ctx.timeZone = oslo;
    ctx.sessions = &sink;
    ctx.cookies = &sink;
    ctx.chats = &sink;
    if (g_importer->name() == u"firefox-cookies"_s)
        ctx.filePath = onDisk(bytes);
    QBuffer in;
    in.setData(bytes.constData(), bytes.size()); // a deep copy: QBuffer keeps it beyond the raw data
    in.open(QIODevice::ReadOnly);
    if (!g_importer->read(in, ctx))
        sink.finish();
    return 0;
}
