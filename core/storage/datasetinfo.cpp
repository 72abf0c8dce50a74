#include "core/storage/datasetinfo.h"

#include "core/enumnames.h"

namespace sluice {

namespace {

using L1 = QLatin1StringView;
constexpr EnumNames<DatasetState, 4> kNames({ {
    { DatasetState::Importing, L1("importing") },
    { DatasetState::Ready, L1("ready") },
    { DatasetState::Failed, L1("failed") },
    { DatasetState::Canceled, L1("canceled") },
} });

} // namespace

QString datasetStateName(DatasetState state)
{
    return kNames.name(state);
}

std::optional<DatasetState> datasetStateFromName(QStringView name)
{
    return kNames.fromName(name);
}

} // namespace sluice
