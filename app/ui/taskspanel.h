#pragma once

#include <QSet>
#include <QString>
#include <QWidget>

#include "core/error.h"

class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;

namespace sluice {

class ApiClient;
class EmptyState;
class EventSocket;
class ResultDownloader;
class TaskTableModel;

/// The Tasks dock's content: what tasks are when there are none, else a table of the server's
/// tasks (exports, imports, teams imports) with Cancel, Download, Remove and Show in Folder.
/// The server is the truth: the list is fetched at start and on every resynchronization, and
/// kept current by "tasks" events. A download streams to a partial file next to the target,
/// resumes with a Range request after an interruption, and is renamed when complete.
/// Thread: GUI. Owner: its dock. The client and event socket must outlive it.
class TasksPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TasksPanel)
public:
    TasksPanel(ApiClient *client, EventSocket *events, QWidget *parent = nullptr);

    TaskTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    /// The current download; null before the first.
    ResultDownloader *downloader() const { return m_downloader; }
    /// The last error shown (cancel, remove, fetch, download); empty after a success.
    QString lastError() const { return m_lastError; }
    /// The id of the selected task; empty when none.
    QString selectedTaskId() const;
    /// Selects the row of `id`; false when it is not listed.
    bool selectTask(const QString &id);

    /// Fetches the task list (and the dataset names) again.
    void refresh();
    void cancelSelected();
    void removeSelected();
    /// Asks where to save the selected task's result (a non-modal dialog), then downloads.
    void requestDownload();
    void cancelTask(const QString &id);
    void removeTask(const QString &id);
    /// Downloads task `id`'s result to `targetPath` (via `targetPath`.part).
    void downloadTo(const QString &id, const QString &targetPath);
    /// Continues an interrupted download from the bytes already written.
    void resumeDownload();
    /// Opens the folder of the last completed download in the desktop's file manager.
    void showInFolder();

signals:
    void downloadFinished(const QString &path);
    void downloadInterrupted(const QString &message);

private:
    void fetchTasks();
    void fetchDatasets();
    void showError(const QString &message);
    void updateButtons();
    void updatePage();

    ApiClient *m_client;
    TaskTableModel *m_model;
    QStackedWidget *m_pages;
    EmptyState *m_empty;
    QTableView *m_view;
    QPushButton *m_cancel;
    QPushButton *m_download;
    QPushButton *m_remove;
    QPushButton *m_resume;
    QPushButton *m_showInFolder;
    QProgressBar *m_downloadBar;
    QLabel *m_status;
    QTimer *m_clock;
    ResultDownloader *m_downloader = nullptr;
    QString m_lastError;
    QString m_downloadedPath;
    QSet<QString> m_knownDatasets; // ids the datasets list had when last fetched
    bool m_fetchingTasks = false;
    bool m_fetchTasksAgain = false; // a fetch or a task event came while the list was on its way
};

} // namespace sluice
