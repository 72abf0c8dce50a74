#pragma once

#include <QString>

namespace sluice {

/// The API path of dataset `id`, or of its `resource` ("rows", "profile", "errors"), with the
/// id percent-encoded: it comes from the server, but a path is no place to trust it.
QString datasetPath(const QString &id, const QString &resource = QString());
/// `value` percent-encoded for a query string (a filter's JSON, a sort key).
QString queryValue(const QString &value);

} // namespace sluice
