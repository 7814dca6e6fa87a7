// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cookiescan/cookiescanner.h"
#include "workspace/importledger.h"

#include <QCoreApplication>

class Workspace;

// A live scan kept as one import of the cookie area (issue #13): in the import history (removable like any
// import), one scan of its site with every item per phase and every event. What the GUI's Scan website… and
// `kapsel-cli scan` both call once the scanner has run.
class LiveScanImport
{
    Q_DECLARE_TR_FUNCTIONS(LiveScanImport)

public:
    static constexpr const char *kFormat = "live-scan";

    // Records `result` in one write transaction. The history names the import by its start URL; its checksum
    // is that of what is stored (so the history can tell two scans apart), never of a cookie's value.
    static Expected<ImportReport> record(Workspace &ws, const LiveScanResult &result);
    // The history's checksum of a scan: SHA-256 over its site, start, and every item and event in order.
    static QString checksum(const LiveScanResult &result);
};
