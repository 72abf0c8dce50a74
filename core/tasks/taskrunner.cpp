#include "core/tasks/taskrunner.h"

namespace sluice {

Result<QJsonObject> TaskRunner::validate(const QJsonObject &parameters, const DatabaseConnection &) const
{
    return parameters;
}

} // namespace sluice
