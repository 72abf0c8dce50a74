#pragma once

#include <QJsonObject>
#include <QList>
#include <QTimer>
#include <QWidget>

#include "app/ui/charts/chartdataset.h"
#include "core/error.h"

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace sluice {

class ApiClient;
class ChartPage;
class GroupsChart;
class HistogramChart;
class TimeSeriesChart;

/// The Charts tab of a dataset: a histogram of a numeric column, a time series by a date column
/// and bars grouped by a text column, one at a time. While the dataset imports they follow the
/// live profiles (bursts coalesced, data updated in place); once the user zooms or pans they
/// stay put and "Follow live" brings them back. The chart shown exports as PNG or PDF.
/// Thread: GUI. Owner: the dataset page; the client must outlive it.
class ChartsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartsView)
public:
    enum class Chart { Histogram, TimeSeries, Groups };
    Q_ENUM(Chart)

    explicit ChartsView(ApiClient *client, QWidget *parent = nullptr);
    ~ChartsView() override;

    /// The dataset, as GET /api/v1/datasets/{id} answers (id, state, schema...). Call it again
    /// when its state changes (the import finished): the choices made stay.
    void setDataset(const QJsonObject &detail);
    /// A profile: a live partial one (a dataset.profile event's "profile", or the event's data
    /// itself) or the final one (GET /api/v1/datasets/{id}/profile). Profiles arriving in a
    /// burst are drawn once, the latest.
    void applyProfile(const QJsonObject &profile);

    Chart currentChart() const;
    void showChart(Chart chart);
    ChartPage *currentPage() const;
    HistogramChart *histogramChart() const { return m_histogram; }
    TimeSeriesChart *timeSeriesChart() const { return m_timeSeries; }
    GroupsChart *groupsChart() const { return m_groups; }

    /// Writes the chart shown to `path`, a PNG or PDF file by its extension.
    [[nodiscard]] Result<void> exportChart(const QString &path);
    /// Asks where to save the chart shown (a save dialog, PNG or PDF), then writes it.
    void requestExport();
    /// The last export error shown; empty when none.
    QString lastError() const;

    QComboBox *chartCombo() const { return m_chartCombo; }
    QPushButton *followLiveButton() const { return m_followLive; }
    QPushButton *exportButton() const { return m_export; }

signals:
    /// A coalesced profile was drawn.
    void profileApplied();
    void chartExported(const QString &path);

private:
    QList<ChartPage *> pages() const; // in the order of Chart
    void drawPendingProfile();
    void pageChanged();
    void updateButtons();
    void showError(const QString &message);

    QComboBox *m_chartCombo;
    QStackedWidget *m_pages;
    HistogramChart *m_histogram;
    TimeSeriesChart *m_timeSeries;
    GroupsChart *m_groups;
    QPushButton *m_followLive;
    QPushButton *m_export;
    QLabel *m_error;
    ChartDataset m_dataset;
    QJsonObject m_profile;
    QTimer m_profileTimer;
};

} // namespace sluice
