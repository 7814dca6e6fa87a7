// SPDX-License-Identifier: GPL-3.0-or-later
// TimeParsing: every parser on the input (numbers, localised numbers both ways, durations, dates, timestamps in
// the Oslo zone, whose daylight-saving gaps and overlaps are the hard cases), plus the local day of whatever
// timestamp comes out.
#include "fuzzsupport.h"
#include "importers/localtimeconverter.h"
#include "importers/timeparsing.h"

#include <cmath>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzSupport::init();
    static LocalTimeConverter local(QTimeZone("Europe/Oslo"));
    const QByteArrayView s(reinterpret_cast<const char *>(data), qsizetype(size));
    TimeParsing::parseInt(s);
    TimeParsing::parseDecimal(s);
    TimeParsing::parseLocalisedNumber(s, false);
    TimeParsing::parseLocalisedNumber(s, true);
    if (const auto d = TimeParsing::parseDuration(s); d && !(*d >= 0))
        FuzzSupport::fail("parseDuration: a negative or NaN duration");
    if (const auto d = TimeParsing::parseDate(s); d && !d->isValid())
        FuzzSupport::fail("parseDate: an invalid date");
    if (const auto t = TimeParsing::parseTimestamp(s, local))
        local.localDay(*t);
    return 0;
}
