// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importers/importcontext.h"

// Reports an importer's progress about once per MiB read and tells it when the user cancelled, so row
// loops stay cheap and responsive.
class ProgressTicker
{
public:
    explicit ProgressTicker(ImportContext &ctx)
        : m_ctx(ctx)
    { }

    // False when the import was cancelled: the importer returns at once (the caller rolls back).
    bool operator()(qint64 bytesDone)
    {
        if (bytesDone < m_next)
            return true;
        m_ctx.progress(bytesDone);
        m_next = bytesDone + kStep;
        return !m_ctx.cancelled();
    }

private:
    static constexpr qint64 kStep = 1 << 20;
    ImportContext &m_ctx;
    qint64 m_next = kStep;
};
