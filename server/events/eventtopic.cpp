#include "server/events/eventtopic.h"

#include <QJsonObject>
#include <QJsonValue>

#include "core/randomid.h"

namespace sluice {

bool isValidEventTopic(QStringView topic)
{
    static constexpr QStringView kDatasetPrefix = u"dataset:";
    if (topic == u"uploads" || topic == u"tasks" || topic == u"datasets" || topic == u"teams")
        return true;
    return topic.startsWith(kDatasetPrefix) && isWellFormedId(topic.sliced(kDatasetPrefix.size()));
}

bool isCoalescedEventType(QStringView type)
{
    return type.endsWith(u".progress") || type == u"dataset.profile";
}

QString eventSubjectId(const QJsonObject &data)
{
    // Core publishers put the subject under "id"; the longer names are accepted so a
    // publisher that uses them still gets one coalescing slot per subject, not one for all.
    for (const QString &key :
        { QStringLiteral("id"), QStringLiteral("taskId"), QStringLiteral("uploadId"), QStringLiteral("datasetId") }) {
        const QJsonValue value = data.value(key);
        if (value.isString())
            return value.toString();
        if (value.isDouble())
            return QString::number(value.toInteger());
    }
    return {};
}

} // namespace sluice
