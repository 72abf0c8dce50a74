#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringView>

namespace sluice {

/// The topics a WebSocket client may subscribe to: "uploads", "tasks", "datasets", "teams",
/// and "dataset:<id>" where <id> has the shape of a dataset id (core/randomid.h).
bool isValidEventTopic(QStringView topic);

/// Progress-like event types ("*.progress", "dataset.profile") are coalesced: only the latest
/// per topic+type+id matters to a client, so intermediate ones may be skipped.
bool isCoalescedEventType(QStringView type);

/// What a coalesced event is keyed by besides topic and type: the id of the thing it is about.
QString eventSubjectId(const QJsonObject &data);

} // namespace sluice
