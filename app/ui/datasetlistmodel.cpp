#include "app/ui/datasetlistmodel.h"

#include <QJsonArray>
#include <QLocale>

#include "app/client/apiclient.h"

namespace sluice {

DatasetListModel::DatasetListModel(ApiClient *client, QObject *parent)
    : QAbstractListModel(parent)
    , m_client(client)
{
}

int DatasetListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int DatasetListModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).id == id)
            return row;
    }
    return -1;
}

QString DatasetListModel::nameOf(const QString &id) const
{
    const int row = rowOf(id);
    return row < 0 ? QString() : m_entries.at(row).name;
}

QString DatasetListModel::badge(const Entry &entry) const
{
    if (entry.state == u"importing")
        return tr("importing %1%").arg(qBound(0, int(entry.fraction * 100), 100));
    if (entry.state == u"ready")
        return tr("ready");
    if (entry.state == u"failed")
        return tr("failed");
    if (entry.state == u"canceled")
        return tr("canceled");
    return entry.state;
}

QVariant DatasetListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const Entry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole: return entry.name;
    case IdRole: return entry.id;
    case StateRole: return entry.state;
    case FractionRole: return entry.fraction;
    case RowsRole: return entry.rows;
    case ErrorRole: return entry.error;
    case BadgeRole: return badge(entry);
    case Qt::ToolTipRole:
        return entry.error.isEmpty()
            ? tr("%1: %2, %3 rows").arg(entry.name, badge(entry), QLocale().toString(entry.rows))
            : tr("%1: %2").arg(entry.name, entry.error);
    default: return {};
    }
}

DatasetListModel::Entry DatasetListModel::entryFrom(const QJsonObject &json)
{
    Entry entry;
    entry.id = json.value(QStringLiteral("id")).toString();
    entry.name = json.value(QStringLiteral("name")).toString();
    entry.state = json.value(QStringLiteral("state")).toString();
    entry.rows = json.value(QStringLiteral("rows")).toInteger();
    entry.error = json.value(QStringLiteral("error")).toString();
    entry.fraction = entry.state == u"ready" ? 1.0 : 0.0;
    return entry;
}

void DatasetListModel::refresh()
{
    if (!m_client->hasServer())
        return;
    if (m_fetching) {
        m_fetchAgain = true;
        return;
    }
    m_fetching = true;
    m_client->getJson(QStringLiteral("/api/v1/datasets"), this, [this](const Result<QJsonObject> &result) {
        m_fetching = false;
        if (result) {
            QList<Entry> entries;
            const QJsonArray list = result->value(QStringLiteral("datasets")).toArray();
            for (const QJsonValue &value : list)
                entries.append(entryFrom(value.toObject()));
            setEntries(std::move(entries));
        }
        if (m_fetchAgain) {
            m_fetchAgain = false;
            refresh();
            return;
        }
        if (result)
            emit refreshed();
        else
            emit refreshFailed(result.error());
    });
}

void DatasetListModel::setEntries(QList<Entry> entries)
{
    // Keep the progress of imports still running: the list has no fraction, the events do.
    for (Entry &entry : entries) {
        const int row = rowOf(entry.id);
        if (row >= 0 && entry.state == u"importing")
            entry.fraction = m_entries.at(row).fraction;
    }
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

void DatasetListModel::applyEvent(const Event &event)
{
    if (event.topic == u"tasks") {
        // A failed import says so only on its task: the dataset's state changed with it.
        const QString state = event.data.value(QStringLiteral("state")).toString();
        if (event.type == u"task.state" && event.data.value(QStringLiteral("type")).toString() == u"import"
            && (state == u"failed" || state == u"canceled"))
            refresh();
        return;
    }
    if (event.topic != u"datasets")
        return;
    const QString id = event.data.value(QStringLiteral("id")).toString();
    const int row = rowOf(id);
    if (event.type == u"dataset.progress" && row >= 0) {
        Entry &entry = m_entries[row];
        entry.fraction = event.data.value(QStringLiteral("fraction")).toDouble();
        entry.rows = event.data.value(QStringLiteral("rows")).toInteger();
        emit dataChanged(index(row), index(row));
        return;
    }
    if (event.type == u"dataset.ready" && row >= 0) {
        Entry &entry = m_entries[row];
        entry = entryFrom(event.data);
        emit dataChanged(index(row), index(row));
        // A list asked for before this event may still be on its way, saying "importing": it
        // would undo this row when it comes, so the list is fetched once more after it.
        m_fetchAgain = m_fetchAgain || m_fetching;
        return;
    }
    refresh();  // a dataset we do not list yet, or a change the event does not describe
}

} // namespace sluice
