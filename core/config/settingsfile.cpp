#include "core/config/settingsfile.h"

#include <functional>

#include <QFileInfo>
#include <QSettings>

#include "core/config/settingskeys.h"

namespace sluice {

namespace keys = settingskeys;

SettingsFile::SettingsFile(QString path)
    : m_path(std::move(path))
{
}

Result<SluiceConfig> SettingsFile::read() const
{
    const QSettings settings(m_path, QSettings::IniFormat);
    if (settings.status() == QSettings::FormatError)
        return fail(ErrorCode::InvalidInput, tr("%1 is not a valid settings file.").arg(m_path));

    SluiceConfig config;
    ServerConfig &server = config.server;
    ServerLimits &limits = server.limits;
    const ServerLimits defaults;

    server.bindAddress = settings.value(keys::kServerBind, server.bindAddress).toString().trimmed();

    // Each row: the key, its valid range, the default, and where the value goes.
    struct IntegerSetting
    {
        QLatin1StringView key;
        qint64 minimum;
        qint64 maximum;
        qint64 fallback;
        std::function<void(qint64)> store;
    };
    const IntegerSetting integers[] = {
        { keys::kServerPort, 0, 65535, server.port, [&](qint64 v) { server.port = quint16(v); } },
        { keys::kLimitsMaxChunkBytes, 1024, 1LL << 32, defaults.maxChunkBytes,
          [&](qint64 v) { limits.maxChunkBytes = v; } },
        { keys::kLimitsMaxUploadBytes, 1, 1LL << 50, defaults.maxUploadBytes,
          [&](qint64 v) { limits.maxUploadBytes = v; } },
        { keys::kLimitsMaxConcurrentUploads, 1, 10000, defaults.maxConcurrentUploads,
          [&](qint64 v) { limits.maxConcurrentUploads = int(v); } },
        { keys::kLimitsMaxWebSocketClients, 1, 100000, defaults.maxWebSocketClients,
          [&](qint64 v) { limits.maxWebSocketClients = int(v); } },
        { keys::kLimitsMaxHeaderBytes, 1024, 1024 * 1024, defaults.maxHeaderBytes,
          [&](qint64 v) { limits.maxHeaderBytes = int(v); } },
        { keys::kLimitsIdleTimeoutSeconds, 1, 86400, defaults.idleTimeoutSeconds,
          [&](qint64 v) { limits.idleTimeoutSeconds = int(v); } },
        { keys::kTasksWorkers, 0, 64, server.taskWorkers, [&](qint64 v) { server.taskWorkers = int(v); } },
        { keys::kTasksRetentionDays, 1, 3650, server.retentionDays, [&](qint64 v) { server.retentionDays = int(v); } },
    };
    for (const IntegerSetting &setting : integers) {
        auto value = readInteger(settings, setting.key, setting.minimum, setting.maximum, setting.fallback);
        if (!value)
            return tl::unexpected(value.error());
        setting.store(*value);
    }

    config.logRules = settings.value(keys::kLogRules).toString();
    return config;
}

Result<void> SettingsFile::writeDefaultsIfMissing() const
{
    if (QFileInfo::exists(m_path))
        return {};
    const SluiceConfig defaults;
    const ServerLimits &limits = defaults.server.limits;
    QSettings settings(m_path, QSettings::IniFormat);
    settings.setValue(keys::kServerBind, defaults.server.bindAddress);
    settings.setValue(keys::kServerPort, defaults.server.port);
    settings.setValue(keys::kLimitsMaxChunkBytes, limits.maxChunkBytes);
    settings.setValue(keys::kLimitsMaxUploadBytes, limits.maxUploadBytes);
    settings.setValue(keys::kLimitsMaxConcurrentUploads, limits.maxConcurrentUploads);
    settings.setValue(keys::kLimitsMaxWebSocketClients, limits.maxWebSocketClients);
    settings.setValue(keys::kLimitsMaxHeaderBytes, limits.maxHeaderBytes);
    settings.setValue(keys::kLimitsIdleTimeoutSeconds, limits.idleTimeoutSeconds);
    settings.setValue(keys::kTasksWorkers, defaults.server.taskWorkers);
    settings.setValue(keys::kTasksRetentionDays, defaults.server.retentionDays);
    settings.setValue(keys::kLogRules, QString());
    settings.sync();
    if (settings.status() != QSettings::NoError)
        return fail(ErrorCode::Io, tr("Could not write the settings file %1.").arg(m_path));
    return {};
}

Result<qint64> SettingsFile::readInteger(const QSettings &settings, QLatin1StringView key, qint64 minimum,
                                         qint64 maximum, qint64 fallback) const
{
    if (!settings.contains(key))
        return fallback;
    const QString text = settings.value(key).toString().trimmed();
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < minimum || value > maximum)
        return fail(ErrorCode::InvalidInput, tr("%1: the value \"%2\" of %3 is not a whole number from %4 to %5.")
                                                 .arg(m_path, text, key)
                                                 .arg(minimum)
                                                 .arg(maximum));
    return value;
}

} // namespace sluice
