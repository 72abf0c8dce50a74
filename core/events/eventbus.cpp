#include "core/events/eventbus.h"

namespace sluice {

EventBus::EventBus(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<sluice::Event>();
}

void EventBus::publish(const QString &topic, const QString &type, const QJsonObject &data)
{
    emit published(Event { topic, type, data });
}

} // namespace sluice
