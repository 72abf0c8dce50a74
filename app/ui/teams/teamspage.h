#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;

namespace sluice {

class ApiClient;
class EmptyState;
class EventSocket;
class LatestTeamsImport;
class TeamsImportReportView;
class TeamsTableModel;
class TusUploader;
class UploadQueue;

/// The Teams page: the teams reference table, sorted by clicking a header and searched with
/// the search box (both done by the server: GET /api/v1/teams?sort&order&search), "Import
/// Teams…" (the file is uploaded with kind=teams and imported by the server), and the latest
/// import's report. It follows the server live: "tasks" events show the import's progress
/// and, when it succeeds, refetch the table and the report; a resynchronization refetches all.
/// Thread: GUI. Owner: the main window. The client, event socket and upload queue must
/// outlive it.
class TeamsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamsPage)
public:
    TeamsPage(ApiClient *client, EventSocket *events, UploadQueue *uploads, QWidget *parent = nullptr);

    TeamsTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchBox() const { return m_search; }
    QPushButton *importButton() const { return m_import; }
    EmptyState *emptyState() const { return m_empty; }
    TeamsImportReportView *report() const { return m_report; }
    LatestTeamsImport *latestImport() const { return m_latest; }
    /// The status line: the upload of a file being imported, or the last error.
    QString statusText() const;
    /// The last error shown (a refused file, a failed upload or fetch); empty after a success.
    QString lastError() const { return m_lastError; }

    /// Fetches the teams and the latest import again.
    void refresh();
    /// Uploads each file as a teams file; the server imports it (the main window calls this
    /// for files dropped while the page is shown). Folders and missing files are refused.
    void importFiles(const QStringList &paths);
    /// Asks for teams files (a non-modal dialog), then imports them.
    void chooseFiles();

signals:
    /// The table was filled from the server (`count` teams match the search).
    void teamsLoaded(int count);

private:
    void fetchTeams();
    void followUpload(TusUploader *upload);
    /// Clears "importing…" once the report shows that import finished.
    void endStatusWhenReported();
    void showStatus(const QString &message);
    void showError(const QString &message);
    void updatePage();

    ApiClient *m_client;
    UploadQueue *m_uploads;
    TeamsTableModel *m_model;
    LatestTeamsImport *m_latest;
    QPushButton *m_import;
    QLineEdit *m_search;
    QStackedWidget *m_pages;
    EmptyState *m_empty;
    QTableView *m_view;
    TeamsImportReportView *m_report;
    QLabel *m_status;
    QTimer *m_searchDelay;
    quint64 m_fetchGeneration = 0; // answers to older fetches (sort or search changed since) are dropped
    bool m_hasTeams = false; // the server holds teams (known from the last fetch that could tell)
    bool m_listFailed = false; // the status shows a failed fetch of the list, which the next success clears
    QString m_importingUpload; // the upload whose import the status line announces; empty when none
    QString m_lastError;
};

} // namespace sluice
