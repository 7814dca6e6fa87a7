// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

// Base of the per-kind sinks (SessionSink, CookieSink, ChatSink). A sink is the storage layer's side of an
// import: it writes records inside the import's transaction and counts what it stored (ImportContext).
class ImportSink
{
public:
    virtual ~ImportSink() = default;
    // Called once after the importer succeeded, before commit (flush batches, update rollups).
    virtual Status finish() = 0;
};
