#pragma once

#include <QCoreApplication>
#include <QString>

#include "core/config/serverconfig.h"
#include "core/error.h"

class QSettings;

namespace sluice {

/// Reads sluice.ini into a SluiceConfig once at start, and writes the defaults on first run.
/// Values are validated: a bad one is an error naming the file, the key and the value.
class SettingsFile final
{
    Q_DECLARE_TR_FUNCTIONS(SettingsFile)
public:
    explicit SettingsFile(QString path);

    [[nodiscard]] Result<SluiceConfig> read() const;

    /// Writes every key with its default value when the file does not exist yet, so an
    /// admin can see what can be set.
    [[nodiscard]] Result<void> writeDefaultsIfMissing() const;

    QString path() const { return m_path; }

private:
    [[nodiscard]] Result<qint64> readInteger(const QSettings &settings, QLatin1StringView key, qint64 minimum,
                                             qint64 maximum, qint64 fallback) const;

    QString m_path;
};

} // namespace sluice
