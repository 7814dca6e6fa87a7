// SPDX-License-Identifier: GPL-3.0-or-later
// CookieCsv::parse, the cookie area's CSV reader: the first byte picks the separator (`,` `;` or tab), the
// rest is the file. Rows must come in order of their lines; a refusal must say where.
#include "cookies/cookiecsv.h"
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzSupport::init();
    if (size < 1)
        return 0;
    static constexpr char16_t kSeparators[] = { u',', u';', u'\t' };
    const QByteArray bytes(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    const auto rows = CookieCsv::parse(bytes, QStringLiteral("input.csv"), QChar(kSeparators[data[0] % 3]));
    if (!rows) {
        if (rows.error().reason.isEmpty())
            FuzzSupport::fail("CookieCsv: a refusal without a reason");
        return 0;
    }
    int lastLine = 0;
    for (const CookieCsv::Row &row : *rows) {
        if (row.line <= lastLine)
            FuzzSupport::fail("CookieCsv: rows out of line order");
        lastLine = row.line;
        CookieCsv::line(row.fields); // and written back, as an export would
    }
    return 0;
}
