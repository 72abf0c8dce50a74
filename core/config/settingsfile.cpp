#include "core/config/settingsfile.h"

#include <functional>

#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QUrl>

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
    if (auto desktop = readDesktop(settings, config.desktop); !desktop)
        return tl::unexpected(desktop.error());
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
    settings.setValue(keys::kDesktopParallelUploads, defaults.desktop.parallelUploads);
    settings.setValue(keys::kDesktopChunkSizeMiB, defaults.desktop.chunkSizeMiB);
    settings.setValue(keys::kDesktopLanguage, defaults.desktop.language);
    settings.setValue(keys::kRemoteUrl, defaults.desktop.remote.url);
    settings.setValue(keys::kRemoteReconnectOnStart, defaults.desktop.remote.reconnectOnStart);
    return syncAndCheck(settings);  // no token yet: remote/token is written only with one
}

Result<void> SettingsFile::writeDesktop(const DesktopConfig &desktop) const
{
    const bool secret = !desktop.remote.token.isEmpty();
    if (secret)
        restrictToOwner();  // QSettings replaces the file keeping its permissions: never readable by others
    QSettings settings(m_path, QSettings::IniFormat);
    settings.setValue(keys::kDesktopParallelUploads, desktop.parallelUploads);
    settings.setValue(keys::kDesktopChunkSizeMiB, desktop.chunkSizeMiB);
    settings.setValue(keys::kDesktopLanguage, desktop.language);
    settings.setValue(keys::kRemoteUrl, desktop.remote.url);
    settings.setValue(keys::kRemoteReconnectOnStart, desktop.remote.reconnectOnStart);
    if (secret)
        settings.setValue(keys::kRemoteToken, QString::fromLatin1(desktop.remote.token));
    else
        settings.remove(keys::kRemoteToken);
    auto written = syncAndCheck(settings);
    if (secret)
        restrictToOwner();  // in case the platform's QSettings made a new file
    return written;
}

Result<void> SettingsFile::writePort(quint16 port) const
{
    QSettings settings(m_path, QSettings::IniFormat);
    settings.setValue(keys::kServerPort, port);
    return syncAndCheck(settings);
}

Result<quint16> SettingsFile::parsePort(const QString &text)
{
    bool ok = false;
    const int port = text.trimmed().toInt(&ok);
    if (!ok || port < 0 || port > 65535)
        return fail(ErrorCode::InvalidInput,
                    tr("The port \"%1\" is not a whole number from 0 (any free port) to 65535.").arg(text.trimmed()));
    return quint16(port);
}

Result<void> SettingsFile::syncAndCheck(QSettings &settings) const
{
    settings.sync();
    if (settings.status() != QSettings::NoError)
        return fail(ErrorCode::Io, tr("Could not write the settings file %1.").arg(m_path));
    return {};
}

void SettingsFile::restrictToOwner() const
{
    QFile file(m_path);
    if (!file.exists()) {
        // Created empty with owner-only permissions, so the first write is private too.
        if (file.open(QIODevice::WriteOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            file.close();
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

Result<void> SettingsFile::readDesktop(const QSettings &settings, DesktopConfig &desktop) const
{
    auto parallel = readInteger(settings, keys::kDesktopParallelUploads, DesktopConfig::kMinimumParallelUploads,
                                DesktopConfig::kMaximumParallelUploads, desktop.parallelUploads);
    if (!parallel)
        return tl::unexpected(parallel.error());
    desktop.parallelUploads = int(*parallel);
    auto chunk = readInteger(settings, keys::kDesktopChunkSizeMiB, 0, DesktopConfig::kMaximumChunkSizeMiB,
                             desktop.chunkSizeMiB);
    if (!chunk)
        return tl::unexpected(chunk.error());
    desktop.chunkSizeMiB = int(*chunk);

    desktop.language = settings.value(keys::kDesktopLanguage).toString().trimmed();
    if (!desktop.language.isEmpty() && !DesktopConfig::supportedLanguages().contains(desktop.language))
        return fail(ErrorCode::InvalidInput, tr("%1: the value \"%2\" of %3 is not one of: empty (the system's "
                                                "language), %4.")
                                                 .arg(m_path, desktop.language, keys::kDesktopLanguage,
                                                      DesktopConfig::supportedLanguages().join(QStringLiteral(", "))));

    desktop.remote.url = settings.value(keys::kRemoteUrl).toString().trimmed();
    if (!desktop.remote.url.isEmpty()) {
        const QUrl url(desktop.remote.url);
        if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"http" && url.scheme() != u"https"))
            return fail(ErrorCode::InvalidInput, tr("%1: the value \"%2\" of %3 is not an http:// or https:// address.")
                                                     .arg(m_path, desktop.remote.url, keys::kRemoteUrl));
    }
    desktop.remote.token = settings.value(keys::kRemoteToken).toString().trimmed().toLatin1();

    const QString reconnect = settings.value(keys::kRemoteReconnectOnStart, QStringLiteral("false")).toString().trimmed();
    if (reconnect != u"true" && reconnect != u"false")
        return fail(ErrorCode::InvalidInput, tr("%1: the value \"%2\" of %3 is not true or false.")
                                                 .arg(m_path, reconnect, keys::kRemoteReconnectOnStart));
    desktop.remote.reconnectOnStart = reconnect == u"true";
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
