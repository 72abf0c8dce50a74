#pragma once

#include <QCoreApplication>

#include "core/tasks/taskrunner.h"

namespace sluice {

class EventBus;

/// Runs "import" tasks: a source file (an upload, or a local file) becomes one dataset per CSV
/// input through DatasetImporter. Progress goes to the task; the live statistics and the
/// dataset's life go to the EventBus (topics "datasets" and "dataset:<id>"). A rerun after a
/// crash keeps the datasets the task had finished and redoes the others.
///
/// Parameters: {"sourcePath": "...", "sourceName": "sales.csv.gz", "datasetName": optional,
/// "sha256": optional, "overrides": optional {"delimiter", "quote", "encoding", "header",
/// "preambleLines", "decimalSeparator", "thousandsSeparator"}}.
class ImportTaskRunner final : public TaskRunner
{
    Q_DECLARE_TR_FUNCTIONS(ImportTaskRunner)
public:
    static constexpr const char *kType = "import";

    /// `events` may be null (no events); it must outlive every run.
    explicit ImportTaskRunner(EventBus *events);

    [[nodiscard]] Result<QJsonObject> validate(
        const QJsonObject &parameters, const DatabaseConnection &connection) const override;
    [[nodiscard]] Result<TaskOutcome> run(const TaskInfo &task, TaskContext &context) override;

private:
    EventBus *m_events;
};

} // namespace sluice
