// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sha256.h"

#include <QIODevice>

#include <cstring>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define KAPSEL_SHA_X86 1
#include <cpuid.h>
#include <immintrin.h>
#endif

namespace {

// FIPS 180-4, 4.2.2: the first 32 bits of the fractional parts of the cube roots of the first 64 primes.
alignas(16) constexpr uint32_t kRound[64] = { 0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1,
    0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7,
    0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85,
    0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b,
    0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c,
    0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
    0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2 };

constexpr uint32_t kInitial[8]
    = { 0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19 };

inline uint32_t rotr(uint32_t x, int n)
{
    return (x >> n) | (x << (32 - n));
}

void compressPortable(uint32_t *state, const uint8_t *blocks, size_t count)
{
    for (; count > 0; --count, blocks += 64) {
        uint32_t w[64];
        for (int i = 0; i < 16; ++i)
            w[i] = uint32_t(blocks[4 * i]) << 24 | uint32_t(blocks[4 * i + 1]) << 16 | uint32_t(blocks[4 * i + 2]) << 8
                | uint32_t(blocks[4 * i + 3]);
        for (int i = 16; i < 64; ++i) {
            const uint32_t s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >> 3);
            const uint32_t s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >> 10);
            w[i] = w[i - 16] + s0 + w[i - 7] + s1;
        }
        uint32_t a = state[0], b = state[1], c = state[2], d = state[3], e = state[4], f = state[5], g = state[6],
                 h = state[7];
        for (int i = 0; i < 64; ++i) {
            const uint32_t t1 = h + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + kRound[i] + w[i];
            const uint32_t t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
            h = g;
            g = f;
            f = e;
            e = d + t1;
            d = c;
            c = b;
            b = a;
            a = t1 + t2;
        }
        state[0] += a;
        state[1] += b;
        state[2] += c;
        state[3] += d;
        state[4] += e;
        state[5] += f;
        state[6] += g;
        state[7] += h;
    }
}

#ifdef KAPSEL_SHA_X86
bool cpuHasShaExtensions()
{
    unsigned a = 0, b = 0, c = 0, d = 0;
    if (!__get_cpuid(1, &a, &b, &c, &d))
        return false;
    const bool ssse3 = c & (1u << 9), sse41 = c & (1u << 19);
    if (!__get_cpuid_count(7, 0, &a, &b, &c, &d))
        return false;
    return ssse3 && sse41 && (b & (1u << 29));
}

// The SHA instructions keep the eight state words in two registers as ABEF and CDGH (highest lane first);
// each SHA256RNDS2 does two rounds, each SHA256MSG1/MSG2 pair extends the schedule by four words.
__attribute__((target("sha,sse4.1,ssse3"))) void compressSha(uint32_t *state, const uint8_t *blocks, size_t count)
{
    const __m128i byteSwap = _mm_set_epi64x(0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL);
    __m128i dcba = _mm_loadu_si128(reinterpret_cast<const __m128i *>(state));
    __m128i hgfe = _mm_loadu_si128(reinterpret_cast<const __m128i *>(state + 4));
    const __m128i cdab = _mm_shuffle_epi32(dcba, 0xB1);
    const __m128i efgh = _mm_shuffle_epi32(hgfe, 0x1B);
    __m128i abef = _mm_alignr_epi8(cdab, efgh, 8);
    __m128i cdgh = _mm_blend_epi16(efgh, cdab, 0xF0);

    for (; count > 0; --count, blocks += 64) {
        const __m128i abefStart = abef, cdghStart = cdgh;
        __m128i w[4]; // the last four groups of four schedule words
        for (int group = 0; group < 16; ++group) {
            __m128i &x = w[group & 3];
            if (group < 4) {
                x = _mm_shuffle_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i *>(blocks + 16 * group)), byteSwap);
            } else {
                // w[i-16] + s0(w[i-15]) + w[i-7], then + s1(w[i-2])
                const __m128i older = _mm_sha256msg1_epu32(w[group & 3], w[(group + 1) & 3]);
                const __m128i minus7 = _mm_alignr_epi8(w[(group + 3) & 3], w[(group + 2) & 3], 4);
                x = _mm_sha256msg2_epu32(_mm_add_epi32(older, minus7), w[(group + 3) & 3]);
            }
            __m128i wk = _mm_add_epi32(x, _mm_load_si128(reinterpret_cast<const __m128i *>(kRound + 4 * group)));
            cdgh = _mm_sha256rnds2_epu32(cdgh, abef, wk);
            wk = _mm_shuffle_epi32(wk, 0x0E);
            abef = _mm_sha256rnds2_epu32(abef, cdgh, wk);
        }
        abef = _mm_add_epi32(abef, abefStart);
        cdgh = _mm_add_epi32(cdgh, cdghStart);
    }

    const __m128i feba = _mm_shuffle_epi32(abef, 0x1B);
    const __m128i dchg = _mm_shuffle_epi32(cdgh, 0xB1);
    dcba = _mm_blend_epi16(feba, dchg, 0xF0);
    hgfe = _mm_alignr_epi8(dchg, feba, 8);
    _mm_storeu_si128(reinterpret_cast<__m128i *>(state), dcba);
    _mm_storeu_si128(reinterpret_cast<__m128i *>(state + 4), hgfe);
}
#endif

} // namespace

