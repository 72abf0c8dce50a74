#include "core/randomid.h"

#include <array>

#include <QByteArray>
#include <QRandomGenerator>

namespace sluice {

namespace {
constexpr qsizetype kIdLength = 16;
}

QString makeRandomId()
{
    std::array<quint32, 3> words {};
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    const QByteArray bytes(reinterpret_cast<const char *>(words.data()), sizeof(words));
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool isWellFormedId(QStringView id)
{
    if (id.size() != kIdLength)
        return false;
    return std::all_of(id.begin(), id.end(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-'
            || c == u'_';
    });
}

} // namespace sluice
