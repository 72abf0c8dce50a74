#pragma once

#include <optional>

#include <QDateTime>
#include <QJsonObject>
#include <QLatin1StringView>
#include <QMetaType>
#include <QString>

#include "core/error.h"

namespace sluice {

/// Where a task is in its life. Queued -> Running -> one of the three finished states; a
/// queued task can also go straight to Canceled, and a running one back to Queued when the
/// program stops under it (recovery).
enum class TaskState { Queued, Running, Succeeded, Failed, Canceled };

/// "queued", "running", "succeeded", "failed", "canceled": as in the catalog and JSON.
QString taskStateName(TaskState state);
std::optional<TaskState> taskStateFromName(QStringView name);
/// Succeeded, Failed or Canceled: nothing will change any more but removal.
constexpr bool isFinished(TaskState state)
{
    return state == TaskState::Succeeded || state == TaskState::Failed || state == TaskState::Canceled;
}

/// The task types Sluice registers runners for. The engine itself treats a type as an
/// opaque name: it only looks up the runner registered under it.
inline constexpr QLatin1StringView kImportTaskType("import");
inline constexpr QLatin1StringView kExportTaskType("export");
inline constexpr QLatin1StringView kTeamsImportTaskType("teams-import");

/// A task as the catalog keeps it, merged with its live progress while it runs. Plain data,
/// copied across threads in queued signals.
struct TaskInfo
{
    QString id; // random, URL-safe (makeRandomId)
    QString type; // the name its runner is registered under
    QJsonObject parameters; // as the runner's validate() normalised them
    TaskState state = TaskState::Queued;
    bool cancelRequested = false; // cancel() was called while it ran; it ends Canceled soon

    double progress = 0; // 0..1
    qint64 rowsDone = 0;
    qint64 rowsTotal = -1; // -1: unknown
    qint64 bytesDone = 0;
    qint64 bytesTotal = -1; // -1: unknown
    double rowsPerSecond = 0; // live only (not stored): the average since the task started
    double bytesPerSecond = 0;
    double etaSeconds = -1; // live only; -1: unknown
    QString message; // for people: "Exported 1,234 rows."

    std::optional<Error> error; // set when Failed
    int attempts = 0; // starts so far, including the one running now

    QString resultPath; // absolute path of the result file; empty when none. Never sent to clients
    QString resultName; // the name to offer it under for download
    qint64 resultSize = -1;
    QString resultSha256; // lowercase hex
    QJsonObject summary; // type-specific figures of a finished task

    QDateTime createdAt; // UTC
    QDateTime startedAt; // of the latest attempt
    QDateTime finishedAt;
    QDateTime expiresAt; // when retention removes a finished task and its result

    bool isFinished() const { return sluice::isFinished(state); }
    bool hasResult() const { return !resultPath.isEmpty(); }

    /// The task for API clients and the GUI (the result's path on disk is left out):
    ///   {"id","type","state","parameters":{...},"cancelRequested":false,
    ///    "progress":0.42,"rows":{"done":420,"total":1000},"bytes":{"done":0,"total":null},
    ///    "rate":{"rowsPerSecond":1e6,"bytesPerSecond":0},"etaSeconds":0.6,"message":"...",
    ///    "error":null | {"code":"invalid_input","message":"..."},"attempts":1,
    ///    "result":null | {"name":"sales.csv.gz","size":123,"sha256":"..."},"summary":{...},
    ///    "createdAt","startedAt","finishedAt","expiresAt": ISO 8601 UTC with ms, or null}
    QJsonObject toJson() const;
};

} // namespace sluice

Q_DECLARE_METATYPE(sluice::TaskInfo)
