#pragma once

#include <QWidget>

#include "core/error.h"

class QLabel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QStackedWidget;

namespace sluice {

class ApiClient;
class DatasetListModel;
class EmptyState;
class EventSocket;

/// The Datasets sidebar: what to do when there are none, else a searchable list with each
/// dataset's state and rows, and a context menu to rename or delete one.
/// Thread: GUI. Owner: its dock. The client and event socket must outlive it.
class DatasetsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatasetsPanel)
public:
    DatasetsPanel(ApiClient *client, EventSocket *events, QWidget *parent = nullptr);

    DatasetListModel *model() const { return m_model; }
    QListView *view() const { return m_view; }
    QLineEdit *searchBox() const { return m_search; }
    /// The id of the selected dataset; empty when none.
    QString currentDatasetId() const;
    /// The last rename, delete or fetch error shown; empty after a success.
    QString lastError() const { return m_lastError; }

    /// Selects `id` (clearing a search that hides it); false when it is not listed.
    bool selectDataset(const QString &id);

    /// Asks for the new name in a dialog, then renames.
    void requestRename(const QString &id);
    /// Asks for confirmation in a dialog, then deletes when confirmed.
    void requestDelete(const QString &id);
    /// PATCHes the name; the list is refetched, or the error shown.
    void renameDataset(const QString &id, const QString &name);
    /// DELETEs the dataset when `confirmed` (the answer of requestDelete's dialog); a 409
    /// (still importing) shows the server's message.
    void deleteDataset(const QString &id, bool confirmed);

signals:
    void currentDatasetChanged(const QString &id);

private:
    void showContextMenu(const QPoint &position);
    void showError(const QString &message);
    void updatePage();
    /// After the list was fetched again: the dataset that was current is current again (the
    /// reset forgets it), or, if it is gone, the panel says there is none.
    void restoreCurrent();

    ApiClient *m_client;
    DatasetListModel *m_model;
    QSortFilterProxyModel *m_filter;
    QStackedWidget *m_pages;
    EmptyState *m_empty;
    QLineEdit *m_search;
    QListView *m_view;
    QLabel *m_error;
    QString m_lastError;
    QString m_currentBeforeReset;
    bool m_restoring = false;  // currentChanged while the list is refetched is not the user's choice
};

} // namespace sluice
