#include "core/config/datadirectory.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include "core/logging.h"

namespace sluice {

namespace {

const QString kLockName = QStringLiteral("sluice.lock");
const QString kSettingsName = QStringLiteral("sluice.ini");
const QString kTokenName = QStringLiteral("token");
const QStringList kSubfolders = { QStringLiteral("uploads"), QStringLiteral("exports") };

} // namespace

QString DataDirectory::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

DataDirectory::DataDirectory(QString path, bool isDefault)
    : m_path(std::move(path))
    , m_isDefault(isDefault)
    , m_lock(QDir(m_path).filePath(kLockName))
{
    // Only a live process holds the lock: a lock left by a crash (dead pid) is taken over.
    m_lock.setStaleLockTime(0);
}

DataDirectory::~DataDirectory() = default;

Result<std::unique_ptr<DataDirectory>> DataDirectory::open(const QString &path, bool isDefault)
{
    if (path.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("No data directory was given."));
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QDir dir(absolute);
    if (!dir.mkpath(QStringLiteral(".")))
        return fail(ErrorCode::Io, tr("Could not create the data directory %1.").arg(absolute));
    for (const QString &sub : kSubfolders) {
        if (!dir.mkpath(sub))
            return fail(ErrorCode::Io, tr("Could not create %1 in the data directory %2.").arg(sub, absolute));
    }

    std::unique_ptr<DataDirectory> directory(new DataDirectory(absolute, isDefault));
    if (!directory->m_lock.tryLock(0)) {
        if (directory->m_lock.error() == QLockFile::LockFailedError) {
            qint64 pid = 0;
            QString host;
            QString application;
            directory->m_lock.getLockInfo(&pid, &host, &application);
            return fail(ErrorCode::Conflict,
                        tr("Another Sluice (process %1 on %2) is already using the data directory %3. Stop it "
                           "first, or start with --data-dir and another directory.")
                            .arg(pid)
                            .arg(host, absolute));
        }
        return fail(ErrorCode::Io, tr("Could not create the lock file in the data directory %1.").arg(absolute));
    }
    qCInfo(lcConfig) << "using data directory" << absolute;
    return directory;
}

QString DataDirectory::filePath(const QString &name) const
{
    return QDir(m_path).filePath(name);
}

QString DataDirectory::settingsPath() const
{
    return filePath(kSettingsName);
}

QString DataDirectory::tokenPath() const
{
    return filePath(kTokenName);
}

QString DataDirectory::databasePath() const
{
    return filePath(QStringLiteral("sluice.db"));
}

} // namespace sluice
