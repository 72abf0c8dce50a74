#pragma once

#include <QWidget>

class QPushButton;
class QStackedWidget;
class QTableView;

namespace sluice {

class ApiClient;
class EmptyState;
class EventSocket;
class UploadQueue;
class UploadTableModel;

/// The Uploads dock's content: what to do when there are no uploads, else a table of them
/// (name, size, progress, speed, time left, state, then the import that follows) with
/// Pause / Resume / Cancel / Retry on the selection, Pause all / Resume all and Clear finished.
/// Thread: GUI. Owner: its dock. The queue, client and event socket must outlive it.
class UploadsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UploadsPanel)
public:
    UploadsPanel(UploadQueue *queue, ApiClient *client, EventSocket *events, QWidget *parent = nullptr);

    UploadTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

    void pauseSelected();
    void resumeSelected();
    void cancelSelected();
    void retrySelected();
    void pauseAll();
    void resumeAll();
    void clearFinished();

signals:
    /// A ready row was double-clicked: show its dataset.
    void datasetActivated(const QString &datasetId);

private:
    QList<int> selectedRows() const;
    void forEachSelected(void (UploadQueue::*action)(const QString &));
    void updateButtons();
    void updatePage();
    void fetchImports();
    void activateRow(const QModelIndex &index);

    UploadQueue *m_queue;
    ApiClient *m_client;
    UploadTableModel *m_model;
    QStackedWidget *m_pages;
    EmptyState *m_empty;
    QTableView *m_view;
    QPushButton *m_pause;
    QPushButton *m_resume;
    QPushButton *m_cancel;
    QPushButton *m_retry;
    QPushButton *m_clear;
};

} // namespace sluice
