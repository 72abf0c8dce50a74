#include "core/config/datadirectorychoice.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

#include "core/config/settingskeys.h"

namespace sluice {

QString DataDirectoryChoice::defaultFilePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
        .filePath(QStringLiteral("location.ini"));
}

DataDirectoryChoice::DataDirectoryChoice(QString filePath)
    : m_filePath(std::move(filePath))
{
}

QString DataDirectoryChoice::directory() const
{
    const QSettings settings(m_filePath, QSettings::IniFormat);
    return settings.value(settingskeys::kDataDirectory).toString().trimmed();
}

Result<void> DataDirectoryChoice::setDirectory(const QString &directory) const
{
    if (auto valid = validate(directory); !valid)
        return valid;
    QDir().mkpath(QFileInfo(m_filePath).absolutePath());  // the config folder may not exist yet
    QSettings settings(m_filePath, QSettings::IniFormat);
    if (directory.trimmed().isEmpty())
        settings.remove(settingskeys::kDataDirectory);
    else
        settings.setValue(settingskeys::kDataDirectory, QDir::cleanPath(directory.trimmed()));
    settings.sync();
    if (settings.status() != QSettings::NoError)
        return fail(ErrorCode::Io, tr("Could not write %1.").arg(QDir::toNativeSeparators(m_filePath)));
    return {};
}

Result<void> DataDirectoryChoice::validate(const QString &directory)
{
    const QString path = directory.trimmed();
    if (path.isEmpty())
        return {};
    const QString shown = QDir::toNativeSeparators(path);
    if (QDir::isRelativePath(path))
        return fail(ErrorCode::InvalidInput, tr("The data directory must be a full path, not \"%1\".").arg(shown));
    const QFileInfo info(path);
    if (info.exists()) {
        if (!info.isDir())
            return fail(ErrorCode::InvalidInput, tr("%1 is a file, not a folder.").arg(shown));
        if (!info.isWritable())
            return fail(ErrorCode::InvalidInput, tr("Sluice cannot write to %1.").arg(shown));
        return {};
    }
    const QFileInfo parent(info.absolutePath());
    if (!parent.isDir())
        return fail(ErrorCode::InvalidInput,
                    tr("%1 does not exist, and neither does the folder it would be created in.").arg(shown));
    if (!parent.isWritable())
        return fail(ErrorCode::InvalidInput, tr("Sluice cannot create %1: its folder is read-only.").arg(shown));
    return {};
}

} // namespace sluice
