#include "server/docs/openapidocument.h"

#include <QFile>
#include <QJsonDocument>

namespace sluice {

const QString OpenApiDocument::kResourcePath = QStringLiteral(":/sluice/openapi.json");

Result<QJsonObject> OpenApiDocument::load()
{
    QFile file(kResourcePath);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Internal, tr("The API description %1 is missing from the build.").arg(kResourcePath));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject())
        return fail(ErrorCode::Internal,
            tr("The API description is not valid JSON: %1 at offset %2.")
                .arg(parseError.errorString())
                .arg(parseError.offset));
    return document.object();
}

QStringList OpenApiDocument::pathTemplates(const QJsonObject &document)
{
    return document.value(QStringLiteral("paths")).toObject().keys();
}

} // namespace sluice
