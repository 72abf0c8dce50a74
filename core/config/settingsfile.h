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

    /// Stores the desktop keys (DesktopConfig, with the remembered remote server). While a
    /// token is stored the file is owner-only (0600), before and after the write.
    [[nodiscard]] Result<void> writeDesktop(const DesktopConfig &desktop) const;
    /// Stores server/port (the Settings dialog; takes effect when the server next starts).
    [[nodiscard]] Result<void> writePort(quint16 port) const;

    /// A port typed by a person: a whole number from 0 (any free port) to 65535.
    [[nodiscard]] static Result<quint16> parsePort(const QString &text);

    QString path() const { return m_path; }

private:
    [[nodiscard]] Result<qint64> readInteger(const QSettings &settings, QLatin1StringView key, qint64 minimum,
                                             qint64 maximum, qint64 fallback) const;

    [[nodiscard]] Result<void> readDesktop(const QSettings &settings, DesktopConfig &desktop) const;
    [[nodiscard]] Result<void> syncAndCheck(QSettings &settings) const;
    void restrictToOwner() const;

    QString m_path;
};

} // namespace sluice
