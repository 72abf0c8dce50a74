#pragma once

#include <memory>

#include <QCoreApplication>
#include <QLockFile>
#include <QString>

#include "core/error.h"

namespace sluice {

/// The folder that holds everything a Sluice instance keeps: database, uploads, exports,
/// settings and the access token. Opening it creates it and takes a lock file, so a
/// second instance on the same folder refuses to start instead of corrupting it.
/// The lock is held until this object is destroyed.
class DataDirectory final
{
    Q_DECLARE_TR_FUNCTIONS(DataDirectory)
public:
    /// The platform's application data location (e.g. ~/.local/share/Sluice).
    static QString defaultPath();

    /// Creates the folder (and its uploads/ and exports/) when missing, then locks it.
    [[nodiscard]] static Result<std::unique_ptr<DataDirectory>> open(const QString &path, bool isDefault);

    ~DataDirectory();
    Q_DISABLE_COPY_MOVE(DataDirectory)

    QString path() const { return m_path; }
    bool isDefault() const { return m_isDefault; }
    QString filePath(const QString &name) const;
    QString settingsPath() const;
    QString tokenPath() const;
    QString databasePath() const;

private:
    DataDirectory(QString path, bool isDefault);

    QString m_path;
    bool m_isDefault;
    QLockFile m_lock;
};

} // namespace sluice
