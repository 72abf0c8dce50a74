#pragma once

#include <memory>

#include <QCoreApplication>

#include "core/config/accesstoken.h"
#include "core/config/commandline.h"
#include "core/config/datadirectory.h"
#include "core/config/serverconfig.h"
#include "core/error.h"

namespace sluice {

/// What every start of Sluice (desktop or headless) sets up before anything else: the
/// locked data directory, the settings with command-line overrides, and the access token.
class LocalInstance final
{
    Q_DECLARE_TR_FUNCTIONS(LocalInstance)
public:
    [[nodiscard]] static Result<std::unique_ptr<LocalInstance>> open(const CommandLineOptions &options);

    const DataDirectory &dataDirectory() const { return *m_dataDirectory; }
    const SluiceConfig &config() const { return m_config; }
    const AccessToken &token() const { return m_token; }

private:
    LocalInstance(std::unique_ptr<DataDirectory> dataDirectory, SluiceConfig config, AccessToken token);

    std::unique_ptr<DataDirectory> m_dataDirectory;
    SluiceConfig m_config;
    AccessToken m_token;
};

} // namespace sluice
