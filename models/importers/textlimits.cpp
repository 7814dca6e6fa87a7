// SPDX-License-Identifier: GPL-3.0-or-later
#include "importers/textlimits.h"

#include "importers/importcontext.h"

#include <algorithm>
#include <cstring>

QString TextLimits::nulByte()
{
    return tr("the file holds a zero byte, so it is not text (or UTF-16 without a byte order mark); Kapsel "
              "reads text exports only");
}

QString TextLimits::lineTooLong()
{
    return tr("a line is longer than 1 MiB; no export Kapsel reads has such lines, so the file is damaged or "
              "of another kind");
}

QString TextLimits::fieldTooLong()
{
    return tr("a field is longer than 64 KiB; no export Kapsel reads has such fields, so the file is damaged "
              "or of another kind");
}

int TextLimits::lineOf(QByteArrayView text, qsizetype offset)
{
    return int(std::count(text.begin(), text.begin() + std::min(offset, text.size()), '\n')) + 1;
}

Status TextLimits::checkNoNul(QByteArrayView text, const ImportContext &ctx)
{
    if (text.isEmpty()) // an empty view may have no data at all, which memchr must not be given
        return {};
    const void *nul = std::memchr(text.data(), 0, size_t(text.size()));
    if (!nul)
        return {};
    return ctx.error(lineOf(text, static_cast<const char *>(nul) - text.data()), nulByte());
}

Status TextLimits::checkLines(QByteArrayView text, const ImportContext &ctx)
{
    if (Status s = checkNoNul(text, ctx))
        return s;
    int line = 1;
    for (qsizetype at = 0; at < text.size(); ++line) {
        const void *nl = std::memchr(text.data() + at, '\n', size_t(text.size() - at));
        const qsizetype end = nl ? static_cast<const char *>(nl) - text.data() : text.size();
        if (end - at > kMaxLineBytes)
            return ctx.error(line, lineTooLong());
        at = end + 1;
    }
    return {};
}
