// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <array>
#include <cstdint>

class QIODevice;

// SHA-256 for fingerprinting imported files. QCryptographicHash (Qt 6.4) hashes at about 100 MB/s, which
// made the fingerprint cost more than importing a big export; x86-64 CPUs with the SHA extensions
// (Intel since Goldmont/Ice Lake, every AMD Zen) do it about nine times faster, so those instructions are
// used when the CPU has them, and portable code otherwise. Same results either way (tests compare both
// with QCryptographicHash).
class Sha256
{
public:
    Sha256();
    void addData(QByteArrayView bytes);
    // Reads the device to its end; false on a read error.
    bool addData(QIODevice &device);
    QByteArray result(); // 32 bytes; the object is spent afterwards

    static bool hardwareAccelerated();
    // For tests: forces the portable code even where the SHA instructions exist.
    void setPortableOnly(bool portable) { m_portable = portable; }

private:
    void compress(const uint8_t *blocks, size_t count);

    std::array<uint32_t, 8> m_state;
    std::array<uint8_t, 64> m_buffer {};
    size_t m_buffered = 0;
    uint64_t m_totalBytes = 0;
    bool m_portable = false;
};
