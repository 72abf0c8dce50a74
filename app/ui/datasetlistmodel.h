#pragma once

#include <QAbstractListModel>
#include <QList>

#include "core/error.h"
#include "core/events/event.h"

namespace sluice {

class ApiClient;

/// The datasets on the server, for the sidebar: fetched with GET /api/v1/datasets, kept
/// current by "datasets" events (progress in place, a refetch when one appears, is ready or
/// fails) and refetched whenever asked (after a reconnect, a rename or a delete).
/// Thread: GUI. Owner: the DatasetsPanel; the ApiClient must outlive it.
class DatasetListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatasetListModel)
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        NameRole,
        StateRole,     // "importing", "ready", "failed", "canceled"
        FractionRole,  // 0..1 while importing
        RowsRole,
        ErrorRole,
        BadgeRole,     // the state as shown: "importing 43%", "ready", "failed"
    };

    explicit DatasetListModel(ApiClient *client, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    int rowOf(const QString &id) const;
    QString nameOf(const QString &id) const;

    /// Fetches the list again; a call while one is in flight fetches once more after it.
    void refresh();
    void applyEvent(const Event &event);

signals:
    void refreshed();
    void refreshFailed(const sluice::Error &error);

private:
    struct Entry
    {
        QString id;
        QString name;
        QString state;
        double fraction = 0;
        qint64 rows = 0;
        QString error;
    };

    static Entry entryFrom(const QJsonObject &json);
    QString badge(const Entry &entry) const;
    void setEntries(QList<Entry> entries);

    ApiClient *m_client;
    QList<Entry> m_entries;
    bool m_fetching = false;
    bool m_fetchAgain = false;
};

} // namespace sluice
