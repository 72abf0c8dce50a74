#include "core/config/localinstance.h"

#include <QLoggingCategory>

#include "core/config/settingsfile.h"

namespace sluice {

LocalInstance::LocalInstance(std::unique_ptr<DataDirectory> dataDirectory, SluiceConfig config, AccessToken token)
    : m_dataDirectory(std::move(dataDirectory))
    , m_config(std::move(config))
    , m_token(std::move(token))
{
}

Result<std::unique_ptr<LocalInstance>> LocalInstance::open(const CommandLineOptions &options)
{
    const bool isDefault = options.dataDir.isEmpty();
    auto directory = DataDirectory::open(isDefault ? DataDirectory::defaultPath() : options.dataDir, isDefault);
    if (!directory)
        return tl::unexpected(directory.error());

    const SettingsFile settings((*directory)->settingsPath());
    if (auto written = settings.writeDefaultsIfMissing(); !written)
        return tl::unexpected(written.error());
    auto config = settings.read();
    if (!config)
        return tl::unexpected(config.error());
    options.applyTo(*config);
    if (!config->logRules.isEmpty())
        QLoggingCategory::setFilterRules(QString(config->logRules).replace(u';', u'\n'));

    auto token = AccessToken::loadOrCreate((*directory)->tokenPath());
    if (!token)
        return tl::unexpected(token.error());

    return std::unique_ptr<LocalInstance>(new LocalInstance(std::move(*directory), std::move(*config),
                                                            std::move(*token)));
}

} // namespace sluice
