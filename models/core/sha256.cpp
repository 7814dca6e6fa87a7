// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sha256.h"

#include <QIODevice>

#include <openssl/crypto.h>
#include <openssl/evp.h>

struct Sha256::Ctx
{
    EVP_MD_CTX *md = EVP_MD_CTX_new();
    ~Ctx() { EVP_MD_CTX_free(md); }
};

Sha256::Sha256()
    : m_ctx(std::make_unique<Ctx>())
{
    EVP_DigestInit_ex(m_ctx->md, EVP_sha256(), nullptr);
}

Sha256::~Sha256() = default;

void Sha256::addData(const char *data, qsizetype size)
{
    EVP_DigestUpdate(m_ctx->md, data, size_t(size));
}

bool Sha256::addData(QIODevice &device)
{
    QByteArray buf(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = device.read(buf.data(), buf.size());
        if (n < 0)
            return false;
        if (n == 0)
            return true;
        addData(buf.constData(), n);
    }
}

QByteArray Sha256::result()
{
    QByteArray out(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int n = 0;
    EVP_DigestFinal_ex(m_ctx->md, reinterpret_cast<unsigned char *>(out.data()), &n);
    out.resize(n);
    return out;
}

QByteArray Sha256::libraryVersion()
{
    return QByteArray(OpenSSL_version(OPENSSL_VERSION_STRING));
}
