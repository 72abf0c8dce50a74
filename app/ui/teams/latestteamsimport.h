#pragma once

#include <QJsonObject>
#include <QObject>

#include "core/error.h"
#include "core/events/event.h"

namespace sluice {

class ApiClient;

/// Follows the newest teams import on the server: the teams-import task created last, fetched
/// with GET /api/v1/tasks?type=teams-import and kept current by "tasks" events (task.state and
/// task.progress carry the task JSON; a newer teams import takes over as it appears).
/// Thread: GUI. Owner: the TeamsPage; the ApiClient must outlive it.
class LatestTeamsImport final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LatestTeamsImport)
public:
    explicit LatestTeamsImport(ApiClient *client, QObject *parent = nullptr);

    /// The task JSON (see TaskInfo::toJson); empty while there has been no teams import.
    QJsonObject task() const { return m_task; }

    /// Fetches the teams imports again and takes the newest.
    void refresh();
    void applyEvent(const Event &event);

    /// Whether `candidate` was created after `current` (any task is newer than none).
    static bool isNewer(const QJsonObject &candidate, const QJsonObject &current);

signals:
    /// The latest import, or its state or progress, changed; `task` is empty when there is none.
    void changed(const QJsonObject &task);
    /// The latest import has just succeeded: the teams table changed.
    void succeeded(const QJsonObject &task);
    void refreshFailed(const sluice::Error &error);

private:
    void adopt(const QJsonObject &task, bool fromEvent);

    ApiClient *m_client;
    QJsonObject m_task;
};

} // namespace sluice
