#pragma once

#include <QDialog>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTimer;

namespace sluice {

class ApiClient;

/// Starts an export task: a ready dataset, which columns in which order, a date range bounded
/// by the chosen date column's minimum and maximum, one numeric range and one text equals/one-of
/// filter, the format, delimiter, BOM and formula neutralisation. It previews how many rows
/// match (GET rows?limit=0 with the same filters) and shows the server's errors in place.
/// Thread: GUI. Owner: the window that opens it (open(), never exec()); the client must
/// outlive it.
class ExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)
public:
    ExportDialog(ApiClient *client, QWidget *parent = nullptr, const QString &datasetId = QString());

    /// The export's parameters as POST /api/v1/tasks takes them under "parameters".
    QJsonObject parameters() const;
    /// The filters alone (RowFilterParser's JSON form); empty when none is set.
    QJsonArray filters() const;

    QString datasetId() const;
    /// Selects dataset `id` (once listed); false when it is not a ready dataset.
    bool selectDataset(const QString &id);
    /// Checks or unchecks column `name`; false when there is none.
    bool setColumnChecked(const QString &name, bool checked);
    /// Moves column `name` `delta` places (negative: up); false when it cannot move.
    bool moveColumn(const QString &name, int delta);
    /// The columns in the list's order, checked or not.
    QStringList columnOrder() const;

    /// The matching rows as last previewed; -1 while unknown.
    qint64 previewRowCount() const { return m_previewCount; }
    /// The error shown in the dialog; empty when none.
    QString errorText() const { return m_errorText; }
    /// Recounts the matching rows now (the form recounts by itself shortly after each change).
    void updatePreview();
    /// Posts the export; accepted when the server took it, else the error is shown.
    void start();

    QComboBox *datasetCombo() const { return m_dataset; }
    QListWidget *columnList() const { return m_columns; }
    QComboBox *dateColumnCombo() const { return m_dateColumn; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QComboBox *numberColumnCombo() const { return m_numberColumn; }
    QLineEdit *minimumEdit() const { return m_minimum; }
    QLineEdit *maximumEdit() const { return m_maximum; }
    QComboBox *textColumnCombo() const { return m_textColumn; }
    QLineEdit *textValuesEdit() const { return m_textValues; }
    QComboBox *formatCombo() const { return m_format; }
    QComboBox *delimiterCombo() const { return m_delimiter; }
    QCheckBox *bomCheck() const { return m_bom; }
    QCheckBox *neutralizeCheck() const { return m_neutralize; }

signals:
    void datasetsLoaded();
    /// The chosen dataset's columns and their ranges are in the form.
    void profileLoaded();
    void previewUpdated(qint64 rows);
    void errorShown(const QString &message);
    /// The server took the export: its task JSON.
    void exportStarted(const QJsonObject &task);

private:
    void fetchDatasets(const QString &preselect);
    void fetchProfile();
    void applyProfile(const QJsonArray &columns);
    void applyDateBounds();
    void moveSelected(int delta);
    void schedulePreview();
    void showError(const QString &message);

    ApiClient *m_client;
    QComboBox *m_dataset;
    QListWidget *m_columns;
    QComboBox *m_dateColumn;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_numberColumn;
    QLineEdit *m_minimum;
    QLineEdit *m_maximum;
    QComboBox *m_textColumn;
    QLineEdit *m_textValues;
    QComboBox *m_format;
    QComboBox *m_delimiter;
    QCheckBox *m_bom;
    QCheckBox *m_neutralize;
    QLabel *m_rowCount;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QTimer *m_previewTimer;
    QHash<QString, QJsonObject> m_profile; // column name -> its statistics (type, min, max)
    qint64 m_previewCount = -1;
    quint64 m_previewGeneration = 0; // answers to older previews are dropped
    quint64 m_profileGeneration = 0;
    QString m_errorText;
};

} // namespace sluice
