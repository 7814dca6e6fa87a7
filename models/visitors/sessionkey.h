// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// The identity of a stored session: source, visitor id and session key. The store keeps two independent
// 64-bit hashes of the three texts instead of the texts (visitor_session_keys): 128 bits, so two different
// sessions would have to collide in both to be taken for one (about 1 in 10^19 even for 10^10 sessions).
// Both are computed over the UTF-16 code units, each text closed by 0xFFFF (a non-character, so "ab"+"c"
// and "a"+"bc" differ); stable across runs and platforms, unlike qHash.
namespace SessionKey {

// FNV-1a, 64 bit, over the bytes of the code units (low byte first).
inline qint64 hash(const QString &source, const QString &visitor, const QString &key)
{
    quint64 h = 14695981039346656037ULL;
    auto mix = [&h](const QString &s) {
        for (const QChar c : s) {
            const char16_t u = c.unicode();
            h = (h ^ (u & 0xFF)) * 1099511628211ULL;
            h = (h ^ (u >> 8)) * 1099511628211ULL;
        }
        h = (h ^ 0xFF) * 1099511628211ULL;
        h = (h ^ 0xFF) * 1099511628211ULL;
    };
    mix(source);
    mix(visitor);
    mix(key);
    return qint64(h);
}

// A multiply-xorshift hash with another seed and constants, independent of hash().
inline qint64 check(const QString &source, const QString &visitor, const QString &key)
{
    quint64 h = 0x9E3779B97F4A7C15ULL;
    auto step = [&h](char16_t u) {
        h = (h ^ u) * 0xFF51AFD7ED558CCDULL;
        h ^= h >> 29;
    };
    auto mix = [&](const QString &s) {
        for (const QChar c : s)
            step(c.unicode());
        step(0xFFFF);
    };
    mix(source);
    mix(visitor);
    mix(key);
    h = (h ^ (h >> 32)) * 0xC4CEB9FE1A85EC53ULL;
    return qint64(h ^ (h >> 33));
}

} // namespace SessionKey
