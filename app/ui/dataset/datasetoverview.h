#pragma once

#include <QJsonObject>
#include <QWidget>

class QFormLayout;
class QLabel;
class QTableView;
class QTableWidget;

namespace sluice {

class ColumnStatisticsModel;

/// The Overview tab of a dataset: where it came from (file, dialect, encoding), how many
/// rows were kept and rejected, when and how long it took to import, its state (importing
/// with progress, ready, failed with the reason), its schema, and the statistics of every
/// column, which fill in while the import runs.
/// Thread: GUI. Owner: the DatasetPage.
class DatasetOverview final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatasetOverview)
public:
    explicit DatasetOverview(QWidget *parent = nullptr);

    /// The dataset's detail (GET /api/v1/datasets/{id}).
    void setDetail(const QJsonObject &detail);
    /// A dataset.progress event's data while the import runs.
    void setProgress(const QJsonObject &progress);
    /// A partial profile (dataset.profile events) or the final one.
    void applyProfile(const QJsonObject &profile);
    void clear();

    ColumnStatisticsModel *statisticsModel() const { return m_statistics; }
    QTableView *statisticsView() const { return m_statisticsView; }
    QTableWidget *schemaTable() const { return m_schema; }
    /// "Importing 43%", "Ready", "Failed: …", as shown.
    QString stateText() const;
    QString rowsText() const;
    QString rejectedText() const;

private:
    void showState(const QString &state, const QString &error, double fraction);
    void updateStatisticsCaption();

    QLabel *m_source;
    QLabel *m_dialect;
    QLabel *m_encoding;
    QLabel *m_rows;
    QLabel *m_rejected;
    QLabel *m_imported;
    QLabel *m_state;
    QTableWidget *m_schema;
    QLabel *m_statisticsCaption;
    ColumnStatisticsModel *m_statistics;
    QTableView *m_statisticsView;
    QJsonObject m_detail;
};

} // namespace sluice
