#include "app/ui/teams/latestteamsimport.h"

#include <QDateTime>
#include <QJsonArray>

#include "app/client/apiclient.h"

namespace sluice {

namespace {

const QString kTeamsImportType = QStringLiteral("teams-import");

QString idOf(const QJsonObject &task)
{
    return task.value(QStringLiteral("id")).toString();
}

QString stateOf(const QJsonObject &task)
{
    return task.value(QStringLiteral("state")).toString();
}

} // namespace

LatestTeamsImport::LatestTeamsImport(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

bool LatestTeamsImport::isNewer(const QJsonObject &candidate, const QJsonObject &current)
{
    if (current.isEmpty())
        return true;
    const QDateTime created
        = QDateTime::fromString(candidate.value(QStringLiteral("createdAt")).toString(), Qt::ISODateWithMs);
    const QDateTime currentCreated
        = QDateTime::fromString(current.value(QStringLiteral("createdAt")).toString(), Qt::ISODateWithMs);
    // Two imports created in the same millisecond: the id decides, so every client agrees.
    return created > currentCreated || (created == currentCreated && idOf(candidate) > idOf(current));
}

void LatestTeamsImport::refresh()
{
    if (!m_client->hasServer())
        return;
    m_client->getJson(
        QStringLiteral("/api/v1/tasks?type=") + kTeamsImportType, this, [this](const Result<QJsonObject> &result) {
            if (!result) {
                emit refreshFailed(result.error());
                return;
            }
            QJsonObject newest;
            const QJsonArray tasks = result->value(QStringLiteral("tasks")).toArray();
            for (const QJsonValue &task : tasks) {
                if (isNewer(task.toObject(), newest))
                    newest = task.toObject();
            }
            if (newest.isEmpty()) {
                // None (left): the one shown was removed while we were away.
                if (!m_task.isEmpty()) {
                    m_task = QJsonObject();
                    emit changed(m_task);
                }
                return;
            }
            adopt(newest, false);
        });
}

void LatestTeamsImport::applyEvent(const Event &event)
{
    if (event.topic != u"tasks")
        return;
    if (event.type == u"task.removed") {
        if (!m_task.isEmpty() && idOf(event.data) == idOf(m_task))
            refresh(); // the one before it becomes the latest
        return;
    }
    if ((event.type != u"task.state" && event.type != u"task.progress")
        || event.data.value(QStringLiteral("type")).toString() != kTeamsImportType)
        return;
    if (idOf(event.data) == idOf(m_task) || isNewer(event.data, m_task))
        adopt(event.data, true);
}

void LatestTeamsImport::adopt(const QJsonObject &task, bool fromEvent)
{
    const bool sameTask = idOf(task) == idOf(m_task);
    const bool wasSucceeded = sameTask && stateOf(m_task) == u"succeeded";
    m_task = task;
    emit changed(m_task);
    // A fetched list that shows another, finished import comes with a fetch of the teams
    // anyway (refresh after a reconnect); news is what an event or a known task tells.
    if (stateOf(m_task) == u"succeeded" && !wasSucceeded && (fromEvent || sameTask))
        emit succeeded(m_task);
}

} // namespace sluice
