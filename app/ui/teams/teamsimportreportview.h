#pragma once

#include <QHash>
#include <QJsonObject>
#include <QWidget>

#include "core/error.h"

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace sluice {

class ApiClient;
class TeamRejectionsModel;
class FileDownload;

/// The report of one teams import (a teams-import task): the file and its state, and once it
/// succeeded the counts (accepted = new + updated; rejected) and the rejected rows with line
/// and reason, fetched from GET /api/v1/teams/imports/{id}/errors. "Save Rejects as CSV…"
/// saves every rejected row in the server's CSV form.
/// Thread: GUI. Owner: the TeamsPage. The client must outlive it.
class TeamsImportReportView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamsImportReportView)
public:
    /// The table lists this many rejected rows; the CSV has them all.
    static constexpr int kListedRejections = 1000;

    explicit TeamsImportReportView(ApiClient *client, QWidget *parent = nullptr);

    /// Shows `task` (see TaskInfo::toJson), fetching its rejected rows when it succeeded with
    /// some; an empty object shows that there has been no import.
    void showImport(const QJsonObject &task);

    /// The id the shown import keys its rejected rows by; empty when none is shown.
    QString importId() const { return m_importId; }
    TeamRejectionsModel *rejectionsModel() const { return m_rejections; }
    QTableView *rejectionsView() const { return m_view; }
    QPushButton *saveButton() const { return m_save; }
    /// The last fetch or save error shown; empty after a success.
    QString lastError() const { return m_lastError; }

    /// Asks where to save the rejected rows (a non-modal dialog), then saves them.
    void requestSaveRejects();
    /// Saves every rejected row of the shown import to `path` as CSV.
    void saveRejectsTo(const QString &path);

signals:
    /// The rejected rows of the shown import are listed (`total` of them on the server).
    void rejectionsLoaded(qint64 total);
    void rejectsSaved(const QString &path);
    void rejectsSaveFailed(const QString &message);

private:
    void showState(const QJsonObject &task);
    void showCounts(const QJsonObject &summary);
    void fetchRejections();
    void fetchSourceName();
    void showTitle();
    void showError(const QString &message);

    ApiClient *m_client;
    TeamRejectionsModel *m_rejections;
    QLabel *m_title;
    QLabel *m_state;
    QProgressBar *m_busy;
    QWidget *m_counts;
    QLabel *m_accepted;
    QLabel *m_inserted;
    QLabel *m_updated;
    QLabel *m_rejected;
    QLabel *m_ignoredColumns;
    QWidget *m_rejectionsArea;
    QTableView *m_view;
    QLabel *m_listed;
    QPushButton *m_save;
    QLabel *m_saveStatus;
    FileDownload *m_download = nullptr;

    QString m_importId;
    QString m_loadedKey; // import id and finish time whose rejected rows are listed (or being fetched)
    qint64 m_rejectedTotal = 0;
    QHash<QString, QString> m_sourceNames; // import (upload) id -> the file name it was uploaded under
    QString m_lastError;
};

} // namespace sluice
