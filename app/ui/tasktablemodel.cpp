#include "app/ui/tasktablemodel.h"

#include <algorithm>
#include <cmath>

#include <QDateTime>
#include <QJsonDocument>
#include <QLocale>

namespace sluice {

namespace {

QString idOf(const QJsonObject &task)
{
    return task.value(QStringLiteral("id")).toString();
}

QString stateOf(const QJsonObject &task)
{
    return task.value(QStringLiteral("state")).toString();
}

bool isUnfinished(const QJsonObject &task)
{
    const QString state = stateOf(task);
    return state == u"queued" || state == u"running";
}

QDateTime timeOf(const QJsonObject &task, const QString &key)
{
    return QDateTime::fromString(task.value(key).toString(), Qt::ISODateWithMs);
}

} // namespace

TaskTableModel::TaskTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int TaskTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tasks.size());
}

int TaskTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TaskTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TypeColumn:
        return tr("Type");
    case DatasetColumn:
        return tr("Dataset");
    case StateColumn:
        return tr("State");
    case ProgressColumn:
        return tr("Progress");
    case ElapsedColumn:
        return tr("Elapsed");
    case EtaColumn:
        return tr("Time Left");
    case MessageColumn:
        return tr("Message");
    case AttemptsColumn:
        return tr("Attempts");
    case ErrorColumn:
        return tr("Error");
    case ResultColumn:
        return tr("Result");
    case ExpiresColumn:
        return tr("Expires");
    default:
        return {};
    }
}

QVariant TaskTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_tasks.size())
        return {};
    const QJsonObject &task = m_tasks.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(task, index.column());
    case Qt::ToolTipRole: {
        // The parameters say what the task does (columns, filters, format): one hover away.
        const QByteArray parameters
            = QJsonDocument(task.value(QStringLiteral("parameters")).toObject()).toJson(QJsonDocument::Indented);
        QString tip = tr("Parameters:\n%1").arg(QString::fromUtf8(parameters).trimmed());
        if (index.column() == ErrorColumn || index.column() == MessageColumn) {
            const QString text = display(task, index.column()).toString();
            if (!text.isEmpty())
                tip = text + QStringLiteral("\n\n") + tip;
        }
        return tip;
    }
    case Qt::TextAlignmentRole:
        if (index.column() == AttemptsColumn || index.column() == ResultColumn || index.column() == ElapsedColumn
            || index.column() == EtaColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole:
        return idOf(task);
    case StateRole:
        return stateOf(task);
    case ProgressRole: {
        const QJsonValue progress = task.value(QStringLiteral("progress"));
        if (stateOf(task) == u"succeeded")
            return 100;
        return progress.isDouble() ? int(std::lround(progress.toDouble() * 100)) : -1;
    }
    case TaskRole:
        return task;
    default:
        return {};
    }
}

QVariant TaskTableModel::display(const QJsonObject &task, int column) const
{
    const QString state = stateOf(task);
    switch (column) {
    case TypeColumn: {
        const QString type = task.value(QStringLiteral("type")).toString();
        if (type == u"export")
            return tr("Export");
        if (type == u"import")
            return tr("Import");
        if (type == u"teams-import")
            return tr("Teams import");
        return type;
    }
    case DatasetColumn:
        return datasetName(task);
    case StateColumn: {
        if (state == u"queued")
            return tr("queued");
        if (state == u"running")
            return task.value(QStringLiteral("cancelRequested")).toBool() ? tr("canceling") : tr("running");
        if (state == u"succeeded")
            return tr("succeeded");
        if (state == u"failed")
            return tr("failed");
        if (state == u"canceled")
            return tr("canceled");
        return state;
    }
    case ProgressColumn: {
        const QVariant percent = data(index(rowOf(idOf(task)), ProgressColumn), ProgressRole);
        return percent.toInt() < 0 ? QString() : tr("%1%").arg(percent.toInt());
    }
    case ElapsedColumn: {
        const QDateTime started = timeOf(task, QStringLiteral("startedAt"));
        if (!started.isValid())
            return QString();
        const QDateTime finished = timeOf(task, QStringLiteral("finishedAt"));
        const QDateTime end = finished.isValid() ? finished : QDateTime::currentDateTimeUtc();
        return formatDuration(std::max<qint64>(0, started.secsTo(end)));
    }
    case EtaColumn: {
        const double eta = task.value(QStringLiteral("etaSeconds")).toDouble(-1);
        return state == u"running" && eta >= 0 ? formatDuration(qint64(std::ceil(eta))) : QString();
    }
    case MessageColumn:
        return task.value(QStringLiteral("message")).toString();
    case AttemptsColumn:
        return task.value(QStringLiteral("attempts")).toInt();
    case ErrorColumn:
        return task.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
    case ResultColumn: {
        const QJsonObject result = task.value(QStringLiteral("result")).toObject();
        return result.isEmpty() ? QString() : formatBytes(qint64(result.value(QStringLiteral("size")).toDouble()));
    }
    case ExpiresColumn: {
        const QDateTime expires = timeOf(task, QStringLiteral("expiresAt"));
        return expires.isValid() ? QLocale().toString(expires.toLocalTime(), QLocale::ShortFormat) : QString();
    }
    default:
        return {};
    }
}

