// SPDX-License-Identifier: GPL-3.0-or-later
#include "cookiescan/livescanimport.h"

#include "cookies/cookiesink.h"
#include "core/sha256.h"
#include "importers/importcontext.h"
#include "workspace/importservice.h"
#include "workspace/workspace.h"

using namespace Qt::StringLiterals;

namespace {

// Fields separated by U+001F, records by U+001E: no text of a scan can end a field early.
void add(Sha256 &hash, const QStringList &fields)
{
    const QByteArray bytes = fields.join(QChar(0x1F)).toUtf8() + "\x1E";
    hash.addData(bytes.constData(), bytes.size());
}

QString flag(const std::optional<bool> &b)
{
    return b ? (*b ? u"1"_s : u"0"_s) : QString();
}

} // namespace

QString LiveScanImport::checksum(const LiveScanResult &r)
{
    Sha256 hash;
    add(hash, { r.site, r.startUrl, r.startedAt.toUTC().toString(Qt::ISODateWithMs) });
    for (const ObservedCookie &c : r.observed)
        add(hash,
            { c.kind, c.phase, c.name, c.domain, c.path,
                c.retentionSeconds ? QString::number(*c.retentionSeconds) : QString(), c.session ? u"1"_s : u"0"_s,
                flag(c.httpOnly), flag(c.secure), c.sameSite, c.party, c.via, c.page, c.setBy, c.initiator,
                flag(c.partitioned), c.valueLength ? QString::number(*c.valueLength) : QString(),
                c.looksLikeId ? u"1"_s : u"0"_s });
    for (const ScanEvent &e : r.events)
        add(hash, { e.phase, e.kind, e.page, e.subject, e.detail });
    return QString::fromLatin1(hash.result().toHex());
}

Expected<ImportReport> LiveScanImport::record(Workspace &ws, const LiveScanResult &result)
{
    ImportReport report;
    report.fileName = result.startUrl;
    report.sha256 = checksum(result);
    report.format = QString::fromLatin1(kFormat);
    report.formatDisplay = tr("Live scan");
    report.startedAt = result.startedAt.isValid() ? result.startedAt : QDateTime::currentDateTimeUtc();
    report.osUser = ImportService::osUser();
    return ImportService::recordImport(ws, ImportKind::Cookies, report, [&](ImportContext &ctx) -> Status {
        CookieSink &sink = *ctx.cookies;
        sink.setScanInfo(result.site, report.startedAt);
        for (const ObservedCookie &c : result.observed) {
            ++ctx.rowsRead;
            if (Status s = sink.addObserved(c))
                return s;
        }
        for (const ScanEvent &e : result.events)
            if (Status s = sink.addScanEvent(e))
                return s;
        return {};
    });
}
