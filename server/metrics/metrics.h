#pragma once

#include <atomic>
#include <tuple>

#include <QHash>
#include <QMap>
#include <QMutex>
#include <QObject>
#include <QStringList>

#include "core/events/event.h"

namespace sluice {

class EventBus;

/// The server's counters and gauges, rendered in the Prometheus text format at /metrics.
/// Any thread may count (atomics, and a mutex for the labelled series); nothing here blocks
/// for long. Owned by the ApiServer and passed by reference to whoever counts: there is no
/// global instance. Gauges that core work changes (tasks by state, rows imported) follow the
/// EventBus, because core cannot see the server.
/// Thread: created in the server thread; its event slot runs there.
class Metrics final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Metrics)
public:
    explicit Metrics(QObject *parent = nullptr);

    /// Follows task and dataset events: "tasks" events carrying {"id","state"} set a task's
    /// state ("task.removed"/"task.deleted" forget it); "dataset.ready" on "datasets" adds its
    /// "rows" to the rows imported.
    void listenTo(EventBus &bus);

    /// The route templates ("/api/v1/datasets/{id}") requests are counted under. A path that
    /// fits none is counted as "other", so probes for random paths cannot grow the label set.
    void setRouteTemplates(const QStringList &templates);
    QString routeOf(QStringView path) const;

    /// One answered request; the connection gate calls this for every answer it sees written
    /// (GateSocket). An unknown or empty `method` is counted as "OTHER".
    void countRequest(QByteArrayView method, QStringView path, int status);

    void addUploadBytes(qint64 bytes) { m_uploadBytes.fetch_add(bytes, std::memory_order_relaxed); }
    void uploadStarted() { m_activeUploads.fetch_add(1, std::memory_order_relaxed); }
    void uploadFinished() { m_activeUploads.fetch_sub(1, std::memory_order_relaxed); }
    void setWebSocketClients(int count) { m_webSocketClients.store(count, std::memory_order_relaxed); }
    void addRowsImported(qint64 rows) { m_rowsImported.fetch_add(rows, std::memory_order_relaxed); }
    void setTaskState(const QString &taskId, const QString &state);
    void removeTask(const QString &taskId);

    /// Everything, in the Prometheus text exposition format 0.0.4.
    QByteArray text() const;

private:
    void onEvent(const sluice::Event &event);

    std::atomic<qint64> m_uploadBytes { 0 };
    std::atomic<int> m_activeUploads { 0 };
    std::atomic<int> m_webSocketClients { 0 };
    std::atomic<qint64> m_rowsImported { 0 };

    mutable QMutex m_mutex; // guards the members below
    QList<QStringList> m_templates; // split on '/'
    QMap<std::tuple<QString, QString, int>, qint64> m_requests; // method, route, status -> count
    QHash<QString, QString> m_taskStates; // task id -> state
};

} // namespace sluice
