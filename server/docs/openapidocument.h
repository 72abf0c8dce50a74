#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include "core/error.h"

namespace sluice {

/// The OpenAPI 3.1 description of the API, kept as resources/openapi.json (embedded with
/// qt_add_resources) so it is edited as a document, not as code.
/// Stateless; any thread.
class OpenApiDocument final
{
    Q_DECLARE_TR_FUNCTIONS(OpenApiDocument)
public:
    static const QString kResourcePath;

    /// The embedded document, parsed; fails only if the build embedded a broken file.
    [[nodiscard]] static Result<QJsonObject> load();

    /// Its path templates ("/api/v1/datasets/{id}"), as they appear under "paths".
    static QStringList pathTemplates(const QJsonObject &document);
};

} // namespace sluice
