// SPDX-License-Identifier: GPL-3.0-or-later
#include "importers/linereader.h"

#include <algorithm>
#include <cstring>

QString LineReader::errorReason() const
{
    switch (m_error) {
    case Problem::TooLong:
        return TextLimits::lineTooLong();
    case Problem::Nul:
        return TextLimits::nulByte();
    case Problem::None:
        break;
    }
    return {};
}

bool LineReader::accept(QByteArrayView line)
{
    if (line.size() > kMaxLineBytes)
        m_error = Problem::TooLong;
    else if (std::memchr(line.data(), 0, size_t(line.size())))
        m_error = Problem::Nul;
    return m_error == Problem::None;
}

bool LineReader::next(QByteArrayView &line)
{
    if (hasError())
        return false;
    qsizetype searchFrom = m_pos;
    for (;;) {
        const qsizetype nl = m_buf.indexOf('\n', searchFrom);
        if (nl >= 0) {
            qsizetype end = nl;
            if (end > m_pos && m_buf[end - 1] == '\r')
                --end;
            line = QByteArrayView(m_buf.constData() + m_pos, end - m_pos);
            m_pos = nl + 1;
            ++m_line;
            return accept(line);
        }
        if (m_buf.size() - m_pos > kMaxLineBytes) {
            m_error = Problem::TooLong;
            ++m_line;
            return false;
        }
        const qsizetype pending = m_buf.size() - m_pos;
        m_buf.remove(0, m_pos);
        m_pos = 0;
        searchFrom = pending;
        if (!m_stream.readChunk(m_buf, std::max<qint64>(1 << 20, pending))) {
            if (m_buf.isEmpty())
                return false;
            line = QByteArrayView(m_buf);
            m_pos = m_buf.size();
            ++m_line;
            return accept(line);
        }
    }
}
