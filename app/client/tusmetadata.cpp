#include "app/client/tusmetadata.h"

#include <QCoreApplication>

namespace sluice {

QByteArray TusMetadata::encode(const Pairs &pairs)
{
    QByteArray header;
    for (const auto &[key, value] : pairs) {
        Q_ASSERT(!key.isEmpty() && !key.contains(QLatin1Char(' ')) && !key.contains(QLatin1Char(',')));
        if (!header.isEmpty())
            header += ',';
        header += key.toLatin1();
        if (!value.isEmpty()) // tus allows a key without a value
            header += ' ' + value.toUtf8().toBase64();
    }
    return header;
}

Result<TusMetadata::Pairs> TusMetadata::decode(const QByteArray &header)
{
    Pairs pairs;
    if (header.trimmed().isEmpty())
        return pairs;
    for (const QByteArray &item : header.split(',')) {
        const QList<QByteArray> parts = item.trimmed().split(' ');
        if (parts.isEmpty() || parts.first().isEmpty() || parts.size() > 2)
            return fail(
                ErrorCode::InvalidInput, tr("Malformed Upload-Metadata item \"%1\".").arg(QString::fromLatin1(item)));
        QString value;
        if (parts.size() == 2) {
            auto decoded = QByteArray::fromBase64Encoding(parts.at(1), QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded)
                return fail(ErrorCode::InvalidInput,
                    tr("The Upload-Metadata value of \"%1\" is not base64.").arg(QString::fromLatin1(parts.first())));
            value = QString::fromUtf8(*decoded);
        }
        pairs.append({ QString::fromLatin1(parts.first()), value });
    }
    return pairs;
}

} // namespace sluice
