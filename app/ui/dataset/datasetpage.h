#pragma once

#include <QJsonObject>
#include <QWidget>

#include "core/events/event.h"

class QLabel;
class QPushButton;
class QTabWidget;

namespace sluice {

class ApiClient;
class ChartsView;
class DatasetDataView;
class DatasetOverview;
class RejectedRowsView;

/// What the central area shows for the selected dataset: its name, "Export…", and tabs for
/// the overview with live statistics, the rows, the charts and the rejected rows. It fetches the
/// dataset's detail (and its final profile once ready) and follows the events of the topic
/// "dataset:<id>" given to applyEvent() (progress, partial profiles, ready) and the failure of
/// its import task ("tasks"); whoever shows it subscribes to that topic.
/// Thread: GUI. Owner: the MainWindow's central area; the ApiClient must outlive it.
class DatasetPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatasetPage)
public:
    explicit DatasetPage(ApiClient *client, QWidget *parent = nullptr);

    /// Shows dataset `id`, fetching what it needs; the tab in view stays.
    void showDataset(const QString &id);
    /// Shows nothing.
    void clear();
    /// Fetches everything again (events may have been missed).
    void refresh();
    void applyEvent(const sluice::Event &event);

    QString datasetId() const { return m_datasetId; }
    /// The latest detail (GET /api/v1/datasets/{id}); empty until it arrived.
    QJsonObject detail() const { return m_detail; }
    /// Why the detail could not be fetched; empty after a success.
    QString errorText() const;

    QTabWidget *tabs() const { return m_tabs; }
    DatasetOverview *overview() const { return m_overview; }
    DatasetDataView *dataView() const { return m_data; }
    ChartsView *chartsView() const { return m_charts; }
    RejectedRowsView *rejectedRowsView() const { return m_rejected; }
    QPushButton *exportButton() const { return m_export; }

signals:
    void exportRequested(const QString &datasetId);
    void detailLoaded(const QJsonObject &detail);
    /// A partial profile from the events or the final one from the server was shown.
    void profileApplied(const QJsonObject &profile);

private:
    void fetchDetail();
    void applyDetail(const QJsonObject &detail);
    void fetchProfile();
    void applyProfile(const QJsonObject &profile);
    void showError(const QString &message);

    ApiClient *m_client;
    QString m_datasetId;
    QJsonObject m_detail;
    QLabel *m_title;
    QLabel *m_error;
    QPushButton *m_export;
    QTabWidget *m_tabs;
    DatasetOverview *m_overview;
    DatasetDataView *m_data;
    ChartsView *m_charts;
    RejectedRowsView *m_rejected;
};

} // namespace sluice
