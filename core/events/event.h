#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace sluice {

/// Something that happened, for whoever listens: the WebSocket hub pushes it to clients
/// subscribed to its topic. Topics: "uploads", "tasks", "datasets", "dataset:<id>", "teams".
/// Types: "upload.progress", "task.state", "dataset.profile", ... (DESIGN.md, Events).
struct Event
{
    QString topic;
    QString type;
    QJsonObject data;
};

} // namespace sluice

Q_DECLARE_METATYPE(sluice::Event)
