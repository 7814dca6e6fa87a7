// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QByteArrayView>
#include <QString>
#include <QtEndian>

#include <algorithm>
#include <bit>
#include <cstring>
#include <optional>
#include <vector>

class PgConnection;

// Rows in COPY's binary format, written straight into a buffer (a QByteArray append is a call each, and a
// session row has fourteen fields): the server then parses no numbers (a sixth less of its time for a million
// sessions) and text needs no escaping (U+0000 cannot occur: see replaceNul). A row: the number of fields (16
// bits), then per field its length in bytes (32 bits; -1 NULL) and its bytes; integers and doubles big-endian.
// A COPY starts with a header and ends with a trailer.
class PgBinaryRows
{
public:
    static constexpr char kHeader[] = "PGCOPY\n\377\r\n\0\0\0\0\0\0\0\0"; // signature, flags, no extension
    static QByteArrayView header() { return { kHeader, 19 }; }
    static QByteArrayView trailer() { return { "\xFF\xFF", 2 }; }

    void fields(qint16 n) { put<quint16>(quint16(n)); }
    void int8(std::optional<qint64> v) { v ? (put<qint32>(8), put<qint64>(*v)) : null(); }
    void int4(std::optional<qint32> v) { v ? (put<qint32>(4), put<qint32>(*v)) : null(); }
    void float8(std::optional<double> v) { v ? (put<qint32>(8), put<quint64>(std::bit_cast<quint64>(*v))) : null(); }
    void boolean(std::optional<bool> v) { v ? (put<qint32>(1), put<quint8>(*v ? 1 : 0)) : null(); }

    void bytes(QByteArrayView b)
    {
        put<qint32>(qint32(b.size()));
        std::memcpy(room(size_t(b.size())), b.data(), size_t(b.size()));
        m_size += size_t(b.size());
    }

    // UTF-8; ASCII, nearly always, copied as it is read.
    void text(const QString &s)
    {
        char *out = room(4 + size_t(s.size()));
        char *p = out + 4;
        for (const QChar c : s) {
            if (c.unicode() >= 0x80)
                return bytes(s.toUtf8());
            *p++ = char(c.unicode());
        }
        const quint32 n = qToBigEndian(quint32(p - out - 4));
        std::memcpy(out, &n, 4);
        m_size += size_t(p - out);
    }

    QByteArrayView view() const { return { m_data.data(), qsizetype(m_size) }; }
    qsizetype size() const { return qsizetype(m_size); }
    bool isEmpty() const { return m_size == 0; }
    void clear() { m_size = 0; }

private:
    void null() { put<qint32>(-1); }

    template <typename T> void put(T v)
    {
        const T big = qToBigEndian(v);
        std::memcpy(room(sizeof big), &big, sizeof big);
        m_size += sizeof big;
    }

    char *room(size_t n)
    {
        if (m_size + n > m_data.size())
            m_data.resize(std::max(m_data.size() * 2, m_size + n + 4096));
        return m_data.data() + m_size;
    }

    std::vector<char> m_data;
    size_t m_size = 0;
};

// One COPY (`statement`, ending in "FROM STDIN (FORMAT binary)") of `rows`; nothing when there are none. The
// error's file name is left empty.
Status copyBinary(PgConnection &conn, const QByteArray &statement, const PgBinaryRows &rows);
