#include "app/ui/settingsdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "core/config/datadirectory.h"
#include "core/config/datadirectorychoice.h"
#include "core/config/settingsfile.h"

namespace sluice {

SettingsDialog::SettingsDialog(Values values, QString settingsPath, QString locationPath, QWidget *parent)
    : QDialog(parent)
    , m_values(std::move(values))
    , m_settingsPath(std::move(settingsPath))
    , m_locationPath(std::move(locationPath))
    , m_dataDirectory(new QLineEdit(this))
    , m_port(new QLineEdit(this))
    , m_parallelUploads(new QSpinBox(this))
    , m_automaticChunks(new QRadioButton(tr("Automatic (adapts to the connection)"), this))
    , m_fixedChunks(new QRadioButton(tr("At most:"), this))
    , m_chunkSizeMiB(new QSpinBox(this))
    , m_language(new QComboBox(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));

    m_dataDirectory->setObjectName(QStringLiteral("dataDirectory"));
    m_dataDirectory->setAccessibleName(tr("Data directory"));
    m_dataDirectory->setPlaceholderText(QDir::toNativeSeparators(DataDirectory::defaultPath()));
    m_dataDirectory->setText(QDir::toNativeSeparators(m_values.dataDirectory));
    auto *browse = new QPushButton(tr("Browse…"), this);
    browse->setObjectName(QStringLiteral("browseDataDirectory"));
    browse->setAccessibleName(tr("Choose the data directory"));
    connect(browse, &QPushButton::clicked, this, &SettingsDialog::chooseDataDirectory);
    auto *dataRow = new QHBoxLayout;
    dataRow->addWidget(m_dataDirectory, 1);
    dataRow->addWidget(browse);

    m_port->setObjectName(QStringLiteral("port"));
    m_port->setAccessibleName(tr("Port of the embedded server"));
    m_port->setText(QString::number(m_values.port));
    m_port->setToolTip(tr("0 lets the system pick any free port."));

    m_parallelUploads->setObjectName(QStringLiteral("parallelUploads"));
    m_parallelUploads->setAccessibleName(tr("Parallel uploads"));
    m_parallelUploads->setRange(DesktopConfig::kMinimumParallelUploads, DesktopConfig::kMaximumParallelUploads);
    m_parallelUploads->setValue(m_values.desktop.parallelUploads);

    m_automaticChunks->setObjectName(QStringLiteral("automaticChunkSize"));
    m_automaticChunks->setAccessibleName(tr("Automatic chunk size"));
    m_fixedChunks->setObjectName(QStringLiteral("fixedChunkSize"));
    m_fixedChunks->setAccessibleName(tr("Limit the chunk size"));
    m_chunkSizeMiB->setObjectName(QStringLiteral("chunkSizeMiB"));
    m_chunkSizeMiB->setAccessibleName(tr("Chunk size in MiB"));
    m_chunkSizeMiB->setRange(1, DesktopConfig::kMaximumChunkSizeMiB);
    m_chunkSizeMiB->setSuffix(tr(" MiB"));
    const bool fixed = m_values.desktop.chunkSizeMiB > 0;
    m_chunkSizeMiB->setValue(fixed ? m_values.desktop.chunkSizeMiB : 8);
    m_chunkSizeMiB->setEnabled(fixed);
    (fixed ? m_fixedChunks : m_automaticChunks)->setChecked(true);
    connect(m_fixedChunks, &QRadioButton::toggled, m_chunkSizeMiB, &QWidget::setEnabled);
    auto *chunkRow = new QHBoxLayout;
    chunkRow->addWidget(m_automaticChunks);
    chunkRow->addWidget(m_fixedChunks);
    chunkRow->addWidget(m_chunkSizeMiB);
    chunkRow->addStretch();

    m_language->setObjectName(QStringLiteral("language"));
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("System language"), QString());
    // Each language by its own name, untranslated: that is how its speakers look for it.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(m_values.desktop.language)));

    auto *form = new QFormLayout;
    form->addRow(tr("Data directory:"), dataRow);
    form->addRow(tr("Port:"), m_port);
    form->addRow(tr("Parallel uploads:"), m_parallelUploads);
    form->addRow(tr("Chunk size:"), chunkRow);
    form->addRow(tr("Language:"), m_language);

    auto *restartNote = new QLabel(tr("The data directory, port, chunk size and language take effect when Sluice "
                                      "restarts. Parallel uploads change at once."),
                                   this);
    restartNote->setObjectName(QStringLiteral("restartNote"));
    restartNote->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("settingsError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(restartNote);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

SettingsDialog::Values SettingsDialog::values() const
{
    Values values = m_values;
    values.dataDirectory = QDir::fromNativeSeparators(m_dataDirectory->text().trimmed());
    values.desktop.parallelUploads = m_parallelUploads->value();
    values.desktop.chunkSizeMiB = m_fixedChunks->isChecked() ? m_chunkSizeMiB->value() : 0;
    values.desktop.language = m_language->currentData().toString();
    return values;  // the port is parsed by save()
}

bool SettingsDialog::save()
{
    Values values = this->values();
    QStringList errors;
    if (auto valid = DataDirectoryChoice::validate(values.dataDirectory); !valid)
        errors.append(valid.error().message);
    if (auto port = SettingsFile::parsePort(m_port->text()); port)
        values.port = *port;
    else
        errors.append(port.error().message);
    if (!errors.isEmpty()) {
        showErrors(errors);
        return false;
    }

    const SettingsFile file(m_settingsPath);
    for (const Result<void> &written : { DataDirectoryChoice(m_locationPath).setDirectory(values.dataDirectory),
                                         file.writeDesktop(values.desktop), file.writePort(values.port) }) {
        if (!written)
            errors.append(written.error().message);
    }
    showErrors(errors);
    if (!errors.isEmpty())
        return false;
    m_values = values;
    emit settingsSaved(values);
    return true;
}

QString SettingsDialog::errorText() const
{
    return m_error->text();
}

void SettingsDialog::showErrors(const QStringList &errors)
{
    m_error->setText(errors.join(u'\n'));
    m_error->setVisible(!errors.isEmpty());
}

void SettingsDialog::chooseDataDirectory()
{
    auto *dialog = new QFileDialog(this, tr("Data Directory"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &folder) { m_dataDirectory->setText(QDir::toNativeSeparators(folder)); });
    dialog->open();  // never exec(): the GUI thread keeps its one event loop
}

} // namespace sluice
