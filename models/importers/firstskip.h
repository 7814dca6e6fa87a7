// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/deferredtext.h"

#include "importers/importcontext.h"

// The earliest skipped row (by line) and its reason: what a file where no row was usable is refused with.
inline Error firstSkipAsError(const ImportContext &ctx, const QString &format)
{
    int line = 0;
    QString reason;
    for (auto it = ctx.skipped.cbegin(); it != ctx.skipped.cend(); ++it) {
        if (reason.isEmpty() || it.value().firstLine < line) {
            line = it.value().firstLine;
            reason = it.key();
        }
    }
    return ctx.error(line, format.arg(DeferredText::show(reason)));
}
