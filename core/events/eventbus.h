#pragma once

#include <QObject>

#include "core/events/event.h"

namespace sluice {

/// Where core work (imports, tasks, uploads) announces events without knowing who listens.
/// publish() may be called from any thread; listeners connect to published(), which Qt
/// delivers queued to listeners in other threads, so publishing never waits on a listener.
/// Coalescing and sequence numbers are the listener's business (the hub knows its clients).
/// Thread: created in the server thread; publish() is thread-safe.
class EventBus final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventBus)
public:
    explicit EventBus(QObject *parent = nullptr);

    void publish(const QString &topic, const QString &type, const QJsonObject &data);

signals:
    void published(const sluice::Event &event);
};

} // namespace sluice
