#include "core/config/accesstoken.h"

#include <array>

#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include "core/logging.h"

namespace sluice {

namespace {

constexpr int kTokenBytes = 32;  // 256 bits
constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

bool isWellFormed(const QByteArray &token)
{
    if (token.size() != kTokenBytes * 2)
        return false;
    return std::all_of(token.begin(), token.end(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
    });
}

QByteArray makeToken()
{
    std::array<quint32, kTokenBytes / sizeof(quint32)> words {};
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    return QByteArray(reinterpret_cast<const char *>(words.data()), kTokenBytes).toHex();
}

} // namespace

AccessToken::AccessToken(QByteArray value)
    : m_value(std::move(value))
{
}

bool AccessToken::matches(QByteArrayView candidate) const
{
    // Every byte is looked at whatever the lengths, so the time taken depends on neither.
    unsigned char difference = m_value.size() == candidate.size() ? 0 : 1;
    const qsizetype length = m_value.size();
    for (qsizetype i = 0; i < length; ++i) {
        const char other = i < candidate.size() ? candidate[i] : char(0);
        difference |= static_cast<unsigned char>(m_value[i] ^ other);
    }
    return difference == 0 && !m_value.isEmpty();
}

Result<AccessToken> AccessToken::loadOrCreate(const QString &path)
{
    QFile file(path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly))
            return fail(ErrorCode::Io, tr("Could not read the access token file %1: %2").arg(path, file.errorString()));
        const QByteArray token = file.readAll().trimmed();
        file.close();
        if (!isWellFormed(token))
            return fail(ErrorCode::InvalidInput,
                        tr("The access token file %1 is damaged (expected 64 hex digits). Delete it to make a new token.")
                            .arg(path));
        if ((file.permissions() & ~(kOwnerOnly | QFileDevice::ReadUser | QFileDevice::WriteUser)) != 0) {
            qCWarning(lcConfig) << "access token file was readable by others; restricting it to its owner:" << path;
            file.setPermissions(kOwnerOnly);
        }
        return AccessToken(token);
    }

    const QByteArray token = makeToken();
    // NewOnly + permissions at open: the file never exists with wider permissions, not even briefly.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerOnly))
        return fail(ErrorCode::Io, tr("Could not create the access token file %1: %2").arg(path, file.errorString()));
    if (file.write(token + '\n') != token.size() + 1 || !file.flush())
        return fail(ErrorCode::Io, tr("Could not write the access token file %1: %2").arg(path, file.errorString()));
    qCInfo(lcConfig) << "made a new access token in" << path;
    return AccessToken(token);
}

} // namespace sluice