QString TaskTableModel::datasetName(const QJsonObject &task) const
{
    const QJsonObject parameters = task.value(QStringLiteral("parameters")).toObject();
    const QJsonObject summary = task.value(QStringLiteral("summary")).toObject();
    QString id = parameters.value(QStringLiteral("datasetId")).toString();
    if (id.isEmpty())
        id = summary.value(QStringLiteral("dataset")).toObject().value(QStringLiteral("id")).toString();
    if (!id.isEmpty() && m_datasetNames.contains(id))
        return m_datasetNames.value(id);
    // Not (or no longer) in the datasets list: the name the task was given.
    for (const QString &key : { QStringLiteral("name"), QStringLiteral("datasetName") }) {
        const QString name = parameters.value(key).toString();
        if (!name.isEmpty())
            return name;
    }
    const QString summaryName = summary.value(QStringLiteral("dataset")).toObject().value(QStringLiteral("name")).toString();
    return summaryName.isEmpty() ? id : summaryName;
}

int TaskTableModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_tasks.size(); ++row) {
        if (idOf(m_tasks.at(row)) == id)
            return row;
    }
    return -1;
}

QJsonObject TaskTableModel::task(int row) const
{
    return row >= 0 && row < m_tasks.size() ? m_tasks.at(row) : QJsonObject();
}

QJsonObject TaskTableModel::taskById(const QString &id) const
{
    return task(rowOf(id));
}

void TaskTableModel::setTasks(const QJsonArray &tasks)
{
    QList<QJsonObject> list;
    for (const QJsonValue &task : tasks) {
        if (!idOf(task.toObject()).isEmpty())
            list.append(task.toObject());
    }
    // Newest first: what the user just started is at the top.
    std::stable_sort(list.begin(), list.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(QStringLiteral("createdAt")).toString() > b.value(QStringLiteral("createdAt")).toString();
    });
    beginResetModel();
    m_tasks = std::move(list);
    endResetModel();
}

void TaskTableModel::applyTask(const QJsonObject &task)
{
    const QString id = idOf(task);
    if (id.isEmpty())
        return;
    const int row = rowOf(id);
    if (row >= 0) {
        m_tasks[row] = task;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    beginInsertRows(QModelIndex(), 0, 0);
    m_tasks.prepend(task);
    endInsertRows();
}

void TaskTableModel::removeTask(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows(QModelIndex(), row, row);
    m_tasks.removeAt(row);
    endRemoveRows();
}

void TaskTableModel::applyEvent(const Event &event)
{
    if (event.topic != u"tasks")
        return;
    if (event.type == u"task.removed" || event.type == u"task.deleted")
        removeTask(idOf(event.data));
    else if (event.type.startsWith(QStringLiteral("task.")) && event.data.contains(QStringLiteral("state")))
        applyTask(event.data);
}

void TaskTableModel::setDatasetNames(const QHash<QString, QString> &names)
{
    m_datasetNames = names;
    if (!m_tasks.isEmpty())
        emit dataChanged(index(0, DatasetColumn), index(int(m_tasks.size()) - 1, DatasetColumn));
}

void TaskTableModel::refreshTimes()
{
    for (int row = 0; row < m_tasks.size(); ++row) {
        if (isUnfinished(m_tasks.at(row)))
            emit dataChanged(index(row, ElapsedColumn), index(row, EtaColumn), { Qt::DisplayRole });
    }
}

QString TaskTableModel::formatBytes(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

QString TaskTableModel::formatDuration(qint64 seconds)
{
    const qint64 hours = seconds / 3600;
    const qint64 minutes = (seconds / 60) % 60;
    const qint64 rest = seconds % 60;
    if (hours > 0)
        return QStringLiteral("%1:%2:%3").arg(hours).arg(minutes, 2, 10, QLatin1Char('0')).arg(rest, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(minutes).arg(rest, 2, 10, QLatin1Char('0'));
}

} // namespace sluice
