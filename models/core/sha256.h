// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <memory>

class QIODevice;

// SHA-256 through OpenSSL's libcrypto, which uses the processor's SHA instructions where it has them: on
// a big import the file's hash (for refusing a file imported before) then costs a small fraction of what
// QCryptographicHash's portable code takes.
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void addData(const char *data, qsizetype size);
    // Reads the device to its end; false on a read error.
    bool addData(QIODevice &device);
    // The 32-byte digest; the object is spent afterwards.
    QByteArray result();

    // The version of the OpenSSL library in use, e.g. "3.0.19", for the About box.
    static QByteArray libraryVersion();

private:
    struct Ctx;
    std::unique_ptr<Ctx> m_ctx;
};
