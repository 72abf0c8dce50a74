#pragma once

#include <QCoreApplication>
#include <QString>

#include "core/error.h"

namespace sluice {

/// The data directory the user picked in the desktop app's Settings. It cannot live in
/// sluice.ini, which is inside the data directory, so it is a QSettings file in the
/// platform's config location (QStandardPaths::AppConfigLocation), read before the data
/// directory is opened. A --data-dir flag wins over it; the headless server ignores it.
/// Plain value; any thread (used on the GUI thread).
class DataDirectoryChoice final
{
    Q_DECLARE_TR_FUNCTIONS(DataDirectoryChoice)
public:
    /// location.ini in QStandardPaths::AppConfigLocation.
    static QString defaultFilePath();

    explicit DataDirectoryChoice(QString filePath = defaultFilePath());

    /// The chosen directory; empty when the user never chose one (the platform's default).
    QString directory() const;
    /// Stores `directory` (after validate()); empty goes back to the default.
    [[nodiscard]] Result<void> setDirectory(const QString &directory) const;

    /// Whether `directory` can hold Sluice's data: an absolute path that is a writable
    /// folder, or does not exist yet under an existing folder. Empty is valid (the default).
    [[nodiscard]] static Result<void> validate(const QString &directory);

    QString filePath() const { return m_filePath; }

private:
    QString m_filePath;
};

} // namespace sluice
