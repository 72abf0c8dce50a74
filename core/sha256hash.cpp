#include "core/sha256hash.h"

#include <openssl/evp.h>

namespace sluice {

Sha256Hash::Sha256Hash()
    : m_context(EVP_MD_CTX_new())
{
    m_ok = m_context && EVP_DigestInit_ex(m_context, EVP_sha256(), nullptr) == 1;
}

Sha256Hash::~Sha256Hash()
{
    EVP_MD_CTX_free(m_context);
}

void Sha256Hash::addData(const char *data, qsizetype size)
{
    if (m_ok)
        m_ok = EVP_DigestUpdate(m_context, data, size_t(size)) == 1;
}

QByteArray Sha256Hash::result()
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!m_ok || EVP_DigestFinal_ex(m_context, digest, &length) != 1)
        return {};
    m_ok = false;
    return QByteArray(reinterpret_cast<const char *>(digest), int(length));
}

} // namespace sluice
