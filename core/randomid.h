#pragma once

#include <QString>

namespace sluice {

/// A random, URL-safe id (base64url of 96 random bits, 16 characters) for uploads, datasets
/// and tasks: unguessable, so an id alone reveals nothing about other resources.
QString makeRandomId();

/// True when `id` has exactly the shape makeRandomId() produces; anything else from a
/// client is rejected before it reaches a path or a query.
bool isWellFormedId(QStringView id);

} // namespace sluice
