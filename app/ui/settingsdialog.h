#pragma once

#include <QDialog>

#include "core/config/desktopconfig.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace sluice {

/// File > Settings…: data directory, port, parallel uploads, chunk size and language.
/// Saving validates every value (errors stay in the dialog) and writes them: the data
/// directory to DataDirectoryChoice's file, the rest to sluice.ini. Parallel uploads apply at
/// once (settingsSaved()); the others when Sluice next starts, as the dialog says.
/// Thread: GUI. Owner: the MainWindow (deleted on close).
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)
public:
    /// What the dialog edits, as read at start.
    struct Values
    {
        QString dataDirectory;  // the user's choice; empty: the platform's default
        quint16 port = 8420;    // the embedded server's
        DesktopConfig desktop;  // its remote part is kept as it is
    };

    /// `settingsPath`: sluice.ini; `locationPath`: where the data directory choice is kept.
    SettingsDialog(Values values, QString settingsPath, QString locationPath, QWidget *parent = nullptr);

    /// Validates and writes; false (with errorText()) when a value is wrong or a file could
    /// not be written. OK calls it and closes only on success.
    bool save();
    QString errorText() const;
    /// The values currently in the fields (not validated).
    Values values() const;

signals:
    void settingsSaved(const sluice::SettingsDialog::Values &values);

private:
    void chooseDataDirectory();
    void showErrors(const QStringList &errors);

    Values m_values;
    QString m_settingsPath;
    QString m_locationPath;
    QLineEdit *m_dataDirectory;
    QLineEdit *m_port;
    QSpinBox *m_parallelUploads;
    QRadioButton *m_automaticChunks;
    QRadioButton *m_fixedChunks;
    QSpinBox *m_chunkSizeMiB;
    QComboBox *m_language;
    QLabel *m_error;
};

} // namespace sluice
