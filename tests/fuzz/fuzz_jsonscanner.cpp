// SPDX-License-Identifier: GPL-3.0-or-later
// JsonScanner, the importers' pull scanner: walks the input as a document, reading each scalar in one of its
// ways (owning or view, string, integer, number, raw) or skipping it, chosen by the value's position so that
// every way meets every kind of value. The scanner must stop once it has failed, and never move backwards.
#include "fuzzsupport.h"
#include "importers/jsonscanner.h"

namespace {

class Walker
{
public:
    explicit Walker(JsonScanner &s)
        : m_s(s)
    { }

    // One value; false when the scanner failed or the walk ends.
    bool value(int depth)
    {
        if (++m_steps > 100000) // the input is small; this many steps means the scanner is not advancing
            FuzzSupport::fail("JsonScanner: no progress");
        const char c = m_s.peek();
        if (depth > 64)
            return m_s.skipValue();
        if (c == '{') {
            if (!m_s.beginObject())
                return false;
            QByteArray owned;
            QByteArrayView view;
            while (m_steps % 2 ? m_s.nextKey(owned) : m_s.nextKey(view)) {
                if (!value(depth + 1))
                    return false;
            }
            return m_s.ok();
        }
        if (c == '[') {
            if (!m_s.beginArray())
                return false;
            while (m_s.nextElement()) {
                if (!value(depth + 1))
                    return false;
            }
            return m_s.ok();
        }
        return scalar();
    }

private:
    bool scalar()
    {
        QByteArray owned;
        QByteArrayView view;
        switch (m_steps % 8) {
        case 0:
            return m_s.skipValue();
        case 1:
            return m_s.isNull() || m_s.readString(owned);
        case 2:
            return m_s.readString(view);
        case 3:
            m_s.readInt();
            return m_s.ok();
        case 4:
            m_s.readNumber();
            return m_s.ok();
        case 5:
            return m_s.readScalar(owned);
        case 6:
            return m_s.readScalar(view);
        default:
            return m_s.readString(owned) || (m_s.ok() && m_s.skipValue());
        }
    }

    JsonScanner &m_s;
    int m_steps = 0;
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzSupport::init();
    JsonScanner s(QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)));
    Walker walker(s);
    // NDJSON: one value after another, as the GA4 importer reads lines.
    for (int i = 0; i < 1000 && !s.atEnd(); ++i) {
        if (!walker.value(0))
            break;
    }
    return 0;
}
