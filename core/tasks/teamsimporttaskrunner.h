#pragma once

#include <QCoreApplication>

#include "core/tasks/taskrunner.h"
#include "core/teams/teamsimporter.h"

namespace sluice {

/// Runs "teams-import" tasks through TeamsImporter. Parameters:
///     {"path": "/data/uploads/AbCd...",   the teams file as stored (required, must exist)
///      "importId": "..."}                 keys the rejected rows; default: the task's id
/// The summary is the import report without its list of rejected rows (those are in the
/// catalog's team_import_errors under importId). A teams import is one transaction over a
/// small file: a cancel is honoured before it starts, not halfway (it would roll back anyway).
/// Made per validation/run by the engine; used in one thread.
class TeamsImportTaskRunner final : public TaskRunner
{
    Q_DECLARE_TR_FUNCTIONS(TeamsImportTaskRunner)
public:
    explicit TeamsImportTaskRunner(TeamsImportOptions options = {});

    [[nodiscard]] Result<QJsonObject> validate(
        const QJsonObject &parameters, const DatabaseConnection &connection) const override;
    [[nodiscard]] Result<TaskOutcome> run(const TaskInfo &task, TaskContext &context) override;

private:
    TeamsImportOptions m_options;
};

} // namespace sluice
