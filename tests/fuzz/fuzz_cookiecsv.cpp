// SPDX-License-Identifier: GPL-3.0-or-later
// CookieCsv::parse, the cookie area's CSV reader: the first byte picks the separator (`,` `;` or tab), the
// rest is the file. Rows must come in order of their lines; a refusal must say where. Each row written back
// by CsvWriter, as an export would, reads back as one row with as many fields.
#include "cookies/cookiecsv.h"
#include "core/csvwriter.h"
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
        const auto back = CookieCsv::parse(CsvWriter::line(row.fields).toUtf8(), QStringLiteral("out.csv"));
        if (back && (back->size() != 1 || back->front().fields.size() != row.fields.size()))
            FuzzSupport::fail("CsvWriter: a written row does not read back as one row with as many fields");
    }
    return 0;
}
