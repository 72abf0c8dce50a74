#pragma once

#include <QPointer>
#include <QWidget>

#include "core/error.h"

class QLabel;
class QPushButton;

namespace sluice {

class ApiClient;
class FileDownload;
class PagedTableView;
class RejectedRowsModel;

/// The Errors tab of a dataset: how many rows the import rejected, a table of them (line,
/// column, reason, raw text) paged from the server, and "Save as CSV…", which saves the
/// server's CSV of all of them to a chosen file.
/// Thread: GUI. Owner: the DatasetPage; the ApiClient must outlive it.
class RejectedRowsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RejectedRowsView)
public:
    explicit RejectedRowsView(ApiClient *client, QWidget *parent = nullptr);

    /// Shows the rejected rows of dataset `id` (`count` of them as far as known); empty `id`: none.
    void setDataset(const QString &id, const QString &name, qint64 count);

    /// Asks where to save the CSV (a non-blocking file dialog), then saves it there.
    void chooseCsvFile();
    /// Saves every rejected row as CSV to `path`.
    void saveCsv(const QString &path);

    RejectedRowsModel *model() const { return m_model; }
    PagedTableView *view() const { return m_view; }
    QPushButton *saveButton() const { return m_save; }
    /// The line under the table: the last save's outcome; empty when none.
    QString statusText() const;

signals:
    void csvSaved(const QString &path);
    void csvSaveFailed(const QString &message);

private:
    void updateSummary();
    void showStatus(const QString &text);

    ApiClient *m_client;
    RejectedRowsModel *m_model;
    PagedTableView *m_view;
    QLabel *m_summary;
    QPushButton *m_save;
    QLabel *m_status;
    QString m_name;
    QPointer<FileDownload> m_download;
};

} // namespace sluice
