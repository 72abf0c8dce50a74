#include "core/tasks/taskinfo.h"

#include "core/enumnames.h"

namespace sluice {

namespace {

using L1 = QLatin1StringView;
constexpr EnumNames<TaskState, 5> kNames({ {
    { TaskState::Queued, L1("queued") },
    { TaskState::Running, L1("running") },
    { TaskState::Succeeded, L1("succeeded") },
    { TaskState::Failed, L1("failed") },
    { TaskState::Canceled, L1("canceled") },
} });

QJsonValue timeJson(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonValue countJson(qint64 count)
{
    return count >= 0 ? QJsonValue(count) : QJsonValue();
}

} // namespace

QString taskStateName(TaskState state)
{
    return kNames.name(state);
}

std::optional<TaskState> taskStateFromName(QStringView name)
{
    return kNames.fromName(name);
}

QJsonObject TaskInfo::toJson() const
{
    QJsonValue errorJson;
    if (error)
        errorJson = QJsonObject { { QStringLiteral("code"), errorCodeName(error->code) },
            { QStringLiteral("message"), error->message } };
    QJsonValue resultJson;
    if (hasResult())
        resultJson = QJsonObject { { QStringLiteral("name"), resultName }, { QStringLiteral("size"), resultSize },
            { QStringLiteral("sha256"), resultSha256 } };
    return QJsonObject {
        { QStringLiteral("id"), id },
        { QStringLiteral("type"), type },
        { QStringLiteral("state"), taskStateName(state) },
        { QStringLiteral("parameters"), parameters },
        { QStringLiteral("cancelRequested"), cancelRequested },
        { QStringLiteral("progress"), progress },
        { QStringLiteral("rows"),
            QJsonObject { { QStringLiteral("done"), rowsDone }, { QStringLiteral("total"), countJson(rowsTotal) } } },
        { QStringLiteral("bytes"),
            QJsonObject { { QStringLiteral("done"), bytesDone }, { QStringLiteral("total"), countJson(bytesTotal) } } },
        { QStringLiteral("rate"),
            QJsonObject { { QStringLiteral("rowsPerSecond"), rowsPerSecond },
                { QStringLiteral("bytesPerSecond"), bytesPerSecond } } },
        { QStringLiteral("etaSeconds"), etaSeconds >= 0 ? QJsonValue(etaSeconds) : QJsonValue() },
        { QStringLiteral("message"), message },
        { QStringLiteral("error"), errorJson },
        { QStringLiteral("attempts"), attempts },
        { QStringLiteral("result"), resultJson },
        { QStringLiteral("summary"), summary },
        { QStringLiteral("createdAt"), timeJson(createdAt) },
        { QStringLiteral("startedAt"), timeJson(startedAt) },
        { QStringLiteral("finishedAt"), timeJson(finishedAt) },
        { QStringLiteral("expiresAt"), timeJson(expiresAt) },
    };
}

} // namespace sluice
