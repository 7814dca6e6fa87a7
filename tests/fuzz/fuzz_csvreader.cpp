// SPDX-License-Identifier: GPL-3.0-or-later
// CsvReader, the visitor importers' streaming CSV reader: the first byte picks the delimiter (detected, `,`,
// `;` or tab), the rest is the file. Every field of every record is read as bytes and as text.
#include "fuzzsupport.h"
#include "importers/csvreader.h"

#include <QBuffer>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzSupport::init();
    if (size < 1)
        return 0;
    static constexpr char kDelimiters[] = { 0, ',', ';', '\t' };
    QBuffer in;
    in.setData(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    in.open(QIODevice::ReadOnly);
    CsvReader csv(in, kDelimiters[data[0] % 4]);
    int lastLine = 0;
    while (csv.next()) {
        if (csv.lineNumber() < lastLine || csv.nextLineNumber() < csv.lineNumber())
            FuzzSupport::fail("CsvReader: line numbers go backwards");
        lastLine = csv.lineNumber();
        qsizetype bytes = 0;
        for (qsizetype i = 0; i < csv.size(); ++i)
            bytes += csv.field(i).size();
        if (bytes > CsvReader::kMaxRecordBytes)
            FuzzSupport::fail("CsvReader: a record beyond its limit");
        csv.texts();
        csv.isBlank();
    }
    if (csv.hasError() && csv.errorReason().isEmpty())
        FuzzSupport::fail("CsvReader: an error without a reason");
    return 0;
}