Sha256::Sha256()
{
    std::memcpy(m_state.data(), kInitial, sizeof kInitial);
}

bool Sha256::hardwareAccelerated()
{
#ifdef KAPSEL_SHA_X86
    static const bool has = cpuHasShaExtensions();
    return has;
#else
    return false;
#endif
}

void Sha256::compress(const uint8_t *blocks, size_t count)
{
#ifdef KAPSEL_SHA_X86
    if (!m_portable && hardwareAccelerated()) {
        compressSha(m_state.data(), blocks, count);
        return;
    }
#endif
    compressPortable(m_state.data(), blocks, count);
}

void Sha256::addData(QByteArrayView bytes)
{
    auto p = reinterpret_cast<const uint8_t *>(bytes.data());
    size_t n = size_t(bytes.size());
    m_totalBytes += n;
    if (m_buffered > 0 && n > 0) {
        const size_t take = std::min(n, 64 - m_buffered);
        std::memcpy(m_buffer.data() + m_buffered, p, take);
        m_buffered += take;
        p += take;
        n -= take;
        if (m_buffered < 64)
            return;
        compress(m_buffer.data(), 1);
        m_buffered = 0;
    }
    if (n >= 64) {
        compress(p, n / 64);
        p += n / 64 * 64;
        n %= 64;
    }
    if (n > 0)
        std::memcpy(m_buffer.data(), p, n);
    m_buffered = n;
}

bool Sha256::addData(QIODevice &device)
{
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 got = device.read(chunk.data(), chunk.size());
        if (got < 0)
            return false;
        if (got == 0)
            return device.atEnd();
        addData(QByteArrayView(chunk.constData(), got));
    }
}

QByteArray Sha256::result()
{
    const uint64_t bits = m_totalBytes * 8;
    uint8_t tail[72] = { 0x80 };
    const size_t pad = (m_buffered < 56 ? 56 : 120) - m_buffered;
    for (int i = 0; i < 8; ++i)
        tail[pad + i] = uint8_t(bits >> (56 - 8 * i));
    addData(QByteArrayView(reinterpret_cast<const char *>(tail), qsizetype(pad + 8)));
    QByteArray out(32, Qt::Uninitialized);
    for (int i = 0; i < 8; ++i) {
        out[4 * i] = char(m_state[i] >> 24);
        out[4 * i + 1] = char(m_state[i] >> 16);
        out[4 * i + 2] = char(m_state[i] >> 8);
        out[4 * i + 3] = char(m_state[i]);
    }
    return out;
}
