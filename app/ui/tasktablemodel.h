#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

#include "core/events/event.h"

namespace sluice {

/// The server's tasks (exports, imports, teams imports) as rows, newest first: replaced by a
/// fetched list, kept current by "tasks" events (task.state, task.progress, task.removed,
/// whose data is the task JSON). Dataset names come from setDatasetNames() or the task itself.
/// Thread: GUI. Owner: the TasksPanel.
class TaskTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskTableModel)
public:
    enum Column {
        TypeColumn,
        DatasetColumn,
        StateColumn,
        ProgressColumn,
        ElapsedColumn,
        EtaColumn,
        MessageColumn,
        AttemptsColumn,
        ErrorColumn,
        ResultColumn,
        ExpiresColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1,
        StateRole,     // "queued", "running", "succeeded", "failed", "canceled"
        ProgressRole,  // 0..100 for the ProgressBarDelegate; -1 when not known
        TaskRole,      // the whole task JSON
    };

    explicit TaskTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The row of task `id`; -1 when not listed.
    int rowOf(const QString &id) const;
    QJsonObject task(int row) const;
    QJsonObject taskById(const QString &id) const;

    /// Replaces every row with `tasks` (GET /api/v1/tasks' "tasks").
    void setTasks(const QJsonArray &tasks);
    /// Inserts or updates one task.
    void applyTask(const QJsonObject &task);
    void removeTask(const QString &id);
    void applyEvent(const Event &event);
    void setDatasetNames(const QHash<QString, QString> &names);
    /// Repaints the time columns of unfinished tasks (their elapsed time grows).
    void refreshTimes();

    /// "12.3 MB" style sizes and "1:02:03" style durations, as the table shows them.
    static QString formatBytes(qint64 bytes);
    static QString formatDuration(qint64 seconds);

private:
    QString datasetName(const QJsonObject &task) const;
    QVariant display(const QJsonObject &task, int column) const;

    QList<QJsonObject> m_tasks;
    QHash<QString, QString> m_datasetNames;
};

} // namespace sluice
