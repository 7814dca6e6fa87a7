// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

// An error is a value with a message a user can act on: `FILE:LINE: reason`.
struct Error
{
    QString file; // file name as the user gave it; empty when not about a file
    int line = 0; // 1-based; 0 when not about a line
    QString reason; // translated, complete sentence

    // The message as shown: control characters made visible and identity numbers removed (FileQuote::scrub),
    // whatever the reason quotes from a file.
    QString toString() const;
};

// Minimal std::expected stand-in (GCC 12 has no <expected>).
template <typename T> class Expected
{
public:
    Expected(T value)
        : m_v(std::in_place_index<0>, std::move(value))
    { }
    Expected(Error error)
        : m_v(std::in_place_index<1>, std::move(error))
    { }

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }
    T &value() { return std::get<0>(m_v); }
    const T &value() const { return std::get<0>(m_v); }
    T &operator*() { return value(); }
    const T &operator*() const { return value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    const Error &error() const { return std::get<1>(m_v); }

private:
    std::variant<T, Error> m_v;
};

// For operations that return nothing but may fail.
using Status = std::optional<Error>; // empty = success
